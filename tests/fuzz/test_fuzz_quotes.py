"""Quotes and the price list: every input is stored and reads back, or is refused by field.

Never another exception, and a refusal changes nothing (row counts, the draft's contents).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from db.models import AuditEvent, PriceBand, PriceList, PriceRule, Quote, QuoteLine
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.quotes import drafts, price_list_specs, price_lists, records
from desktop.services.quotes.pricing import BandSpec, PriceListSpec, RuleSpec
from desktop.services.quotes.rows import QuoteInput, QuoteLineInput
from tests.fuzz.strategies import (
    check_refusal,
    exact_decimals,
    integers,
    mostly,
    or_none,
    profile,
    row_counts,
    texts,
    thorough,
)
from tests.sessions_support import area_id, screened_patient

QUOTE_TABLES = (Quote, QuoteLine, AuditEvent)
PRICE_TABLES = (PriceList, PriceBand, PriceRule, AuditEvent)
QUOTE_FIELDS = {"lines", "sessions", "manual_discount", "manual_discount_reason"}
PRICE_FIELDS = {
    "name",
    "currency",
    "method",
    "vat_rate_percent",
    "rounding_step",
    "bands",
    "per_cm2_price",
    "minimum_charge",
    "rules",
    "version",
}
CODES = ("forehead", "neck", "face_full", "decollete")


# --- quotes --------------------------------------------------------------------------------
@pytest.fixture
def quote_setup(ctx: ServiceContext) -> tuple[int, tuple[int, ...]]:
    return screened_patient(ctx), tuple(area_id(ctx, code) for code in CODES)


LINE = st.tuples(
    st.sampled_from([0, 1, 2, 3, None, 0, 1, 2, 3, None, 4]),  # None: custom; 4: unknown
    exact_decimals("1", "1900"),
    texts("Scar on the left arm", ""),
)
QUOTES = st.fixed_dictionaries(
    {
        "lines": st.lists(LINE, min_size=0, max_size=4),
        "sessions": integers(1, 20),
        "percent": mostly(st.none(), exact_decimals("1", "30")),
        "amount": mostly(st.none(), exact_decimals("1", "500")),
        "reason": texts("Loyal patient", ""),
    }
)


def _quote_or_refuse(
    ctx: ServiceContext, setup: tuple[int, tuple[int, ...]], drawn: dict[str, Any]
) -> None:
    patient_id, area_ids = setup
    ids = (*area_ids, 999_999)
    data = QuoteInput(
        lines=tuple(
            QuoteLineInput(None if index is None else ids[index], size, description)
            for index, size, description in drawn["lines"]
        ),
        sessions=drawn["sessions"],
        discount_percent=drawn["percent"],
        discount_amount=drawn["amount"],
        discount_reason=drawn["reason"],
    )
    before = row_counts(ctx, *QUOTE_TABLES)
    try:
        detail = drafts.create_draft(ctx, patient_id, data)
    except ValidationError as error:
        event("refused")
        check_refusal(error, QUOTE_FIELDS)
        assert row_counts(ctx, *QUOTE_TABLES) == before
        return
    event("stored")
    stored = records.get_quote(ctx, detail.id)
    assert stored == detail
    assert stored.priced.total == sum((line.total for line in stored.priced.lines), Decimal(0))
    assert len(stored.data.lines) == len(data.lines)
    for kept, sent in zip(stored.data.lines, data.lines, strict=True):
        assert kept.size_cm2 == sent.size_cm2.quantize(Decimal("0.01"))


@profile(slow=False)
@given(drawn=QUOTES)
def test_quote_draft_stores_or_refuses_by_field(ctx, quote_setup, drawn) -> None:
    _quote_or_refuse(ctx, quote_setup, drawn)


@thorough
@profile(slow=True)
@given(drawn=QUOTES)
def test_quote_draft_stores_or_refuses_by_field_thousands(ctx, quote_setup, drawn) -> None:
    _quote_or_refuse(ctx, quote_setup, drawn)


# --- the price list ------------------------------------------------------------------------
@st.composite
def price_specs(draw: st.DrawFn) -> tuple[str, PriceListSpec]:
    base = price_list_specs.default_spec()[1]
    uppers = draw(
        mostly(
            st.just((Decimal(25), Decimal(100), Decimal(300))),
            st.tuples(*(exact_decimals("1", "2500") for _ in range(3))),
        )
    )
    edges = (Decimal(0), *uppers)
    bands = tuple(
        BandSpec(lower, upper if i < 3 else None, draw(exact_decimals("100", "9000")))
        for i, (lower, upper) in enumerate(zip(edges, (*uppers, None), strict=True))
    )
    rules = tuple(
        RuleSpec(
            kind=draw(mostly(st.sampled_from(["combination", "package"]), texts(""))),
            label=draw(texts("Face + neck", "3 sessions")),
            percent=draw(exact_decimals("1", "50")),
            area_codes=draw(
                mostly(st.just(("face_full", "neck")), st.just(()), st.just(("x", "\ud800")))
            ),
            min_sessions=draw(or_none(integers(2, 10))),
        )
        for _ in range(draw(st.integers(min_value=0, max_value=2)))
    )
    spec = replace(
        base,
        method=draw(mostly(st.sampled_from(["band", "per_cm2"]), texts(""))),
        bands=bands,
        per_cm2_price=draw(or_none(exact_decimals("1", "200"))),
        minimum_charge=draw(or_none(exact_decimals("0", "5000"))),
        vat_rate_percent=draw(exact_decimals("0", "40")),
        rounding_step=draw(
            mostly(st.sampled_from([Decimal(1), Decimal(10)]), exact_decimals("0", "5"))
        ),
        currency=draw(mostly(st.sampled_from(["TRY", "EUR"]), texts(""))),
        rules=rules,
    )
    return draw(texts("Prices 2027", "")), spec


def _band_key(band: BandSpec) -> tuple[Decimal, bool, Decimal, Decimal]:
    return band.lower, band.upper is None, band.upper or Decimal(0), band.price


def _price_list_or_refuse(ctx: ServiceContext, drawn: tuple[str, PriceListSpec]) -> None:
    name, spec = drawn
    draft = price_lists.start_new_version(ctx)
    before = row_counts(ctx, *PRICE_TABLES)
    try:
        saved = price_lists.save_draft(
            ctx, draft.id, name, spec, expected_version=draft.row_version
        )
    except ValidationError as error:
        event("refused")
        check_refusal(error, PRICE_FIELDS)
        assert row_counts(ctx, *PRICE_TABLES) == before
        assert price_lists.get_price_list(ctx, draft.id) == draft
        return
    event("stored")
    stored = price_lists.get_price_list(ctx, draft.id)
    assert stored == saved
    expected = price_list_specs.in_cents(spec)
    assert sorted(stored.spec.bands, key=_band_key) == sorted(expected.bands, key=_band_key)
    assert stored.spec.vat_rate_percent == expected.vat_rate_percent
    assert stored.spec.per_cm2_price == expected.per_cm2_price
    assert [r.percent for r in stored.spec.rules] == [r.percent for r in expected.rules]
    for rule in stored.spec.rules:  # only what the rule's kind uses is kept
        assert rule.min_sessions is None if rule.kind == "combination" else not rule.area_codes
    assert stored.name == name.strip()


@profile(slow=False)
@given(drawn=price_specs())
def test_price_list_draft_stores_or_refuses_by_field(ctx, drawn) -> None:
    _price_list_or_refuse(ctx, drawn)


@thorough
@profile(slow=True)
@given(drawn=price_specs())
def test_price_list_draft_stores_or_refuses_by_field_thousands(ctx, drawn) -> None:
    _price_list_or_refuse(ctx, drawn)
