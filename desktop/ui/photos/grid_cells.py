"""The photo grid's table: one row per session (newest first, as the history lists them), one
column per treated area, each cell the photos of that area in that session; thumbnails are
decoded only when a cell is first painted, then kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage, QPixmap

from desktop.formatting import Names, format_short_date
from desktop.services.common.codes import SessionStatus
from desktop.services.photos.grid_data import PhotoSheet, SheetSession
from desktop.services.photos.reading import PhotoRow
from desktop.ui.widgets.area_names import pick_name

ModelIndex = QModelIndex | QPersistentModelIndex
THUMB_PX = 96  # the side of a thumbnail in the grid (the stored ones are ≤ 256 px)


@dataclass(frozen=True)
class Cell:
    session: SheetSession
    area_id: int
    session_area_id: int | None  # None: the area was taken off the session (no new photos)
    depth_um: int | None
    photos: tuple[PhotoRow, ...]


class ThumbnailCache:
    """Thumbnails decoded once, on first paint, at the grid's size (never the originals)."""

    def __init__(self) -> None:
        self._pixmaps: dict[int, QPixmap] = {}

    def pixmap(self, photo: PhotoRow) -> QPixmap:
        found = self._pixmaps.get(photo.id)
        if found is None:
            image = QImage.fromData(photo.thumbnail_jpeg)
            if not image.isNull():
                image = image.scaled(
                    THUMB_PX,
                    THUMB_PX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            found = QPixmap.fromImage(image)
            self._pixmaps[photo.id] = found
        return found

    def __len__(self) -> int:
        return len(self._pixmaps)

    def forget(self, keep: set[int]) -> None:
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in keep}


class PhotoGridModel(QAbstractTableModel):
    def __init__(self, zone: tzinfo | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.sessions: list[SheetSession] = []
        self.areas: list[tuple[int, Names]] = []
        self._cells: dict[tuple[int, int], Cell] = {}
        self.photo_count = 0

    def reset_sheet(self, sheet: PhotoSheet) -> None:
        self.beginResetModel()
        self.sessions = sorted(sheet.sessions, key=lambda s: (s.starts_at, s.id), reverse=True)
        collator = QCollator()
        names = dict(sheet.areas)
        used = {t.area_id for t in sheet.targets} | {p.area_id for p in sheet.photos}

        def by_name(a: tuple[int, Names], b: tuple[int, Names]) -> int:
            return collator.compare(pick_name(a[1]), pick_name(b[1]))

        self.areas = sorted(
            ((area_id, names.get(area_id, Names())) for area_id in used), key=cmp_to_key(by_name)
        )
        targets = {(t.session_id, t.area_id): t for t in sheet.targets}
        photos: dict[tuple[int, int], list[PhotoRow]] = {}
        for photo in sheet.photos:
            photos.setdefault((photo.session_id, photo.area_id), []).append(photo)
        by_id = {s.id: s for s in self.sessions}
        self._cells = {}
        for key in targets.keys() | photos.keys():
            session = by_id.get(key[0])
            if session is None:
                continue
            target = targets.get(key)
            shot = tuple(photos.get(key, ()))
            depth = target.depth_um if target else next((p.depth_um for p in shot), None)
            self._cells[key] = Cell(
                session, key[1], target.session_area_id if target else None, depth, shot
            )
        self.photo_count = sum(len(c.photos) for c in self._cells.values())
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        if not (0 <= row < len(self.sessions) and 0 <= column < len(self.areas)):
            return None
        return self._cells.get((self.sessions[row].id, self.areas[column][0]))

    def cell_at(self, index: ModelIndex) -> Cell | None:
        return self.cell(index.row(), index.column()) if index.isValid() else None

    def widest(self, column: int) -> int:
        """The most photos in one cell of ``column``."""
        return max((len(c.photos) for c in self._column(column)), default=0)

    def _column(self, column: int) -> list[Cell]:
        area_id = self.areas[column][0]
        return [c for (_s, a), c in self._cells.items() if a == area_id]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.areas)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell_at(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if cell is None:
                return self.tr("not treated")
            return self.tr("{count} photos").format(count=len(cell.photos))
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None and cell.depth_um:
            return self.tr("Depth {depth} µm").format(depth=cell.depth_um)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return pick_name(self.areas[section][1]) if section < len(self.areas) else None
        if section >= len(self.sessions):
            return None
        session = self.sessions[section]
        day = format_short_date(session.starts_at.astimezone(self.zone))
        if session.status != SessionStatus.PLANNED:
            return day
        return self.tr("{date} (planned)").format(date=day)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
