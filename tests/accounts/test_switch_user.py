"""Switch user: each person's desk is kept, locked and hidden, while another works."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from db.models import AuditEvent, Staff
from desktop.services.accounts import staff
from desktop.services.common.context import ServiceContext
from desktop.ui.accounts.feature import AccountsFeature
from desktop.ui.accounts.login_dialog import LoginDialog
from desktop.ui.backups.feature import BackupsFeature
from desktop.ui.main_window import MainWindow
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.shell.desks import Desks, desks_of
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401
from tests.helpers import line_edits

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture
def desks(qtbot, ctx: ServiceContext) -> Iterator[Desks]:
    """Ayşe (reception) logged in at the desk; Mehmet (physician) has an account."""
    ayse = staff.actor_of(add_account(ctx, "ayse", "reception"))
    add_account(ctx, "mehmet", "physician")
    desks = Desks(ctx)
    window = desks.open_desk(ayse)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield desks
    # Nothing may ask a question at teardown: forms forget what was typed, desks close quietly.
    for form in [w for w in QApplication.topLevelWidgets() if isinstance(w, PatientDialog)]:
        form._initial = form._values()
        form.done(0)
    desks._closing = True
    for desk in desks.windows:
        desk.feature(AccountsFeature).idle_lock.unlock()
        desk.feature(AccountsFeature).idle_lock.set_timeout_ms(0)
        desk.tasks.wait()
        desk.close()


def _switch(qtbot, window: MainWindow, username: str, password: str = PASSWORD) -> LoginDialog:
    window.feature(AccountsFeature).action_switch_user.trigger()
    lock = window.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None and lock.login is not None
    login = lock.login
    login.username.setText(username)
    login.password.setText(password)
    login.login_button.click()
    return login


def _shown_desk(desks: Desks) -> MainWindow:
    [shown] = [w for w in desks.windows if w.isVisible()]
    return shown


def _forms(window: MainWindow) -> list[PatientDialog]:
    return [w for w in window.findChildren(PatientDialog) if w.isVisible()]


def test_the_open_form_waits_locked_while_the_physician_works(qtbot, ctx, desks) -> None:
    reception = desks.windows[0]
    reception.feature(BackupsFeature).scheduler.start(back_up_now=False)
    reception.new_patient("")
    qtbot.waitUntil(lambda: len(_forms(reception)) == 1)
    [form] = _forms(reception)
    line_edits(form.fields)["given_name"].setText("Gülşen")
    line_edits(form.fields)["family_name"].setText("Aydın")

    _switch(qtbot, reception, "mehmet")
    physician = _shown_desk(desks)
    assert physician is not reception and physician.ctx.actor.name == "Mehmet"
    assert physician.ctx.actor.role == "physician"
    assert reception.ctx.actor.name == "Ayse"  # a save still running stays hers
    assert not reception.isVisible() and not form.isVisible()
    assert _forms(physician) == []  # his own empty desk
    assert not physician.feature(AccountsFeature).idle_lock.locked
    assert reception.feature(AccountsFeature).idle_lock.locked
    assert not [c for c in physician.findChildren(QWidget, "lockCover") if c.isVisible()], [
        (c.isVisible(), c.parentWidget()) for c in physician.findChildren(QWidget, "lockCover")
    ]
    # One backup schedule per application: it moved to the desk on show.
    assert physician.feature(BackupsFeature).scheduler.started
    assert not reception.feature(BackupsFeature).scheduler.started

    _switch(qtbot, physician, "ayse")
    assert _shown_desk(desks) is reception and not physician.isVisible()
    assert not reception.feature(AccountsFeature).idle_lock.locked
    assert form.isVisible() and line_edits(form.fields)["given_name"].text() == "Gülşen"
    assert line_edits(form.fields)["family_name"].text() == "Aydın"
    assert not [c for c in form.findChildren(QWidget, "lockCover") if c.isVisible()]
    assert reception.feature(BackupsFeature).scheduler.started
    assert not physician.feature(BackupsFeature).scheduler.started
    assert desks_of(reception) is desks and len(desks.windows) == 2

    with ctx.database.read() as session:
        logins = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login").order_by(AuditEvent.id)
        ).all()
    ayse_id = reception.ctx.actor.staff_id
    mehmet_id = physician.ctx.actor.staff_id
    assert [(e.entity_id, f'"switched_from": {ayse_id}' in e.details) for e in logins[-2:]] == [
        (mehmet_id, True),
        (ayse_id, False),
    ]
    assert f'"switched_from": {mehmet_id}' in logins[-1].details


def test_a_save_still_running_finishes_under_the_previous_person(qtbot, ctx, desks) -> None:
    import threading

    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput

    reception = desks.windows[0]
    go_on = threading.Event()
    results: list[object] = []
    reception_ctx = reception.ctx

    def slow_save() -> object:
        go_on.wait(5)  # still running while the physician logs in
        return patients.register_patient(reception_ctx, PatientInput("Gülşen", "Aydın"))

    reception.tasks.submit(slow_save, results.append)
    _switch(qtbot, reception, "mehmet")
    assert _shown_desk(desks) is not reception
    go_on.set()
    qtbot.waitUntil(lambda: bool(results))
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.create")
        ).one()
    assert (event.actor_id, event.actor_name) == (reception.ctx.actor.staff_id, "Ayse")


def test_a_wrong_password_on_switch_counts_once(qtbot, ctx, desks) -> None:
    reception = desks.windows[0]
    reception.feature(AccountsFeature).action_switch_user.trigger()
    lock = reception.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None and lock.login is not None
    login = lock.login
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow)
    login.username.setText("mehmet")
    qtbot.keyClicks(login.password, "not his password")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.isVisible() and "wrong" in login.error.text()
    with ctx.database.read() as session:
        failed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login.failed")
        ).all()
        mehmet = session.scalars(select(Staff).where(Staff.username == "mehmet")).one()
        assert len(failed) == 1 and mehmet.failed_logins == 1
    assert len(desks.windows) == 1 and reception.feature(AccountsFeature).idle_lock.locked
    login.reject()
    # Cancelled: still Ayşe's locked desk; her own password opens it.
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    assert not reception.feature(AccountsFeature).idle_lock.locked


def test_logging_in_as_oneself_on_switch_simply_unlocks(qtbot, desks) -> None:
    reception = desks.windows[0]
    _switch(qtbot, reception, "ayse")
    assert len(desks.windows) == 1 and reception.isVisible()
    assert not reception.feature(AccountsFeature).idle_lock.locked


def test_the_lock_screen_lists_who_else_is_logged_in(qtbot, desks) -> None:
    reception = desks.windows[0]
    _switch(qtbot, reception, "mehmet")
    physician = _shown_desk(desks)
    physician.feature(AccountsFeature).action_lock.trigger()
    lock = physician.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None and lock.others.isVisible() and "Ayse" in lock.others.text()


def test_closing_asks_naming_whose_forms_would_be_lost(qtbot, desks, monkeypatch) -> None:
    reception = desks.windows[0]
    reception.new_patient("")
    qtbot.waitUntil(lambda: len(_forms(reception)) == 1)
    line_edits(_forms(reception)[0].fields)["given_name"].setText("Gülşen")
    _switch(qtbot, reception, "mehmet")
    physician = _shown_desk(desks)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not physician.close()
    assert physician.isVisible() and len(asked) == 1 and "Ayse" in asked[0]


def test_a_desk_with_a_waiting_question_cannot_be_left(qtbot, desks) -> None:
    reception = desks.windows[0]
    box = QMessageBox(QMessageBox.Icon.Question, "Q", "Sure?", parent=reception)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    reception.feature(AccountsFeature).action_lock.trigger()
    lock = reception.feature(AccountsFeature).idle_lock.dialog
    assert lock is not None
    assert lock.open_switch() is None and "question" in lock.error.text()
    box.hide()
    box.deleteLater()


def test_each_desk_shows_in_its_persons_language(qtbot, ctx, desks, english_afterwards) -> None:
    from desktop.services.accounts import preferences
    from desktop.ui.main_window import MenuName
    from desktop.ui.shell.i18n import current_language

    reception = desks.windows[0]
    mehmet = staff.actor_of(
        next(r for r in staff.list_staff(_admin(ctx)) if r.username == "mehmet")
    )
    assert mehmet.staff_id is not None
    preferences.set_own_language(dataclasses.replace(ctx, actor=mehmet), mehmet.staff_id, "tr")
    _switch(qtbot, reception, "mehmet")
    physician = _shown_desk(desks)
    assert current_language() == "tr"
    assert physician.menu(MenuName.FILE).title() == "&Dosya"
    _switch(qtbot, physician, "ayse")
    assert current_language() == "en" and reception.menu(MenuName.FILE).title() == "&File"


def _admin(ctx: ServiceContext) -> ServiceContext:
    from desktop.services.common.context import Actor

    return dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Admin", role="admin"))


def test_a_new_clinic_time_zone_reaches_every_desk(qtbot, ctx, desks) -> None:
    from zoneinfo import ZoneInfo

    from desktop.services.settings import store as settings
    from desktop.ui.settings.saved_settings import settings_saved

    reception = desks.windows[0]
    _switch(qtbot, reception, "mehmet")
    qtbot.waitUntil(lambda: len(desks.windows) == 2)
    physician = _shown_desk(desks)
    assert physician is not reception
    before = settings.read_all(ctx)
    after = dataclasses.replace(before, clinic_time_zone="Asia/Tokyo")
    settings_saved(physician, after, before)
    # The hidden reception desk and the next desk to open work in the clinic's new zone too.
    assert reception.ctx.zone == ZoneInfo("Asia/Tokyo")
    assert desks._ctx.zone == ZoneInfo("Asia/Tokyo")
    qtbot.waitUntil(lambda: _shown_desk(desks).ctx.zone == ZoneInfo("Asia/Tokyo"))
