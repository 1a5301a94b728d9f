"""Before/after: two photos of one area and angle side by side, or one over the other.

Open it with ``open_comparison(parent, window_or_ctx, photo_id_a, photo_id_b)``. The photos
are the screen renditions, read and decoded on the task runner. Zoom (wheel, +/−, fit) and pan
are locked together (``compare_views.LockedViews``). Keys: ←/→ the right photo's previous/next
of the same area and angle in time, Shift+←/→ the left one's, Tab swaps the sides, O the
overlay, Ctrl+P the comparison sheet, Esc closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import name_in
from desktop.services.common.context import ServiceContext
from desktop.services.photos.comparison import (
    ComparedPhoto,
    PhotoSeries,
    build_comparison_sheet,
    series_of_photo,
    sheet_document,
)
from desktop.services.photos.reading import photo_rendition
from desktop.ui.photos.compare_views import ZOOM_STEP, LockedViews, PhotoView
from desktop.ui.photos.compare_words import angle_word, caption
from desktop.ui.shell.i18n import current_language, error_text
from desktop.ui.shell.view_state import remember_geometry
from desktop.ui.tasks import TaskRunner


def _decoded(ctx: ServiceContext, photo_ids: list[int]) -> dict[int, QImage]:
    """The screen renditions, decoded (on a worker: QImage needs no GUI thread)."""
    return {n: QImage.fromData(photo_rendition(ctx, n, "screen").data) for n in photo_ids}


class CompareDialog(QDialog):
    sig_shown = Signal()  # both photos are on screen (after a load or a step)

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        photo_id_a: int,
        photo_id_b: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare photos"))
        self._ctx = ctx
        self._tasks = tasks
        self.ids = [photo_id_a, photo_id_b]  # left, right
        self.series: PhotoSeries | None = None
        self._pixmaps: dict[int, QPixmap] = {}
        self._generation = 0
        self.preview: Any = None
        self._closed = False

        self.title = QLabel(self.tr("Loading photos…"))
        self.title.setObjectName("compareTitle")
        self.left_view = PhotoView("leftPhoto")
        self.right_view = PhotoView("rightPhoto")
        self.locked = LockedViews((self.left_view, self.right_view), self)
        self.left_caption = QLabel()
        self.right_caption = QLabel()
        for label in (self.left_caption, self.right_caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left_caption.setObjectName("leftCaption")
        self.right_caption.setObjectName("rightCaption")
        self.status = QLabel()
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)

        self.overlay = QCheckBox(self.tr("&Overlay (O)"))
        self.overlay.setObjectName("overlayToggle")
        self.overlay.toggled.connect(self._show_photos)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setObjectName("overlayOpacity")
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName(self.tr("Opacity of the right photo over the left"))
        self.opacity.valueChanged.connect(self._set_opacity)
        zoom_out = QPushButton(self.tr("−"))
        zoom_out.setToolTip(self.tr("Zoom out (−)"))
        zoom_out.clicked.connect(lambda: self.locked.zoom_by(1 / ZOOM_STEP))
        zoom_in = QPushButton(self.tr("+"))
        zoom_in.setToolTip(self.tr("Zoom in (+)"))
        zoom_in.clicked.connect(lambda: self.locked.zoom_by(ZOOM_STEP))
        fit = QPushButton(self.tr("&Fit"))
        fit.setToolTip(self.tr("Show the whole photos (0)"))
        fit.clicked.connect(self.locked.fit)
        self.sheet_photos = QComboBox()
        self.sheet_photos.setObjectName("sheetPhotos")
        self.sheet_photos.addItem(self.tr("These two photos"), 2)
        self.sheet_photos.addItem(self.tr("Four photos across the series"), 4)
        self.sheet_copy = QComboBox()
        self.sheet_copy.setObjectName("sheetCopy")
        self.sheet_copy.addItem(self.tr("Physician's file copy"), "file")
        self.sheet_copy.addItem(self.tr("Patient copy (marketing consent)"), "patient")
        self.print_button = QPushButton(self.tr("&Print sheet… (Ctrl+P)"))
        self.print_button.setObjectName("printSheetButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        for button in (zoom_out, zoom_in, fit):
            button.setAutoDefault(False)

        photos = self._grid = QGridLayout()
        photos.addWidget(self.left_view, 0, 0)
        photos.addWidget(self.right_view, 0, 1)
        photos.addWidget(self.left_caption, 1, 0)
        photos.addWidget(self.right_caption, 1, 1)
        photos.setColumnStretch(0, 1)
        photos.setColumnStretch(1, 1)
        photos.setRowStretch(0, 1)
        tools = QHBoxLayout()
        left_tools: tuple[QWidget, ...] = (zoom_out, zoom_in, fit, self.overlay, self.opacity)
        for widget in left_tools:
            tools.addWidget(widget)
        tools.addStretch(1)
        for item in (self.sheet_photos, self.sheet_copy, self.print_button):
            tools.addWidget(item)
        keys = QLabel(
            self.tr(
                "←/→ right photo earlier/later · Shift+←/→ left photo · Tab swap sides · "
                "wheel or +/− zoom · drag to pan · Esc close"
            )
        )
        keys.setObjectName("compareKeys")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(photos, 1)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(keys)

        shortcuts = (
            (Qt.Key.Key_Left, lambda: self.step(1, -1)),
            (Qt.Key.Key_Right, lambda: self.step(1, 1)),
            (QKeySequence("Shift+Left"), lambda: self.step(0, -1)),
            (QKeySequence("Shift+Right"), lambda: self.step(0, 1)),
            (Qt.Key.Key_Tab, self.swap),
            (Qt.Key.Key_O, self.overlay.toggle),
            (Qt.Key.Key_Plus, lambda: self.locked.zoom_by(ZOOM_STEP)),
            (Qt.Key.Key_Equal, lambda: self.locked.zoom_by(ZOOM_STEP)),
            (Qt.Key.Key_Minus, lambda: self.locked.zoom_by(1 / ZOOM_STEP)),
            (Qt.Key.Key_0, self.locked.fit),
            (QKeySequence.StandardKey.Print, self.print_sheet),
        )
        for key, slot in shortcuts:
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        if not remember_geometry(self, "compare_photos"):
            self.resize(1100, 720)
        self._load_series()

    def done(self, result: int) -> None:
        # A load or a sheet still on the runner must not touch the closed dialog.
        self._generation += 1
        self._closed = True
        super().done(result)

    # --- loading ------------------------------------------------------------------------

    def _load_series(self) -> None:
        self._generation += 1
        generation = self._generation
        first = self.ids[0]

        def done(series: PhotoSeries) -> None:
            if generation != self._generation:
                return
            self.series = series
            known = {p.id for p in series.photos}
            if self.ids[1] not in known:  # not of the same area and angle: its neighbour
                self.ids[1] = self._neighbour(first, 1) or first
            self.sheet_photos.setEnabled(len(series.photos) >= 4)
            self._load_photos()

        self._tasks.submit(lambda: series_of_photo(self._ctx, first), done, self._failed)

    def _load_photos(self) -> None:
        self._generation += 1
        generation = self._generation
        wanted = [n for n in dict.fromkeys(self.ids) if n not in self._pixmaps]
        if not wanted:
            self._show_photos()
            return
        self.status.setText(self.tr("Loading photos…"))

        def done(images: dict[int, QImage]) -> None:
            if generation != self._generation:
                return
            for photo_id, image in images.items():
                self._pixmaps[photo_id] = QPixmap.fromImage(image)
            # Only the two shown are kept: a long series would otherwise hold ~12 MB a photo.
            self._pixmaps = {n: p for n, p in self._pixmaps.items() if n in self.ids}
            self.status.clear()
            first_time = not self.left_view.base.pixmap().width()
            self._show_photos()
            if first_time:
                self.locked.fit()

        self._tasks.submit(lambda: _decoded(self._ctx, wanted), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.status.setText(error_text(error))

    # --- showing ------------------------------------------------------------------------

    def photo(self, side: int) -> ComparedPhoto | None:
        if self.series is None:
            return None
        return next((p for p in self.series.photos if p.id == self.ids[side]), None)

    def _show_photos(self, *_args: object) -> None:
        left, right = (self._pixmaps.get(n) for n in self.ids)
        overlay = self.overlay.isChecked()
        self.left_view.set_photos(left, right if overlay else None)
        self.left_view.over.setVisible(overlay)
        self.right_view.setVisible(not overlay)
        self.right_caption.setVisible(not overlay)
        self._grid.setColumnStretch(1, 0 if overlay else 1)  # the overlay takes the width
        self.opacity.setEnabled(overlay)
        self._set_opacity(self.opacity.value())
        self.right_view.set_photos(right)
        heights = tuple(
            1000.0 * p.height() / p.width() if p is not None and p.width() else 1.0
            for p in (left, right)
        )
        self.locked.set_scene_rect((heights[0], heights[1]))
        a, b = self.photo(0), self.photo(1)
        if self.series is not None:
            self.title.setText(
                self.tr("{area} · {angle} · {count} photos").format(
                    area=name_in(current_language(), self.series.area_names),
                    angle=angle_word(self.series.angle.value),
                    count=len(self.series.photos),
                )
            )
        self.left_caption.setText(caption(a, self._ctx.zone) if a else "")
        self.right_caption.setText(caption(b, self._ctx.zone) if b else "")
        if overlay and a and b:
            self.left_caption.setText(
                self.tr("{left}\nover it, at the slider's opacity:\n{right}").format(
                    left=caption(a, self._ctx.zone), right=caption(b, self._ctx.zone)
                )
            )
        if left is not None and right is not None:
            self.locked.follow(self.left_view)
            self.sig_shown.emit()

    def _set_opacity(self, value: int) -> None:
        self.left_view.over.setOpacity(value / 100)

    # --- keys ---------------------------------------------------------------------------

    def _neighbour(self, photo_id: int, direction: int) -> int | None:
        if self.series is None:
            return None
        order = [p.id for p in self.series.photos]
        if photo_id not in order:
            return None
        at = order.index(photo_id) + direction
        return order[at] if 0 <= at < len(order) else None

    def step(self, side: int, direction: int) -> None:
        """Show the previous (-1) or next (1) photo of the series on ``side`` (0 left)."""
        target = self._neighbour(self.ids[side], direction)
        if target is None:
            self.status.setText(
                self.tr("There is no earlier photo of this area and angle.")
                if direction < 0
                else self.tr("There is no later photo of this area and angle.")
            )
            return
        self.ids[side] = target
        self._load_photos()

    def swap(self) -> None:
        self.ids.reverse()
        self._show_photos()

    # --- the comparison sheet -------------------------------------------------------------

    def sheet_ids(self) -> list[int]:
        if self.sheet_photos.currentData() == 4 and self.series is not None:
            order = [p.id for p in self.series.photos]
            count = len(order)
            if count >= 4:
                return [order[0], order[count // 3], order[2 * count // 3], order[-1]]
        return list(self.ids)

    def print_sheet(self) -> None:
        """Build the sheet off the GUI thread, then show it in the shared preview."""
        from desktop.ui.widgets.document_output import show_document

        ids = self.sheet_ids()
        copy = str(self.sheet_copy.currentData())
        language = current_language()
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the comparison sheet…"))

        def done(built: Any) -> None:
            if self._closed:
                return
            self.print_button.setEnabled(True)
            self.status.clear()
            name = built.patient_name.replace(" ", "-")
            self.preview = show_document(
                self,
                self._ctx,
                built.pdf,
                title=self.tr("Comparison sheet — {name}").format(name=built.patient_name),
                suggested_name=f"photos-{name}.pdf",
                document=sheet_document(copy),
                patient_id=built.patient_id,
                entity="treatment_photo",
                entity_id=built.photo_ids[0],
            )

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self.print_button.setEnabled(True)
            self._failed(error)

        self._tasks.submit(
            lambda: build_comparison_sheet(self._ctx, ids, copy, language), done, failed
        )


def open_comparison(
    parent: QWidget | None, window_or_ctx: Any, photo_id_a: int, photo_id_b: int
) -> CompareDialog:
    """Open the comparison of two photos (left ``photo_id_a``, right ``photo_id_b``).

    ``window_or_ctx``: the main window (its context and task runner are used) or a
    ServiceContext (the dialog then runs its own task runner)."""
    if isinstance(window_or_ctx, ServiceContext):
        return show_comparison(parent, window_or_ctx, None, photo_id_a, photo_id_b)
    return show_comparison(parent, window_or_ctx.ctx, window_or_ctx.tasks, photo_id_a, photo_id_b)


def show_comparison(
    parent: QWidget | None,
    ctx: ServiceContext,
    tasks: TaskRunner | None,
    photo_id_a: int,
    photo_id_b: int,
) -> CompareDialog:
    runner = tasks if tasks is not None else TaskRunner()
    dialog = CompareDialog(ctx, runner, photo_id_a, photo_id_b, parent)
    if tasks is None:
        runner.setParent(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
