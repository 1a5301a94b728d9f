"""Which catalog area the receptionist means by what she typed in the quote's picker.

Typed text and area names are folded like patient search folds names (``db.text.fold``:
case, accents and the Turkish dotted/dotless i), so "goz", "GÖZ" and "göz çevresi" all
find "Göz çevresi", and "tum yuz" finds "Tüm yüz".
"""

from __future__ import annotations

from collections.abc import Iterable

from db.text import fold
from desktop.services.sessions.catalog import AreaRow


def folded(text: str) -> str:
    """``text`` folded for matching, runs of spaces made one, ends trimmed."""
    return " ".join(fold(text).split())


def typed_matches(typed: str, text: str) -> bool:
    """Whether ``text`` contains what was typed (folded); nothing typed matches nothing."""
    key = folded(typed)
    return bool(key) and key in folded(text)


def find_area(areas: Iterable[AreaRow], typed: str, language: str) -> AreaRow | None:
    """The first area whose name in ``language`` contains ``typed``, else the first whose
    name in another language does (a physician may know the area by either name)."""
    candidates = list(areas)
    for area in candidates:
        if typed_matches(typed, area.name(language)):
            return area
    for area in candidates:
        if any(typed_matches(typed, name) for name in area.names.values()):
            return area
    return None
