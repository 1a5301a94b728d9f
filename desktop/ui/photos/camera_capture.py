"""Taking a photo with a connected camera through Qt Multimedia.

Qt Multimedia is imported only here and only when asked: the app runs without it (a build
without the module, no backend, no camera). ``camera_present()`` says whether to enable
*Take photo…*; without a camera the button stays disabled with "No camera found".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.ui.photos.grid_panel import PhotoPanel

log = logging.getLogger(__name__)


def camera_present() -> bool:
    """Whether Qt Multimedia loads and lists at least one camera; never raises."""
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception as error:  # no module, no backend: the app goes on without a camera
        log.info("no camera: %s", type(error).__name__)
        return False


def jpeg_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"JPEG", 92)
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """A live view of the first camera and a Capture button; each capture goes to ``panel``'s
    selected session and area through the usual kind/angle question. Not testable here (no
    camera on the build machine)."""

    def __init__(self, panel: PhotoPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent or panel)
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Take photo"))
        self.resize(800, 600)
        self._panel = panel
        self._cell = panel.target_cell()
        self.camera: Any = QCamera(QMediaDevices.defaultVideoInput())
        self.capture: Any = QImageCapture()
        self.session: Any = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        video = QVideoWidget()
        self.session.setVideoOutput(video)
        self.capture.imageCaptured.connect(self._captured)
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        shoot = buttons.addButton(self.tr("&Capture"), QDialogButtonBox.ButtonRole.ActionRole)
        shoot.clicked.connect(self.capture.capture)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(video, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.camera.start()

    def _captured(self, _request: int, image: QImage) -> None:
        if self._cell is None:
            return
        data = jpeg_bytes(image)
        name = self.tr("camera photo")
        self._panel.ask_options(self._cell, [(name, lambda: data)])

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


def open_camera(panel: PhotoPanel) -> QDialog | None:
    if panel.target_cell() is None:
        return None
    dialog = CameraDialog(panel)
    dialog.open()
    return dialog
