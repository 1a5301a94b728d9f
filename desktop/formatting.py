"""Dates, times, numbers and money for people, in the patient's or the interface's language.

The one place that turns them into text, for printouts and screens alike (no Qt here,
so services and printing use it too). Words and patterns that depend on the language
(month and weekday names, the order of a long date, decimal and grouping signs) come
from Babel's CLDR data for the language's locale, so a new language needs no code here.
Numeric dates and times are the clinic's dd.mm.yyyy and 24-hour hh:mm in every language:
that is what the Turkish and the English screens and printouts have always shown.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from functools import cache

# The words in the code are British English: "en" dates read "25 November 2026".
SOURCE_LOCALE = "en_GB"
SOURCE_LANGUAGE = "en"
_SHORT_DATE = "%d.%m.%Y"
_TIME = "%H:%M"
_TIME_SECONDS = "%H:%M:%S"


@cache
def locale_for(language: str) -> str:
    """The Babel locale for a language code ("tr" → "tr"); unknown codes read as English."""
    from babel import Locale, UnknownLocaleError

    if language == SOURCE_LANGUAGE:
        return SOURCE_LOCALE
    try:
        return str(Locale.parse(language))
    except (UnknownLocaleError, ValueError, TypeError):
        return SOURCE_LOCALE


def language_name(code: str, language: str) -> str:
    """The name of the language ``code`` written in ``language``: tr, en → 'Turkish'."""
    from babel import Locale

    return Locale.parse(locale_for(code)).get_language_name(locale_for(language)) or code


def decimal_sign(language: str) -> str:
    """The decimal separator of ``language``: ',' (tr) / '.' (en)."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale_for(language))


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


def format_plain_number(value: Decimal | int, language: str) -> str:
    """A size or rate as typed, without grouping: 1234.50, tr → '1234,5'; en → '1234.5'."""
    from babel.numbers import format_decimal

    if isinstance(value, Decimal):
        value = value.normalize()
    return format_decimal(
        value, locale=locale_for(language), decimal_quantization=False, group_separator=False
    )


def format_long_date(value: date, language: str) -> str:
    """25 November 2026 / 25 Kasım 2026 (CLDR's long date of the language)."""
    from babel.dates import format_date

    return format_date(value, format="long", locale=locale_for(language))


def format_weekday_date(value: date, language: str) -> str:
    """Wednesday, 25 November 2026 / 25 Kasım 2026 Çarşamba (CLDR's full date)."""
    from babel.dates import format_date

    return format_date(value, format="full", locale=locale_for(language))


def format_short_date(value: date | None) -> str:
    """25.11.2026; "" for no date."""
    return value.strftime(_SHORT_DATE) if value else ""


def format_time(value: datetime | time) -> str:
    """14:30 (the value is already in the clinic's time)."""
    return value.strftime(_TIME)


def format_date_time(value: datetime) -> str:
    """25.11.2026 14:30 (the value is already in the clinic's time)."""
    return f"{format_short_date(value)} {format_time(value)}"


def format_local_datetime(value: datetime, zone: tzinfo | None, *, seconds: bool = False) -> str:
    """25.11.2026 14:30 in ``zone`` (None: this computer's zone); with ':05' if ``seconds``."""
    local = value.astimezone(zone)
    return f"{format_short_date(local)} {local.strftime(_TIME_SECONDS if seconds else _TIME)}"


def format_local_time(value: datetime, zone: tzinfo | None) -> str:
    """14:30 in ``zone`` (None: this computer's zone)."""
    return format_time(value.astimezone(zone))
