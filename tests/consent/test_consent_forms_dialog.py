"""Admin ▸ Consent forms: current versions listed, older ones read-only, publishing confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services.common.context import Actor
from desktop.services.consent.templates import current_template, publish_template
from desktop.ui.consent.template_editor import ConsentFormsDialog
from tests.sessions_support import add_staff


def admin(ctx):
    staff = add_staff(ctx, "boss", "Selin Admin", role="admin")
    ctx.actor = Actor(staff, "Selin Admin", "admin")
    return ctx


def open_forms(qtbot, ctx) -> ConsentFormsDialog:
    dialog = ConsentFormsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select_form(dialog: ConsentFormsDialog, kind: str, language: str) -> None:
    for n in range(dialog.model.rowCount()):
        form = dialog.model.row_at(n)
        if form is not None and (form.kind, form.language) == (kind, language):
            dialog.table.selectRow(n)
            return
    raise AssertionError(f"no form {kind}/{language}")


def test_every_kind_and_language_is_listed_with_its_current_version(qtbot, ctx) -> None:
    dialog = open_forms(qtbot, admin(ctx))
    assert dialog.model.rowCount() == 10  # five kinds × Turkish and English
    select_form(dialog, "treatment_deep", "tr")
    current = current_template(ctx, "treatment_deep", "tr")
    assert dialog.title.text() == current.title
    assert dialog.body.toPlainText() == current.body
    assert not dialog.title.isReadOnly()
    assert not dialog.publish_button.isEnabled()  # nothing changed yet


def test_publishing_asks_first_and_makes_a_new_version(qtbot, ctx, monkeypatch) -> None:
    dialog = open_forms(qtbot, admin(ctx))
    select_form(dialog, "marketing", "tr")
    dialog.body.setPlainText("Kampanyalar hakkında size SMS ve e-posta gönderebiliriz.")
    dialog.reconsent.setChecked(True)
    assert dialog.publish_button.isEnabled()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.publish_button.click()
    assert current_template(ctx, "marketing", "tr").version == 1  # cancelled: nothing published
    dialog.publish_button.click()
    assert "sign again" in asked[1]
    published = current_template(ctx, "marketing", "tr")
    assert published.version == 2 and published.requires_reconsent
    assert published.body == "Kampanyalar hakkında size SMS ve e-posta gönderebiliriz."
    assert dialog.selected_form() is not None
    assert dialog.selected_form().current.version == 2  # type: ignore[union-attr]
    assert not dialog.has_unpublished_changes()


def test_older_versions_are_read_only(qtbot, ctx) -> None:
    ctx = admin(ctx)
    first = current_template(ctx, "photography", "en")
    publish_template(ctx, "photography", "en", "Photos", "We take clinical photographs.")
    dialog = open_forms(qtbot, ctx)
    select_form(dialog, "photography", "en")
    assert dialog.version.count() == 2
    assert dialog.title.text() == "Photos"
    dialog.version.setCurrentIndex(1)
    assert dialog.title.text() == first.title and dialog.body.toPlainText() == first.body
    assert dialog.title.isReadOnly() and dialog.body.isReadOnly()
    assert not dialog.publish_button.isEnabled() and not dialog.reconsent.isEnabled()


def test_a_receptionist_cannot_publish(qtbot, ctx, monkeypatch) -> None:
    staff = add_staff(ctx, "derya", "Derya Resepsiyon", role="reception")
    ctx.actor = Actor(staff, "Derya Resepsiyon", "reception")
    dialog = open_forms(qtbot, ctx)
    select_form(dialog, "marketing", "en")
    dialog.body.setPlainText("Changed.")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.publish_button.click()
    assert "not allowed" in dialog.general_error.text()
    assert current_template(ctx, "marketing", "en").version == 1
    dialog.mark_unchanged()


def test_moving_to_another_form_asks_before_dropping_typed_changes(qtbot, ctx, monkeypatch) -> None:
    dialog = open_forms(qtbot, admin(ctx))
    select_form(dialog, "marketing", "en")
    dialog.body.setPlainText("Typed, not published.")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    select_form(dialog, "photography", "en")
    form = dialog.selected_form()
    assert form is not None and form.kind == "marketing"  # Cancel: still on the typed form
    assert dialog.body.toPlainText() == "Typed, not published."
    select_form(dialog, "photography", "en")
    form = dialog.selected_form()
    assert form is not None and form.kind == "photography"
    assert dialog.body.toPlainText() == current_template(ctx, "photography", "en").body
