from datetime import date
from decimal import Decimal

from desktop.formatting import format_long_date, format_money, format_weekday_date


def test_money_in_turkish_and_english() -> None:
    assert format_money(Decimal("1234.5"), "TRY", "tr") == "₺1.234,50"
    assert format_money(Decimal("1234.5"), "TRY", "en") == "₺1,234.50"
    assert format_money(Decimal("99"), "EUR", "en") == "€99.00"


def test_dates_use_the_patients_language() -> None:
    assert format_long_date(date(2026, 11, 25), "tr") == "25 Kasım 2026"
    assert format_long_date(date(2026, 11, 25), "en") == "25 November 2026"
    assert format_weekday_date(date(2026, 11, 25), "tr") == "25 Kasım 2026 Çarşamba"


def test_counts_use_the_languages_grouping() -> None:
    from desktop.formatting import format_count

    assert format_count(200000, "tr") == "200.000"
    assert format_count(200000, "en") == "200,000"
    assert format_count(7, "tr") == "7"


def test_long_dates_follow_cldr_for_any_language() -> None:
    from desktop.formatting import locale_for

    day = date(2026, 11, 25)
    assert format_weekday_date(day, "en") == "Wednesday, 25 November 2026"
    assert format_weekday_date(day, "de") == "Mittwoch, 25. November 2026"
    assert format_long_date(day, "de") == "25. November 2026"
    assert locale_for("en") == "en_GB"  # the source's English is British
    assert locale_for("not a language") == "en_GB"
    assert format_long_date(day, "not a language") == "25 November 2026"


def test_numeric_dates_and_times_are_the_clinics_in_every_language() -> None:
    from datetime import UTC, datetime, time
    from zoneinfo import ZoneInfo

    from desktop.formatting import (
        format_date_time,
        format_local_datetime,
        format_local_time,
        format_short_date,
        format_time,
    )

    moment = datetime(2026, 11, 25, 7, 5, 9, tzinfo=UTC)
    istanbul = ZoneInfo("Europe/Istanbul")
    assert format_short_date(date(2026, 3, 4)) == "04.03.2026"
    assert format_short_date(None) == ""
    assert format_time(time(9, 5)) == "09:05"
    assert format_date_time(datetime(2026, 3, 4, 9, 5)) == "04.03.2026 09:05"
    assert format_local_datetime(moment, istanbul) == "25.11.2026 10:05"
    assert format_local_datetime(moment, istanbul, seconds=True) == "25.11.2026 10:05:09"
    assert format_local_time(moment, istanbul) == "10:05"


def test_plain_numbers_use_the_languages_decimal_sign_without_grouping() -> None:
    from desktop.formatting import decimal_sign, format_plain_number, language_name

    assert format_plain_number(Decimal("1234.50"), "tr") == "1234,5"
    assert format_plain_number(Decimal("100"), "en") == "100"
    assert decimal_sign("tr") == "," and decimal_sign("en") == "."
    assert language_name("tr", "tr") == "Türkçe" and language_name("de", "en") == "German"


def test_handout_date_ranges_follow_the_locale() -> None:
    from desktop.printing.handout_common import date_range

    start, same_month, next_month = date(2026, 11, 25), date(2026, 11, 28), date(2026, 12, 2)
    assert date_range(start, same_month, "tr") == "25–28 Kasım 2026"
    assert date_range(start, next_month, "en") == "25 November – 2 December 2026"
    assert date_range(start, date(2027, 1, 2), "tr") == "25 Kasım 2026 – 2 Ocak 2027"
    assert date_range(start, start, "en") == "25 November 2026"
    assert date_range(start, next_month, "de") == "25. November – 2. Dezember 2026"
