"""Reading an amount typed at the desk, Turkish style (1.250,50) or English (1,250.50).

The service (desktop/services/payments/amounts.checked_amount) refuses anything that is not
a plain number with at most two decimals. People type group separators too, and which of ","
and "." is the decimal sign depends on the language, so the screen turns what was typed
into the plain form first; text it cannot read is passed on unchanged for the service to
refuse with its own message.
"""

from __future__ import annotations

import re

_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")


def plain_amount(typed: str, decimal_sign: str) -> str:
    """``typed`` as ``1250.50``; ``decimal_sign`` is the interface language's (',' or '.')."""
    text = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    for sign in ("₺", "€", "$", "£", "TL", "tl"):
        text = text.replace(sign, "")
    has_comma, has_point = "," in text, "." in text
    if has_comma and has_point:
        # Both: the last one is the decimal sign, the other groups thousands.
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        return text.replace(group, "").replace(decimal, ".")
    if not (has_comma or has_point):
        return text
    sign = "," if has_comma else "."
    if text.count(sign) > 1 or (sign != decimal_sign and _GROUPED.match(text)):
        # 1.250.000, or 1.250 typed in English / 1,250 in Turkish: groups of thousands.
        return text.replace(sign, "") if _GROUPED.match(text) else typed
    return text.replace(",", ".")
