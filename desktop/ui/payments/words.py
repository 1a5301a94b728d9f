"""How the payment screens name a kind of money event, a method and a course's state."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.formatting import decimal_sign, format_money
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, current_language

CONTEXT = "PaymentWords"

KIND_WORDS: dict[str, str] = {
    "charge": QT_TRANSLATE_NOOP("PaymentWords", "Charge"),
    "deposit": QT_TRANSLATE_NOOP("PaymentWords", "Deposit"),
    "payment": QT_TRANSLATE_NOOP("PaymentWords", "Payment"),
    "refund": QT_TRANSLATE_NOOP("PaymentWords", "Refund"),
    "correction": QT_TRANSLATE_NOOP("PaymentWords", "Cancelled receipt"),
}

# PaymentMethod's values, in the order the desk meets them.
METHOD_WORDS: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("PaymentWords", "Cash"),
    "card": QT_TRANSLATE_NOOP("PaymentWords", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("PaymentWords", "Bank transfer"),
}

STATUS_WORDS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("PaymentWords", "Open"),
    "closed": QT_TRANSLATE_NOOP("PaymentWords", "Closed"),
}


def kind_word(kind: str | None) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_WORDS.get(str(kind), str(kind or "")))


def method_word(method: str | None) -> str:
    if not method:
        return "–"
    return QCoreApplication.translate(CONTEXT, METHOD_WORDS.get(str(method), str(method)))


def status_word(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_WORDS.get(str(status), str(status)))


def money_text(amount: Decimal, currency: str) -> str:
    """An amount as the desk reads it, in the interface language (₺1.250,50 / ₺1,250.50)."""
    return format_money(amount, currency or "TRY", current_language())


def amount_as_typed(amount: Decimal) -> str:
    """An amount to pre-fill a field with, as people type it here (1250,50 / 1250.50)."""
    return f"{amount.quantize(Decimal('0.01'))}".replace(".", decimal_sign(current_language()))
