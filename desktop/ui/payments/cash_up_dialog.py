"""Payments → Cash-up…: the money of one day per method, per staff member and entry by entry.

A desk task at the end of the day (reception takes payments, so reception may see it; the
service enforces TAKE_PAYMENTS). Alt+← / Alt+→ move a day; Print… previews the report in the
shared preview (print and save audited there); Export CSV… writes the accountant's file
owner-only through the service, which audits the export.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_long_date, format_money
from desktop.services.common.context import ServiceContext
from desktop.services.payments import cash_up as cash_up_service
from desktop.services.payments.rows import CashUp
from desktop.ui.errors import show_problem
from desktop.ui.payments.cash_up_models import CashUpEntriesModel, CashUpTotalsModel
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.shell.i18n import current_language
from desktop.ui.shell.view_state import remember_geometry
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.document_output import show_document

if TYPE_CHECKING:  # QtPdf loads at the first preview, not at start-up
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


class CashUpDialog(QDialog):
    sig_loaded = Signal(object)  # the CashUp shown
    sig_preview_shown = Signal(object)  # the PdfPreviewDialog
    sig_exported = Signal(str)  # the CSV file written

    def __init__(
        self, ctx: ServiceContext, tasks: TaskRunner, day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.report: CashUp | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setObjectName("cashUpDialog")
        self.setWindowTitle(self.tr("Cash-up"))

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("cashUpDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.previous_day = QToolButton(self)
        self.previous_day.setText("◀")
        self.previous_day.setToolTip(self.tr("Previous day (Alt+←)"))
        self.previous_day.clicked.connect(lambda: self.shift_day(-1))
        self.next_day = QToolButton(self)
        self.next_day.setText("▶")
        self.next_day.setToolTip(self.tr("Next day (Alt+→)"))
        self.next_day.clicked.connect(lambda: self.shift_day(1))
        self.day_title = QLabel(self)
        self.day_title.setObjectName("cashUpDayTitle")
        day_label = QLabel(self.tr("&Day"), self)
        day_label.setBuddy(self.date_edit)
        top = QHBoxLayout()
        for widget in (day_label, self.previous_day, self.date_edit, self.next_day):
            top.addWidget(widget)
        top.addWidget(self.day_title, 1)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("cashUpTotal")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.methods = CashUpTotalsModel("method", self)
        self.staff = CashUpTotalsModel("staff", self)
        self.entries = CashUpEntriesModel(ctx.zone, self)
        self.method_view = self._table(self.methods, "cashUpMethods")
        self.staff_view = self._table(self.staff, "cashUpStaff")
        self.entries_view = self._table(self.entries, "cashUpEntries")
        totals = QHBoxLayout()
        totals.addWidget(self._box(self.tr("Per method"), self.method_view))
        totals.addWidget(self._box(self.tr("Per staff member"), self.staff_view))

        self.status = QLabel(self)
        self.status.setObjectName("cashUpStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_csv)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.total_label)
        layout.addLayout(totals)
        layout.addWidget(self._box(self.tr("Entries of the day"), self.entries_view), 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.shift_day(step))
        # Read the day again (a payment taken at another desk meanwhile).
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(self.load)
        self.resize(880, 620)
        remember_geometry(self, "cash_up_dialog")
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.dateChanged.connect(lambda _d: self.load())
        self.load()
        self.date_edit.setFocus()

    def _table(self, model: CashUpTotalsModel | CashUpEntriesModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _box(self, title: str, view: QTableView) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(view)
        return box

    # --- the day ---------------------------------------------------------------------
    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def shift_day(self, days: int) -> None:
        moved = self.day() + timedelta(days=days)
        self.date_edit.setDate(QDate(moved.year, moved.month, moved.day))

    def load(self) -> None:
        """Read the chosen day's cash-up (a read of one day's entries: fast, on the GUI thread)."""
        ctx, day = self._ctx, self.day()
        report = value_or_none(self, self.tr("Cash-up"), lambda: cash_up_service.cash_up(ctx, day))
        self.status.clear()
        self.report = report
        if report is None:
            for model in (self.methods, self.staff):
                model.reset_rows(())
            self.entries.reset_rows(())
            self.total_label.clear()
            return
        currency = report.currency or "TRY"
        for money_model in (self.methods.money, self.staff.money, self.entries.money):
            money_model.currency = currency
        self.methods.reset_rows(report.method_lines)
        self.staff.reset_rows(report.staff_lines)
        self.entries.reset_rows(report.entries)
        language = current_language()
        self.day_title.setText(format_long_date(day, language))
        if report.entries:
            self.total_label.setText(
                self.tr("Total of the day: {total} · entries: {count}").format(
                    total=format_money(report.total, currency, language),
                    count=len(report.entries),
                )
            )
        else:
            self.total_label.setText(self.tr("No payments on this day."))
        self.sig_loaded.emit(report)

    # --- print and export --------------------------------------------------------------
    def print_report(self) -> None:
        """Build the report off the GUI thread, then open the shared preview."""
        ctx, day, language = self._ctx, self.day(), current_language()
        self.print_button.setEnabled(False)
        self._tasks.submit(
            lambda: cash_up_service.cash_up_pdf(ctx, day, language), self._show, self._failed
        )

    def _show(self, pdf: bytes) -> None:
        self.print_button.setEnabled(True)
        self.preview = show_document(
            self,
            self._ctx,
            pdf,
            title=self.tr("Cash-up — {day}").format(day=self.day_title.text()),
            suggested_name=f"cash-up-{self.day().isoformat()}.pdf",
            document="cash_up",
            patient_id=None,
            entity="cash_up",
        )
        if self.preview is not None:
            self.sig_preview_shown.emit(self.preview)

    def _failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_problem(self, self.tr("Print the cash-up"), error)

    def ask_csv_path(self, suggested: str) -> str:
        """Where to write the CSV ("" when the person cancels); tests answer it themselves."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the cash-up as CSV"),
            str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"),
        )
        return path

    def export_csv(self) -> None:
        ctx, day = self._ctx, self.day()
        path = self.ask_csv_path(f"cash-up-{day.isoformat()}.csv")
        if not path:
            return
        done = attempt(
            self,
            self.tr("Export the cash-up as CSV"),
            lambda: cash_up_service.save_cash_up_csv(ctx, day, path),
            inline=self.status.setText,  # beside the button that was pressed; nothing written
        )
        if done is None:
            return
        written = str(done.value)
        self.status.setText(
            self.tr("Saved for the accountant: {path} (readable by you only).").format(path=written)
        )
        self.sig_exported.emit(written)
