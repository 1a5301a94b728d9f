"""Build, save, issue and print one price quote; the total updates as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.quotes import records as quotes
from desktop.services.quotes.pricing import MAX_SESSIONS, PricedQuote
from desktop.services.quotes.records import QuoteDetail, QuoteLineInput
from desktop.ui.quotes.area_completer import MATCH_TEXT_ROLE, install_folded_completer
from desktop.ui.quotes.quote_editing import QuoteEditing
from desktop.ui.quotes.quote_lifecycle import CUSTOM, DISCOUNT_KINDS
from desktop.ui.quotes.quote_table_models import QuoteLineTableModel, size_text
from desktop.ui.shell.i18n import current_language
from desktop.ui.widgets.area_names import area_name, area_other_name
from desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    pass


class QuoteBuilderDialog(QuoteEditing):
    """The form; editing and pricing come from QuoteEditing, saving from QuoteLifecycle."""

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
        interface = current_language()
        for area in self.builder.areas:
            size = (
                self.tr("measured")
                if area.size_required
                else f"{size_text(area.default_size_cm2, interface)} cm²"
            )
            # The picker speaks the interface language; the lines keep the quote's language.
            self.area_combo.addItem(f"{area_name(area)} ({size})", area.id)
            row = self.area_combo.count() - 1
            self.area_combo.setItemData(row, area_other_name(area), Qt.ItemDataRole.ToolTipRole)
            self.area_combo.setItemData(row, " ".join(area.names.values()), MATCH_TEXT_ROLE)
        self.area_combo.addItem(self.tr("Custom area (type its name)…"), CUSTOM)
        install_folded_completer(self.area_combo)
        typed = self.area_combo.lineEdit()
        assert typed is not None  # an editable combo box has one (set editable above)
        self.area_combo.setCurrentIndex(-1)
        typed.setPlaceholderText(self.tr("Type an area name…"))
        self.area_combo.currentIndexChanged.connect(self._area_chosen)
        typed.returnPressed.connect(self._match_typed_area)
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
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area_combo)
        grid.addWidget(area_label, 0, 0)
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
        QShortcut(QKeySequence.StandardKey.Delete, self.table).activated.connect(
            self.remove_selected
        )
        # Areas inside another line's area (eye contour with the full face): a warning.
        self.overlap_warning = QLabel()
        self.overlap_warning.setObjectName("overlapWarning")
        self.overlap_warning.setWordWrap(True)
        self.overlap_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.overlap_warning.setStyleSheet("color: #8a5300;")
        self.overlap_warning.hide()
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
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_draft)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.preview_document)

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
        layout.addWidget(self.overlap_warning)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        # Enter belongs to the fields (add a line, pick an area), never to a dialog button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._update_state()
