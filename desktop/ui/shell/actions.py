"""One way to run a user action: call the service, show a problem one way, announce the change.

``attempt`` runs an instant call (a read, a quick write) on the GUI thread. ``ActionRunner.write``
runs a write that may wait on a database lock on the runner's thread pool, with the asking
widgets disabled, a busy cursor, and a guard against running the same action twice at once
(double Enter on Save). Both show a ``ServiceError``/``DatabaseProblem`` through
``show_problem``/``error_text`` (so Turkish messages keep working), or hand its text to an
``inline`` hook when a screen shows problems under its inputs. Anything else is a bug: it goes
on to the excepthook, which logs it.

A feature may give the runner a ``ProblemOffer`` for one kind of problem: a way out shown as a
button beside the message ("Sign now" when a booking lacks the patient's consent). Taking it
runs the feature's ``accept`` with a ``retry`` that starts the refused write again, unchanged.

This is the only module under desktop/ui that catches those two errors (tests/test_architecture.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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
class ProblemOffer:
    """A way out of one kind of problem, offered as a button beside its message.

    ``applies`` picks the problems it answers; ``label`` is the button's (translated) text;
    ``accept(parent, problem, retry)`` takes the way out and calls ``retry`` when the refused
    action should run again (not at all when the person gives up half-way).
    """

    applies: Callable[[ServiceError | DatabaseProblem], bool]
    label: Callable[[], str]
    accept: Callable[[QWidget | None, ServiceError | DatabaseProblem, Callable[[], None]], None]


def offer_taken(
    parent: QWidget | None, title: str, error: ServiceError | DatabaseProblem, label: str
) -> bool:
    """Show the problem with the offer's button; True when the person chose it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=parent)
    box.setObjectName("problemOffer")
    take = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(
        QCoreApplication.translate("actions", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(take)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is take


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
    offers: ActionRunner | None = None,
    retry: Callable[[], None] | None = None,
) -> Done[T] | None:
    """Run ``call`` now; on a problem show it (a box titled ``title``, or ``inline``), None.

    With ``offers`` (the window's runner) and ``retry``, a problem one of its offers applies to
    is shown with the offer's button, as ``ActionRunner.write`` does; taking it may call
    ``retry`` later (after a dialog), which should run the caller's whole action again.
    """
    try:
        return Done(call())
    except (ServiceError, DatabaseProblem) as error:
        offer = None if offers is None or retry is None else offers.offer_for(error)
        if offer is None or retry is None:
            report_problem(parent, title, error, inline=inline, on_problem=on_problem)
            return None
        if inline is not None:  # the screen keeps saying why nothing changed
            inline(error_text(error))
        if offer_taken(parent, title, error, offer.label()):
            offer.accept(parent, error, retry)
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
        self._offers: list[ProblemOffer] = []

    def add_offer(self, offer: ProblemOffer) -> None:
        """Offer a way out whenever a write through this runner meets a problem it applies to."""
        self._offers.append(offer)

    def offer_for(self, error: ServiceError | DatabaseProblem) -> ProblemOffer | None:
        return next((offer for offer in self._offers if offer.applies(error)), None)

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
        lost: the form stays open with its inputs). A problem with an offer (``add_offer``)
        is shown with the offer's button first; taking it may start this write again.
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
            offer = self.offer_for(error)
            if offer is None:
                report_problem(parent, title, error, inline=inline, on_problem=on_problem)
            elif inline is not None:  # the form keeps saying why it was not saved
                inline(error_text(error))
            if on_failed is not None:
                on_failed()
            if offer is not None and offer_taken(parent, title, error, offer.label()):
                offer.accept(parent, error, retry)

        def retry() -> None:
            self.write(
                parent,
                title,
                call,
                on_done,
                key=key,
                busy=busy,
                inline=inline,
                on_problem=on_problem,
                on_failed=on_failed,
            )

        self.tasks.submit(call, done, failed)
        return True
