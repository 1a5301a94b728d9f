"""Dates, times and money for people, in the patient's or the interface's language.

Babel (CLDR data) is the one source of locale formatting, for printouts and
screens alike. No Qt here, so services and printing can use it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal

_LOCALES = {"tr": "tr_TR", "en": "en_GB"}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """1234.5, TRY, tr → '₺1.234,50'; EUR, en → '€1,234.50'."""
    from babel.numbers import format_currency

    text = format_currency(amount, currency, locale=locale_for(language))
    # CLDR writes "TRY" outside Turkish locales; patients here know the lira sign.
    return text.replace("TRY", "₺") if currency == "TRY" else text


class Names(Mapping[str, str]):
    """A name per language code ({"en": "Forehead", "tr": "Alın"}), as the catalog keeps it.

    Immutable and hashable so that frozen DTOs holding one stay hashable. Read it
    with name_in(), which knows the fallback; a missing language is simply absent.
    """

    __slots__ = ("_by_language",)

    def __init__(self, by_language: Mapping[str, object] | None = None) -> None:
        self._by_language: dict[str, str] = {
            str(code): str(text) for code, text in (by_language or {}).items()
        }

    def __getitem__(self, language: str) -> str:
        return self._by_language[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_language)

    def __len__(self) -> int:
        return len(self._by_language)

    def __hash__(self) -> int:
        return hash(frozenset(self._by_language.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._by_language == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Names({self._by_language!r})"

    def as_dict(self) -> dict[str, str]:
        """A plain dict, for JSON columns and exports."""
        return dict(self._by_language)


FALLBACK_LANGUAGE = "en"


def name_in(language: str, names: Mapping[str, str]) -> str:
    """The name in ``language``; if it has none, the English one; else any name at all.

    The one way to pick a per-language name (catalog areas), so every screen and
    printout falls back the same way.
    """
    for wanted in (language, FALLBACK_LANGUAGE):
        if names.get(wanted):
            return names[wanted]
    return next((text for text in names.values() if text), "")


def format_count(value: int, language: str) -> str:
    """20000 → '20.000' (tr) / '20,000' (en)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(language))


def format_number(value: Decimal | int, language: str) -> str:
    """A measured value as typed, without padding zeros: 35.50, tr → '35,5'; en → '35.5'."""
    from babel.numbers import format_decimal

    if isinstance(value, Decimal):
        value = value.normalize()
    return format_decimal(value, locale=locale_for(language), decimal_quantization=False)


def format_long_date(value: date, language: str) -> str:
    """25 November 2026 / 25 Kasım 2026 (with weekday when asked elsewhere)."""
    from babel.dates import format_date

    return format_date(value, format="d MMMM y", locale=locale_for(language))


def format_weekday_date(value: date, language: str) -> str:
    """Wednesday, 25 November 2026 / 25 Kasım 2026 Çarşamba."""
    from babel.dates import format_date

    pattern = "d MMMM y EEEE" if language == "tr" else "EEEE, d MMMM y"
    return format_date(value, format=pattern, locale=locale_for(language))


def format_short_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_local_datetime(value: datetime, zone: tzinfo) -> str:
    return value.astimezone(zone).strftime("%d.%m.%Y %H:%M")
