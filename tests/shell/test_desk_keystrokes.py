"""The common desk jobs typed into the real window (scripts/desk_keystrokes.py), within their
keystroke budgets, in English and in Turkish. The counts are measured by typing, never assumed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import desk_keystrokes


def _run(qtbot, qapp, ctx, language: str) -> list[desk_keystrokes.Job]:
    seeded, desk_ctx = desk_keystrokes.seed(ctx)
    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        return desk_keystrokes.run_jobs(qapp, window, desk_ctx, seeded, language)
    finally:
        window.tasks.wait()


def _check(jobs: list[desk_keystrokes.Job]) -> None:
    report = desk_keystrokes.report(jobs)
    print(report)
    assert [job.name for job in jobs] == [
        "find-book-print",
        "walk-in-quote",
        "free-slot-laser-print",
    ]
    for job in jobs:
        assert job.within_budget, report
        assert job.keys > 0 and job.steps, report


# Under the real consent rule (no signing on the tests' behalf): the script seeds a database
# the way a clinic has it, so it also runs on its own, outside the tests.
@pytest.mark.consent_rule
def test_desk_jobs_fit_their_keystroke_budgets(qtbot, qapp, ctx) -> None:
    _check(_run(qtbot, qapp, ctx, "en"))


@pytest.mark.consent_rule
@pytest.mark.usefixtures("turkish")
def test_desk_jobs_fit_their_keystroke_budgets_in_turkish(qtbot, qapp, ctx) -> None:
    _check(_run(qtbot, qapp, ctx, "tr"))
