"""A course from an accepted quote counts down through booking and recording."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.payments import courses, money
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.services.sessions import records as sessions
from tests.accounts_helpers import as_role
from tests.payments_support import accepted_course
from tests.sessions_support import add_staff, book, record_done, screened_patient

pytestmark = pytest.mark.both_engines


def actions(ctx) -> list[str]:
    with ctx.database.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_accepting_a_quote_opens_its_course_and_charges_its_total(ctx) -> None:
    course = accepted_course(ctx, sessions=3)
    assert course.sessions_total == 3 and course.sessions_left == 3
    assert course.areas == ("Tüm yüz",)
    assert course.status == "open" and course.price > 0
    owed = money.balance(ctx, course.patient_id)
    assert owed.owed == course.price == owed.charged and owed.paid == 0
    assert actions(ctx)[-2:] == ["course.open", "quote.accept"]


def test_declining_opens_no_course(ctx) -> None:
    patient = screened_patient(ctx)
    areas = {a.code: a for a in quotes.builder_data(ctx, patient).areas}
    data = QuoteInput(lines=(QuoteLineInput(areas["neck"].id, D(150)),))
    draft = quote_drafts.create_draft(ctx, patient, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "declined")
    assert courses.courses_of(ctx, patient) == []
    assert money.balance(ctx, patient).owed == 0


def test_booking_from_the_course_and_recording_count_down(ctx) -> None:
    physician = add_staff(ctx, "dr.kaya", "Dr. Elif Kaya")
    course = accepted_course(ctx, sessions=3)
    first = book(ctx, course.patient_id, physician, date(2026, 12, 1), course_id=course.id)
    second = book(ctx, course.patient_id, physician, date(2026, 12, 29), course_id=course.id)
    now = courses.get_course(ctx, course.id)
    assert (now.sessions_booked, now.sessions_done, now.sessions_left) == (2, 0, 1)
    place = courses.session_of_course(ctx, second.id)
    assert place is not None and (place.ordinal, place.total) == (2, 3)
    assert place.areas == ("Tüm yüz",)

    after = replace(ctx, clock=lambda: datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record_done(after, sessions.get_session(ctx, first.id))
    now = courses.get_course(ctx, course.id)
    assert (now.sessions_booked, now.sessions_done, now.sessions_left) == (2, 1, 1)

    # A cancelled session gives its place back.
    sessions.cancel_session(ctx, second.id, second.row_version)
    assert courses.get_course(ctx, course.id).sessions_left == 2
    assert courses.session_of_course(ctx, second.id) is None


def test_a_full_course_refuses_one_more_booking_until_extended(ctx) -> None:
    physician = add_staff(ctx, "dr.kaya", "Dr. Elif Kaya")
    course = accepted_course(ctx, sessions=1)
    book(ctx, course.patient_id, physician, date(2026, 12, 1), course_id=course.id)
    with pytest.raises(ValidationError) as refused:
        book(ctx, course.patient_id, physician, date(2026, 12, 29), course_id=course.id)
    assert "All 1 sessions" in refused.value.field_errors["course"]
    assert courses.get_course(ctx, course.id).sessions_booked == 1  # nothing saved

    reception = as_role(ctx, "reception")
    with pytest.raises(PermissionDenied):
        courses.extend_course(reception, course.id, course.row_version, 1, "one more")
    with pytest.raises(ValidationError):
        courses.extend_course(ctx, course.id, course.row_version, 1, "  ")
    longer = courses.extend_course(ctx, course.id, course.row_version, 1, "scar needs one more")
    assert longer.sessions_total == 2
    later = book(
        ctx, course.patient_id, physician, date(2026, 12, 29), time(12), course_id=course.id
    )
    place = courses.session_of_course(ctx, later.id)
    assert place is not None and (place.ordinal, place.total) == (2, 2)


def test_a_closed_course_keeps_its_history_and_books_nothing(ctx) -> None:
    physician = add_staff(ctx, "dr.kaya", "Dr. Elif Kaya")
    course = accepted_course(ctx)
    with pytest.raises(PermissionDenied):
        courses.close_course(as_role(ctx, "reception"), course.id, course.row_version, "moved")
    closed = courses.close_course(ctx, course.id, course.row_version, "Hasta taşındı")
    assert closed.status == "closed" and closed.closed_reason == "Hasta taşındı"
    with pytest.raises(ValidationError):
        book(ctx, course.patient_id, physician, date(2026, 12, 1), course_id=course.id)
    assert actions(ctx)[-1] == "course.close"


def test_a_course_of_another_patient_is_refused_at_booking(ctx) -> None:
    physician = add_staff(ctx, "dr.kaya", "Dr. Elif Kaya")
    course = accepted_course(ctx)
    other = screened_patient(ctx, "Mehmet", "Öz")
    with pytest.raises(ValidationError):
        book(ctx, other, physician, date(2026, 12, 1), course_id=course.id)
