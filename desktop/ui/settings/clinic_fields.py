"""Fields the Settings dialog and the first-start set-up share: logo, time zone, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.common.errors import ValidationError
from desktop.services.settings import store as clinic_settings
from desktop.services.settings.clinic_zone import computer_zone_name, time_zone_names


class LogoField(QWidget):
    """A path to the clinic's PNG or JPEG logo, a Browse button and a small preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("clinic_logo_path")
        self.edit.setPlaceholderText(self.tr("PNG or JPEG file; leave empty for no logo"))
        self.preview = QLabel()
        self.preview.setFixedSize(96, 48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(browse)
        line.addWidget(self.preview)
        self.edit.textChanged.connect(self._update_preview)
        self.setFocusProxy(self.edit)

    def path(self) -> str:
        return self.edit.text()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)
        self._update_preview()

    def check_decodes(self) -> None:
        """Refuse a logo whose header looks right but that Qt cannot draw (nor print)."""
        logo = self.edit.text().strip()
        if (
            logo
            and clinic_settings.logo_problem(Path(logo)) is None
            and QImageReader(logo).read().isNull()
        ):
            raise ValidationError(
                {
                    "clinic_logo_path": self.tr(
                        "This image is damaged or in an unusual format. Save the logo "
                        "again as PNG or JPEG."
                    )
                }
            )

    def _update_preview(self, *_args: object) -> None:
        path = self.edit.text().strip()
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _choose(self) -> None:
        start = self.edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinic logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.edit.setText(path)


class TimeZoneCombo(QComboBox):
    """Every IANA time zone, searchable by typing any part of its name ("istanbul").

    With ``computer_choice`` the first entry is "the computer's zone" (stored as "").
    Text that names no zone is returned as typed, for the service to refuse with a message.
    """

    def __init__(self, *, computer_choice: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic_time_zone")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        if computer_choice:
            self.addItem(
                self.tr("Same as the computer ({zone})").format(zone=computer_zone_name()), ""
            )
        for name in time_zone_names():
            self.addItem(name, name)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def zone_name(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if index >= 0:
            return str(self.itemData(index))
        return text

    def set_zone_name(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


class LanguageCombo(QComboBox):
    """The interface language setting: the computer's, Turkish or English."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ui_language")
        self.addItem(self.tr("Same as the computer"), "system")
        self.addItem("Türkçe", "tr")
        self.addItem("English", "en")

    def setting(self) -> str:
        return str(self.currentData())

    def set_setting(self, value: str) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))
