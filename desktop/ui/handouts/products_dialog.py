"""The physician lists the aftercare products of a session, one per line (printed on the sheet)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_local_datetime
from desktop.services.common.context import ServiceContext
from desktop.services.handouts import session_data as handout_sessions
from desktop.ui.shell.actions import value_or_none


class ProductsDialog(QDialog):
    sig_products_saved = Signal(object)  # HandoutSession

    def __init__(
        self,
        ctx: ServiceContext,
        data: handout_sessions.HandoutSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.setWindowTitle(self.tr("Aftercare products"))
        self.resize(520, 360)
        when = format_local_datetime(data.starts_at, ctx.zone)
        heading = QLabel(
            self.tr(
                "Products for {name}'s session of {when}. One product per line, "
                "with how to use it (e.g. “Healing cream, three times a day”)."
            ).format(name=data.patient_name, when=when),
            self,
        )
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit("\n".join(data.products), self)
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        products = self.editor.toPlainText().split("\n")
        saved = value_or_none(
            self,
            self.windowTitle(),
            lambda: handout_sessions.set_aftercare_products(
                self.ctx, self.data.session_id, products, self.data.row_version
            ),
            inline=self.error_label.setText,
        )
        if saved is None:
            return
        self.sig_products_saved.emit(saved)
        self.accept()
