"""Sessions → Print day sheet…: pick the day and a physician or a room, then preview the sheet.

The sheet is built off the GUI thread and opens in the shared preview (clinic-details check,
print and save audited there).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.sessions import day_sheet as sheets
from desktop.ui.errors import show_problem
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.i18n import current_language
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.document_output import show_document

if TYPE_CHECKING:  # QtPdf loads at the first preview, not at start-up
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


class DaySheetDialog(QDialog):
    sig_preview_shown = Signal(object)  # the PdfPreviewDialog

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        day: date,
        physician_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Print day sheet"))
        self.setObjectName("daySheetDialog")

        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setObjectName("daySheetDate")
        self.kind = QComboBox(self)
        self.kind.setObjectName("daySheetKind")
        self.kind.addItem(self.tr("Physician"), "physician")
        self.kind.addItem(self.tr("Room"), "room")
        self.subject = QComboBox(self)
        self.subject.setObjectName("daySheetSubject")
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.date_edit)
        form.addRow(self.tr("&Sheet for"), self.kind)
        form.addRow(self.tr("&Who or which room"), self.subject)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(self.tr("&Preview and print…"))
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _n: self._fill_subjects(None))
        self._fill_subjects(physician_id)
        self.subject.setFocus()

    def _fill_subjects(self, chosen: int | None) -> None:
        kind = self.kind.currentData()
        self.subject.clear()
        subjects: list[tuple[int, str]] = quietly(lambda: sheets.subject_names(self._ctx, kind), [])
        for subject_id, name in subjects:
            self.subject.addItem(name, subject_id)
        if chosen is not None and (found := self.subject.findData(chosen)) >= 0:
            self.subject.setCurrentIndex(found)
        self.print_button.setEnabled(self.subject.count() > 0)

    def chosen_day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def build(self) -> None:
        """Read the day, build the PDF off the GUI thread, then open the preview."""
        subject_id = self.subject.currentData()
        if subject_id is None:
            return
        ctx, day, language = self._ctx, self.chosen_day(), current_language()
        kind = self.kind.currentData()
        self.print_button.setEnabled(False)

        def work() -> sheets.BuiltDaySheet:
            if kind == "physician":
                sheet = sheets.day_sheet(ctx, day, physician_id=subject_id)
            else:
                sheet = sheets.day_sheet(ctx, day, room_id=subject_id)
            return sheets.build_day_sheet(ctx, sheet, language)

        self._tasks.submit(work, self._show, self._failed)

    def _show(self, built: sheets.BuiltDaySheet) -> None:
        self.print_button.setEnabled(True)
        parent = self.parentWidget()
        self.accept()
        self.preview = show_document(
            parent,
            self._ctx,
            built.pdf,
            title=self.tr("Day sheet — {subject}").format(subject=built.title),
            suggested_name=built.suggested_name,
            document="day_sheet",
            patient_id=None,
            entity="day_sheet",
        )
        if self.preview is not None:
            self.sig_preview_shown.emit(self.preview)

    def _failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_problem(self, self.tr("Print day sheet"), error)
