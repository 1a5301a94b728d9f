"""The desk steps of a session (arrived, start treatment) as one helper for every view that
lists sessions: the day list here, the calendar too. The step rules are the service's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.sessions.day_statuses import move_session_along, next_desk_step
from desktop.services.sessions.rows import SessionDetail
from desktop.ui.shell.actions import attempt

__all__ = ["STATUS_COLOURS", "next_desk_step", "status_colour", "take_desk_step"]

# The text colour of a status wherever sessions are listed or drawn (the words are
# services/sessions/checks.STATUS_LABELS): finished-without-treatment is muted, the desk
# steps stand out. Planned and done keep the palette's own colour.
MUTED = QColor("#7a7a7a")
STATUS_COLOURS: dict[str, QColor] = {
    "arrived": QColor("#1f5fa8"),
    "in_treatment": QColor("#1b7a3a"),
    "cancelled": MUTED,
    "no_show": MUTED,
}


def status_colour(status: str) -> QColor | None:
    return STATUS_COLOURS.get(status)


def take_desk_step(
    parent: QWidget | None,
    ctx: ServiceContext,
    session_id: int,
    row_version: int,
    status: str,
) -> SessionDetail | None:
    """Mark the session ``status`` ("arrived", "in_treatment"); a refusal is shown, None."""
    title = QCoreApplication.translate("DeskSteps", "Session status")
    done = attempt(parent, title, lambda: move_session_along(ctx, session_id, row_version, status))
    return done.value if done is not None else None
