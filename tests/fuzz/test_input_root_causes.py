"""One example per root cause the fuzzing found: each used to escape as another exception
(InvalidOperation, OverflowError, UnicodeEncodeError) or store a value that read back
different; each is now a ValidationError naming the field, with nothing saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest

from db.models import PriceList, Quote, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.quotes import drafts, price_lists, records
from desktop.services.quotes.pricing import RuleSpec
from desktop.services.quotes.rows import QuoteInput, QuoteLineInput
from desktop.services.sessions import booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.rows import BookingInput, RecordInput
from tests.fuzz.strategies import row_counts
from tests.sessions_support import add_staff, area_id, book, screened_patient


@pytest.fixture
def people(ctx: ServiceContext) -> tuple[int, int, int]:
    return screened_patient(ctx), add_staff(ctx, "dr.root", "Dr. Root"), area_id(ctx, "forehead")


def _refused(ctx: ServiceContext, table: Any, call: Any) -> set[str]:
    before = row_counts(ctx, table)
    with pytest.raises(ValidationError) as caught:
        call()
    assert row_counts(ctx, table) == before
    return set(caught.value.field_errors)


@pytest.mark.parametrize(
    ("area", "field"),
    [
        ({"fluence_j_cm2": Decimal("1e30")}, "areas[0].fluence_j_cm2"),
        ({"fluence_j_cm2": Decimal("-1e30")}, "areas[0].fluence_j_cm2"),
        ({"spot_size_mm": Decimal("1e30")}, "areas[0].spot_size_mm"),
        ({"spot_size_mm": Decimal("NaN")}, "areas[0].spot_size_mm"),
        ({"fluence_j_cm2": Decimal("Infinity")}, "areas[0].fluence_j_cm2"),
        ({"fluence_j_cm2": float("nan")}, "areas[0].fluence_j_cm2"),
        ({"size_cm2": Decimal("1e30")}, "areas[0].size_cm2"),
        ({"size_cm2": Decimal("-1e30")}, "areas[0].size_cm2"),
        ({"size_cm2": Decimal("sNaN")}, "areas[0].size_cm2"),
        ({"size_cm2": Decimal("0.004")}, "areas[0].size_cm2"),  # was stored as 0.00 cm²
        ({"device": "Er:YAG\ud800"}, "areas[0].device"),
        ({"mode": "frac\x00tional"}, "areas[0].mode"),
        ({"immediate_reaction": "\udfff"}, "areas[0].immediate_reaction"),
    ],
)
def test_absurd_area_values_are_refused_by_field(
    ctx: ServiceContext, people: tuple[int, int, int], area: dict, field: str
) -> None:
    patient_id, physician_id, forehead = people
    data = BookingInput(
        patient_id=patient_id,
        physician_id=physician_id,
        starts_on=date(2026, 12, 1),
        starts_time=time(10, 0),
        areas=(AreaInput(forehead, **area),),
    )
    assert _refused(ctx, TreatmentSession, lambda: booking.book_session(ctx, data)) == {field}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"starts_on": date(9999, 12, 31)}, "starts_on"),  # the healing window overflowed
        ({"starts_on": date(1, 1, 1)}, "starts_on"),
        ({"notes": "Planned\ud800"}, "notes"),
        ({"override_reason": "\x1b[31m"}, "override_reason"),
    ],
)
def test_absurd_booking_values_are_refused_by_field(
    ctx: ServiceContext, people: tuple[int, int, int], change: dict, field: str
) -> None:
    patient_id, physician_id, forehead = people
    data = BookingInput(
        patient_id=patient_id,
        physician_id=physician_id,
        starts_on=date(2026, 12, 1),
        starts_time=time(10, 0),
        areas=(AreaInput(forehead),),
    )
    data = replace(data, **change)
    assert _refused(ctx, TreatmentSession, lambda: booking.book_session(ctx, data)) == {field}


def test_notes_keep_line_breaks_and_tabs(ctx: ServiceContext, people: tuple[int, int, int]):
    patient_id, physician_id, _ = people
    detail = book(ctx, patient_id, physician_id, date(2026, 12, 1), notes="One\n\tTwo")
    assert sessions.get_session(ctx, detail.id).notes == "One\n\tTwo"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"follow_up_on": date(9999, 12, 31)}, "follow_up_on"),
        ({"notes": "NUL\x00"}, "notes"),
    ],
)
def test_absurd_record_values_are_refused_by_field(
    ctx: ServiceContext, people: tuple[int, int, int], change: dict, field: str
) -> None:
    patient_id, physician_id, forehead = people
    planned = book(ctx, patient_id, physician_id, date(2026, 11, 25), at=time(9, 0))
    data = RecordInput(areas=(AreaInput(forehead, depth_um=40),), **change)
    assert _refused(
        ctx,
        TreatmentSession,
        lambda: sessions.record_session(ctx, planned.id, planned.row_version, data),
    ) == {field}
    assert sessions.get_session(ctx, planned.id).row_version == planned.row_version


# --- quotes and the price list -------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "change", "field"),
    [
        (Decimal("NaN"), {}, "lines.1.size_cm2"),
        (Decimal("-Infinity"), {}, "lines.1.size_cm2"),
        (Decimal("0.001"), {}, "lines.1.size_cm2"),  # was priced, then stored as 0.00 cm²
        (
            Decimal(25),
            {"discount_percent": Decimal("NaN"), "discount_reason": "x"},
            "manual_discount",
        ),
        (
            Decimal(25),
            {"discount_amount": Decimal("1e-30"), "discount_reason": "x"},
            "manual_discount",
        ),
        (
            Decimal(25),
            {"discount_percent": Decimal(5), "discount_reason": "\ud800"},
            "manual_discount_reason",
        ),
    ],
)
def test_absurd_quote_values_are_refused_by_field(
    ctx: ServiceContext, people: tuple[int, int, int], line: Decimal, change: dict, field: str
) -> None:
    patient_id, _, forehead = people
    data = QuoteInput(lines=(QuoteLineInput(forehead, line),), **change)
    assert _refused(ctx, Quote, lambda: drafts.create_draft(ctx, patient_id, data)) == {field}


def test_a_custom_area_name_must_be_printable(
    ctx: ServiceContext, people: tuple[int, int, int]
) -> None:
    data = QuoteInput(lines=(QuoteLineInput(None, Decimal(10), "Scar\ud800"),))
    fields = _refused(ctx, Quote, lambda: drafts.create_draft(ctx, people[0], data))
    assert fields == {"lines.1.description"}


def test_a_quote_stores_the_sizes_and_discount_it_was_priced_with(
    ctx: ServiceContext, people: tuple[int, int, int]
) -> None:
    data = QuoteInput(
        lines=(QuoteLineInput(people[2], Decimal("24.999")),),
        discount_percent=Decimal("10.005"),
        discount_reason="Loyal patient",
    )
    detail = drafts.create_draft(ctx, people[0], data)
    stored = records.get_quote(ctx, detail.id)
    assert stored == detail
    assert stored.data.lines[0].size_cm2 == Decimal("25.00")
    assert stored.data.discount_percent == Decimal("10.01")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"vat_rate_percent": Decimal("NaN")}, "vat_rate_percent"),
        ({"rounding_step": Decimal("Infinity")}, "rounding_step"),
        ({"per_cm2_price": Decimal("1e30")}, "per_cm2_price"),
        ({"minimum_charge": Decimal(10**40)}, "minimum_charge"),
        (
            {"rules": (RuleSpec("package", "Many", Decimal(10), min_sessions=10**40),)},
            "rules.1",
        ),
        ({"rules": (RuleSpec("package", "Many\ud800", Decimal(10), min_sessions=3),)}, "rules.1"),
        ({"rules": (RuleSpec("package", "Tiny", Decimal("0.001"), min_sessions=3),)}, "rules.1"),
    ],
)
def test_absurd_price_list_values_are_refused_by_field(
    ctx: ServiceContext, change: dict, field: str
) -> None:
    draft = price_lists.start_new_version(ctx)
    spec = replace(draft.spec, **change)
    fields = _refused(
        ctx,
        PriceList,
        lambda: price_lists.save_draft(
            ctx, draft.id, draft.name, spec, expected_version=draft.row_version
        ),
    )
    assert fields == {field}
    assert price_lists.get_price_list(ctx, draft.id) == draft


def test_a_band_price_of_1e30_is_refused(ctx: ServiceContext) -> None:
    draft = price_lists.start_new_version(ctx)
    bands = (replace(draft.spec.bands[0], price=Decimal("1e30")), *draft.spec.bands[1:])
    spec = replace(draft.spec, bands=bands)
    fields = _refused(
        ctx,
        PriceList,
        lambda: price_lists.save_draft(
            ctx, draft.id, draft.name, spec, expected_version=draft.row_version
        ),
    )
    assert fields == {"bands"}


def test_a_rule_keeps_only_what_its_kind_uses(ctx: ServiceContext) -> None:
    """Found by the price-list property test: a combination carrying a minimum of 2**63
    sessions (unused by its kind) reached the INSERT and overflowed SQLite's integer."""
    draft = price_lists.start_new_version(ctx)
    combination = RuleSpec(
        kind="combination",
        label="Face + neck",
        percent=Decimal("10"),
        area_codes=("face_full", "neck"),
        min_sessions=2**63,
    )
    package = RuleSpec(
        kind="package",
        label="Three or more",
        percent=Decimal("5"),
        area_codes=("neck",),
        min_sessions=3,
    )
    spec = replace(draft.spec, rules=(combination, package))
    saved = price_lists.save_draft(
        ctx, draft.id, draft.name, spec, expected_version=draft.row_version
    )
    stored = price_lists.get_price_list(ctx, draft.id)
    assert stored == saved
    kept = {rule.kind: rule for rule in stored.spec.rules}
    assert kept["combination"].min_sessions is None
    assert kept["combination"].area_codes == ("face_full", "neck")
    assert kept["package"].area_codes == () and kept["package"].min_sessions == 3


def test_a_price_list_name_must_be_printable(ctx: ServiceContext) -> None:
    draft = price_lists.start_new_version(ctx)
    fields = _refused(
        ctx,
        PriceList,
        lambda: price_lists.save_draft(
            ctx, draft.id, "Prices\x00", draft.spec, expected_version=draft.row_version
        ),
    )
    assert fields == {"name"}


def test_an_unknown_code_is_not_quoted_back_when_it_cannot_be_printed(
    ctx: ServiceContext, people: tuple[int, int, int]
) -> None:
    patient_id, physician_id, forehead = people
    data = BookingInput(
        patient_id=patient_id,
        physician_id=physician_id,
        starts_on=date(2026, 12, 1),
        starts_time=time(10, 0),
        areas=(AreaInput(forehead),),
        indications=("wrinkles", "\ud800"),
    )
    with pytest.raises(ValidationError) as caught:
        booking.book_session(ctx, data)
    assert "?" in caught.value.field_errors["indications"]
    str(caught.value).encode("utf-8")  # shown and logged without a UnicodeEncodeError
