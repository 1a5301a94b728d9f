"""Dates, times and money for people, in the patient's or the interface's language.

Babel (CLDR data) is the one source of locale formatting, for printouts and
screens alike. No Qt here, so services and printing can use it.
"""

from __future__ import annotations

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


def name_in(language: str, name_en: str, name_tr: str) -> str:
    """A name the clinic keeps in both languages (catalog areas), the other one if empty."""
    if language == "tr":
        return name_tr or name_en
    return name_en or name_tr


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
