"""Sessions (of a day, or of one patient) as a Qt table model over SessionListRow DTOs."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.formatting import format_short_date, format_time
from desktop.services.sessions.checks import STATUS_LABELS
from desktop.services.sessions.day_list import SessionListRow
from desktop.ui.sessions.desk_steps import MUTED, status_colour
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.ui.widgets.area_names import with_measured_size
from desktop.ui.widgets.dto_table_model import DtoTableModel
from desktop.ui.widgets.vocabulary import word

CLASH_BACKGROUND = QColor("#fde2e1")


def area_texts(row: SessionListRow, language: str) -> list[str]:
    """The session's areas, each measured one followed by its size ("… 12 cm²")."""
    names = row.area_names(language)
    sizes = row.measured_sizes or (None,) * len(names)
    return [
        with_measured_size(name, size, language) for name, size in zip(names, sizes, strict=True)
    ]


class SessionListModel(DtoTableModel[SessionListRow]):
    COL_TIME = 0
    COL_PATIENT = 1
    COL_PHYSICIAN = 2
    COL_AREAS = 3
    COL_STATUS = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionListModel", "Time"),
        QT_TRANSLATE_NOOP("SessionListModel", "Patient"),
        QT_TRANSLATE_NOOP("SessionListModel", "Physician"),
        QT_TRANSLATE_NOOP("SessionListModel", "Areas"),
        QT_TRANSLATE_NOOP("SessionListModel", "Status"),
    )
    HEADER_CONTEXT = "SessionListModel"

    def __init__(
        self, zone: tzinfo, *, with_date: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._with_date = with_date  # a patient's list spans days; the day list does not

    def cell_data(self, row: SessionListRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.double_booked:
            return QBrush(CLASH_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = status_colour(row.status)
            # Cancelled and no-show grey the whole row; a desk step colours its status word.
            if colour is not None and (colour == MUTED or column == self.COL_STATUS):
                return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{patient} with {physician} — press Enter to open").format(
                patient=row.patient_name, physician=row.physician_name
            )
            if row.double_booked:
                tip = (
                    self.tr("Double booking: {physician} has another session at this time.").format(
                        physician=row.physician_name
                    )
                    + " "
                    + tip
                )
            return tip
        return None

    def _text(self, row: SessionListRow, column: int) -> str:
        if column == self.COL_TIME:
            start = row.starts_at.astimezone(self._zone)
            end = row.ends_at.astimezone(self._zone)
            text = f"{format_time(start)}–{format_time(end)}"
            if self._with_date:
                text = f"{format_short_date(start)} {text}"
            return f"⚠ {text}" if row.double_booked else text
        if column == self.COL_PATIENT:
            return row.patient_name
        if column == self.COL_PHYSICIAN:
            return row.physician_name + (self.tr(" (double-booked)") if row.double_booked else "")
        if column == self.COL_AREAS:
            return ", ".join(area_texts(row, current_language()))
        if column == self.COL_STATUS:
            status = word(STATUS_LABELS.get(row.status, row.status))
            if row.course_place is None:
                return status
            place = self.tr("session {n} of {total}").format(
                n=row.course_place[0], total=row.course_place[1]
            )
            return f"{status} · {place}"
        return ""

    # --- owner API -------------------------------------------------------------
    def row_of(self, session_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == session_id:
                return number
        return -1
