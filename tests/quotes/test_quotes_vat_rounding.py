"""VAT inside gross prices: taken out of the quote's total once, half up to the cent (rule 9)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.formatting import format_money
from desktop.services.quotes.pricing import (
    BandSpec,
    LineSpec,
    PriceListSpec,
    price_quote,
    vat_included,
    vat_shares,
)

# One band per line price, so each line costs exactly what the test says.
THREE_PRICES = PriceListSpec(
    bands=(
        BandSpec(D(0), D(10), D("3710.00")),
        BandSpec(D(10), D(100), D("8720.00")),
        BandSpec(D(100), None, D("13080.00")),
    ),
    rounding_step=D(1),
)


def test_the_quote_vat_is_taken_out_of_the_total_not_added_up_from_rounded_lines() -> None:
    quote = price_quote(
        THREE_PRICES,
        [LineSpec("Face", D(350)), LineSpec("Neck", D(50)), LineSpec("Scar", D(5))],
    )
    assert quote.total == D(25510)
    # 25,510 − 25,510 / 1.2 = 4,251.666… → 4,251.67 (line by line it was 4,251.66)
    assert quote.vat_total == D("4251.67")
    assert sum(line.vat for line in quote.lines) == quote.vat_total
    # each line's VAT is within a cent of its exact share
    for line in quote.lines:
        assert abs(line.vat - line.total / 6) < D("0.01")
    assert format_money(quote.vat_total, "TRY", "tr") == "₺4.251,67"


@pytest.mark.parametrize(
    ("total", "rate", "vat"),
    [
        ("25510", "20", "4251.67"),
        ("0.05", "20", "0.01"),  # 0.00833… → 0.01
        ("0.03", "20", "0.01"),  # 0.005 exactly: a half goes up
        ("0.02", "20", "0.00"),
        ("120", "20", "20.00"),
        ("108", "8", "8.00"),
        ("101", "1", "1.00"),
        ("100", "0", "0.00"),
        ("200", "100", "100.00"),
        ("99999999.99", "18", "15254237.29"),  # 15,254,237.286…
    ],
)
def test_vat_included_is_rounded_half_up_to_the_cent(total: str, rate: str, vat: str) -> None:
    assert vat_included(D(total), D(rate)) == D(vat)


@pytest.mark.parametrize(
    "totals",
    [
        ["13080", "8720", "3710"],
        ["0.01", "0.01", "0.01"],
        ["0.03", "0.03"],
        ["1", "1", "1", "1", "1", "1", "1"],
        ["0"],
    ],
)
def test_line_shares_always_add_up_to_the_quote_vat(totals: list[str]) -> None:
    amounts = [D(t) for t in totals]
    shares = vat_shares(amounts, D(20))
    assert sum(shares) == vat_included(sum(amounts, D(0)), D(20))
    assert all(D(0) <= share <= amount for share, amount in zip(shares, amounts, strict=True))
