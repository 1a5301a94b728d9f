"""Help → About: version, what PeelDesk is built on, and the licences of the bundled fonts."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.resources import resource_path


def font_licences() -> list[tuple[str, str]]:
    """(file name, text) of every licence shipped in resources/fonts/."""
    folder = resource_path("fonts")
    return [
        (path.name, path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(folder.glob("LICENSE*"))
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PeelDesk"))
        self.resize(640, 520)
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource_path("icons", "peeldesk.svg"))).pixmap(72, 72))
        self.title = QLabel(
            f"<h2>PeelDesk {__version__}</h2>"
            + "<p>"
            + self.tr("Front desk for micro laser peeling clinics.")
            + "</p>",
            self,
        )
        self.title.setObjectName("aboutTitle")
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(self.title, 1)

        built_on = QLabel(
            self.tr(
                "Built with Python {python}, Qt {qt} (PySide6 {pyside}, LGPL-3.0), SQLAlchemy, "
                "Alembic, ReportLab, Babel and phonenumbers."
            ).format(python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__),
            self,
        )
        built_on.setWordWrap(True)

        self.licences = QTabWidget(self)
        self.licences.setObjectName("licenceTabs")
        for name, text in font_licences():
            view = QPlainTextEdit(text, self)
            view.setReadOnly(True)
            view.setObjectName(name)
            self.licences.addTab(view, name.removeprefix("LICENSE-").removesuffix(".txt"))
        fonts_label = QLabel(self.tr("Licences of the fonts used on printouts:"), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(built_on)
        layout.addWidget(fonts_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def licence_text(self) -> str:
        texts = []
        for index in range(self.licences.count()):
            widget = self.licences.widget(index)
            assert isinstance(widget, QPlainTextEdit)
            texts.append(widget.toPlainText())
        return "\n".join(texts)
