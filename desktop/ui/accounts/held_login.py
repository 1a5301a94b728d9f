"""Logging in (or unlocking) while the start-up check of the database file holds writes.

A log-in writes (last log-in, failed attempts, audit). On the GUI thread a held write is
refused at once ("one moment"), which made the person type the password again. While the
check runs, the log-in goes through the action runner instead: on a worker it waits for the
check, the dialog says so, its buttons are off, the typed text stays, and a second Enter
starts nothing. When the check fails, the write is refused with the check's message and
nothing is written. Without a running check the log-in answers at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.services.accounts import login as staff_login
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.ui.shell.actions import ActionRunner, attempt
from desktop.ui.tasks import TaskRunner

T = TypeVar("T")
Problem = ServiceError | DatabaseProblem


class HeldLogin:
    """Runs one dialog's log-in write, on a worker while the file check holds writes."""

    def __init__(
        self,
        owner: QWidget,
        ctx: ServiceContext,
        *,
        key: str,
        edits: Sequence[QLineEdit],
        buttons: Sequence[QWidget],
        inline: Callable[[str], None],
    ) -> None:
        self._owner = owner
        self._ctx = ctx
        self._key = key
        self._edits = list(edits)
        self._buttons = list(buttons)
        self._inline = inline
        self.actions = ActionRunner(TaskRunner(owner, max_threads=1))
        self.notice = QLabel(
            QCoreApplication.translate(
                "HeldLogin",
                "Checking the database file… you are let in as soon as it is done.",
            )
        )
        self.notice.setObjectName("loginWaitsForCheck")
        self.notice.setWordWrap(True)
        self.notice.hide()

    @property
    def running(self) -> bool:
        return self.actions.is_running(self._key)

    def run(
        self,
        call: Callable[[], T],
        on_done: Callable[[T], None],
        on_refused: Callable[[Problem | None], None],
    ) -> None:
        """``call`` now, or on a worker while the check runs; its problem is shown inline.

        ``on_refused`` gets the problem (None only if it was not seen) after it is shown."""
        if self.running:
            return  # Enter pressed again while the first log-in waits
        seen: list[Problem] = []

        def remember(problem: Problem) -> bool:
            seen[:] = [problem]
            return False  # still shown inline

        title = self._owner.windowTitle()
        if not staff_login.waits_for_file_check(self._ctx):
            done = attempt(self._owner, title, call, inline=self._inline, on_problem=remember)
            if done is None:
                on_refused(seen[0] if seen else None)
            else:
                on_done(done.value)
            return

        def finished(value: T) -> None:
            self._waiting(False)
            on_done(value)

        def failed() -> None:
            self._waiting(False)
            on_refused(seen[0] if seen else None)

        self._inline("")
        self._waiting(True)
        self.actions.write(
            self._owner,
            title,
            call,
            finished,
            key=self._key,
            busy=self._buttons,
            inline=self._inline,
            on_problem=remember,
            on_failed=failed,
        )

    def _waiting(self, waiting: bool) -> None:
        self.notice.setVisible(waiting)
        for edit in self._edits:
            edit.setReadOnly(waiting)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until a running log-in's worker is done (closing, tests)."""
        return self.actions.tasks.wait(msecs)


def typed_wrong(problem: Problem | None) -> bool:
    """A refusal of what was typed (clear the password), not a database that could not save."""
    return not isinstance(problem, DatabaseProblem)
