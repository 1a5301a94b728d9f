"""Choosing what to compare from a patient's history: an area and angle, then two photos of it
(the first and the last by default)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date, name_in
from desktop.services.common.context import ServiceContext
from desktop.services.photos.comparison import PhotoSeries, photo_series
from desktop.ui.photos.compare_dialog import CompareDialog, show_comparison
from desktop.ui.photos.compare_words import angle_word, kind_word
from desktop.ui.shell.i18n import current_language, error_text
from desktop.ui.tasks import TaskRunner


class ComparePicker(QDialog):
    sig_loaded = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        patient_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparePicker")
        self.setWindowTitle(self.tr("Compare photos"))
        self._ctx = ctx
        self._tasks = tasks
        self.series: list[PhotoSeries] = []
        self.comparison: CompareDialog | None = None
        self.message = QLabel(self.tr("Loading photos…"))
        self.message.setObjectName("pickerMessage")
        self.message.setWordWrap(True)
        self.area = QComboBox()
        self.area.setObjectName("pickerSeries")
        self.area.currentIndexChanged.connect(self._fill_photos)
        self.left = QComboBox()
        self.left.setObjectName("pickerLeft")
        self.right = QComboBox()
        self.right.setObjectName("pickerRight")
        form = QFormLayout()
        form.addRow(self.tr("&Area and angle"), self.area)
        form.addRow(self.tr("&Left photo"), self.left)
        form.addRow(self.tr("&Right photo"), self.right)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.compare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._closed = False
        tasks.submit(lambda: photo_series(ctx, patient_id), self._loaded, self._failed)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.message.setText(error_text(error))

    def _loaded(self, series: list[PhotoSeries]) -> None:
        if self._closed:
            return
        # Only what can be compared: two photos or more of one area from one angle.
        self.series = sorted(
            (s for s in series if len(s.photos) >= 2), key=lambda s: -len(s.photos)
        )
        language = current_language()
        for item in self.series:
            self.area.addItem(
                self.tr("{area} · {angle} ({count} photos)").format(
                    area=name_in(language, item.area_names),
                    angle=angle_word(item.angle.value),
                    count=len(item.photos),
                )
            )
        if self.series:
            self.message.clear()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        else:
            self.message.setText(
                self.tr(
                    "No area has two photos from the same angle yet (or the patient's "
                    "photography consent is not valid)."
                )
            )
        self.sig_loaded.emit()

    def _fill_photos(self, index: int) -> None:
        self.left.clear()
        self.right.clear()
        if not 0 <= index < len(self.series):
            return
        for photo in self.series[index].photos:
            text = self.tr("{day} — {kind}").format(
                day=format_short_date(photo.taken_at.astimezone(self._ctx.zone)),
                kind=kind_word(photo.kind.value),
            )
            self.left.addItem(text, photo.id)
            self.right.addItem(text, photo.id)
        self.left.setCurrentIndex(0)
        self.right.setCurrentIndex(self.right.count() - 1)

    def compare(self) -> None:
        if self.left.currentData() is None:
            return
        parent = self.parentWidget()
        self.comparison = show_comparison(
            parent, self._ctx, self._tasks, self.left.currentData(), self.right.currentData()
        )
        self.accept()
