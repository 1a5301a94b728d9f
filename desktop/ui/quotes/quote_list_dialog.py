"""A patient's quotes: open, start a new one, mark the outcome, print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.quotes import records as quotes
from desktop.services.quotes.records import QuoteRow
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from desktop.ui.quotes.quote_table_models import QuoteTableModel
from desktop.ui.shell.actions import attempt, value_or_none


class PatientQuotesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = patient_id
        patient = patients.get_patient(ctx, patient_id)
        self.setWindowTitle(self.tr("Price quotes — {name}").format(name=patient.full_name))
        self.resize(700, 420)
        self.model = QuoteTableModel(self)
        self.model.language = patient.data.language
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.empty_label = QLabel(self.tr("No quotes yet. Press “New quote” to make one."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        new_button = QPushButton(self.tr("&New quote…"))
        new_button.clicked.connect(self.new_quote)
        open_button = QPushButton(self.tr("&Open…"))
        open_button.clicked.connect(self.open_selected)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.builder: QuoteBuilderDialog | None = None
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        done = attempt(
            self, self.tr("Price quotes"), lambda: quotes.list_quotes(self.ctx, self.patient_id)
        )
        rows = done.value if done is not None else []
        self.model.reset_rows(rows)
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def selected(self) -> QuoteRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def new_quote(self) -> None:
        self._open_builder(None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_builder(row.id)

    def _open_builder(self, quote_id: int | None) -> None:
        builder = value_or_none(
            self,
            self.tr("Price quote"),
            lambda: QuoteBuilderDialog(self.ctx, self.patient_id, quote_id, self),
        )
        if builder is None:
            return
        self.builder = builder
        self.builder.sig_quote_saved.connect(lambda _quote: self.refresh())
        self.builder.open()
