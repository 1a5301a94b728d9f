"""Price list administration: see, edit (a draft, by the version read) and publish versions."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.quotes import price_lists
from desktop.services.quotes.price_list_specs import parse_decimal
from desktop.services.quotes.price_lists import PriceListDetail
from desktop.services.quotes.pricing import CURRENCIES, BandSpec, PriceListSpec, RuleSpec
from desktop.ui.shell.actions import value_or_none
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, error_text
from desktop.ui.widgets.field_error import FieldError

METHODS = (
    ("band", QT_TRANSLATE_NOOP("PriceListDialog", "By size band")),
    ("per_cm2", QT_TRANSLATE_NOOP("PriceListDialog", "Per cm² with a minimum charge")),
)
RULE_KINDS = (
    ("combination", QT_TRANSLATE_NOOP("PriceListDialog", "Areas together")),
    ("package", QT_TRANSLATE_NOOP("PriceListDialog", "Sessions package")),
)


def _plain(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


class PriceListDialog(QDialog):
    """Editing happens on an unpublished draft only; published versions are read-only."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: PriceListDetail | None = None
        self.setWindowTitle(self.tr("Price list"))
        self.resize(780, 720)

        self.version_label = QLabel()
        self.name_edit = QLineEdit()
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(CURRENCIES)
        self.method_combo = QComboBox()
        for key, label in METHODS:
            self.method_combo.addItem(self.tr(label), key)
        self.per_cm2_edit = QLineEdit()
        self.minimum_edit = QLineEdit()
        self.vat_edit = QLineEdit()
        self.vat_included = QCheckBox(self.tr("Prices include VAT"))
        self.rounding_edit = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Currency:"), self.currency_combo)
        form.addRow(self.tr("&Pricing:"), self.method_combo)
        form.addRow(self.tr("Price per cm²:"), self.per_cm2_edit)
        form.addRow(self.tr("Minimum charge:"), self.minimum_edit)
        form.addRow(self.tr("&VAT rate (%):"), self.vat_edit)
        form.addRow("", self.vat_included)
        form.addRow(self.tr("&Round totals to:"), self.rounding_edit)

        self.bands = QTableWidget(0, 3)
        self.bands.setHorizontalHeaderLabels(
            [
                self.tr("Above (cm²)"),
                self.tr("Up to (cm²; empty: no limit)"),
                self.tr("Price per session"),
            ]
        )
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules = QTableWidget(0, 5)
        self.rules.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Area codes"),
                self.tr("Min. sessions"),
                self.tr("Discount %"),
            ]
        )
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_band = QPushButton(self.tr("Add band"))
        self.add_band.clicked.connect(lambda: self._add_band_row(None))
        self.remove_band = QPushButton(self.tr("Remove band"))
        self.remove_band.clicked.connect(lambda: self._remove_row(self.bands))
        self.add_rule = QPushButton(self.tr("Add rule"))
        self.add_rule.clicked.connect(lambda: self._add_rule_row(None))
        self.remove_rule = QPushButton(self.tr("Remove rule"))
        self.remove_rule.clicked.connect(lambda: self._remove_row(self.rules))

        self.errors = FieldError()
        self.new_button = QPushButton(self.tr("&New version from current"))
        self.new_button.clicked.connect(self.start_new_version)
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.clicked.connect(self.save)
        self.publish_button = QPushButton(self.tr("P&ublish"))
        self.publish_button.clicked.connect(self.publish)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)

        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band)
        band_buttons.addWidget(self.remove_band)
        band_buttons.addStretch(1)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.add_rule)
        rule_buttons.addWidget(self.remove_rule)
        rule_buttons.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.publish_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Size bands (a size belongs to the band with above < size ≤ up to):"))
        )
        layout.addWidget(self.bands, 2)
        layout.addLayout(band_buttons)
        layout.addWidget(
            QLabel(self.tr("Discount rules (the best of each kind applies; the two kinds stack):"))
        )
        layout.addWidget(self.rules, 2)
        codes = QLabel(
            self.tr("Area codes for “areas together” rules, separated by commas: {codes}").format(
                codes=", ".join(price_lists.area_codes(ctx))
            )
        )
        codes.setWordWrap(True)
        codes.setStyleSheet("color: #5f6b6d;")
        layout.addWidget(codes)
        layout.addLayout(rule_buttons)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter edits table cells, never publishes
        self._show_latest()

    # --- loading ------------------------------------------------------------------------
    def _show_latest(self) -> None:
        versions = price_lists.list_price_lists(self.ctx)
        draft = next((v for v in versions if not v.published), None)
        self.show_version(draft or (versions[0] if versions else None))

    def show_version(self, detail: PriceListDetail | None) -> None:
        self.shown = detail
        self.errors.show_message("")
        self.bands.setRowCount(0)
        self.rules.setRowCount(0)
        if detail is None:
            self.version_label.setText(self.tr("No price list yet: start a new version."))
            self._set_editable(False)
            return
        spec = detail.spec
        state = (
            self.tr("published (read-only)")
            if detail.published
            else self.tr("draft — not used until published")
        )
        self.version_label.setText(f"{detail.version} · {state}")
        self.name_edit.setText(detail.name)
        self.currency_combo.setCurrentText(spec.currency)
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(spec.method)))
        self.per_cm2_edit.setText(_plain(spec.per_cm2_price))
        self.minimum_edit.setText(_plain(spec.minimum_charge))
        self.vat_edit.setText(_plain(spec.vat_rate_percent))
        self.vat_included.setChecked(spec.prices_include_vat)
        self.rounding_edit.setText(_plain(spec.rounding_step))
        for band in spec.bands:
            self._add_band_row(band)
        for rule in spec.rules:
            self._add_rule_row(rule)
        self._set_editable(not detail.published)

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.name_edit,
            self.currency_combo,
            self.method_combo,
            self.per_cm2_edit,
            self.minimum_edit,
            self.vat_edit,
            self.vat_included,
            self.rounding_edit,
            self.add_band,
            self.remove_band,
            self.add_rule,
            self.remove_rule,
            self.save_button,
            self.publish_button,
        ):
            widget.setEnabled(editable)
        triggers = (
            QTableWidget.EditTrigger.AllEditTriggers
            if editable
            else QTableWidget.EditTrigger.NoEditTriggers
        )
        self.bands.setEditTriggers(triggers)
        self.rules.setEditTriggers(triggers)
        self.new_button.setEnabled(self.shown is None or self.shown.published)

    def _add_band_row(self, band: BandSpec | None) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        if band is None and row > 0:
            above = self.bands.item(row - 1, 1)
            values = [above.text() if above else "", "", ""]
        elif band is None:
            values = ["0", "", ""]
        else:
            values = [_plain(band.lower), _plain(band.upper), _plain(band.price)]
        for column, value in enumerate(values):
            self.bands.setItem(row, column, QTableWidgetItem(value))

    def _add_rule_row(self, rule: RuleSpec | None) -> None:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        kind = QComboBox()
        for key, label in RULE_KINDS:
            kind.addItem(self.tr(label), key)
        if rule is not None:
            kind.setCurrentIndex(max(0, kind.findData(rule.kind)))
        self.rules.setCellWidget(row, 0, kind)
        values = (
            [
                rule.label,
                ", ".join(rule.area_codes),
                str(rule.min_sessions or ""),
                _plain(rule.percent),
            ]
            if rule
            else ["", "", "", ""]
        )
        for column, value in enumerate(values, start=1):
            self.rules.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    # --- reading the form ---------------------------------------------------------------
    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def form_spec(self) -> PriceListSpec:
        """The form as a PriceListSpec; ValidationError for figures that are not numbers.

        The labels are the object of the service's "Enter …" sentence, already translated.
        """
        method = self.method_combo.currentData()
        bands = []
        for row in range(self.bands.rowCount()):
            size = self.tr("a size in cm² for band {number}").format(number=row + 1)
            lower = _required(self._cell(self.bands, row, 0) or "0", "bands", size)
            upper = parse_decimal(self._cell(self.bands, row, 1), "bands", size, optional=True)
            price = _required(
                self._cell(self.bands, row, 2),
                "bands",
                self.tr("a price for band {number}").format(number=row + 1),
            )
            bands.append(BandSpec(lower, upper, price))
        rules = []
        for row in range(self.rules.rowCount()):
            kind_widget = self.rules.cellWidget(row, 0)
            kind = kind_widget.currentData() if isinstance(kind_widget, QComboBox) else "package"
            sessions_text = self._cell(self.rules, row, 3)
            if sessions_text and not sessions_text.isdigit():
                raise ValidationError(
                    {
                        "rules": self.tr(
                            "Rule {number}: enter the minimum sessions as a whole number."
                        ).format(number=row + 1)
                    }
                )
            codes = tuple(c.strip() for c in self._cell(self.rules, row, 2).split(",") if c.strip())
            rules.append(
                RuleSpec(
                    kind=kind,
                    label=self._cell(self.rules, row, 1),
                    percent=_required(
                        self._cell(self.rules, row, 4),
                        "rules",
                        self.tr("a discount % for rule {number}").format(number=row + 1),
                    ),
                    area_codes=codes if kind == "combination" else (),
                    min_sessions=int(sessions_text)
                    if sessions_text and kind == "package"
                    else None,
                )
            )
        return PriceListSpec(
            method=method,
            bands=tuple(bands),
            per_cm2_price=parse_decimal(
                self.per_cm2_edit.text(),
                "per_cm2_price",
                self.tr("the price per cm²"),
                optional=True,
            ),
            minimum_charge=parse_decimal(
                self.minimum_edit.text(),
                "minimum_charge",
                self.tr("the minimum charge"),
                optional=True,
            ),
            vat_rate_percent=_required(
                self.vat_edit.text(), "vat_rate_percent", self.tr("the VAT rate")
            ),
            prices_include_vat=self.vat_included.isChecked(),
            rounding_step=_required(
                self.rounding_edit.text(),
                "rounding_step",
                self.tr("the rounding step (e.g. 1 or 10)"),
            ),
            currency=self.currency_combo.currentText(),
            rules=tuple(rules),
        )

    # --- actions ------------------------------------------------------------------------
    def start_new_version(self) -> None:
        started = value_or_none(
            self, self.tr("Price list"), lambda: price_lists.start_new_version(self.ctx)
        )
        if started is not None:
            self.show_version(started)

    def save(self) -> bool:
        if self.shown is None or self.shown.published:
            return False
        save = partial(price_lists.save_draft, expected_version=self.shown.row_version)
        version_id = self.shown.id
        saved = value_or_none(
            self,
            self.tr("Price list"),
            lambda: save(self.ctx, version_id, self.name_edit.text(), self.form_spec()),
            on_problem=self._invalid,
        )
        if saved is None:
            return False
        self.show_version(saved)
        return True

    def publish(self) -> None:
        if self.shown is None or not self.save():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Publish price list"),
            self.tr(
                "Publish version {version}? New quotes will use it; quotes already "
                "made keep their prices. A published version cannot be changed."
            ).format(version=self.shown.version),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        publish = partial(price_lists.publish, self.ctx, self.shown.id)
        version = self.shown.row_version
        published = value_or_none(
            self, self.tr("Price list"), lambda: publish(expected_version=version)
        )
        if published is not None:
            self.show_version(published)

    def _invalid(self, error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, ValidationError):
            self.errors.show_message(error_text(error))
            return True
        return False


def _required(text: str, field: str, what: str) -> Decimal:
    """A value the form must have: parse_decimal refuses an empty one unless told optional."""
    return parse_decimal(text, field, what) or Decimal(0)  # never None: not optional
