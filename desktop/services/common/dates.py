"""Reading dates the way people at a Turkish or international desk type them."""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_user_date(text: str) -> date | None:
    """31.12.1980, 31/12/1980, 31-12-1980 or 1980-12-31; None if not a real date."""
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_user_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""
