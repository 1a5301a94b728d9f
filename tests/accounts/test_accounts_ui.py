"""Log-in, first start, idle lock and the Admin menu, through the real widgets."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from db.models import AuditEvent, Staff
from desktop.services.accounts import login as staff_login
from desktop.services.accounts import staff
from desktop.services.common.context import Actor
from desktop.ui.accounts.feature import AccountsFeature
from desktop.ui.accounts.idle_lock import LOCKED_TITLE, LockDialog
from desktop.ui.accounts.login_dialog import LoginDialog, SetupDialog
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.patients.patient_dialog import PatientDialog
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401
from tests.helpers import line_edits, model_rows, type_text

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _logged_in(ctx, username: str, role: str):
    row = add_account(ctx, username, role)
    return dataclasses.replace(ctx, actor=staff.actor_of(row))


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _signed_in(dialog: LoginDialog) -> Actor | None:
    """The dialog's actor read afresh: mypy would keep an earlier ``is None`` across clicks."""
    return dialog.actor


def _activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_idle_lock_covers_the_open_form_and_unlocking_keeps_the_typed_text(qtbot, ctx) -> None:
    ayse = _logged_in(ctx, "ayse", "reception")
    window = _window(qtbot, ayse)
    window.new_patient("")
    qtbot.waitUntil(lambda: len(_visible(PatientDialog)) == 1)
    form = _visible(PatientDialog)[0]
    _activate(qtbot, form)
    type_text(form.fields["given_name"], "Gülşen")
    form.fields["family_name"].setFocus()
    type_text(form.fields["family_name"], "Aydın")

    window.feature(AccountsFeature).idle_lock.set_timeout_ms(30)
    qtbot.waitUntil(lambda: window.feature(AccountsFeature).idle_lock.locked, timeout=3000)
    lock = window.feature(AccountsFeature).idle_lock.dialog
    assert isinstance(lock, LockDialog) and lock.isVisible()
    # The form is still open, but covered and without the patient's name in its title.
    assert form.isVisible() and form.windowTitle() == LOCKED_TITLE
    assert window.windowTitle() == LOCKED_TITLE
    covers = form.findChildren(QWidget, "lockCover")
    assert len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == form.rect()
    assert QApplication.activeModalWidget() is lock

    _activate(qtbot, lock)
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert window.feature(AccountsFeature).idle_lock.locked
    qtbot.keyClicks(lock.password, "not my password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert window.feature(AccountsFeature).idle_lock.locked and "wrong" in lock.error.text()
    assert lock.password.text() == ""
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.feature(AccountsFeature).idle_lock.locked)

    assert form.isVisible() and form.windowTitle() == "New patient"
    assert form.fields["given_name"].text() == "Gülşen"
    assert form.fields["family_name"].text() == "Aydın"
    assert not [c for c in form.findChildren(QWidget, "lockCover") if c.isVisible()]
    assert window.windowTitle() == "PeelDesk"
    form._initial = form._values()
    form.done(0)
    window.feature(AccountsFeature).idle_lock.set_timeout_ms(0)


def test_lock_screen_action_and_another_accounts_password(qtbot, ctx) -> None:
    mert = _logged_in(ctx, "mert", "physician")
    add_account(ctx, "ayse", "reception", "ayse's password")
    window = _window(qtbot, mert)
    window.feature(AccountsFeature).action_lock.trigger()
    lock = window.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None
    lock.password.setText("ayse's password")
    lock.unlock_button.click()
    assert window.feature(AccountsFeature).idle_lock.locked
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    assert not window.feature(AccountsFeature).idle_lock.locked


def test_one_wrong_enter_on_the_lock_screen_counts_one_failure(qtbot, ctx) -> None:
    """Return fired both the field's returnPressed and the default button: two failures a key."""
    mert = _logged_in(ctx, "mert", "physician")
    window = _window(qtbot, mert)
    window.feature(AccountsFeature).action_lock.trigger()
    lock = window.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None
    _activate(qtbot, lock)
    qtbot.keyClicks(lock.password, "not my password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    with ctx.database.read() as session:
        account = session.get(Staff, mert.actor.staff_id)
        assert account is not None and account.failed_logins == 1
        failures = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "unlock.failed")
        ).all()
    assert len(failures) == 1
    assert window.feature(AccountsFeature).idle_lock.locked and "wrong" in lock.error.text()
    qtbot.keyClicks(lock.password, PASSWORD)  # unlocked, or its cover falls on the next test
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.feature(AccountsFeature).idle_lock.locked


