"""Checks every service shares before a typed value reaches arithmetic or a column.

Fuzzing found the same few root causes in booking, recording, quotes and price lists: a huge
number overflows ``Decimal.quantize`` (28 digits) or a 64-bit integer column, a NaN or
Infinity ``Decimal`` raises on ``<``, a date near year 9999 overflows the date arithmetic,
and a lone surrogate cannot be encoded when the row is flushed. Each is stopped here once.

Text follows patient registration (desktop/services/patients/validation.py): characters that
cannot be printed (control characters, lone surrogates, private-use and unassigned code
points) are refused with a message naming the field, never silently dropped; multi-line
fields (notes, reactions) may hold line breaks and tabs.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.services.common.messages import Message, msg

# Sessions, follow-ups and quotes are dated within this range: wide enough for any real
# record, narrow enough that adding a healing window or a validity period cannot overflow.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
# The largest value an INTEGER / BIGINT column holds on SQLite and PostgreSQL.
MAX_COLUMN_INT = 2**63 - 1
_UNPRINTABLE = ("Cc", "Cs", "Co", "Cn")


def unprintable(text: str, *, multiline: bool = False) -> bool:
    """True if ``text`` holds a character that cannot be printed (or stored as UTF-8)."""
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _UNPRINTABLE:
            return True
    return False


def shown_code(code: object) -> str:
    """An unknown code as a message may quote it: "?" for one that cannot be printed (a lone
    surrogate cannot even be shown or logged)."""
    text = str(code)
    return "?" if unprintable(text) else text[:40]


def unprintable_message(label: Message | str) -> Message:
    return msg("{label} contains characters that cannot be printed.", label=label)


def finite_decimal(value: object) -> Decimal | None:
    """A typed number as a finite Decimal: '12,5', '12.5', 12, Decimal('12.5') or a float.

    None or blank text → None; ValueError for anything else (words, NaN, Infinity).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        text = str(value).strip().replace(",", ".")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation as error:
            raise ValueError(text) from error
    if not number.is_finite():
        raise ValueError(str(value))
    return number


def is_finite(value: Decimal | int | None) -> bool:
    """False for NaN and ±Infinity, which raise on ``<``, and for anything not a number
    (None counts as finite: not given)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return True
    return isinstance(value, Decimal) and value.is_finite()


def day_in_range(value: date | None) -> bool:
    return value is None or FIRST_DAY <= value <= LAST_DAY


def day_range_message(label: Message | str) -> Message:
    return msg(
        "{label} must be between {first} and {last}; check the year.",
        label=label,
        first=FIRST_DAY.strftime("%d.%m.%Y"),
        last=LAST_DAY.strftime("%d.%m.%Y"),
    )


def fits_column(value: int | None) -> bool:
    """An integer a database column can hold (the services bound counts far below this)."""
    return value is None or -MAX_COLUMN_INT <= value <= MAX_COLUMN_INT
