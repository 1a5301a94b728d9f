"""Asking what the photos being added are: their kind (before / after / follow-up) and the
angle they were taken from; before for a session still planned, after for one done."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.codes import PhotoAngle, PhotoKind, SessionStatus
from desktop.ui.photos.grid_view import angle_badge, kind_badge


def default_kind(status: SessionStatus) -> PhotoKind:
    """Before the treatment while the session is to come; after it once it is done."""
    return PhotoKind.AFTER if status == SessionStatus.DONE else PhotoKind.BEFORE


class ImportOptionsDialog(QDialog):
    def __init__(
        self,
        where: str,
        count: int,
        status: SessionStatus,
        parent: QWidget | None = None,
        *,
        areas: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoImportOptions")
        self.setWindowTitle(self.tr("Add photos"))
        self.kind = QComboBox()
        self.kind.setObjectName("photoKind")
        for kind in PhotoKind:
            self.kind.addItem(kind_badge(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(default_kind(status).value))
        self.angle = QComboBox()
        self.angle.setObjectName("photoAngle")
        for angle in PhotoAngle:
            self.angle.addItem(angle_badge(angle), angle.value)
        form = QFormLayout()
        # From a session's form: which of its areas (from the grid, the cell says it).
        self.area: QComboBox | None = None
        if areas:
            self.area = QComboBox()
            self.area.setObjectName("photoArea")
            for name, session_area_id in areas:
                self.area.addItem(name, session_area_id)
            form.addRow(self.tr("A&rea"), self.area)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Angle"), self.angle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("{count} photo(s) for {where}").format(count=count, where=where))
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_area(self) -> int | None:
        return None if self.area is None else int(self.area.currentData())

    def choice(self) -> tuple[str, str]:
        return str(self.kind.currentData()), str(self.angle.currentData())
