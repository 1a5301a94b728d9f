"""First start: administrator, then the clinic's identity, time zone and language."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import asdict
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services.accounts import login as staff_login
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.settings import clinic_identity
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_identity import ClinicIdentityInput
from desktop.services.settings.clinic_zone import computer_zone_name
from desktop.ui.accounts.login_dialog import SetupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.clinic_setup_dialog import ClinicSetupDialog, ask_clinic_identity
from tests.accounts_helpers import PASSWORD, add_account, as_role, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")

TURKISH_NAME = "Işıl Güzellik Kliniği, İstanbul"
FAILURES: list[AssertionError] = []


def when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the modal dialog of ``kind`` once its exec() has shown it.

    A failed assertion inside ``act`` is kept in ``FAILURES`` (the event loop would swallow it)
    and the dialog is rejected, so the test ends instead of hanging.
    """
    tries = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                act(widget)
            except AssertionError as failure:
                FAILURES.append(failure)
                widget.reject()
            return
        tries[0] += 1
        if tries[0] > 500:  # never leave a test hanging on a dialog nobody answers
            if isinstance(widget, QDialog):
                widget.reject()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_first_start_asks_for_the_admin_then_the_clinic_end_to_end(
    qtbot, db_path, tmp_path, monkeypatch
) -> None:
    from desktop import app as app_module

    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)  # no event loop at the end
    empty_logo = tmp_path / "logo.png"
    empty_logo.write_bytes(b"")
    seen: dict[str, object] = {}

    def create_admin(dialog: QDialog) -> None:
        assert isinstance(dialog, SetupDialog)
        dialog.fields["full_name"].setText("Selin Aydın")
        qtbot.keyClicks(dialog.fields["username"], "selin")
        dialog.fields["password"].setText(PASSWORD)
        dialog.fields["password_again"].setText(PASSWORD)
        when_shown(ClinicSetupDialog, fill_clinic)
        qtbot.keyClick(dialog.fields["password_again"], Qt.Key.Key_Return)

    def fill_clinic(dialog: QDialog) -> None:
        assert isinstance(dialog, ClinicSetupDialog)
        # Keyboard-first: the name has the focus, the computer's zone and language are chosen.
        assert dialog.focusWidget() is dialog.name_edit
        assert dialog.zone_combo.zone_name() == computer_zone_name()
        assert dialog.language_combo.setting() == "system"
        dialog.name_edit.setText(TURKISH_NAME)
        dialog.address_edit.setPlainText("Bağdat Cad. 12, Kadıköy")
        qtbot.keyClicks(dialog.phone_edit, "+90 216 555 01 23")
        dialog.logo_field.edit.setText(str(empty_logo))
        dialog.zone_combo.setEditText("Europe/Istanbul")
        dialog.language_combo.set_setting("en")
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
        # A 0-byte logo is refused under its field; nothing is saved, nothing typed is lost.
        seen["logo error"] = dialog.errors["clinic_logo_path"].text()
        seen["saved after refusal"] = settings.read(dialog._ctx, "clinic_name")
        assert dialog.isVisible() and dialog.name_edit.text() == TURKISH_NAME
        assert dialog.focusWidget() is dialog.logo_field.edit
        dialog.logo_field.edit.clear()
        dialog.save_button.click()

    when_shown(SetupDialog, create_admin)
    FAILURES.clear()
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    if FAILURES:
        raise FAILURES[0]
    [window] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.addWidget(window)
    assert "PNG or JPEG" in str(seen["logo error"])
    assert seen["saved after refusal"] == ""
    assert window.ctx.actor.role == "admin"
    assert window.ctx.zone == ZoneInfo("Europe/Istanbul")
    stored = settings.read_all(window.ctx)
    assert (stored.clinic_name, stored.clinic_phone) == (TURKISH_NAME, "+90 216 555 01 23")
    assert stored.clinic_address == "Bağdat Cad. 12, Kadıköy"
    assert (stored.clinic_time_zone, stored.ui_language) == ("Europe/Istanbul", "en")
    assert clinic_identity.missing_clinic_details(window.ctx) is None


