"""The calendar reads its day or week off the GUI thread when it has a task runner (as in the
main window): a slow database shows "Loading…" instead of freezing the desk, and an older read
that answers late never replaces the day asked for last."""

from __future__ import annotations

import threading
from datetime import timedelta

from desktop.ui.sessions import calendar_page
from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.tasks import TaskRunner
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup


def test_a_slow_read_does_not_block_and_only_the_last_day_asked_is_shown(
    qtbot, ctx, setup, monkeypatch
) -> None:
    first = _book(ctx, setup)
    release = threading.Event()
    real = calendar_page.calendar_content

    def slow(ctx_, day, days=1):
        if day == THURSDAY - timedelta(days=7):
            release.wait(10)  # the older request answers last
        return real(ctx_, day, days)

    monkeypatch.setattr(calendar_page, "calendar_content", slow)
    tasks = TaskRunner(max_threads=2)
    page = CalendarPage(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.show_day(THURSDAY - timedelta(days=7))
    assert page.status.text() == "Loading…"  # the GUI thread did not wait
    page.show_day(THURSDAY)
    qtbot.waitUntil(lambda: [b.session.id for b in page.grid.blocks] == [first.id])
    release.set()
    assert tasks.wait(10_000)
    qtbot.wait(50)  # the late answer for the week before is delivered and ignored
    assert [b.session.id for b in page.grid.blocks] == [first.id]
    assert page.content is not None and page.content.first_day == THURSDAY
