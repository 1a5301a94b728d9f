"""Table models for the physician's history: sessions (newest first) and the per-area summary."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.formatting import format_local_datetime, format_short_date
from desktop.services.sessions.checks import (
    ADVERSE_EVENT_LABELS,
    ANAESTHESIA_LABELS,
    FOLLOW_UP_KIND_LABELS,
    STATUS_LABELS,
)
from desktop.services.sessions.history import AreaSummary, HistorySession
from desktop.services.sessions.rows import FollowUpRow, SessionAreaRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.area_names import (
    HasAreaNames,
    area_name,
    area_other_name,
    with_measured_size,
)
from desktop.ui.widgets.dto_table_model import DtoTableModel
from desktop.ui.widgets.vocabulary import word


def area_line(area: SessionAreaRow) -> str:
    size = area.size_cm2 if area.size_measured else None
    parts = [with_measured_size(area_name(area), size)]
    if area.depth_um:
        parts.append(f"{area.depth_um} µm")
    if area.passes:
        parts.append(f"×{area.passes}")
    settings = " ".join(x for x in (area.device, area.mode) if x)
    if settings:
        parts.append(f"({settings})")
    return " ".join(parts)


def _with_other_name(text: str, area: HasAreaNames) -> str:
    other = area_other_name(area)
    return f"{text} — {other}" if other else text


def follow_up_line(note: FollowUpRow, zone: tzinfo) -> str:
    parts = [f"{word(FOLLOW_UP_KIND_LABELS.get(note.kind, note.kind))} "
             f"{format_short_date(note.recorded_at.astimezone(zone))}:"]  # fmt: skip
    if note.reaction:
        parts.append(
            QCoreApplication.translate("HistoryTableModel", "reaction {text};").format(
                text=note.reaction
            )
        )
    if note.healing:
        parts.append(
            QCoreApplication.translate("HistoryTableModel", "healing {text};").format(
                text=note.healing
            )
        )
    if note.adverse_events:
        events = ", ".join(word(ADVERSE_EVENT_LABELS.get(e, e)) for e in note.adverse_events)
        parts.append(f"⚠ {events};")
    if note.notes:
        parts.append(note.notes)
    return " ".join(parts).rstrip(";")


class _ListModel(DtoTableModel):
    """Rows whose cells show the same text as display and accessible text, and as tooltip
    unless ``tooltip`` says more (an area's name in the other language)."""

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def tooltip(self, row: Any, column: int) -> str:
        return self.text(row, column)

    def text(self, row: Any, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class HistoryTableModel(_ListModel):
    COL_DATE, COL_STATUS, COL_PHYSICIAN, COL_AREAS = 0, 1, 2, 3
    COL_ANAESTHESIA, COL_REACTIONS, COL_FOLLOW_UPS = 4, 5, 6
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Physician"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Areas and depths"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Anaesthesia"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Reactions"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Follow-up notes"),
    )
    HEADER_CONTEXT = "HistoryTableModel"

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def text(self, row: HistorySession, column: int) -> str:
        if column == self.COL_DATE:
            return format_local_datetime(row.starts_at, self._zone)
        if column == self.COL_STATUS:
            return word(STATUS_LABELS.get(row.status, row.status))
        if column == self.COL_PHYSICIAN:
            return row.physician_name
        if column == self.COL_AREAS:
            return "\n".join(area_line(a) for a in row.areas)
        if column == self.COL_ANAESTHESIA:
            return word(ANAESTHESIA_LABELS.get(row.anaesthesia, "")) if row.status == "done" else ""
        if column == self.COL_REACTIONS:
            lines = [
                f"{area_name(a)}: {a.immediate_reaction}" for a in row.areas if a.immediate_reaction
            ]
            if row.notes:
                lines.append(self.tr("Note: {text}").format(text=row.notes))
            return "\n".join(lines)
        if column == self.COL_FOLLOW_UPS:
            return "\n".join(follow_up_line(f, self._zone) for f in row.follow_ups)
        return ""

    def tooltip(self, row: HistorySession, column: int) -> str:
        if column == self.COL_AREAS:
            return "\n".join(_with_other_name(area_line(a), a) for a in row.areas)
        return self.text(row, column)


class AreaSummaryModel(_ListModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AreaSummaryModel", "Area"),
        QT_TRANSLATE_NOOP("AreaSummaryModel", "Sessions"),
        QT_TRANSLATE_NOOP("AreaSummaryModel", "Last depth"),
        QT_TRANSLATE_NOOP("AreaSummaryModel", "Last date"),
    )
    HEADER_CONTEXT = "AreaSummaryModel"

    def text(self, row: AreaSummary, column: int) -> str:
        if column == 0:
            return area_name(row)
        if column == 1:
            return str(row.sessions)
        if column == 2:
            return f"{row.last_depth_um} µm" if row.last_depth_um else "—"
        if column == 3:
            return format_short_date(row.last_on) or "—"
        return ""

    def tooltip(self, row: AreaSummary, column: int) -> str:
        text = self.text(row, column)
        return _with_other_name(text, row) if column == 0 else text
