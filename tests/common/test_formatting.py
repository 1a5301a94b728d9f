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
