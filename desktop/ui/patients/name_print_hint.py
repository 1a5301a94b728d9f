"""Under the patient's name: which of its letters printed documents cannot show."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.services.patients.validation import name_print_warning
from desktop.ui.shell.i18n import translated


class NamePrintHint(QLabel):
    """Hidden while the name prints; a warning (never a block) naming the letters otherwise."""

    def __init__(self, given: QWidget, family: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert isinstance(given, QLineEdit) and isinstance(family, QLineEdit)
        self.setObjectName("namePrintHint")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#namePrintHint { color: #8a5a00; }")
        self._given = given
        self._family = family
        given.textChanged.connect(self.refresh)
        family.textChanged.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        warning = name_print_warning(self._given.text(), self._family.text())
        self.setText(translated(warning) if warning else "")
        self.setVisible(bool(warning))
