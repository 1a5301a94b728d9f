"""Treatment-area names in the interface language.

The catalog keeps every area's name in English and Turkish, and the DTOs carry both
(``name_en`` / ``name_tr``). Screens show the one in the interface language and, where
it helps (a tooltip), the other one: a physician may know the area by either name.
"""

from __future__ import annotations

from typing import Protocol

from desktop.formatting import name_in
from desktop.ui.shell.i18n import current_language


class HasAreaNames(Protocol):
    """Any DTO naming an area in both languages (catalog, session and history rows)."""

    @property
    def name_en(self) -> str: ...

    @property
    def name_tr(self) -> str: ...


def pick_name(name_en: str, name_tr: str, language: str | None = None) -> str:
    """The name in ``language`` (default: the interface's); the other one if it is empty."""
    return name_in(language or current_language(), name_en, name_tr)


def other_name(name_en: str, name_tr: str, language: str | None = None) -> str:
    """The name in the other language, for a tooltip; "" when both are the same."""
    shown = pick_name(name_en, name_tr, language)
    other = name_en if shown == name_tr else name_tr
    return "" if other == shown else other


def area_name(item: HasAreaNames, language: str | None = None) -> str:
    """``item`` is any DTO with ``name_en`` and ``name_tr`` (catalog, session, history rows)."""
    return pick_name(item.name_en, item.name_tr, language)


def area_other_name(item: HasAreaNames, language: str | None = None) -> str:
    return other_name(item.name_en, item.name_tr, language)
