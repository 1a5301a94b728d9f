"""One way to run a user action: call the service, show a problem one way, announce the change.

``attempt`` runs an instant call (a read, a quick write) on the GUI thread. ``ActionRunner.write``
runs a write that may wait on a database lock on the runner's thread pool, with the asking
widgets disabled, a busy cursor, and a guard against running the same action twice at once
(double Enter on Save). Both show a ``ServiceError``/``DatabaseProblem`` through
``show_problem``/``error_text`` (so Turkish messages keep working), or hand its text to an
``inline`` hook when a screen shows problems under its inputs. Anything else is a bug: it goes
on to the excepthook, which logs it.

This is the only module under desktop/ui that catches those two errors (tests/test_architecture.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.ui.errors import show_problem
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.field_error import FieldError

T = TypeVar("T")

# Screens that show the problem themselves (under the inputs) get its translated text.
InlineProblem = Callable[[str], None]
# A screen with a special reaction (reload a stale record...) returns True when it handled it.
ProblemHook = Callable[[ServiceError | DatabaseProblem], bool]


@dataclass(frozen=True)
class Done(Generic[T]):
    """A call that succeeded; ``value`` may itself be None."""

    value: T


def is_problem(error: BaseException) -> bool:
    """A problem the person can act on, as opposed to a bug."""
    return isinstance(error, ServiceError | DatabaseProblem)


def under_fields(errors: Mapping[str, FieldError], general: FieldError) -> ProblemHook:
    """A hook that shows a ValidationError's messages under their fields (others in ``general``)."""

    def hook(error: ServiceError | DatabaseProblem) -> bool:
        if not isinstance(error, ValidationError):
            return False
        for key, message in error.field_errors.items():
            (errors.get(key) or general).show_message(message)
        return True

    return hook


def report_problem(
    parent: QWidget | None,
    title: str,
    error: ServiceError | DatabaseProblem,
    *,
    inline: InlineProblem | None = None,
    on_problem: ProblemHook | None = None,
) -> None:
    if on_problem is not None and on_problem(error):
        return
    if inline is not None:
        inline(error_text(error))
    else:
        show_problem(parent, title, error)


def attempt(
    parent: QWidget | None,
    title: str,
    call: Callable[[], T],
    *,
    inline: InlineProblem | None = None,
    on_problem: ProblemHook | None = None,
) -> Done[T] | None:
    """Run ``call`` now; on a problem show it (a box titled ``title``, or ``inline``), None."""
    try:
        return Done(call())
    except (ServiceError, DatabaseProblem) as error:
        report_problem(parent, title, error, inline=inline, on_problem=on_problem)
        return None


def value_or_none(
    parent: QWidget | None,
    title: str,
    call: Callable[[], T],
    *,
    inline: InlineProblem | None = None,
    on_problem: ProblemHook | None = None,
) -> T | None:
    """``attempt`` for calls whose result is never None (a read of one record)."""
    done = attempt(parent, title, call, inline=inline, on_problem=on_problem)
    return None if done is None else done.value


def quietly(call: Callable[[], T], fallback: T) -> T:
    """``call``'s result, or ``fallback`` on a problem nobody needs to see (an optional read)."""
    try:
        return call()
    except (ServiceError, DatabaseProblem):
        return fallback


class ActionRunner:
    """Runs writes off the GUI thread through the window's TaskRunner (one relay for all)."""

    def __init__(self, tasks: TaskRunner) -> None:
        self.tasks = tasks
        self._running: set[str] = set()

    def is_running(self, key: str) -> bool:
        return key in self._running

    def write(
        self,
        parent: QWidget | None,
        title: str,
        call: Callable[[], T],
        on_done: Callable[[T], None],
        *,
        key: str,
        busy: Sequence[QWidget] = (),
        inline: InlineProblem | None = None,
        on_problem: ProblemHook | None = None,
        on_failed: Callable[[], None] | None = None,
    ) -> bool:
        """Start ``call``; False (and nothing runs) while the action ``key`` still runs.

        ``busy`` widgets are disabled until the result is back; ``on_done`` gets the result on
        the GUI thread. A problem is shown once, then ``on_failed`` runs (nothing typed is
        lost: the form stays open with its inputs).
        """
        if key in self._running:
            return False
        self._running.add(key)
        were_enabled = [(widget, widget.isEnabled()) for widget in busy]
        for widget in busy:
            widget.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def settle() -> None:
            self._running.discard(key)
            QApplication.restoreOverrideCursor()
            for widget, enabled in were_enabled:
                widget.setEnabled(enabled)

        def done(result: T) -> None:
            settle()
            on_done(result)

        def failed(error: BaseException) -> None:
            settle()
            if not isinstance(error, ServiceError | DatabaseProblem):
                raise error  # a bug: to the excepthook, which logs it
            report_problem(parent, title, error, inline=inline, on_problem=on_problem)
            if on_failed is not None:
                on_failed()

        self.tasks.submit(call, done, failed)
        return True
