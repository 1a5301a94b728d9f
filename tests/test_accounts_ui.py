"""Log-in, first start, idle lock and the Admin menu, through the real widgets."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from desktop.services import staff
from desktop.ui.accounts.idle_lock import LOCKED_TITLE, LockDialog
from desktop.ui.accounts.login_dialog import LoginDialog, SetupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.patients.patient_dialog import PatientDialog
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401
from tests.helpers import type_text

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

    window.idle_lock.set_timeout_ms(30)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)
    lock = window.idle_lock.dialog
    assert isinstance(lock, LockDialog) and lock.isVisible()
    # The form is still open, but covered and without the patient's name in its title.
    assert form.isVisible() and form.windowTitle() == LOCKED_TITLE
    assert window.windowTitle() == LOCKED_TITLE
    covers = form.findChildren(QWidget, "lockCover")
    assert len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == form.rect()
    assert QApplication.activeModalWidget() is lock

    _activate(qtbot, lock)
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert window.idle_lock.locked
    qtbot.keyClicks(lock.password, "not my password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert window.idle_lock.locked and "wrong" in lock.error.text()
    assert lock.password.text() == ""
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.idle_lock.locked)

    assert form.isVisible() and form.windowTitle() == "New patient"
    assert form.fields["given_name"].text() == "Gülşen"
    assert form.fields["family_name"].text() == "Aydın"
    assert not [c for c in form.findChildren(QWidget, "lockCover") if c.isVisible()]
    assert window.windowTitle() == "PeelDesk"
    form._initial = form._values()
    form.done(0)
    window.idle_lock.set_timeout_ms(0)


def test_lock_screen_action_and_another_accounts_password(qtbot, ctx) -> None:
    mert = _logged_in(ctx, "mert", "physician")
    add_account(ctx, "ayse", "reception", "ayse's password")
    window = _window(qtbot, mert)
    window.action_lock.trigger()
    lock = window.idle_lock.dialog
    assert lock is not None
    lock.password.setText("ayse's password")
    lock.unlock_button.click()
    assert window.idle_lock.locked
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    assert not window.idle_lock.locked


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
    assert dialog.actor is not None and dialog.actor.role == "reception"


def test_setup_dialog_creates_the_first_admin(qtbot, ctx) -> None:
    assert staff.needs_setup(ctx)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["full_name"].setText("Selin Aydın")
    dialog.fields["username"].setText("selin")
    dialog.fields["password"].setText(PASSWORD)
    dialog.fields["password_again"].setText(PASSWORD + "x")
    dialog.create_button.click()
    assert dialog.errors["password_again"].isVisible()
    assert staff.needs_setup(ctx)
    dialog.fields["password"].setText(PASSWORD)
    dialog.fields["password_again"].setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "admin"
    assert not staff.needs_setup(ctx)
    assert all(
        e.text() == "" for e in dialog.fields.values() if e.echoMode() != QLineEdit.EchoMode.Normal
    )


def test_reception_sees_no_admin_menu_and_no_notes_field(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "ayse", "reception"))
    assert window.admin_menu is None
    assert "Admin" not in [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Ayse (reception)" in window.user_label.text()
    form = PatientDialog(window.ctx, parent=window)
    qtbot.addWidget(form)
    form.show()
    notes = form.fields["notes"]
    assert isinstance(notes, QPlainTextEdit) and not notes.isVisible()


def test_physician_sees_notes_but_no_admin_menu(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "dr.mert", "physician"))
    assert window.admin_menu is None
    form = PatientDialog(window.ctx, parent=window)
    qtbot.addWidget(form)
    form.show()
    assert form.fields["notes"].isVisible()


def test_admin_menu_opens_staff_and_audit(qtbot, ctx) -> None:
    window = _window(qtbot, _logged_in(ctx, "selin", "admin"))
    assert window.admin_menu is not None
    labels = [a.text() for a in window.admin_menu.actions()]
    assert labels == ["&Staff accounts…", "&Audit trail…"]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Admin") < titles.index("Help")
