"""Table models for the physician's history: sessions (newest first) and the per-area summary."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.history import AreaSummary, HistorySession
from desktop.services.session_checks import (
    ADVERSE_EVENT_LABELS,
    ANAESTHESIA_LABELS,
    FOLLOW_UP_KIND_LABELS,
    STATUS_LABELS,
)

Index = QModelIndex | QPersistentModelIndex


def area_line(area) -> str:
    parts = [area.name_en]
    if area.depth_um:
        parts.append(f"{area.depth_um} µm")
    if area.passes:
        parts.append(f"×{area.passes}")
    settings = " ".join(x for x in (area.device, area.mode) if x)
    if settings:
        parts.append(f"({settings})")
    return " ".join(parts)


def follow_up_line(note, zone: tzinfo) -> str:
    parts = [f"{FOLLOW_UP_KIND_LABELS.get(note.kind, note.kind)} "
             f"{note.recorded_at.astimezone(zone):%d.%m.%Y}:"]  # fmt: skip
    if note.reaction:
        parts.append(f"reaction {note.reaction};")
    if note.healing:
        parts.append(f"healing {note.healing};")
    if note.adverse_events:
        events = ", ".join(ADVERSE_EVENT_LABELS.get(e, e) for e in note.adverse_events)
        parts.append(f"⚠ {events};")
    if note.notes:
        parts.append(note.notes)
    return " ".join(parts).rstrip(";")


class _ListModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def reset_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, index.column())
        return None

    def text(self, row, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class HistoryTableModel(_ListModel):
    COL_DATE, COL_STATUS, COL_PHYSICIAN, COL_AREAS = 0, 1, 2, 3
    COL_ANAESTHESIA, COL_REACTIONS, COL_FOLLOW_UPS = 4, 5, 6
    HEADERS = (
        "Date",
        "Status",
        "Physician",
        "Areas and depths",
        "Anaesthesia",
        "Reactions",
        "Follow-up notes",
    )

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone

    def text(self, row: HistorySession, column: int) -> str:
        if column == self.COL_DATE:
            return f"{row.starts_at.astimezone(self._zone):%d.%m.%Y %H:%M}"
        if column == self.COL_STATUS:
            return STATUS_LABELS.get(row.status, row.status)
        if column == self.COL_PHYSICIAN:
            return row.physician_name
        if column == self.COL_AREAS:
            return "\n".join(area_line(a) for a in row.areas)
        if column == self.COL_ANAESTHESIA:
            return ANAESTHESIA_LABELS.get(row.anaesthesia, "") if row.status == "done" else ""
        if column == self.COL_REACTIONS:
            lines = [
                f"{a.name_en}: {a.immediate_reaction}" for a in row.areas if a.immediate_reaction
            ]
            if row.notes:
                lines.append(f"Note: {row.notes}")
            return "\n".join(lines)
        if column == self.COL_FOLLOW_UPS:
            return "\n".join(follow_up_line(f, self._zone) for f in row.follow_ups)
        return ""


class AreaSummaryModel(_ListModel):
    HEADERS = ("Area", "Sessions", "Last depth", "Last date")

    def text(self, row: AreaSummary, column: int) -> str:
        if column == 0:
            return row.name_en
        if column == 1:
            return str(row.sessions)
        if column == 2:
            return f"{row.last_depth_um} µm" if row.last_depth_um else "—"
        if column == 3:
            return f"{row.last_on:%d.%m.%Y}" if row.last_on else "—"
        return ""
