"""Two photo views whose zoom and pan move together, and the overlay of one photo on the other.

Each photo is scaled to the same scene width (``SCENE_WIDTH``) whatever its pixel size, so one
transform and one scroll position show the same part of the area in both views: zooming with
the wheel or panning by dragging in either view is copied to the other at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

SCENE_WIDTH = 1000.0
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 40.0


class PhotoView(QGraphicsView):
    """One photo (and, in overlay mode, the other photo over it at some opacity)."""

    sig_wheel_zoom = Signal(float)  # the factor this view was just zoomed by

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        # The dialog's keys (←/→, Tab, +/−) must reach its shortcuts, not scroll a view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.base = QGraphicsPixmapItem()
        self.over = QGraphicsPixmapItem()
        for item in (self.base, self.over):
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.scene().addItem(item)
        self.over.setVisible(False)

    def set_photos(self, base: QPixmap | None, over: QPixmap | None = None) -> None:
        for item, pixmap in ((self.base, base), (self.over, over)):
            item.setPixmap(pixmap if pixmap is not None else QPixmap())
            if pixmap is not None and pixmap.width() > 0:
                item.setScale(SCENE_WIDTH / pixmap.width())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps == 0:
            return
        factor = ZOOM_STEP**steps
        if self.zoom_allows(factor):
            self.scale(factor, factor)
            self.sig_wheel_zoom.emit(factor)
        event.accept()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_allows(self, factor: float) -> bool:
        return MIN_ZOOM <= self.zoom() * factor <= MAX_ZOOM


class LockedViews(QObject):
    """Keeps ``views`` showing the same zoom and the same part of their scenes."""

    def __init__(self, views: tuple[PhotoView, PhotoView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self._copying = False
        for view in views:
            view.sig_wheel_zoom.connect(lambda _f, source=view: self.follow(source))
            view.horizontalScrollBar().valueChanged.connect(
                lambda _v, source=view: self.follow(source)
            )
            view.verticalScrollBar().valueChanged.connect(
                lambda _v, source=view: self.follow(source)
            )

    def set_scene_rect(self, heights: tuple[float, float]) -> None:
        """Both scenes as tall as the taller photo, so their scroll ranges match."""
        rect = QRectF(0, 0, SCENE_WIDTH, max(max(heights), 1.0))
        for view in self.views:
            view.setSceneRect(rect)

    def zoom_by(self, factor: float) -> None:
        first = self.views[0]
        if not first.zoom_allows(factor):
            return
        anchor = first.transformationAnchor()
        first.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        first.scale(factor, factor)
        first.setTransformationAnchor(anchor)
        self.follow(first)

    def fit(self) -> None:
        first = self.views[0]
        first.fitInView(first.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.follow(first)

    def follow(self, source: PhotoView) -> None:
        if self._copying:
            return
        self._copying = True
        try:
            transform = QTransform(source.transform())
            h = source.horizontalScrollBar().value()
            v = source.verticalScrollBar().value()
            for view in self.views:
                if view is source:
                    continue
                view.setTransform(transform)
                view.horizontalScrollBar().setValue(h)
                view.verticalScrollBar().setValue(v)
        finally:
            self._copying = False
