"""Checking an amount of money typed at the desk before anything is stored.

Amounts are ``Decimal`` in the price list's currency with at most two decimals, stored as
scaled integers (db/types.py ScaledDecimal). NaN and infinities raise on comparison and a
huge value makes ``quantize`` raise (docs/architecture.md, Money), so the checks run in an order
that never compares or quantizes such a value.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg

# No desk takes ten million at once; a typo with extra zeros is refused, and the scaled
# integer stays far inside BigInteger on both engines.
MAX_AMOUNT = Decimal(10_000_000)
CENT = Decimal("0.01")


def checked_amount(value: object, field: str = "amount") -> Decimal:
    """``value`` as an exact amount of more than zero, or ValidationError naming ``field``."""
    amount = _as_decimal(value)
    if amount is None or not amount.is_finite():
        raise ValidationError({field: msg("Enter the amount as a number, such as 1250.50.")})
    if amount <= 0:
        raise ValidationError({field: msg("The amount must be more than zero.")})
    if amount > MAX_AMOUNT:
        raise ValidationError(
            {field: msg("The amount cannot be more than {limit}.", limit=f"{MAX_AMOUNT:,}")}
        )
    if amount != amount.quantize(CENT):
        raise ValidationError({field: msg("An amount has at most two decimals.")})
    return amount.quantize(CENT)


def _as_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool | float):  # floats are never money here (docs/architecture.md, Money)
        return None
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        if "," in text and "." not in text:  # 1250,50 as typed in Turkish
            text = text.replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return None


def required_reason(reason: str, field: str = "reason") -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError({field: msg("Say why; the reason is kept with the record.")})
    if len(text) > 500:
        raise ValidationError({field: msg("Keep the reason under 500 characters.")})
    return text
