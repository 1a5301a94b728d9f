"""Quotes and price lists through the services: numbering, freezing, validity, status, locking."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, PriceList, Quote
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import price_lists
from desktop.services.quotes import records as quotes
from desktop.services.quotes.pricing import BandSpec, RuleSpec
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.services.settings import store as settings


@pytest.fixture
def patient(ctx):
    return register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Yılmaz"))


@pytest.fixture
def areas(ctx, patient):
    return {a.code: a for a in quotes.builder_data(ctx, patient.id).areas}


def face_and_neck(areas, sessions: int = 1, **manual) -> QuoteInput:
    return QuoteInput(
        lines=(
            QuoteLineInput(areas["face_full"].id, D(350)),
            QuoteLineInput(areas["neck"].id, D(150)),
        ),
        sessions=sessions,
        **manual,
    )


def actions(ctx) -> list[str]:
    with ctx.database.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def at(ctx: ServiceContext, when: datetime) -> ServiceContext:
    return replace(ctx, clock=lambda: when)


def test_example_price_list_is_seeded_once_and_published(ctx) -> None:
    current = price_lists.current_price_list(ctx)
    assert current.version == 1 and current.published
    assert "Example" in current.name
    assert len(price_lists.list_price_lists(ctx)) == 1


def test_draft_prices_with_turkish_area_names_and_audits(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    assert draft.status == "draft" and draft.number is None
    # Face (6000) + neck (4000), both −10 % for the combination: 5400 + 3600.
    assert [x.description for x in draft.priced.lines] == ["Tüm yüz", "Boyun"]
    assert [x.total for x in draft.priced.lines] == [D(5400), D(3600)]
    assert draft.priced.total == D(9000)
    assert actions(ctx)[-1] == "quote.create"


def test_numbers_are_sequential_per_year_without_gaps(ctx, patient, areas) -> None:
    numbers = []
    for _ in range(3):
        draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
        numbers.append(quote_issuing.issue_quote(ctx, draft.id, draft.row_version).number)
    # A failed issue (stale version) takes no number.
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    with pytest.raises(StaleRecord):
        quote_issuing.issue_quote(ctx, draft.id, draft.row_version + 5)
    numbers.append(quote_issuing.issue_quote(ctx, draft.id, draft.row_version).number)
    assert numbers == ["Q-2026-0001", "Q-2026-0002", "Q-2026-0003", "Q-2026-0004"]
    next_year = at(ctx, datetime(2027, 1, 2, 9, tzinfo=UTC))
    draft = quote_drafts.create_draft(next_year, patient.id, face_and_neck(areas))
    assert quote_issuing.issue_quote(next_year, draft.id, draft.row_version).number == "Q-2027-0001"
    assert quotes.find_by_number(ctx, "q-2026-0002").number == "Q-2026-0002"
    with pytest.raises(NotFound, match="Q-2026-0999"):
        quotes.find_by_number(ctx, "Q-2026-0999")


def test_issue_freezes_lines_against_a_new_price_list(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas, sessions=3))
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    before = issued.priced

    new = price_lists.start_new_version(ctx)
    doubled = tuple(BandSpec(b.lower, b.upper, b.price * 2) for b in new.spec.bands)
    saved = price_lists.save_draft(
        ctx, new.id, "2027", replace(new.spec, bands=doubled, rules=()), expected_version=1
    )
    price_lists.publish(ctx, new.id, expected_version=saved.row_version)

    again = quotes.get_quote(ctx, issued.id)
    assert again.priced == before
    assert again.price_list_version == 1
    with pytest.raises(ValidationError, match="already issued"):
        quote_drafts.update_draft(ctx, issued.id, again.row_version, face_and_neck(areas))
    # A new quote uses the new version: 12000 + 8000 with no rules.
    fresh = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    assert fresh.price_list_version == 2 and fresh.priced.total == D(20000)


def test_validity_and_expiry_are_derived_from_the_date(ctx, patient, areas) -> None:
    settings.update(ctx, {"quote_validity_days": 14})
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    assert issued.issued_on is not None and issued.issued_on.isoformat() == "2026-11-25"
    assert issued.valid_until is not None and issued.valid_until.isoformat() == "2026-12-09"
    last_day = at(ctx, datetime(2026, 12, 9, 20, tzinfo=UTC))  # 23:00 in Istanbul
    assert quotes.get_quote(last_day, issued.id).status == "issued"
    later = at(ctx, datetime(2026, 12, 9, 21, 30, tzinfo=UTC))  # 00:30 on the 10th
    assert quotes.get_quote(later, issued.id).status == "expired"
    assert quotes.list_quotes(later, patient.id)[0].status == "expired"
    with pytest.raises(ValidationError, match=r"expired on 09\.12\.2026"):
        quote_issuing.set_outcome(later, issued.id, issued.row_version, "accepted")
    assert quote_issuing.expire_overdue(later) == 1
    with ctx.database.read() as session:
        assert session.get(Quote, issued.id).status == "expired"


def test_status_changes(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    with pytest.raises(ValidationError, match="Only an issued quote"):
        quote_issuing.set_outcome(ctx, draft.id, draft.row_version, "accepted")
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    accepted = quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    assert accepted.status == "accepted"
    with pytest.raises(ValidationError):
        quote_issuing.set_outcome(ctx, accepted.id, accepted.row_version, "declined")
    other = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    other = quote_issuing.issue_quote(ctx, other.id, other.row_version)
    assert (
        quote_issuing.set_outcome(ctx, other.id, other.row_version, "declined").status == "declined"
    )
    assert actions(ctx)[-4:] == ["quote.accept", "quote.create", "quote.issue", "quote.decline"]


def test_stale_saves_are_refused_and_change_nothing(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    first = quote_drafts.update_draft(ctx, draft.id, draft.row_version, face_and_neck(areas, 3))
    assert first.row_version > draft.row_version
    with pytest.raises(StaleRecord, match="another workstation"):
        quote_drafts.update_draft(ctx, draft.id, draft.row_version, face_and_neck(areas, 5))
    assert quotes.get_quote(ctx, draft.id).data.sessions == 3


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (QuoteInput(lines=()), "lines"),
        (QuoteInput(lines=(QuoteLineInput(None, D(2500), "Sırt"),)), "lines.1.size_cm2"),
        (QuoteInput(lines=(QuoteLineInput(None, D(-3), "Sırt"),)), "lines.1.size_cm2"),
        (QuoteInput(lines=(QuoteLineInput(None, D(10), " "),)), "lines.1.description"),
        (QuoteInput(lines=(QuoteLineInput(999, D(10)),)), "lines.1.area"),
        (
            QuoteInput(
                lines=(QuoteLineInput(None, D(10), "Leke"),),
                discount_percent=D(150),
                discount_reason="x",
            ),
            "manual_discount",
        ),
        (
            QuoteInput(
                lines=(QuoteLineInput(None, D(10), "Leke"),),
                discount_amount=D(5000),
                discount_reason="x",
            ),
            "manual_discount",
        ),
        (
            QuoteInput(lines=(QuoteLineInput(None, D(10), "Leke"),), discount_percent=D(10)),
            "manual_discount_reason",
        ),
    ],
)
def test_bad_quotes_save_nothing(ctx, patient, data, field) -> None:
    with pytest.raises(ValidationError) as caught:
        quote_drafts.create_draft(ctx, patient.id, data)
    assert field in caught.value.field_errors
    with ctx.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Quote)) == 0


def test_custom_area_and_manual_discount_are_kept(ctx, patient) -> None:
    data = QuoteInput(
        lines=(QuoteLineInput(None, D("12.5"), "Sol yanak akne izi"),),
        sessions=2,
        discount_amount=D(300),
        discount_reason="Öğrenci indirimi",
    )
    draft = quote_drafts.create_draft(ctx, patient.id, data)
    assert draft.data == data
    # 1500 × 2 = 3000 − 300 = 2700 (VAT included, step 10).
    assert draft.priced.total == D(2700)
    assert draft.priced.lines[0].discount == D(300)


def test_price_list_admin_validates_publishes_and_freezes(ctx) -> None:
    draft = price_lists.start_new_version(ctx)
    assert draft.version == 2 and not draft.published
    assert price_lists.start_new_version(ctx).id == draft.id  # one open draft at a time
    gap = (BandSpec(D(0), D(25), D(100)), BandSpec(D(30), None, D(200)))
    with pytest.raises(ValidationError) as caught:
        price_lists.save_draft(
            ctx, draft.id, "x", replace(draft.spec, bands=gap), expected_version=1
        )
    assert "no band" in caught.value.field_errors["bands"]
    with pytest.raises(ValidationError) as caught:
        price_lists.save_draft(
            ctx, draft.id, "x", replace(draft.spec, vat_rate_percent=D(-1)), expected_version=1
        )
    assert "vat_rate_percent" in caught.value.field_errors
    typo = RuleSpec("combination", "Face + nek", D(10), area_codes=("face_full", "nek"))
    with pytest.raises(ValidationError, match="nek are not in the catalog"):
        price_lists.save_draft(
            ctx, draft.id, "x", replace(draft.spec, rules=(typo,)), expected_version=1
        )
    assert price_lists.get_price_list(ctx, draft.id).spec == draft.spec  # nothing saved
    saved = price_lists.save_draft(
        ctx,
        draft.id,
        "2027",
        replace(draft.spec, currency="EUR", rounding_step=D(5)),
        expected_version=draft.row_version,
    )
    assert saved.spec.currency == "EUR"
    published = price_lists.publish(ctx, draft.id, expected_version=saved.row_version)
    assert price_lists.current_price_list(ctx).id == published.id
    with pytest.raises(ValidationError, match="published and cannot be changed"):
        price_lists.save_draft(
            ctx, draft.id, "x", draft.spec, expected_version=published.row_version
        )
    assert actions(ctx)[-3:] == ["price_list.create", "price_list.update", "price_list.publish"]
    with ctx.database.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert json.loads(event.details)["version"] == 2
        assert session.scalar(select(func.count()).select_from(PriceList)) == 2


def test_reception_may_quote_but_not_change_prices(ctx, patient, areas) -> None:
    reception = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    assert quote_drafts.create_draft(reception, patient.id, face_and_neck(areas)).priced.total
    with pytest.raises(PermissionDenied):
        price_lists.start_new_version(reception)


def test_discarding_a_draft(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas))
    quote_drafts.discard_draft(ctx, draft.id, draft.row_version)
    assert quotes.list_quotes(ctx, patient.id) == []
    assert actions(ctx)[-1] == "quote.discard"


def test_created_on_is_the_local_date(ctx, patient, areas) -> None:
    late = at(ctx, datetime(2026, 11, 25, 22, tzinfo=UTC) - timedelta(minutes=1))
    quote_drafts.create_draft(late, patient.id, face_and_neck(areas))
    assert quotes.list_quotes(ctx, patient.id)[0].created_on.isoformat() == "2026-11-26"


def test_booking_plan_needs_an_accepted_quote(ctx, patient, areas) -> None:
    draft = quote_drafts.create_draft(ctx, patient.id, face_and_neck(areas, sessions=3))
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    with pytest.raises(ValidationError, match="Only an accepted quote"):
        quotes.booking_plan(ctx, issued.id)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    plan = quotes.booking_plan(ctx, issued.id)
    assert (plan.number, plan.sessions) == ("Q-2026-0001", 3)
    assert [(a.area_id, a.size_cm2, a.name) for a in plan.areas] == [
        (areas["face_full"].id, D(350), "Tüm yüz"),
        (areas["neck"].id, D(150), "Boyun"),
    ]
