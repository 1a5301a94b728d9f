"""A simple viewer: one photo's screen rendition (≤ 2048 px), fitted to the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.services.common.context import ServiceContext
from desktop.services.photos.reading import PhotoImage, photo_rendition
from desktop.ui.shell.actions import is_problem
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner


class PhotoViewer(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        photo_id: int,
        title: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.photo_id = photo_id
        self.image = QImage()
        self.picture = QLabel(self.tr("Loading the photo…"))
        self.picture.setObjectName("photoPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(buttons)
        tasks.submit(
            lambda: photo_rendition(ctx, photo_id, "screen"),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if not is_problem(error):
            raise error  # a bug: to the excepthook, which logs it
        if isValid(self):
            self.picture.setText(error_text(error))

    def _show(self, image: PhotoImage) -> None:
        if not isValid(self):
            return
        self.image = QImage.fromData(image.data)
        self._fit()

    def _fit(self) -> None:
        if self.image.isNull():
            return
        self.picture.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
