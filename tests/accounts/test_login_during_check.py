"""Logging in and unlocking while the morning check of the database file holds writes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.errors import DatabaseFailedCheck
from db.models import AuditEvent, Staff
from desktop.services.accounts import staff
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.messages import msg
from desktop.ui.accounts.feature import AccountsFeature
from desktop.ui.accounts.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture
def held(ctx: ServiceContext) -> Iterator[ServiceContext]:
    """Ayşe has an account; the file is being checked (every write held)."""
    add_account(ctx, "ayse", "reception")
    ctx.database.hold_writes()
    yield ctx
    ctx.database.allow_writes()  # also forgets a refusal


def _events(ctx: ServiceContext, action: str) -> int:
    with ctx.database.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
    return len(rows)


def _ayse(ctx: ServiceContext) -> Staff:
    with ctx.database.read() as session:
        return session.scalars(select(Staff).where(Staff.username == "ayse")).one()


def _signed_in(dialog: LoginDialog) -> Actor | None:
    """The dialog's actor read afresh: mypy would keep an earlier ``is None`` across waits."""
    return dialog.actor


def _login_dialog(qtbot, ctx: ServiceContext) -> LoginDialog:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.username.setText("ayse")
    dialog.password.setFocus()
    return dialog


def test_a_log_in_typed_during_the_check_goes_through_once_it_passes(qtbot, held) -> None:
    dialog = _login_dialog(qtbot, held)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # Waiting, not refused: the dialog says why, its buttons are off, the password stays.
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.held.notice.isVisible() and "Checking the database file" in (
        dialog.held.notice.text()
    )
    assert not dialog.error.isVisible()
    assert not dialog.login_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.password.text() == PASSWORD and dialog.password.isReadOnly()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # the impatient second Enter
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # and Esc: the log-in is on its way
    assert dialog.isVisible()
    QTimer.singleShot(300, held.database.allow_writes)
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, timeout=5000)
    actor = _signed_in(dialog)
    assert actor is not None and actor.role == "reception"
    assert not dialog.held.notice.isVisible() and dialog.password.text() == ""
    assert _events(held, "login") == 1  # two Enters, one log-in
    assert _ayse(held).last_login_at is not None
    assert QApplication.overrideCursor() is None


def test_a_wrong_password_during_the_check_is_still_refused(qtbot, held) -> None:
    dialog = _login_dialog(qtbot, held)
    qtbot.keyClicks(dialog.password, "not my password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    QTimer.singleShot(200, held.database.allow_writes)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "wrong" in dialog.error.text() and dialog.actor is None
    assert dialog.password.text() == "" and not dialog.password.isReadOnly()
    assert dialog.login_button.isEnabled() and not dialog.held.notice.isVisible()
    assert _ayse(held).failed_logins == 1 and _events(held, "login.failed") == 1
    dialog.password.setText(PASSWORD)  # now straight on the GUI thread: no check runs
    dialog.login_button.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_failed_check_refuses_the_waiting_log_in_and_writes_nothing(qtbot, held) -> None:
    dialog = _login_dialog(qtbot, held)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    failed = DatabaseFailedCheck(
        msg(
            "The database file failed its check, so nothing was saved. "
            "PeelDesk will offer the newest good backup."
        )
    )
    QTimer.singleShot(200, lambda: held.database.refuse_writes(failed))
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "failed its check" in dialog.error.text() and dialog.actor is None
    assert dialog.isVisible() and not dialog.held.notice.isVisible()
    assert dialog.password.text() == PASSWORD  # not a wrong password: nothing to retype
    account = _ayse(held)
    assert account.last_login_at is None and account.failed_logins == 0
    assert _events(held, "login") == 0 and _events(held, "login.failed") == 0
    dialog.reject()


def test_unlocking_during_the_check_waits_for_it(qtbot, held) -> None:
    ayse = dataclasses.replace(held, actor=staff.actor_of(_ayse(held)))
    window = MainWindow(ayse)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle_lock = window.feature(AccountsFeature).idle_lock
    idle_lock.set_timeout_ms(0)
    window.feature(AccountsFeature).action_lock.trigger()
    lock = idle_lock.dialog
    assert lock is not None
    lock.activateWindow()
    qtbot.waitUntil(lock.isActiveWindow)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert idle_lock.locked and lock.held.notice.isVisible() and not lock.error.isVisible()
    assert not lock.unlock_button.isEnabled() and not lock.switch_button.isEnabled()
    assert lock.password.text() == PASSWORD
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    QTimer.singleShot(300, held.database.allow_writes)
    qtbot.waitUntil(lambda: not idle_lock.locked, timeout=5000)
    assert _events(held, "unlock") == 1
    window.close()


def test_switch_user_during_the_check_waits_for_it(qtbot, held) -> None:
    held.database.allow_writes()
    add_account(held, "mehmet", "physician")
    held.database.hold_writes()
    ayse = dataclasses.replace(held, actor=staff.actor_of(_ayse(held)))
    window = MainWindow(ayse)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle_lock = window.feature(AccountsFeature).idle_lock
    idle_lock.set_timeout_ms(0)
    window.feature(AccountsFeature).action_lock.trigger()
    lock = idle_lock.dialog
    assert lock is not None
    login = lock.open_switch()
    assert login is not None
    switched: list[object] = []
    lock.sig_switch_user.connect(switched.append)
    login.username.setText("mehmet")
    login.password.setText(PASSWORD)
    login.login_button.click()
    assert login.isVisible() and login.held.notice.isVisible() and switched == []
    QTimer.singleShot(300, held.database.allow_writes)
    qtbot.waitUntil(lambda: bool(switched), timeout=5000)
    [actor] = switched
    assert isinstance(actor, Actor) and actor.role == "physician"
    assert _events(held, "login") == 1
    idle_lock.unlock()
    window.close()