def test_login_dialog_refuses_then_accepts(qtbot, ctx) -> None:
    add_account(ctx, "ayse", "reception")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("ayse")
    dialog.password.setText("wrong password")
    dialog.login_button.click()
    assert dialog.error.isVisible() and "wrong" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.actor is None
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    actor = _signed_in(dialog)
    assert actor is not None and actor.role == "reception"


def test_setup_dialog_creates_the_first_admin(qtbot, ctx) -> None:
    assert staff_login.needs_setup(ctx)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["full_name"].setText("Selin Aydın")
    dialog.fields["username"].setText("selin")
    dialog.fields["password"].setText(PASSWORD)
    dialog.fields["password_again"].setText(PASSWORD + "x")
    dialog.create_button.click()
    assert dialog.errors["password_again"].isVisible()
    assert staff_login.needs_setup(ctx)
    dialog.fields["password"].setText(PASSWORD)
    dialog.fields["password_again"].setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "admin"
    assert not staff_login.needs_setup(ctx)
    assert all(
        e.text() == "" for e in dialog.fields.values() if e.echoMode() != QLineEdit.EchoMode.Normal
    )


def test_reception_sees_no_admin_menu_and_no_notes_field(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "ayse", "reception"))
    assert not window.menu(MenuName.ADMIN).menuAction().isVisible()
    shown = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    assert "Admin" not in shown and "Account" in shown
    assert "Ayse (reception)" in window.feature(AccountsFeature).user_label.text()
    form = PatientDialog(window.ctx, parent=window)
    qtbot.addWidget(form)
    form.show()
    notes = form.fields["notes"]
    assert isinstance(notes, QPlainTextEdit) and not notes.isVisible()


def test_physician_sees_notes_but_no_admin_menu(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "dr.mert", "physician"))
    assert not window.menu(MenuName.ADMIN).menuAction().isVisible()
    form = PatientDialog(window.ctx, parent=window)
    qtbot.addWidget(form)
    form.show()
    assert form.fields["notes"].isVisible()


def test_admin_menu_opens_staff_and_audit(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "selin", "admin"))
    assert window.menu(MenuName.ADMIN).menuAction().isVisible()
    labels = [a.text() for a in window.menu(MenuName.ADMIN).actions()]
    assert labels[:3] == ["&Staff accounts…", "&Passwords and screen lock…", "&Audit trail…"]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.count("Admin") == 1  # shared with other features' admin actions
    assert titles.index("Admin") < titles.index("Help")


def test_staff_dialog_adds_edits_resets_and_deactivates(qtbot, ctx, monkeypatch) -> None:
    from desktop.ui.admin import staff_dialog as module

    selin = _logged_in(ctx, "selin", "admin")
    page = module.StaffDialog(selin)
    qtbot.addWidget(page)

    def run_add(dialog: module.StaffEditDialog) -> int:
        fields = line_edits(dialog.fields)
        fields["full_name"].setText("Ayşe Kaya")
        fields["username"].setText("ayse.kaya")
        fields["password"].setText("too short")
        fields["password_again"].setText("too short")
        dialog.save()
        assert "at least 10" in dialog.errors["password"].text()
        fields["password"].setText(PASSWORD)
        fields["password_again"].setText(PASSWORD)
        dialog.save()
        return dialog.result()

    def run_password(dialog: module.PasswordDialog) -> int:
        dialog.password.setText("another secret")
        dialog.again.setText("another secret")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(module.StaffEditDialog, "exec", run_add)
    page.add()
    names = [row.username for row in model_rows(page.model)]
    assert names == ["ayse.kaya", "selin"]
    assert staff_login.authenticate(ctx, "ayse.kaya", PASSWORD).name == "Ayşe Kaya"

    page.toggle_active()
    assert "Select an account" in page.error.text()
    page.table.selectRow(0)
    monkeypatch.setattr(module.PasswordDialog, "exec", run_password)
    page.set_password()
    assert staff_login.authenticate(ctx, "ayse.kaya", "another secret").role == "reception"
    page.table.selectRow(0)
    page.toggle_active()
    assert page.error.text() == ""
    # Deactivated accounts sort last.
    assert [page.model.index(r, 3).data() for r in range(2)] == ["active", "deactivated"]
    page.table.selectRow(0)
    page.toggle_active()
    assert "own account" in page.error.text()


