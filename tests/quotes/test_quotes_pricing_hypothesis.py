"""Whatever the price list and the quote: never negative, and the lines add up."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.quotes.pricing import (
    BandSpec,
    LineSpec,
    ManualDiscount,
    PriceListSpec,
    PricingError,
    RuleSpec,
    price_quote,
)

CODES = ("face_full", "neck", "forehead", None)
money = st.decimals(min_value=0, max_value=50000, places=2)
percent = st.decimals(min_value=D("0.01"), max_value=100, places=2)


@st.composite
def price_lists(draw) -> PriceListSpec:
    edges = sorted(draw(st.sets(st.integers(1, 1999), min_size=0, max_size=4)))
    lowers = [D(0), *[D(e) for e in edges]]
    uppers = [*[D(e) for e in edges], None]
    bands = tuple(BandSpec(lo, up, draw(money)) for lo, up in zip(lowers, uppers, strict=True))
    rules = tuple(
        draw(
            st.lists(
                st.one_of(
                    st.builds(
                        RuleSpec,
                        kind=st.just("combination"),
                        label=st.just("combo"),
                        percent=percent,
                        area_codes=st.just(("face_full", "neck")),
                    ),
                    st.builds(
                        RuleSpec,
                        kind=st.just("package"),
                        label=st.just("pack"),
                        percent=percent,
                        min_sessions=st.integers(2, 6),
                    ),
                ),
                max_size=3,
            )
        )
    )
    return PriceListSpec(
        method=draw(st.sampled_from(("band", "per_cm2"))),
        bands=bands,
        per_cm2_price=draw(st.decimals(min_value=D("0.01"), max_value=500, places=2)),
        minimum_charge=draw(st.one_of(st.none(), money)),
        vat_rate_percent=draw(st.decimals(min_value=0, max_value=100, places=2)),
        prices_include_vat=draw(st.booleans()),
        rounding_step=draw(st.sampled_from([D("0.01"), D("0.05"), D(1), D(5), D(10), D(100)])),
        rules=rules,
    )


lines = st.lists(
    st.builds(
        LineSpec,
        description=st.just("x"),
        size_cm2=st.decimals(min_value=D("0.01"), max_value=2000, places=2),
        sessions=st.integers(1, 20),
        area_code=st.sampled_from(CODES),
    ),
    min_size=1,
    max_size=8,
)
manuals = st.one_of(
    st.just(ManualDiscount()),
    st.builds(ManualDiscount, percent=percent, reason=st.just("why")),
    st.builds(
        ManualDiscount,
        amount=st.decimals(min_value=D("0.01"), max_value=100000, places=2),
        reason=st.just("why"),
    ),
)


@settings(max_examples=300, deadline=None)
@given(spec=price_lists(), quote_lines=lines, manual=manuals)
def test_totals_never_negative_and_lines_sum_to_the_total(spec, quote_lines, manual) -> None:
    try:
        quote = price_quote(spec, quote_lines, manual)
    except PricingError as error:
        # The only refusal possible here: a manual amount above what the quote costs.
        assert set(error.field_errors) == {"manual_discount"}
        assert manual.amount is not None
        return
    assert quote.total >= 0
    assert quote.total == sum(line.total for line in quote.lines)
    assert quote.vat_total == sum(line.vat for line in quote.lines)
    for line in quote.lines:
        assert line.total >= 0 and line.vat >= 0
        assert 0 <= line.discount <= line.gross
        assert line.total % spec.rounding_step == 0
        assert abs(line.rounding) <= spec.rounding_step / 2
        assert line.vat <= line.total
    assert quote.total % spec.rounding_step == 0
