"""Editing the lines of a quote and pricing them as they change (texts keep the
QuoteBuilderDialog translation context)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.formatting import format_money
from desktop.services.common.errors import ValidationError
from desktop.services.quotes import records as quotes
from desktop.services.quotes.area_matching import find_area, folded, typed_matches
from desktop.services.quotes.price_list_specs import parse_decimal
from desktop.services.quotes.pricing import PricedQuote
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.ui.quotes.quote_lifecycle import CUSTOM, QuoteLifecycle, sentences
from desktop.ui.quotes.quote_table_models import size_text
from desktop.ui.shell.i18n import current_language, error_text, translated

if TYPE_CHECKING:
    pass


class QuoteEditing(QuoteLifecycle):
    # --- editing ------------------------------------------------------------------------
    def _area_chosen(self) -> None:
        area_id = self.area_combo.currentData()
        custom = area_id == CUSTOM
        self.custom_name.setEnabled(custom)
        area = next((a for a in self.builder.areas if a.id == area_id), None)
        if area is not None and not area.size_required:
            self.size_edit.setText(size_text(area.default_size_cm2, current_language()))
        else:
            self.size_edit.clear()
        if self.area_combo.currentIndex() >= 0:
            (self.custom_name if custom else self.size_edit).setFocus()
            self.size_edit.selectAll()

    def _match_typed_area(self) -> None:
        """Typed text → the area whose name contains it, folded like patient search."""
        typed = self.area_combo.currentText()
        current = self.area_combo.currentIndex()
        if not folded(typed) or (
            current >= 0 and folded(self.area_combo.itemText(current)) == folded(typed)
        ):
            return
        area = find_area(self.builder.areas, typed, current_language())
        if area is not None:
            self.area_combo.setCurrentIndex(self.area_combo.findData(area.id))
            return
        custom = self.area_combo.findData(CUSTOM)
        if typed_matches(typed, self.area_combo.itemText(custom)):
            self.area_combo.setCurrentIndex(custom)
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
            self.add_error.show_message(
                QCoreApplication.translate(
                    "QuoteBuilderDialog", "Choose an area from the list, or “Custom area”."
                )
            )
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
            self.add_error.show_message(
                QCoreApplication.translate(
                    "QuoteBuilderDialog", "Type the name of the custom area."
                )
            )
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
            label = (
                QCoreApplication.translate("QuoteBuilderDialog", "the discount percent")
                if kind == 1
                else QCoreApplication.translate("QuoteBuilderDialog", "the discount amount")
            )
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
        self.errors.show_message(sentences(problems.values()))
        overlaps = quotes.overlap_warnings(self.builder.areas, data)
        self.overlap_warning.setText("\n".join(f"⚠ {translated(m)}" for m in overlaps))
        self.overlap_warning.setVisible(bool(overlaps))
        self._show_totals(self.priced)
        self._update_state()

    def _show_totals(self, priced: PricedQuote | None) -> None:
        if priced is None:
            hint = (
                QCoreApplication.translate("QuoteBuilderDialog", "Add an area to see the price.")
                if not self.lines
                else "—"
            )
            self.totals.setText(f"<span style='font-size:15pt'>{hint}</span>")
            return
        language = self.builder.language

        def money(value: Decimal) -> str:
            return format_money(value, priced.currency, language)

        rate = f"{priced.vat_rate_percent.normalize():f}"
        rows = [
            (QCoreApplication.translate("QuoteBuilderDialog", "Subtotal"), money(priced.subtotal))
        ]
        if priced.discount_total:
            rows.append(
                (
                    QCoreApplication.translate("QuoteBuilderDialog", "Discounts"),
                    f"−{money(priced.discount_total)}",
                )
            )
        if not priced.prices_include_vat:
            rows.append(
                (
                    QCoreApplication.translate("QuoteBuilderDialog", "VAT added ({rate} %)").format(
                        rate=rate
                    ),
                    money(priced.vat_added),
                )
            )
        if priced.rounding_total:
            sign = "−" if priced.rounding_total < 0 else "+"
            rows.append(
                (
                    QCoreApplication.translate("QuoteBuilderDialog", "Rounding"),
                    f"{sign}{money(abs(priced.rounding_total))}",
                )
            )
        if priced.prices_include_vat:
            rows.append(
                (
                    QCoreApplication.translate(
                        "QuoteBuilderDialog", "of which VAT ({rate} %)"
                    ).format(rate=rate),
                    money(priced.vat_total),
                )
            )
        body = "".join(
            f"<tr><td align='right'>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for label, value in rows
        )
        total_word = QCoreApplication.translate("QuoteBuilderDialog", "Total")
        self.totals.setText(
            f"<table>{body}<tr><td align='right'><b style='font-size:14pt'>{total_word}</b></td>"
            f"<td align='right'><b style='font-size:14pt'>&nbsp;&nbsp;{money(priced.total)}</b>"
            "</td></tr></table>"
        )

    def total_text(self) -> str:
        return (
            format_money(self.priced.total, self.priced.currency, self.builder.language)
            if (self.priced)
            else ""
        )
