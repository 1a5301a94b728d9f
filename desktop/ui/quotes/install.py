"""Menu entries for quotes on the main window (called from MainWindow._install_quotes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.errors import show_problem
from desktop.ui.widgets.menus import shared_menu

NEW_QUOTE_SHORTCUT = QKeySequence("Ctrl+Q")


def install_quotes(window: QMainWindow) -> None:
    # On Linux Ctrl+Q is also the standard Quit key; two actions with one shortcut make it
    # ambiguous and neither fires. Quotes are daily work, so Quit keeps Ctrl+Shift+Q there.
    for action in window.findChildren(QAction):
        if action is not None and NEW_QUOTE_SHORTCUT in action.shortcuts():
            action.setShortcuts(
                [k for k in action.shortcuts() if k != NEW_QUOTE_SHORTCUT]
                + [QKeySequence("Ctrl+Shift+Q")]
            )

    window.action_new_quote = QAction(
        QCoreApplication.translate("QuotesMenu", "New price &quote…"), window
    )
    window.action_new_quote.setShortcut(NEW_QUOTE_SHORTCUT)
    window.action_new_quote.triggered.connect(lambda: open_new_quote(window))
    window.action_patient_quotes = QAction(
        QCoreApplication.translate("QuotesMenu", "Price quo&tes…"), window
    )
    window.action_patient_quotes.setShortcut(QKeySequence("Ctrl+Shift+T"))
    window.action_patient_quotes.triggered.connect(lambda: open_patient_quotes(window))
    window.patient_menu.addSeparator()
    window.patient_menu.addAction(window.action_new_quote)
    window.patient_menu.addAction(window.action_patient_quotes)
    window.addActions([window.action_new_quote, window.action_patient_quotes])

    window.action_price_list = QAction(
        QCoreApplication.translate("QuotesMenu", "Price &list…"), window
    )
    window.action_price_list.triggered.connect(lambda: open_price_list(window))
    window.action_price_list.setEnabled(allowed(window.ctx, Permission.MANAGE_PRICES))
    _admin_menu(window).addAction(window.action_price_list)


def _admin_menu(window: QMainWindow) -> QMenu:
    """The shared Admin menu (made by whichever feature installs first)."""
    # Found by object name: the title is translated.
    return shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin"))


def _patient_or_hint(window) -> int | None:
    patient_id = window.current_patient_id()
    if patient_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("QuotesMenu", "Find and select a patient first."), 4000
        )
    return patient_id


def open_new_quote(window):
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog

    patient_id = _patient_or_hint(window)
    if patient_id is None:
        return None
    try:
        dialog = QuoteBuilderDialog(window.ctx, patient_id, parent=window)
    except (ServiceError, DatabaseProblem) as error:
        show_problem(window, QCoreApplication.translate("QuotesMenu", "New price quote"), error)
        return None
    dialog.sig_quote_saved.connect(
        lambda quote: window.statusBar().showMessage(
            QCoreApplication.translate("QuotesMenu", "Quote {number} saved for {name}.").format(
                number=quote.number or QCoreApplication.translate("QuotesMenu", "(draft)"),
                name=quote.patient_name,
            ),
            5000,
        )
    )
    window.quote_dialog = dialog
    dialog.open()
    return dialog


def open_patient_quotes(window):
    from desktop.ui.quotes.quote_list_dialog import PatientQuotesDialog

    patient_id = _patient_or_hint(window)
    if patient_id is None:
        return None
    try:
        dialog = PatientQuotesDialog(window.ctx, patient_id, window)
    except (ServiceError, DatabaseProblem) as error:
        show_problem(window, QCoreApplication.translate("QuotesMenu", "Price quotes"), error)
        return None
    window.quote_list_dialog = dialog
    dialog.open()
    return dialog


def open_price_list(window):
    from desktop.ui.quotes.price_list_dialog import PriceListDialog

    try:
        dialog = PriceListDialog(window.ctx, window)
    except (ServiceError, DatabaseProblem) as error:
        show_problem(window, QCoreApplication.translate("QuotesMenu", "Price list"), error)
        return None
    window.price_list_dialog = dialog
    dialog.open()
    return dialog
