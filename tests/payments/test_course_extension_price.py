"""Extending a course charges the extra sessions in the same transaction, exactly."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from db.codes import MoneyKind
from db.models import AuditEvent, MoneyEvent
from desktop.services.common.errors import ValidationError
from desktop.services.payments import courses, money
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from tests.payments_support import accepted_course
from tests.sessions_support import screened_patient

pytestmark = pytest.mark.both_engines


def _charges(ctx, patient_id: int) -> list[D]:
    with ctx.database.read() as session:
        return list(
            session.scalars(
                select(MoneyEvent.amount)
                .where(MoneyEvent.patient_id == patient_id, MoneyEvent.kind == MoneyKind.CHARGE)
                .order_by(MoneyEvent.id)
            )
        )


def test_the_default_price_is_one_session_of_the_course_and_the_balance_moves_exactly(
    ctx,
) -> None:
    course = accepted_course(ctx, sessions=3)
    per_session = courses.per_session_price(ctx, course.id)
    # The quote's total over its three sessions, to the cent.
    assert per_session == (course.price / 3).quantize(D("0.01"))
    before = money.balance(ctx, course.patient_id)

    longer = courses.extend_course(ctx, course.id, course.row_version, 2, "two more for the scar")

    after = money.balance(ctx, course.patient_id)
    assert longer.sessions_total == 5
    assert after.owed - before.owed == per_session * 2
    assert after.charged - before.charged == per_session * 2
    assert after.paid == before.paid
    assert _charges(ctx, course.patient_id) == [course.price, per_session * 2]
    with ctx.database.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "course.extend")
        ).one()
    assert f'"charge": "{per_session * 2}"' in audit.details


def test_a_typed_price_is_charged_per_extra_session_and_none_adds_free_sessions(ctx) -> None:
    course = accepted_course(ctx, sessions=1)
    owed = money.balance(ctx, course.patient_id).owed
    longer = courses.extend_course(
        ctx, course.id, course.row_version, 3, "package price", price_per_session="1 250,50"
    )
    assert money.balance(ctx, course.patient_id).owed == owed + D("3751.50")
    free = courses.extend_course(
        ctx, course.id, longer.row_version, 1, "goodwill session", price_per_session=None
    )
    assert free.sessions_total == 5
    assert money.balance(ctx, course.patient_id).owed == owed + D("3751.50")


@pytest.mark.parametrize("price", [D("-5"), D(0), "abc", 1.5, D("0.001"), D("10000001")])
def test_a_wrong_price_is_refused_and_changes_nothing(ctx, price) -> None:
    course = accepted_course(ctx, sessions=1)
    owed = money.balance(ctx, course.patient_id).owed
    with pytest.raises(ValidationError) as refused:
        courses.extend_course(
            ctx, course.id, course.row_version, 1, "one more", price_per_session=price
        )
    assert "price" in refused.value.field_errors
    assert courses.get_course(ctx, course.id).sessions_total == 1
    assert money.balance(ctx, course.patient_id).owed == owed


def test_the_default_price_adds_up_each_lines_share_of_one_session(ctx) -> None:
    patient = screened_patient(ctx)
    areas = {a.code: a for a in quotes.builder_data(ctx, patient).areas}
    data = QuoteInput(
        lines=(
            QuoteLineInput(areas["face_full"].id, D(350)),
            QuoteLineInput(areas["neck"].id, D(150)),
        ),
        sessions=3,
    )
    draft = quote_drafts.create_draft(ctx, patient, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    (course,) = courses.courses_of(ctx, patient)
    priced = quotes.get_quote(ctx, issued.id).priced
    expected = sum((line.total / line.sessions for line in priced.lines), D(0))
    assert courses.per_session_price(ctx, course.id) == expected.quantize(D("0.01"))


def test_the_largest_extension_is_charged_exactly_on_both_engines(ctx) -> None:
    from desktop.services.payments.amounts import MAX_AMOUNT

    course = accepted_course(ctx, sessions=1)
    owed = money.balance(ctx, course.patient_id).owed
    courses.extend_course(
        ctx,
        course.id,
        course.row_version,
        courses.MAX_EXTRA_SESSIONS,
        "largest package",
        price_per_session=MAX_AMOUNT - D("0.01"),
    )
    charged = (MAX_AMOUNT - D("0.01")) * courses.MAX_EXTRA_SESSIONS
    assert money.balance(ctx, course.patient_id).owed == owed + charged  # past 2**31 cents
