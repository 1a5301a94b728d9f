"""A quote's life after the form: save the draft, issue it, record the outcome, book, print.

Kept apart from the form (quote_builder_dialog.py) and the line editing and pricing
(quote_editing.py); texts keep the QuoteBuilderDialog translation context.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)

from desktop.formatting import format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.services.quotes.documents import quote_pdf
from desktop.services.quotes.pricing import PricedQuote
from desktop.services.quotes.records import QuoteDetail, QuoteInput, QuoteLineInput
from desktop.ui.quotes.quote_table_models import QuoteLineTableModel, status_name
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, translated
from desktop.ui.widgets.document_output import show_document
from desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from desktop.services.quotes.records import BuilderData
    from desktop.ui.sessions.feature import SessionsFeature
    from desktop.ui.sessions.session_dialog import SessionDialog
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

CUSTOM = -1
DISCOUNT_KINDS = (
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "No manual discount"),
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "Percent (%)"),
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "Amount"),
)


def sentences(messages: Iterable[str]) -> str:
    """Service messages in the interface language, each once, one after the other."""
    return " ".join(translated(message) for message in dict.fromkeys(messages))


class QuoteLifecycle(QDialog):
    sig_quote_saved = Signal(object)  # QuoteDetail

    # Made by QuoteBuilderDialog (the form); the steps below read and set them.
    ctx: ServiceContext
    builder: BuilderData
    quote: QuoteDetail | None
    lines: list[QuoteLineInput]
    priced: PricedQuote | None
    _dirty: bool
    preview: PdfPreviewDialog | None
    booking_dialog: SessionDialog | None
    heading: QLabel
    area_combo: QComboBox
    custom_name: QLineEdit
    size_edit: QLineEdit
    add_button: QPushButton
    add_error: FieldError
    model: QuoteLineTableModel
    table: QTableView
    overlap_warning: QLabel
    remove_button: QPushButton
    sessions_spin: QSpinBox
    discount_kind: QComboBox
    discount_value: QLineEdit
    discount_reason: QLineEdit
    totals: QLabel
    errors: FieldError
    price_note: QLabel
    save_button: QPushButton
    issue_button: QPushButton
    print_button: QPushButton
    accept_button: QPushButton
    decline_button: QPushButton
    book_button: QPushButton

    def _recalculate(self) -> None:
        raise NotImplementedError  # the pricing step (QuoteEditing) provides it

    def current_input(self) -> QuoteInput:
        raise NotImplementedError  # the pricing step (QuoteEditing) provides it

    # --- saving -------------------------------------------------------------------------
    def _editable(self) -> bool:
        return self.quote is None or self.quote.is_draft

    def _update_state(self) -> None:
        editable = self._editable()
        status = (
            status_name(self.quote.status)
            if self.quote
            else QCoreApplication.translate("QuoteBuilderDialog", "New")
        )
        number = (
            self.quote.number
            if self.quote and self.quote.number
            else QCoreApplication.translate("QuoteBuilderDialog", "not issued yet")
        )
        self.heading.setText(
            QCoreApplication.translate(
                "QuoteBuilderDialog", "{name} · quote {number} · {status}"
            ).format(name=self.builder.patient_name, number=number, status=status)
            + (
                QCoreApplication.translate("QuoteBuilderDialog", " · valid until {date}").format(
                    date=format_short_date(self.quote.valid_until)
                )
                if self.quote and self.quote.valid_until
                else ""
            )
        )
        for widget in (
            self.area_combo,
            self.size_edit,
            self.add_button,
            self.remove_button,
            self.sessions_spin,
            self.discount_kind,
            self.save_button,
            self.issue_button,
        ):
            widget.setEnabled(editable)
        self.custom_name.setEnabled(editable and self.area_combo.currentData() == CUSTOM)
        active = editable and self.discount_kind.currentIndex() > 0
        self.discount_value.setEnabled(active)
        self.discount_reason.setEnabled(active)
        self.model.editable = editable
        issued = self.quote is not None and self.quote.status == "issued"
        self.accept_button.setVisible(issued)
        self.decline_button.setVisible(issued)
        self.book_button.setVisible(self.quote is not None and self.quote.status == "accepted")
        self.print_button.setEnabled(self.quote is not None or bool(self.lines))

    def _load(self, quote: QuoteDetail) -> None:
        self.quote = quote
        self.lines = list(quote.data.lines)
        widgets = (
            self.sessions_spin,
            self.discount_kind,
            self.discount_value,
            self.discount_reason,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.sessions_spin.setValue(quote.data.sessions)
        if quote.data.discount_percent is not None:
            self.discount_kind.setCurrentIndex(1)
            self.discount_value.setText(f"{quote.data.discount_percent.normalize():f}")
        elif quote.data.discount_amount is not None:
            self.discount_kind.setCurrentIndex(2)
            self.discount_value.setText(f"{quote.data.discount_amount:f}")
        else:
            self.discount_kind.setCurrentIndex(0)
        self.discount_reason.setText(quote.data.discount_reason)
        for widget in widgets:
            widget.blockSignals(False)
        self._dirty = False
        self._update_state()

    def save_draft(self) -> bool:
        """Save (create or update) the draft; False with the problems shown if it cannot."""
        if not self._editable():
            return True
        quote = self.quote

        def save() -> QuoteDetail:
            data = self.current_input()
            if quote is None:
                return quote_drafts.create_draft(self.ctx, self.builder.patient_id, data)
            return quote_drafts.update_draft(self.ctx, quote.id, quote.row_version, data)

        done = attempt(
            self,
            QCoreApplication.translate("QuoteBuilderDialog", "Save quote"),
            save,
            on_problem=self._field_errors,
        )
        if done is None:
            return False
        saved = done.value
        self._load(saved)
        self._recalculate()
        self._dirty = False
        self.sig_quote_saved.emit(saved)
        return True

    def issue(self) -> None:
        if not self._editable() or not self.save_draft() or self.quote is None:
            return
        quote = self.quote
        issued = value_or_none(
            self,
            QCoreApplication.translate("QuoteBuilderDialog", "Issue quote"),
            lambda: quote_issuing.issue_quote(self.ctx, quote.id, quote.row_version),
        )
        if issued is None:
            return
        self._load(issued)
        self._recalculate()
        self.sig_quote_saved.emit(issued)

    def _outcome(self, outcome: str) -> None:
        if self.quote is None:
            return
        quote = self.quote
        changed = value_or_none(
            self,
            QCoreApplication.translate("QuoteBuilderDialog", "Quote"),
            lambda: quote_issuing.set_outcome(self.ctx, quote.id, quote.row_version, outcome),
        )
        if changed is None:
            return
        self._load(changed)
        self._recalculate()
        self.sig_quote_saved.emit(changed)

    def book_sessions(self) -> None:
        """Open the booking form with the accepted quote's areas; each save books one session."""
        if self.quote is None:
            return
        quote_id = self.quote.id
        plan = value_or_none(
            self,
            QCoreApplication.translate("QuoteBuilderDialog", "Book sessions"),
            lambda: quotes.booking_plan(self.ctx, quote_id),
        )
        if plan is None:
            return
        from desktop.services.sessions.records import AreaInput
        from desktop.ui.sessions.session_dialog import SessionDialog

        sessions = self._sessions_feature()
        # The quote's areas, not those of the last session.
        dialog = (
            sessions.book_for(plan.patient_id, last_areas=False) if sessions is not None else None
        )
        if dialog is None:  # no main window around (a test, or the list dialog alone)
            dialog = SessionDialog(
                self.ctx,
                patient_id=plan.patient_id,
                patient_name=self.builder.patient_name,
                parent=self,
            )
            dialog.open()
        for area in plan.areas:
            dialog.add_area(
                area.area_id, AreaInput(area.area_id, size_cm2=area.size_cm2), name=area.name
            )
        dialog.mark_unchanged()  # the quote's areas are not typed: closing asks nothing
        self.booking_dialog = dialog
        note = QCoreApplication.translate(
            "QuoteBuilderDialog", "Quote {number}: {count} session(s) accepted; book each one."
        ).format(number=plan.number, count=plan.sessions)
        if plan.skipped:
            note += " " + QCoreApplication.translate(
                "QuoteBuilderDialog", "Add by hand: {areas}."
            ).format(areas=", ".join(plan.skipped))
        self.errors.show_message("")
        self.price_note.setText(note)

    def _sessions_feature(self) -> SessionsFeature | None:
        """The main window's sessions, so that the day list hears of each booking."""
        from desktop.ui.main_window import MainWindow
        from desktop.ui.sessions.feature import SessionsFeature

        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, MainWindow):
            widget = widget.parentWidget()
        if widget is None or not widget.has_feature(SessionsFeature):
            return None
        return widget.feature(SessionsFeature)

    def preview_document(self) -> None:
        if self._editable() and (self._dirty or self.quote is None) and not self.save_draft():
            return
        if self.quote is None:
            return
        quote_id = self.quote.id
        built = value_or_none(
            self,
            QCoreApplication.translate("QuoteBuilderDialog", "Print quote"),
            lambda: quote_pdf(self.ctx, quote_id),
        )
        if built is None:
            return
        self.preview = show_document(
            self,
            self.ctx,
            built.pdf,
            title=QCoreApplication.translate("QuoteBuilderDialog", "Price quote {number}").format(
                number=self.quote.number
                or QCoreApplication.translate("QuoteBuilderDialog", "(draft)")
            ),
            suggested_name=built.suggested_name,
            document="quote",
            patient_id=self.quote.patient_id,
            entity="quote",
            entity_id=self.quote.id,
        )

    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, ValidationError):
            self.errors.show_message(sentences(error.field_errors.values()))
            return True
        return False

    def reject(self) -> None:
        if self._editable() and self._dirty and self.lines:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("QuoteBuilderDialog", "Close quote"),
                QCoreApplication.translate(
                    "QuoteBuilderDialog",
                    "This quote has changes that are not saved. Save them as a draft?",
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_draft():
                return
        super().reject()
