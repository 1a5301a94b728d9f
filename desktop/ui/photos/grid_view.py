"""The photo grid's view: thumbnails painted in their cells with kind and angle badges,
keyboard navigation photo by photo, marking two photos to compare, and files dropped on a cell.

Keys: arrows move photo by photo (left/right inside a cell, then to the next area), Enter opens
the photo, Space marks it (two at most: a third mark drops the oldest), C asks to compare the two.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.services.common.codes import PhotoAngle, PhotoKind
from desktop.services.photos.grid_data import PhotoSheet
from desktop.services.photos.reading import PhotoRow
from desktop.ui.photos.grid_cells import THUMB_PX, Cell, ModelIndex, PhotoGridModel, ThumbnailCache

GAP = 6
CELL_HEIGHT = THUMB_PX + 2 * GAP + 16  # the depth line below the thumbnails


def kind_badge(kind: PhotoKind) -> str:
    return {
        PhotoKind.BEFORE: QCoreApplication.translate("PhotoBadges", "Before"),
        PhotoKind.AFTER: QCoreApplication.translate("PhotoBadges", "After"),
        PhotoKind.FOLLOW_UP: QCoreApplication.translate("PhotoBadges", "Follow-up"),
    }[kind]


def angle_badge(angle: PhotoAngle) -> str:
    return {
        PhotoAngle.FRONT: QCoreApplication.translate("PhotoBadges", "Front"),
        PhotoAngle.LEFT: QCoreApplication.translate("PhotoBadges", "Left"),
        PhotoAngle.RIGHT: QCoreApplication.translate("PhotoBadges", "Right"),
        PhotoAngle.LEFT_45: QCoreApplication.translate("PhotoBadges", "Left 45°"),
        PhotoAngle.RIGHT_45: QCoreApplication.translate("PhotoBadges", "Right 45°"),
        PhotoAngle.OTHER: QCoreApplication.translate("PhotoBadges", "Other"),
    }[angle]


def slot_rect(option_rect: QRect, slot: int) -> QRect:
    """Where the ``slot``-th thumbnail of a cell is drawn."""
    x = option_rect.x() + GAP + slot * (THUMB_PX + GAP)
    return QRect(x, option_rect.y() + GAP, THUMB_PX, THUMB_PX)


class PhotoDelegate(QStyledItemDelegate):
    def __init__(self, view: PhotoGridView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        view = self._view
        cell = view.grid.cell_at(index)
        rect = option.rect
        if cell is None:
            painter.fillRect(rect, option.palette.alternateBase())
            return
        current = index == view.currentIndex()
        painter.save()
        small = painter.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.0))
        painter.setFont(small)
        for slot, photo in enumerate(cell.photos):
            target = slot_rect(rect, slot)
            painter.fillRect(target, QColor(48, 48, 48))  # a frame for the letterboxed photo
            pixmap = view.cache.pixmap(photo)
            x = target.x() + (THUMB_PX - pixmap.width()) // 2
            y = target.y() + (THUMB_PX - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
            badge = QRect(target.x(), target.bottom() - 15, THUMB_PX, 16)
            painter.fillRect(badge, QColor(0, 0, 0, 150))
            painter.setPen(QColor("white"))
            painter.drawText(
                badge.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{kind_badge(photo.kind)} · {angle_badge(photo.angle)}",
            )
            if photo.id in view.marked:
                painter.setPen(QPen(QColor("#e67e22"), 4))
                painter.drawRect(target.adjusted(2, 2, -2, -2))
                number = QRect(target.right() - 20, target.y() + 2, 18, 18)
                painter.fillRect(number, QColor("#e67e22"))
                painter.setPen(QColor("white"))
                painter.drawText(
                    number, Qt.AlignmentFlag.AlignCenter, str(view.marked.index(photo.id) + 1)
                )
            if current and slot == view.slot:
                painter.setPen(QPen(option.palette.highlight().color(), 3))
                painter.drawRect(target.adjusted(-2, -2, 2, 2))
        painter.setPen(option.palette.text().color())
        line = QRect(rect.x() + GAP, rect.bottom() - 16, rect.width() - 2 * GAP, 16)
        if current and not cell.photos:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if cell.depth_um:
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("PhotoBadges", "{depth} µm").format(depth=cell.depth_um),
            )
        painter.restore()


class PhotoGridView(QTableView):
    """The grid; ``marked`` holds up to two photo ids, in the order they were marked."""

    sig_open_photo = Signal(int)
    sig_compare = Signal(int, int)
    sig_files_dropped = Signal(object, list)  # Cell, list[Path]
    sig_marked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGrid")
        self.grid = PhotoGridModel(None, self)
        self.cache = ThumbnailCache()
        self.marked: list[int] = []
        self.slot = 0  # which photo of the current cell
        self.setModel(self.grid)
        self.setItemDelegate(PhotoDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(CELL_HEIGHT)
        self.setAccessibleName(self.tr("Photos by session and area"))

    def set_zone(self, zone: tzinfo) -> None:
        self.grid.zone = zone

    def reset_sheet(self, sheet: PhotoSheet) -> None:
        self.grid.reset_sheet(sheet)
        shown = {p.id for p in sheet.photos}
        self.cache.forget(shown)
        self.marked = [m for m in self.marked if m in shown]
        for column in range(self.grid.columnCount()):
            slots = max(self.grid.widest(column), 1)
            self.setColumnWidth(column, max(slots * (THUMB_PX + GAP) + GAP, 120))
        # The newest session with photos (planned sessions above it are usually empty).
        rows, columns = self.grid.rowCount(), self.grid.columnCount()
        first = next(
            ((r, c) for r in range(rows) for c in range(columns) if self._has_photos(r, c)),
            (0, 0),
        )
        if rows and columns:
            self.go_to(*first)
        self.slot = 0
        self.sig_marked.emit()

    def _has_photos(self, row: int, column: int) -> bool:
        cell = self.grid.cell(row, column)
        return cell is not None and bool(cell.photos)

    # --- the current photo ----------------------------------------------------------------
    def current_cell(self) -> Cell | None:
        return self.grid.cell_at(self.currentIndex())

    def current_photo(self) -> PhotoRow | None:
        cell = self.current_cell()
        if cell is None or not cell.photos:
            return None
        return cell.photos[min(self.slot, len(cell.photos) - 1)]

    def go_to(self, row: int, column: int, slot: int = 0) -> None:
        self.slot = slot
        index = self.grid.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.viewport().update()

    def toggle_mark(self, photo_id: int) -> None:
        if photo_id in self.marked:
            self.marked.remove(photo_id)
        else:
            self.marked = [*self.marked, photo_id][-2:]
        self.viewport().update()
        self.sig_marked.emit()

    def compare(self) -> bool:
        if len(self.marked) != 2:
            return False
        self.sig_compare.emit(self.marked[0], self.marked[1])
        return True

    # --- keys and mouse ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        row, column = index.row(), index.column()
        cell = self.current_cell()
        count = len(cell.photos) if cell else 0
        if key == Qt.Key.Key_Right:
            if self.slot + 1 < count:
                self.go_to(row, column, self.slot + 1)
            elif column + 1 < self.grid.columnCount():
                self.go_to(row, column + 1, 0)
        elif key == Qt.Key.Key_Left:
            if self.slot > 0:
                self.go_to(row, column, min(self.slot, count) - 1)
            elif column > 0:
                before = self.grid.cell(row, column - 1)
                self.go_to(row, column - 1, max(len(before.photos) - 1, 0) if before else 0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if 0 <= row + step < self.grid.rowCount():
                self.go_to(row + step, column, self.slot)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            photo = self.current_photo()
            if photo is not None:
                self.sig_open_photo.emit(photo.id)
        elif key == Qt.Key.Key_Space:
            photo = self.current_photo()
            if photo is not None:
                self.toggle_mark(photo.id)
        elif key == Qt.Key.Key_C and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.compare()
        else:
            super().keyPressEvent(event)

    def _slot_at(self, index: QModelIndex, point: QPoint) -> int:
        rect = self.visualRect(index)
        return max((point.x() - rect.x() - GAP) // (THUMB_PX + GAP), 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.go_to(
                index.row(), index.column(), self._slot_at(index, event.position().toPoint())
            )
        self.setFocus()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        photo = self.current_photo()
        if photo is not None:
            self.sig_open_photo.emit(photo.id)

    # --- files dropped on a cell ---------------------------------------------------------
    @staticmethod
    def _files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        cell = self.grid.cell_at(self.indexAt(event.position().toPoint()))
        if self._files(event) and cell is not None and cell.session_area_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        cell = self.grid.cell_at(index)
        files = self._files(event)
        if not files or cell is None or cell.session_area_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.go_to(index.row(), index.column())
        self.sig_files_dropped.emit(cell, files)
