"""A feature's way out of a problem: a button beside the message, and the write tried again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.ui.shell.actions import ActionRunner, ProblemOffer
from desktop.ui.tasks import TaskRunner


class NeedsPaper(ServiceError):
    pass


def answer_offer(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the offer's box once it is open (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                assert isinstance(button, QPushButton)
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def runner_with_offer(parent: QWidget, accepted: list[str]) -> ActionRunner:
    runner = ActionRunner(TaskRunner(parent))

    def accept(
        _parent: QWidget | None, error: ServiceError | DatabaseProblem, retry: Callable[[], None]
    ) -> None:
        accepted.append(str(error))
        retry()

    runner.add_offer(
        ProblemOffer(
            applies=lambda error: isinstance(error, NeedsPaper),
            label=lambda: "Fetch paper",
            accept=accept,
        )
    )
    return runner


def test_taking_the_offer_runs_the_write_again(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    accepted: list[str] = []
    runner = runner_with_offer(parent, accepted)
    calls: list[int] = []
    inline: list[str] = []
    results: list[str] = []

    def save() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise NeedsPaper("The printer has no paper.")
        return "saved"

    seen: list[str] = []
    answer_offer("Fetch paper", seen)
    runner.write(parent, "Save", save, results.append, key="save", inline=inline.append)
    qtbot.waitUntil(lambda: results == ["saved"], timeout=5000)
    assert seen == ["The printer has no paper."]
    assert inline == ["The printer has no paper."]  # the form said why, meanwhile
    assert accepted == ["The printer has no paper."]
    assert len(calls) == 2


def test_not_now_leaves_the_problem_shown_and_runs_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    accepted: list[str] = []
    runner = runner_with_offer(parent, accepted)
    calls: list[int] = []
    failed: list[bool] = []

    def save() -> str:
        calls.append(1)
        raise NeedsPaper("The printer has no paper.")

    seen: list[str] = []
    answer_offer("Not now", seen)
    runner.write(
        parent, "Save", save, lambda _r: None, key="save", on_failed=lambda: failed.append(True)
    )
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    qtbot.wait(50)
    assert failed == [True] and accepted == [] and calls == [1]
    assert not runner.is_running("save")


def test_problems_without_an_offer_are_shown_as_before(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = runner_with_offer(parent, [])

    def save() -> None:
        raise ServiceError("Something else.")

    failed: list[bool] = []
    runner.write(
        parent, "Save", save, lambda _r: None, key="save", on_failed=lambda: failed.append(True)
    )
    qtbot.waitUntil(lambda: failed == [True], timeout=5000)
    assert shown == ["Something else."]
