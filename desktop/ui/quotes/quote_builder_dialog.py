"""Build, save, issue and print one price quote; the total updates as you type."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_money
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.quotes import records as quotes
from desktop.services.quotes.documents import quote_pdf
from desktop.services.quotes.price_lists import parse_decimal
from desktop.services.quotes.pricing import MAX_SESSIONS, PricedQuote
from desktop.services.quotes.records import QuoteDetail, QuoteInput, QuoteLineInput
from desktop.ui.quotes.quote_table_models import QuoteLineTableModel, size_text, status_name
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.shell.i18n import error_text, translated
from desktop.ui.widgets.area_names import area_name, area_other_name
from desktop.ui.widgets.document_output import show_document
from desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from desktop.ui.sessions.feature import SessionsFeature

CUSTOM = -1
DISCOUNT_KINDS = (
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "No manual discount"),
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "Percent (%)"),
    QT_TRANSLATE_NOOP("QuoteBuilderDialog", "Amount"),
)


def _sentences(messages: Iterable[str]) -> str:
    """Service messages in the interface language, each once, one after the other."""
    return " ".join(translated(message) for message in dict.fromkeys(messages))


def _fold(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower().strip()


class QuoteBuilderDialog(QDialog):
    sig_quote_saved = Signal(object)  # QuoteDetail

    def __init__(
        self,
        ctx: ServiceContext,
        patient_id: int,
        quote_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quote: QuoteDetail | None = None
        self.builder = quotes.builder_data(ctx, patient_id, quote_id)
        self.lines: list[QuoteLineInput] = []
        self.priced: PricedQuote | None = None
        self._dirty = False
        self.preview = None
        self.setWindowTitle(self.tr("Price quote — {name}").format(name=self.builder.patient_name))
        self.resize(980, 640)
        self._build()
        if quote_id is not None:
            self._load(quotes.get_quote(ctx, quote_id))
        self._recalculate()
        self._dirty = False
        self.area_combo.setFocus()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        language = self.builder.language
        price_list = self.builder.price_list
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        picker = QGroupBox(self.tr("Add an area"))
        grid = QGridLayout(picker)
        self.area_combo = QComboBox()
        self.area_combo.setEditable(True)
        self.area_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for area in self.builder.areas:
            size = (
                self.tr("measured")
                if area.size_required
                else f"{size_text(area.default_size_cm2)} cm²"
            )
            # The picker speaks the interface language; the lines keep the quote's language.
            self.area_combo.addItem(f"{area_name(area)} ({size})", area.id)
            self.area_combo.setItemData(
                self.area_combo.count() - 1,
                area_other_name(area),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.area_combo.addItem(self.tr("Custom area (type its name)…"), CUSTOM)
        completer = self.area_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.area_combo.setCurrentIndex(-1)
        self.area_combo.lineEdit().setPlaceholderText(self.tr("Type an area name…"))
        self.area_combo.currentIndexChanged.connect(self._area_chosen)
        self.area_combo.lineEdit().returnPressed.connect(self._match_typed_area)
        self.custom_name = QLineEdit()
        self.custom_name.setPlaceholderText(self.tr("Name of the custom area"))
        self.custom_name.setEnabled(False)
        self.size_edit = QLineEdit()
        self.size_edit.setPlaceholderText("cm²")
        self.size_edit.setMaximumWidth(90)
        self.size_edit.returnPressed.connect(self.add_line)
        self.custom_name.returnPressed.connect(lambda: self.size_edit.setFocus())
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_line)
        self.add_error = FieldError()
        grid.addWidget(QLabel(self.tr("&Area:")), 0, 0)
        grid.itemAtPosition(0, 0).widget().setBuddy(self.area_combo)
        grid.addWidget(self.area_combo, 0, 1)
        grid.addWidget(self.custom_name, 0, 2)
        size_label = QLabel(self.tr("Si&ze (cm²):"))
        size_label.setBuddy(self.size_edit)
        grid.addWidget(size_label, 0, 3)
        grid.addWidget(self.size_edit, 0, 4)
        grid.addWidget(self.add_button, 0, 5)
        grid.addWidget(self.add_error, 1, 0, 1, 6)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

        self.model = QuoteLineTableModel(self)
        self.model.language = language
        self.model.on_size_edited = self._size_edited
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COL_AREA, QHeaderView.ResizeMode.Stretch)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove_selected)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.clicked.connect(self.remove_selected)

        options = QFormLayout()
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, MAX_SESSIONS)
        self.sessions_spin.setMaximumWidth(80)
        self.sessions_spin.valueChanged.connect(self._changed)
        options.addRow(self.tr("&Sessions:"), self.sessions_spin)
        discount_row = QHBoxLayout()
        self.discount_kind = QComboBox()
        self.discount_kind.addItems(
            [QCoreApplication.translate("QuoteBuilderDialog", kind) for kind in DISCOUNT_KINDS]
        )
        self.discount_kind.currentIndexChanged.connect(self._discount_kind_changed)
        self.discount_value = QLineEdit()
        self.discount_value.setMaximumWidth(110)
        self.discount_value.textChanged.connect(self._changed)
        self.discount_reason = QLineEdit()
        self.discount_reason.setPlaceholderText(self.tr("Reason (required for a manual discount)"))
        self.discount_reason.textChanged.connect(self._changed)
        discount_row.addWidget(self.discount_kind)
        discount_row.addWidget(self.discount_value)
        discount_row.addWidget(self.discount_reason, 1)
        discount_label = QLabel(self.tr("&Discount:"))
        discount_label.setBuddy(self.discount_kind)
        options.addRow(discount_label, discount_row)
        self._discount_kind_changed()

        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.errors = FieldError()
        note = (
            self.tr(
                "Price list version {version} ({currency}), VAT {rate} % included in the "
                "prices, totals rounded to {step}."
            )
            if price_list.spec.prices_include_vat
            else self.tr(
                "Price list version {version} ({currency}), VAT {rate} % added, "
                "totals rounded to {step}."
            )
        )
        self.price_note = QLabel(
            note.format(
                version=price_list.version,
                currency=price_list.spec.currency,
                rate=f"{price_list.spec.vat_rate_percent.normalize():f}",
                step=f"{price_list.spec.rounding_step.normalize():f}",
            )
        )
        self.price_note.setStyleSheet("color: #5f6b6d;")

        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.issue_button = QPushButton(self.tr("&Issue quote"))
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton(self.tr("&Preview / print…"))
        self.print_button.clicked.connect(self.preview_document)
        self.accept_button = QPushButton(self.tr("Patient a&ccepted"))
        self.accept_button.clicked.connect(lambda: self._outcome("accepted"))
        self.decline_button = QPushButton(self.tr("Patient dec&lined"))
        self.decline_button.clicked.connect(lambda: self._outcome("declined"))
        self.book_button = QPushButton(self.tr("&Book sessions…"))
        self.book_button.setToolTip(self.tr("Book a session with this quote's areas and sizes."))
        self.book_button.clicked.connect(self.book_sessions)
        self.booking_dialog = None
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_draft)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.preview_document)

        buttons = QHBoxLayout()
        for button in (
            self.remove_button,
            self.save_button,
            self.issue_button,
            self.print_button,
            self.accept_button,
            self.decline_button,
            self.book_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        bottom = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(options)
        left.addWidget(self.errors)
        left.addWidget(self.price_note)
        left.addStretch(1)
        bottom.addLayout(left, 3)
        bottom.addWidget(self.totals, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(picker)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        # Enter belongs to the fields (add a line, pick an area), never to a dialog button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._update_state()

    # --- editing ------------------------------------------------------------------------
    def _area_chosen(self) -> None:
        area_id = self.area_combo.currentData()
        custom = area_id == CUSTOM
        self.custom_name.setEnabled(custom)
        area = next((a for a in self.builder.areas if a.id == area_id), None)
        if area is not None and not area.size_required:
            self.size_edit.setText(size_text(area.default_size_cm2))
        else:
            self.size_edit.clear()
        if self.area_combo.currentIndex() >= 0:
            (self.custom_name if custom else self.size_edit).setFocus()
            self.size_edit.selectAll()

    def _match_typed_area(self) -> None:
        """Typed text → the first area whose name contains it (Turkish letters folded)."""
        typed = _fold(self.area_combo.currentText())
        if not typed or (
            self.area_combo.currentIndex() >= 0
            and _fold(self.area_combo.itemText(self.area_combo.currentIndex())) == typed
        ):
            return
        for index in range(self.area_combo.count()):
            if typed in _fold(self.area_combo.itemText(index)):
                self.area_combo.setCurrentIndex(index)
                return
        for index in range(self.area_combo.count()):  # then the name in the other language
            other = self.area_combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
            if other and typed in _fold(other):
                self.area_combo.setCurrentIndex(index)
                return
        self.area_combo.setCurrentIndex(-1)

    def add_line(self) -> None:
        if not self._editable():
            return
        typed_size = self.size_edit.text()
        self._match_typed_area()
        if typed_size.strip():  # picking the area fills its default size; the typed one wins
            self.size_edit.setText(typed_size)
        area_id = self.area_combo.currentData()
        if area_id is None or self.area_combo.currentIndex() < 0:
            self.add_error.show_message(self.tr("Choose an area from the list, or “Custom area”."))
            self.area_combo.setFocus()
            return
        try:
            size = quotes.parse_size(self.size_edit.text())
        except ValidationError as error:
            self.add_error.show_message(error_text(error))
            self.size_edit.setFocus()
            return
        name = self.custom_name.text().strip() if area_id == CUSTOM else ""
        if area_id == CUSTOM and not name:
            self.add_error.show_message(self.tr("Type the name of the custom area."))
            self.custom_name.setFocus()
            return
        self.add_error.show_message("")
        self.lines.append(QuoteLineInput(None if area_id == CUSTOM else area_id, size, name))
        self.area_combo.setCurrentIndex(-1)
        self.area_combo.clearEditText()
        self.custom_name.clear()
        self.size_edit.clear()
        self.area_combo.setFocus()
        self._changed()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self._editable():
            return
        del self.lines[rows[0].row()]
        self._changed()

    def _size_edited(self, row: int, text: str) -> None:
        try:
            size = quotes.parse_size(text)
        except ValidationError as error:
            self.add_error.show_message(error_text(error))
            return
        old = self.lines[row]
        self.lines[row] = QuoteLineInput(old.area_id, size, old.description)
        self._changed()

    def _discount_kind_changed(self) -> None:
        active = self.discount_kind.currentIndex() > 0
        self.discount_value.setEnabled(active)
        self.discount_reason.setEnabled(active)
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        if hasattr(self, "totals"):
            self._recalculate()

    # --- pricing ------------------------------------------------------------------------
    def current_input(self) -> QuoteInput:
        """The quote as typed; a bad discount figure raises ValidationError."""
        kind = self.discount_kind.currentIndex()
        percent = amount = None
        if kind:
            # The object of the service's "Enter …": translated here, the sentence there.
            label = self.tr("the discount percent") if kind == 1 else self.tr("the discount amount")
            value = parse_decimal(self.discount_value.text(), "manual_discount", label)
            percent, amount = (value, None) if kind == 1 else (None, value)
        return QuoteInput(
            lines=tuple(self.lines),
            sessions=self.sessions_spin.value(),
            discount_percent=percent,
            discount_amount=amount,
            discount_reason=self.discount_reason.text().strip() if kind else "",
        )

    def _recalculate(self) -> None:
        problems: dict[str, str] = {}
        try:
            data = self.current_input()
        except ValidationError as error:
            problems.update(error.field_errors)
            data = QuoteInput(lines=tuple(self.lines), sessions=self.sessions_spin.value())
        priced = None
        if self.quote is not None and not self.quote.is_draft:
            priced = self.quote.priced  # frozen: never re-priced
        elif data.lines:
            try:
                priced = quotes.price_input(
                    self.builder.price_list, self.builder.areas, self.builder.language, data
                )
            except ValidationError as error:
                problems.update(error.field_errors)
                try:  # still show the lines, priced without the bad discount
                    priced = quotes.price_input(
                        self.builder.price_list,
                        self.builder.areas,
                        self.builder.language,
                        QuoteInput(lines=data.lines, sessions=data.sessions),
                    )
                except ValidationError:
                    priced = None
        self.priced = priced if not problems else None
        shown = priced
        self.model.set_lines(
            list(shown.lines) if shown else [], self.builder.price_list.spec.currency
        )
        self.errors.show_message(_sentences(problems.values()))
        self._show_totals(self.priced)
        self._update_state()

    def _show_totals(self, priced: PricedQuote | None) -> None:
        if priced is None:
            hint = self.tr("Add an area to see the price.") if not self.lines else "—"
            self.totals.setText(f"<span style='font-size:15pt'>{hint}</span>")
            return
        language = self.builder.language

        def money(value: Decimal) -> str:
            return format_money(value, priced.currency, language)

        rate = f"{priced.vat_rate_percent.normalize():f}"
        rows = [(self.tr("Subtotal"), money(priced.subtotal))]
        if priced.discount_total:
            rows.append((self.tr("Discounts"), f"−{money(priced.discount_total)}"))
        if not priced.prices_include_vat:
            rows.append(
                (self.tr("VAT added ({rate} %)").format(rate=rate), money(priced.vat_added))
            )
        if priced.rounding_total:
            sign = "−" if priced.rounding_total < 0 else "+"
            rows.append((self.tr("Rounding"), f"{sign}{money(abs(priced.rounding_total))}"))
        if priced.prices_include_vat:
            rows.append(
                (self.tr("of which VAT ({rate} %)").format(rate=rate), money(priced.vat_total))
            )
        body = "".join(
            f"<tr><td align='right'>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for label, value in rows
        )
        self.totals.setText(
            f"<table>{body}<tr><td align='right'><b style='font-size:14pt'>{self.tr('Total')}</b></td>"
            f"<td align='right'><b style='font-size:14pt'>&nbsp;&nbsp;{money(priced.total)}</b>"
            "</td></tr></table>"
        )

    def total_text(self) -> str:
        return (
            format_money(self.priced.total, self.priced.currency, self.builder.language)
            if (self.priced)
            else ""
        )

    # --- saving -------------------------------------------------------------------------
    def _editable(self) -> bool:
        return self.quote is None or self.quote.is_draft

    def _update_state(self) -> None:
        editable = self._editable()
        status = status_name(self.quote.status) if self.quote else self.tr("New")
        number = (
            self.quote.number if self.quote and self.quote.number else self.tr("not issued yet")
        )
        self.heading.setText(
            self.tr("{name} · quote {number} · {status}").format(
                name=self.builder.patient_name, number=number, status=status
            )
            + (
                self.tr(" · valid until {date}").format(date=f"{self.quote.valid_until:%d.%m.%Y}")
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
                return quotes.create_draft(self.ctx, self.builder.patient_id, data)
            return quotes.update_draft(self.ctx, quote.id, quote.row_version, data)

        done = attempt(self, self.tr("Save quote"), save, on_problem=self._field_errors)
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
            self.tr("Issue quote"),
            lambda: quotes.issue_quote(self.ctx, quote.id, quote.row_version),
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
            self.tr("Quote"),
            lambda: quotes.set_outcome(self.ctx, quote.id, quote.row_version, outcome),
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
            self, self.tr("Book sessions"), lambda: quotes.booking_plan(self.ctx, quote_id)
        )
        if plan is None:
            return
        from desktop.services.sessions.records import AreaInput
        from desktop.ui.sessions.session_dialog import SessionDialog

        sessions = self._sessions_feature()
        dialog = sessions.book_for(plan.patient_id) if sessions is not None else None
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
        self.booking_dialog = dialog
        note = self.tr("Quote {number}: {count} session(s) accepted; book each one.").format(
            number=plan.number, count=plan.sessions
        )
        if plan.skipped:
            note += " " + self.tr("Add by hand: {areas}.").format(areas=", ".join(plan.skipped))
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
        built = value_or_none(self, self.tr("Print quote"), lambda: quote_pdf(self.ctx, quote_id))
        if built is None:
            return
        self.preview = show_document(
            self,
            self.ctx,
            built.pdf,
            title=self.tr("Price quote {number}").format(
                number=self.quote.number or self.tr("(draft)")
            ),
            suggested_name=built.suggested_name,
            document="quote",
            patient_id=self.quote.patient_id,
            entity="quote",
            entity_id=self.quote.id,
        )

    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, ValidationError):
            self.errors.show_message(_sentences(error.field_errors.values()))
            return True
        return False

    def reject(self) -> None:
        if self._editable() and self._dirty and self.lines:
            answer = QMessageBox.question(
                self,
                self.tr("Close quote"),
                self.tr("This quote has changes that are not saved. Save them as a draft?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_draft():
                return
        super().reject()
