"""The calendar in the main window: Sessions ▸ Calendar (Ctrl+K), Enter opens the session
form, and a session saved elsewhere shows up without reloading by hand (the window reads
the calendar off the GUI thread)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup


def test_ctrl_k_opens_the_calendar_and_enter_opens_the_session(qtbot, window, ctx, setup) -> None:
    first = _book(ctx, setup)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.currentWidget()
    assert isinstance(page, CalendarPage)
    assert window.feature(SessionsFeature).show_calendar() is page  # opened once
    page.show_day(THURSDAY)  # read off the GUI thread in the window
    qtbot.waitUntil(lambda: [b.session.id for b in page.grid.blocks] == [first.id])
    second = _book(ctx, setup, patient="zeynep", at=time(14, 0))
    window.events.sig_session_saved.emit(second)
    qtbot.waitUntil(lambda: len(page.grid.blocks) == 2)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)

    def dialogs() -> list[SessionDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SessionDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    dialog = dialogs()[0]
    assert dialog._session is not None and dialog._session.id == first.id
    dialog.reject()
