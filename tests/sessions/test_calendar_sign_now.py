"""A calendar move refused because the patient's consent is missing (withdrawn after booking)
offers *Sign now…* like the session form; signing moves the session, "Not now" leaves it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.consent.signing import patient_consents, withdraw_consent
from desktop.services.sessions import records as sessions
from desktop.ui.consent.feature import ConsentFeature
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.sessions.feature import SessionsFeature
from tests.consent.pad_drawing import draw
from tests.consent.test_sign_now import click_in_box
from tests.consent_support import sign, witness_id
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup

pytestmark = pytest.mark.consent_rule  # the patient signs only when the test makes her


@pytest.fixture
def withdrawn(qtbot, ctx, setup):
    """The window's calendar on a Thursday booking whose patient then withdrew her consent."""
    consent = sign(ctx, setup["mehmet"])
    booked = _book(ctx, setup)
    withdraw_consent(ctx, consent.id, "changed her mind", witness_id(ctx))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.feature(SessionsFeature).show_calendar()
    assert page is not None
    page.show_day(THURSDAY)
    qtbot.waitUntil(lambda: [b.session.id for b in page.grid.blocks] == [booked.id])
    yield window, page, booked
    window.tasks.wait()


def _next_day(qtbot, page: CalendarPage) -> None:
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)


def test_sign_now_from_a_refused_move_signs_then_moves(qtbot, ctx, withdrawn, monkeypatch):
    window, page, booked = withdrawn
    # "Print a copy for the patient?" after signing: not now.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    seen: list[str] = []
    click_in_box("&Sign now…", seen)
    _next_day(qtbot, page)
    feature = window.feature(ConsentFeature)
    qtbot.waitUntil(
        lambda: any(isinstance(d, SigningDialog) for d in feature.dialogs), timeout=5000
    )
    assert "has not signed the consent form for laser peeling" in seen[0]
    assert "has not signed" in page.status.text()  # the calendar says why meanwhile
    assert sessions.get_session(ctx, booked.id).starts_at == booked.starts_at
    [signing] = [d for d in feature.dialogs if isinstance(d, SigningDialog)]
    qtbot.waitExposed(signing)
    draw(signing.pad.canvas)
    signing.sign_button.click()
    moved_to = booked.starts_at + timedelta(days=1)
    qtbot.waitUntil(
        lambda: sessions.get_session(ctx, booked.id).starts_at == moved_to, timeout=10_000
    )
    assert [str(c.status) for c in patient_consents(ctx, booked.patient_id)].count("valid") == 1
    qtbot.waitUntil(lambda: page.day == THURSDAY + timedelta(days=1))  # follows the session


def test_not_now_leaves_the_session_where_it_was(qtbot, ctx, withdrawn) -> None:
    window, page, booked = withdrawn
    seen: list[str] = []
    click_in_box("Not now", seen)
    _next_day(qtbot, page)
    assert seen and "has not signed" in seen[0]
    assert "has not signed" in page.status.text()
    assert not any(isinstance(d, SigningDialog) for d in window.feature(ConsentFeature).dialogs)
    assert sessions.get_session(ctx, booked.id).starts_at == booked.starts_at


def test_a_page_without_the_window_says_it_in_the_status_line(qtbot, ctx, withdrawn) -> None:
    _window, page, booked = withdrawn
    page.offers = None  # a calendar outside the window: no way out to offer
    _next_day(qtbot, page)
    assert "has not signed" in page.status.text()
    assert sessions.get_session(ctx, booked.id).starts_at == booked.starts_at