def test_sign_in_asks_for_setup_first_then_for_a_log_in(ctx, monkeypatch) -> None:
    from desktop.ui.accounts import login_dialog

    shown = []

    def fake_exec(dialog) -> int:
        shown.append(type(dialog).__name__)
        return 0  # the person cancels

    monkeypatch.setattr(login_dialog.SetupDialog, "exec", fake_exec)
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", fake_exec)
    assert login_dialog.sign_in(ctx) is None
    staff_login.create_first_admin(ctx, "Selin", "selin", PASSWORD, PASSWORD)
    assert login_dialog.sign_in(ctx) is None
    assert shown == ["SetupDialog", "LoginDialog"]


def test_security_settings_dialog_saves_and_applies_the_idle_time(qtbot, ctx, monkeypatch) -> None:
    from desktop.services.settings import store as settings
    from desktop.ui.admin.security_dialog import SecurityDialog

    window = _window(qtbot, _logged_in(ctx, "selin", "admin"))

    def run(dialog: SecurityDialog) -> int:
        dialog.spins["idle_lock_minutes"].setValue(3)
        dialog.spins["login_max_failures"].setValue(7)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SecurityDialog, "exec", run)
    [action] = [a for a in window.menu(MenuName.ADMIN).actions() if "screen lock" in a.text()]
    action.trigger()
    assert settings.read(ctx, "idle_lock_minutes") == 3
    assert settings.read(ctx, "login_max_failures") == 7
    assert window.feature(AccountsFeature).idle_lock._timeout_ms == 3 * 60_000


def test_run_gui_starts_logged_out_and_puts_the_account_on_the_window(
    qtbot, db_path, monkeypatch
) -> None:
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop import app as app_module
    from desktop.services.bootstrap import open_database
    from desktop.services.common.context import ServiceContext
    from desktop.services.common.permissions import Permission, allowed
    from desktop.ui.accounts import login_dialog

    setup = open_database(f"sqlite:///{db_path}")
    account = staff.actor_of(add_account(ServiceContext(setup), "ayse", "reception"))
    setup.dispose()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    before_log_in: list[ServiceContext] = []
    answer: list[Actor | None] = [None]

    def fake_sign_in(ctx: ServiceContext, parent: QWidget | None = None) -> Actor | None:
        before_log_in.append(ctx)
        return answer[0]

    windows = []

    def fake_event_loop(self: QApplication | None = None) -> int:
        windows.append(1)
        return 0

    monkeypatch.setattr(login_dialog, "sign_in", fake_sign_in)
    monkeypatch.setattr(QApplication, "exec", fake_event_loop)
    url = f"sqlite:///{db_path}"
    assert app_module.run_gui(url) == 0
    assert not any(allowed(before_log_in[-1], p) for p in Permission)
    assert windows == []  # cancelled log-in: no main window, no event loop

    answer[0] = account
    assert app_module.run_gui(url) == 0
    [window] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.addWidget(window)
    assert window.ctx.actor == account
    assert "Ayse (reception)" in window.feature(AccountsFeature).user_label.text()


def test_lock_during_a_modal_question_and_a_window_opened_while_locked(qtbot, ctx) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    window = _window(qtbot, _logged_in(ctx, "ayse", "reception"))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Discard changes?",
        "You have typed changes that are not saved. Discard them?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        window,
    )
    seen: dict[str, object] = {}

    def while_the_question_waits() -> None:
        window.feature(AccountsFeature).idle_lock.lock()
        seen["box_title"] = box.windowTitle()
        late = QDialog(window)  # e.g. a background task finishing and opening a window
        late.setWindowTitle("Patient — Ayşe Kaya")
        late.show()
        seen["late_title"] = late.windowTitle()
        seen["late_covered"] = bool(late.findChildren(QWidget, "lockCover"))
        lock = window.feature(AccountsFeature).idle_lock.dialog
        assert lock is not None  # locked just above
        lock.password.setText(PASSWORD)
        lock.try_unlock()
        seen["unlocked"] = not window.feature(AccountsFeature).idle_lock.locked
        seen["box_after"] = (box.isVisible(), box.windowTitle())
        seen["late_after"] = late.windowTitle()
        late.close()
        box.done(QMessageBox.StandardButton.Cancel)

    QTimer.singleShot(0, while_the_question_waits)
    assert box.exec() == QMessageBox.StandardButton.Cancel
    assert seen == {
        "box_title": LOCKED_TITLE,
        "late_title": LOCKED_TITLE,
        "late_covered": True,
        "unlocked": True,
        "box_after": (True, "Discard changes?"),
        "late_after": "Patient — Ayşe Kaya",
    }