def test_set_up_closed_halfway_resumes_at_the_next_admin_log_in(qtbot, ctx, monkeypatch) -> None:
    admin = add_account(ctx, "selin", "admin")
    admin_ctx = as_role(ctx, "admin", admin.id)
    assert not staff_login.needs_setup(ctx)  # the administrator exists...
    assert clinic_identity.needs_clinic_identity(admin_ctx)  # ...the clinic has no name yet
    assert not clinic_identity.needs_clinic_identity(as_role(ctx, "reception"))
    shown: list[str] = []

    def later(self: QDialog) -> int:
        shown.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ClinicSetupDialog, "exec", later)
    assert not ask_clinic_identity(admin_ctx)  # "Fill in later"
    assert not ask_clinic_identity(admin_ctx)  # asked again at the next log-in
    assert not ask_clinic_identity(as_role(ctx, "reception"))  # reception is never asked
    assert shown == ["ClinicSetupDialog", "ClinicSetupDialog"]
    settings.update(admin_ctx, {"clinic_name": "Işıl"})
    assert not ask_clinic_identity(admin_ctx)
    assert len(shown) == 2


def test_service_requires_name_and_phone_and_saves_nothing_on_a_refusal(ctx, tmp_path) -> None:
    admin = as_role(ctx, "admin")
    before = asdict(settings.read_all(ctx))
    with pytest.raises(ValidationError) as refused:
        clinic_identity.save_clinic_identity(
            admin,
            ClinicIdentityInput(name=" ", address="Kadıköy", phone="", time_zone="Mars/Olympus"),
        )
    assert set(refused.value.field_errors) == {"clinic_name", "clinic_phone", "clinic_time_zone"}
    with pytest.raises(ValidationError):  # address alone is fine, but no name: not saved
        clinic_identity.save_clinic_identity(
            admin, ClinicIdentityInput(name="", address="Kadıköy", phone="+90 216 555 01 23")
        )
    assert asdict(settings.read_all(ctx)) == before
    with pytest.raises(PermissionDenied):
        clinic_identity.save_clinic_identity(
            as_role(ctx, "reception"), ClinicIdentityInput(TURKISH_NAME, "", "0216 555 01 23")
        )
    saved = clinic_identity.save_clinic_identity(
        admin, ClinicIdentityInput(TURKISH_NAME, "", "0216 555 01 23", time_zone="Europe/Berlin")
    )
    assert (saved.clinic_name, saved.clinic_time_zone) == (TURKISH_NAME, "Europe/Berlin")


def test_clinic_setup_dialog_keeps_typed_text_after_a_refusal(qtbot, ctx) -> None:
    dialog = ClinicSetupDialog(as_role(ctx, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(TURKISH_NAME)
    dialog.save_button.click()  # no phone
    assert dialog.errors["clinic_phone"].isVisible()
    assert dialog.name_edit.text() == TURKISH_NAME
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert settings.read(ctx, "clinic_name") == ""


def test_clinic_setup_speaks_turkish(qtbot, ctx, tmp_path, turkish) -> None:
    empty_logo = tmp_path / "logo.png"
    empty_logo.write_bytes(b"")
    dialog = ClinicSetupDialog(as_role(ctx, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "PeelDesk — kliniğiniz"
    dialog.name_edit.setText(TURKISH_NAME)
    dialog.phone_edit.setText("0216 555 01 23")
    dialog.logo_field.edit.setText(str(empty_logo))
    dialog.save_button.click()
    assert "PNG ya da JPEG" in dialog.errors["clinic_logo_path"].text()
    assert "Hiçbir şey kaydedilmedi" in dialog.general_error.text()
    assert settings.read(ctx, "clinic_name") == ""
