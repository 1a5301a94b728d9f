"""The app warms printing on a worker a moment after its window is up (desktop/app.py):
the first print is then ready, and a failed warm-up is logged, never shown or raised."""

from __future__ import annotations

import logging

from desktop.services.common.context import ServiceContext
from desktop.services.handouts import warm
from desktop.ui.handouts.print_warmup import warm_printing_later
from desktop.ui.tasks import TaskRunner


def test_printing_is_warmed_on_a_worker_after_the_delay(qtbot, ctx, caplog, monkeypatch) -> None:
    tasks = TaskRunner()
    seen: list[object] = []
    real = warm.warm_handouts

    def recording(given: ServiceContext | None = None) -> None:
        seen.append(given)
        real(given)  # the real reads and ReportLab warm-up, on the worker

    monkeypatch.setattr(warm, "warm_handouts", recording)
    try:
        with caplog.at_level(logging.WARNING):
            warm_printing_later(tasks, ctx, delay_ms=10)
            assert seen == []  # not at once: the window's own reads go first
            qtbot.waitUntil(lambda: seen == [ctx], timeout=5000)
            qtbot.waitUntil(lambda: not tasks.busy(), timeout=15000)
    finally:
        tasks.wait()
    assert "not warmed" not in caplog.text


def test_a_failed_warm_up_is_only_logged(qtbot, ctx, caplog, monkeypatch) -> None:
    tasks = TaskRunner()

    def broken(_ctx=None) -> None:
        raise OSError("fonts folder unreadable")

    monkeypatch.setattr(warm, "warm_handouts", broken)
    with caplog.at_level(logging.WARNING):
        warm_printing_later(tasks, ctx, delay_ms=0)
        qtbot.waitUntil(lambda: "not warmed in advance: OSError" in caplog.text, timeout=5000)
    tasks.wait()


def test_a_runner_gone_before_the_delay_cancels_the_warm_up(qtbot, ctx, monkeypatch) -> None:
    # The window (and its task runner) closed within the delay: nothing runs, nothing raises.
    seen: list[object] = []
    monkeypatch.setattr(warm, "warm_handouts", seen.append)
    tasks = TaskRunner()
    warm_printing_later(tasks, ctx, delay_ms=20)
    tasks.deleteLater()
    qtbot.wait(200)
    assert seen == []
