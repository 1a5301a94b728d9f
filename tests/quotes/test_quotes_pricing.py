"""The pricing engine against totals computed by hand (see the rules in pricing.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.services.quotes.price_list_specs import default_spec
from desktop.services.quotes.pricing import (
    BandSpec,
    LineSpec,
    ManualDiscount,
    PriceListSpec,
    PricingError,
    RuleSpec,
    discount_text,
    price_quote,
    round_to_step,
    validate_price_list,
)

BANDS = (
    BandSpec(D(0), D(25), D("1500.00")),
    BandSpec(D(25), D(100), D("2500.00")),
    BandSpec(D(100), D(300), D("4000.00")),
    BandSpec(D(300), None, D("6000.00")),
)
EXACT = PriceListSpec(bands=BANDS, rounding_step=D("0.01"))


def one(spec: PriceListSpec, size: str, sessions: int = 1, code: str | None = None):
    return price_quote(spec, [LineSpec("Area", D(size), sessions, code)])


@pytest.mark.parametrize(
    ("size", "price", "band"),
    [
        ("0.01", "1500.00", "≤25 cm²"),
        ("25", "1500.00", "≤25 cm²"),  # upper edge is inclusive
        ("25.01", "2500.00", "25–100 cm²"),  # lower edge is exclusive
        ("100", "2500.00", "25–100 cm²"),
        ("100.01", "4000.00", "100–300 cm²"),
        ("300", "4000.00", "100–300 cm²"),
        ("300.01", "6000.00", ">300 cm²"),
        ("2000", "6000.00", ">300 cm²"),
    ],
)
def test_band_edges(size: str, price: str, band: str) -> None:
    quote = one(EXACT, size)
    line = quote.lines[0]
    assert (line.unit_price, line.band_label, line.total) == (D(price), band, D(price))
    assert quote.total == D(price)


def test_sessions_multiply_the_unit_price() -> None:
    line = one(EXACT, "25.01", sessions=4).lines[0]
    assert (line.unit_price, line.sessions, line.gross, line.total) == (
        D(2500),
        4,
        D(10000),
        D(10000),
    )


def test_per_cm2_with_minimum_charge() -> None:
    spec = PriceListSpec(
        method="per_cm2",
        per_cm2_price=D("12.50"),
        minimum_charge=D("400.00"),
        rounding_step=D("0.01"),
    )
    small = one(spec, "20", sessions=2).lines[0]  # 20 × 12.50 = 250 < 400 → 400
    assert (small.unit_price, small.band_label, small.total) == (D(400), "min.", D(800))
    edge = one(spec, "32").lines[0]  # exactly the minimum
    assert edge.unit_price == D(400) and edge.band_label == "12.5/cm²"
    large = one(spec, "40.5").lines[0]  # 40.5 × 12.50 = 506.25
    assert (large.unit_price, large.total) == (D("506.25"), D("506.25"))


def test_combination_package_and_manual_discount_together() -> None:
    # Default example list: VAT 20 % included, rounding to 10, face+neck −10 %, 3 sessions −15 %.
    _name, spec = default_spec()
    quote = price_quote(
        spec,
        [
            LineSpec("Full face", D(350), 3, "face_full"),
            LineSpec("Neck", D(150), 3, "neck"),
            LineSpec("Scar", D(12), 3, None),
        ],
        ManualDiscount(percent=D(5), reason="Returning patient"),
    )
    face, neck, scar = quote.lines
    # Face: 6000 × 3 = 18000 × 0.90 × 0.85 × 0.95 = 13081.50 → 13080 (rounding −1.50)
    assert (face.gross, face.discount, face.rounding, face.total) == (
        D(18000),
        D("4918.50"),
        D("-1.50"),
        D(13080),
    )
    assert face.vat == D("2180.00")  # 13080 × 20 / 120
    assert face.discount_labels == ("combination:10", "package:3:15", "manual:5")
    assert [discount_text(c, "tr") for c in face.discount_labels] == [
        "birlikte uygulama −%10",
        "3+ seans paketi −%15",
        "ek indirim −%5",
    ]
    assert discount_text("package:3:12.5", "en") == "3+ sessions −12.5 %"
    # Neck: 4000 × 3 = 12000 × 0.72675 = 8721.00 → 8720; VAT 8720 / 6 = 1453.33
    assert (neck.discount, neck.total, neck.vat) == (D("3279.00"), D(8720), D("1453.33"))
    # Scar (custom, no combination): 1500 × 3 = 4500 × 0.85 × 0.95 = 3633.75 → 3630
    assert (scar.discount, scar.total, scar.rounding) == (D("866.25"), D(3630), D("-3.75"))
    assert quote.subtotal == D(34500)
    assert quote.discount_total == D("9063.75")
    assert quote.rounding_total == D("-6.25")
    assert quote.total == D(25430) == face.total + neck.total + scar.total
    assert quote.vat_total == D("4238.33")


def test_combination_needs_every_listed_area() -> None:
    _name, spec = default_spec()
    quote = price_quote(spec, [LineSpec("Full face", D(350), 1, "face_full")])
    assert quote.lines[0].discount == 0 and quote.total == D(6000)


def test_best_package_rule_wins_not_both() -> None:
    spec = PriceListSpec(
        bands=BANDS,
        rounding_step=D("0.01"),
        rules=(
            RuleSpec("package", "3 sessions", D(10), min_sessions=3),
            RuleSpec("package", "5 sessions", D(20), min_sessions=5),
        ),
    )
    assert one(spec, "10", sessions=4).total == D(5400)  # 6000 − 10 %
    assert one(spec, "10", sessions=5).total == D(6000)  # 7500 − 20 %


def test_vat_excluded_is_added_then_rounded() -> None:
    spec = PriceListSpec(bands=BANDS, prices_include_vat=False, rounding_step=D(1))
    quote = price_quote(
        spec, [LineSpec("A", D(50), 1), LineSpec("B", D(10), 1)]
    )  # 2500 + 20 % = 3000; 1500 + 20 % = 1800
    assert [(x.total, x.vat) for x in quote.lines] == [(D(3000), D(500)), (D(1800), D(300))]
    assert (quote.subtotal, quote.total, quote.vat_total) == (D(4000), D(4800), D(800))
    assert quote.vat_added == D(800)


def test_vat_included_is_only_taken_out() -> None:
    quote = one(EXACT, "50")
    assert (quote.total, quote.vat_total, quote.vat_added) == (D(2500), D("416.67"), D(0))


@pytest.mark.parametrize(
    ("value", "step", "expected"),
    [
        ("1234.99", "10", "1230.00"),
        ("1235.00", "10", "1240.00"),  # halves go up
        ("1234.50", "1", "1235.00"),
        ("1234.49", "1", "1234.00"),
        ("1234.56", "0.01", "1234.56"),
        ("1249.99", "50", "1250.00"),
        ("1224.99", "50", "1200.00"),
    ],
)
def test_rounding_to_the_clinic_step(value: str, step: str, expected: str) -> None:
    assert round_to_step(D(value), D(step)) == D(expected)


def test_rounding_applies_once_to_each_line_payable() -> None:
    spec = PriceListSpec(method="per_cm2", per_cm2_price=D("13.37"), rounding_step=D(10))
    quote = price_quote(spec, [LineSpec("A", D(47), 1), LineSpec("B", D(47), 1)])
    # 47 × 13.37 = 628.39 → 630 on each line (+1.61), total 1260 (not round(1256.78) twice).
    assert [x.total for x in quote.lines] == [D(630), D(630)]
    assert quote.rounding_total == D("3.22")
    assert quote.total == D(1260)


def test_manual_amount_is_spread_in_proportion_to_the_cent() -> None:
    spec = PriceListSpec(
        bands=(BandSpec(D(0), D(25), D(1000)), BandSpec(D(25), None, D(2000))),
        rounding_step=D("0.01"),
    )
    quote = price_quote(
        spec,
        [LineSpec("A", D(10), 1), LineSpec("B", D(30), 1)],
        ManualDiscount(amount=D(500), reason="Friend of the clinic"),
    )
    assert [x.discount for x in quote.lines] == [D("166.67"), D("333.33")]
    assert quote.total == D("2500.00")


@pytest.mark.parametrize(
    ("lines", "manual", "field"),
    [
        ([], ManualDiscount(), "lines"),
        ([LineSpec("A", D(0), 1)], ManualDiscount(), "lines.1.size_cm2"),
        ([LineSpec("A", D(-5), 1)], ManualDiscount(), "lines.1.size_cm2"),
        ([LineSpec("A", D("2000.01"), 1)], ManualDiscount(), "lines.1.size_cm2"),
        ([LineSpec("A", D(10), 0)], ManualDiscount(), "sessions"),
        ([LineSpec("A", D(10), 1)], ManualDiscount(percent=D(101), reason="x"), "manual_discount"),
        ([LineSpec("A", D(10), 1)], ManualDiscount(percent=D(10)), "manual_discount_reason"),
        (
            [LineSpec("A", D(10), 1)],
            ManualDiscount(amount=D("1500.01"), reason="x"),
            "manual_discount",
        ),
        ([LineSpec("A", D(10), 1)], ManualDiscount(amount=D(-1), reason="x"), "manual_discount"),
    ],
)
def test_bad_quote_input_names_the_field(lines, manual, field) -> None:
    with pytest.raises(PricingError) as caught:
        price_quote(EXACT, lines, manual)
    assert field in caught.value.field_errors
    assert all(m.endswith(".") for m in caught.value.field_errors.values())


def test_full_manual_percent_gives_zero_not_negative() -> None:
    quote = price_quote(EXACT, [LineSpec("A", D(10), 1)], ManualDiscount(D(100), reason="Gift"))
    assert quote.total == 0 and quote.lines[0].discount == D(1500)


@pytest.mark.parametrize(
    ("bands", "needle"),
    [
        ((BandSpec(D(0), D(30), D(1)), BandSpec(D(25), None, D(2))), "overlap"),
        ((BandSpec(D(0), D(25), D(1)), BandSpec(D(30), None, D(2))), "no band"),
        ((BandSpec(D(5), None, D(1)),), "start at 0"),
        ((BandSpec(D(0), D(25), D(1)),), "above 25"),
        ((BandSpec(D(0), None, D(-1)),), "negative"),
        ((), "at least one"),
    ],
)
def test_bad_bands_are_explained(bands, needle) -> None:
    errors = validate_price_list(PriceListSpec(bands=bands))
    assert needle in errors["bands"]


def test_other_price_list_checks() -> None:
    errors = validate_price_list(
        PriceListSpec(
            bands=BANDS,
            vat_rate_percent=D(120),
            rounding_step=D(0),
            currency="GBP",
            rules=(RuleSpec("combination", "Solo", D(10), area_codes=("neck",)),),
        )
    )
    assert set(errors) == {"vat_rate_percent", "rounding_step", "currency", "rules.1"}
    per_cm2 = validate_price_list(
        PriceListSpec(method="per_cm2", per_cm2_price=D(-1), minimum_charge=D(-5))
    )
    assert set(per_cm2) == {"per_cm2_price", "minimum_charge"}
    assert validate_price_list(default_spec()[1]) == {}
