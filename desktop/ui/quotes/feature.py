"""Quotes on the main window: new quote and the patient's quotes (Patient menu), price list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.services.common.permissions import Permission, allowed
from desktop.services.quotes.rows import QuoteDetail
from desktop.ui.main_window import MenuName
from desktop.ui.shell.actions import value_or_none
from desktop.ui.shell.feature import Feature

if TYPE_CHECKING:
    from desktop.ui.quotes.price_list_dialog import PriceListDialog
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
    from desktop.ui.quotes.quote_list_dialog import PatientQuotesDialog

NEW_QUOTE_SHORTCUT = QKeySequence("Ctrl+Q")
# On Linux Ctrl+Q is also the standard Quit key; two actions with one shortcut make it
# ambiguous and neither fires. Quotes are daily work, so Quit keeps Ctrl+Shift+Q there.
QUIT_INSTEAD = QKeySequence("Ctrl+Shift+Q")


class QuotesFeature(Feature):
    def install(self) -> None:
        window = self.window
        window.move_shortcut(NEW_QUOTE_SHORTCUT, QUIT_INSTEAD)
        # The last dialogs opened, kept referenced while they are open (and for tests).
        self.quote_dialog: QuoteBuilderDialog | None = None
        self.quote_list_dialog: PatientQuotesDialog | None = None
        self.price_list_dialog: PriceListDialog | None = None

        self.action_new_quote = QAction(
            QCoreApplication.translate("QuotesMenu", "New price &quote…"), window
        )
        self.action_new_quote.setShortcut(NEW_QUOTE_SHORTCUT)
        self.action_new_quote.triggered.connect(self.open_new_quote)
        self.action_patient_quotes = QAction(
            QCoreApplication.translate("QuotesMenu", "Price quo&tes…"), window
        )
        self.action_patient_quotes.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action_patient_quotes.triggered.connect(self.open_patient_quotes)
        window.add_separator(MenuName.PATIENT)
        window.add_action(MenuName.PATIENT, self.action_new_quote)
        window.add_action(MenuName.PATIENT, self.action_patient_quotes)

        self.action_price_list = QAction(
            QCoreApplication.translate("QuotesMenu", "Price &list…"), window
        )
        self.action_price_list.triggered.connect(self.open_price_list)
        self.action_price_list.setEnabled(allowed(self.ctx, Permission.MANAGE_PRICES))
        window.add_action(MenuName.ADMIN, self.action_price_list)
        window.events.sig_quote_saved.connect(self._quote_saved)

    def _patient_or_hint(self) -> int | None:
        return self.window.patient_or_hint(
            QCoreApplication.translate("QuotesMenu", "Find and select a patient first.")
        )

    def _quote_saved(self, quote: QuoteDetail) -> None:
        self.window.show_status(
            QCoreApplication.translate("QuotesMenu", "Quote {number} saved for {name}.").format(
                number=quote.number or QCoreApplication.translate("QuotesMenu", "(draft)"),
                name=quote.patient_name,
            ),
            5000,
        )

    def open_new_quote(self) -> QuoteBuilderDialog | None:
        from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog

        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        dialog = value_or_none(
            self.window,
            QCoreApplication.translate("QuotesMenu", "New price quote"),
            lambda: QuoteBuilderDialog(self.ctx, patient_id, parent=self.window),
        )
        if dialog is None:
            return None
        dialog.sig_quote_saved.connect(self.window.events.sig_quote_saved)
        self.quote_dialog = dialog
        dialog.open()
        return dialog

    def open_patient_quotes(self) -> PatientQuotesDialog | None:
        from desktop.ui.quotes.quote_list_dialog import PatientQuotesDialog

        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        dialog = value_or_none(
            self.window,
            QCoreApplication.translate("QuotesMenu", "Price quotes"),
            lambda: PatientQuotesDialog(self.ctx, patient_id, self.window),
        )
        if dialog is None:
            return None
        self.quote_list_dialog = dialog
        dialog.open()
        return dialog

    def open_price_list(self) -> PriceListDialog | None:
        from desktop.ui.quotes.price_list_dialog import PriceListDialog

        dialog = value_or_none(
            self.window,
            QCoreApplication.translate("QuotesMenu", "Price list"),
            lambda: PriceListDialog(self.ctx, self.window),
        )
        if dialog is None:
            return None
        self.price_list_dialog = dialog
        dialog.open()
        return dialog
