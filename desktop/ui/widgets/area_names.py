"""Treatment-area names in the interface language.

The catalog keeps every area's name per language (``names``: {"en": …, "tr": …}), and
the DTOs carry that map. Screens show the one in the interface language and, where it
helps (a tooltip), the others: a physician may know the area by either name.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from desktop.formatting import format_plain_number, name_in
from desktop.ui.shell.i18n import current_language


class HasAreaNames(Protocol):
    """Any DTO naming an area per language (catalog, session and history rows)."""

    @property
    def names(self) -> Mapping[str, str]: ...


def pick_name(names: Mapping[str, str], language: str | None = None) -> str:
    """The name in ``language`` (default: the interface's), else the English one."""
    return name_in(language or current_language(), names)


def other_name(names: Mapping[str, str], language: str | None = None) -> str:
    """The names in the other languages, for a tooltip; "" when they are all the same."""
    shown = pick_name(names, language)
    others = dict.fromkeys(text for text in names.values() if text and text != shown)
    return " / ".join(others)


def area_name(item: HasAreaNames, language: str | None = None) -> str:
    """``item`` is any DTO with ``names`` (catalog, session, history rows)."""
    return pick_name(item.names, language)


def area_other_name(item: HasAreaNames, language: str | None = None) -> str:
    return other_name(item.names, language)


def with_measured_size(name: str, size_cm2: Decimal | None, language: str | None = None) -> str:
    """The area's name, followed by the size measured for this patient when there is one:
    "Spot or scar 12 cm²" (Turkish: "Leke veya iz 12,5 cm²")."""
    if size_cm2 is None:
        return name
    return f"{name} {format_plain_number(size_cm2, language or current_language())} cm²"
