"""Moving a session from the calendar (drag, Alt+↑/↓, Ctrl+←/→): through the booking service,
and when the new time raises a safety warning (the healing interval of the patient's areas,
the screening), the same question as the session form, in the same words; Cancel leaves the
session where it was. Texts keep the SessionDialog context so both read alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.sessions.reschedule import move_booking
from desktop.services.sessions.rows import SessionDetail
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement, SafetyWarning
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.shell.actions import ActionRunner, attempt
from desktop.ui.shell.i18n import translated

# Which answer the question gets, for tests (None: ask the person).
Confirm = Callable[[QWidget, Sequence[SafetyWarning]], bool]


def confirm_warnings(parent: QWidget, warnings: Sequence[SafetyWarning]) -> bool:
    """The session form's "Please check before booking" question; True to go on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CalendarPage", "Move session"))
    box.setTextFormat(Qt.TextFormat.RichText)
    lines = "".join(f"<p>⚠ {escape(translated(w.message))}</p>" for w in warnings)
    box.setText(
        QCoreApplication.translate(
            "SessionDialog", "<b>Please check before booking.</b> Nothing has been saved yet."
        )
        + lines
    )
    anyway = box.addButton(
        QCoreApplication.translate("SessionDialog", "I have checked: &book anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway


def move_session(
    parent: QWidget,
    ctx: ServiceContext,
    session: ScheduledSession,
    starts_at: datetime,
    duration_minutes: int,
    show: Callable[[str], None],
    confirm: Confirm = confirm_warnings,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
    offers: ActionRunner | None = None,
    retry: Callable[[], None] | None = None,
) -> SessionDetail | None:
    """Move (or resize) ``session``, optionally to another physician, room or device; the
    saved booking, or None when refused or not confirmed (``show`` then has the reason).
    A problem one of ``offers`` answers (a missing consent) is shown with its button; taking
    it may call ``retry`` afterwards (the whole move again)."""
    acknowledged: frozenset[str] = frozenset()
    asked: list[NeedsAcknowledgement] = []

    def needs_answer(error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, NeedsAcknowledgement):
            asked.append(error)
            return True
        return False

    while True:
        asked.clear()
        done = attempt(
            parent,
            QCoreApplication.translate("CalendarPage", "Move session"),
            partial(
                move_booking,
                ctx,
                session.id,
                session.row_version,
                starts_at,
                duration_minutes,
                physician_id=physician_id,
                room_id=room_id,
                device_id=device_id,
                acknowledged_warnings=acknowledged,
            ),
            inline=show,
            on_problem=needs_answer,
            offers=offers,
            retry=retry,
        )
        if done is not None:
            return done.value
        if not asked:
            return None
        if not confirm(parent, asked[0].warnings):
            show(QCoreApplication.translate("CalendarPage", "Not moved: nothing has changed."))
            return None
        acknowledged = acknowledged | {w.code for w in asked[0].warnings}
