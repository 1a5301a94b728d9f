"""Payments, refunds and receipt cancellations keep the balance exactly the sum of events."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import AuditEvent, MoneyEvent
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.payments import money, receipts
from desktop.services.payments.amounts import checked_amount
from desktop.services.payments.money import PaymentInput
from tests.accounts_helpers import as_role
from tests.payments_support import accepted_course
from tests.sessions_support import screened_patient

pytestmark = pytest.mark.both_engines


def stored_sum(ctx, patient_id: int) -> D:
    with ctx.database.read() as session:
        amounts = session.scalars(
            select(MoneyEvent.amount).where(MoneyEvent.patient_id == patient_id)
        )
        return sum(amounts, D("0.00"))


def audited(ctx) -> list[str]:
    with ctx.database.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_deposit_partial_payments_and_refund_leave_an_exact_balance(ctx) -> None:
    course = accepted_course(ctx)
    pid = course.patient_id
    deposit = money.take_payment(ctx, PaymentInput(pid, D("1000.10"), "cash", "deposit", course.id))
    money.take_payment(ctx, PaymentInput(pid, "2500,45", "card", course_id=course.id))
    money.refund(ctx, PaymentInput(pid, D("0.55"), "cash"), "rounding given back")
    owed = money.balance(ctx, pid)
    assert owed.owed == course.price - D("1000.10") - D("2500.45") + D("0.55")
    assert owed.owed == stored_sum(ctx, pid)
    assert owed.paid == D("3500.00")
    assert deposit.amount == D("-1000.10") and deposit.paid == D("1000.10")
    assert audited(ctx)[-3:] == ["money.deposit", "money.payment", "money.refund"]


def test_a_cancelled_receipt_takes_its_payment_back(ctx) -> None:
    course = accepted_course(ctx)
    pid = course.patient_id
    paid = money.take_payment(ctx, PaymentInput(pid, D(700), "bank_transfer"))
    receipt = receipts.issue_receipt(ctx, paid.id)
    assert receipt.balance_after == course.price - 700
    with pytest.raises(PermissionDenied):
        receipts.cancel_receipt(as_role(ctx, "reception"), receipt.id, "wrong patient")
    with pytest.raises(ValidationError):
        receipts.cancel_receipt(ctx, receipt.id, "")
    cancelled = receipts.cancel_receipt(ctx, receipt.id, "Yanlış hasta")
    assert cancelled.cancelled and cancelled.cancel_reason == "Yanlış hasta"
    # The receipt itself is unchanged; the counter-entry restores the balance.
    assert (cancelled.number, cancelled.amount) == (receipt.number, receipt.amount)
    assert money.balance(ctx, pid).owed == course.price == stored_sum(ctx, pid)
    with pytest.raises(ValidationError):
        receipts.cancel_receipt(ctx, receipt.id, "again")
    kinds = [e.kind for e in money.events_of(ctx, pid)]
    assert kinds == ["charge", "payment", "correction"]
    assert audited(ctx)[-1] == "receipt.cancel"


def test_refunds_need_a_physician_or_administrator_and_a_reason(ctx) -> None:
    pid = screened_patient(ctx)
    reception = as_role(ctx, "reception")
    money.take_payment(reception, PaymentInput(pid, D(100), "cash"))  # reception takes money
    with pytest.raises(PermissionDenied):
        money.refund(reception, PaymentInput(pid, D(50), "cash"), "unhappy")
    with pytest.raises(ValidationError):
        money.refund(as_role(ctx, "physician"), PaymentInput(pid, D(50), "cash"), " ")
    money.refund(as_role(ctx, "physician"), PaymentInput(pid, D(50), "cash"), "unhappy")
    assert money.balance(ctx, pid).owed == D(-50)


@pytest.mark.parametrize(
    "amount",
    [
        D("NaN"),
        D("sNaN"),
        D("Infinity"),
        D("-Infinity"),
        D(0),
        D(-5),
        D("10000000.01"),
        D("1e30"),
        D("9" * 40),
        D("12.345"),
        "abc",
        "",
        1.5,
        True,
        None,
    ],
)
def test_absurd_amounts_are_refused_with_a_message_and_change_nothing(ctx, amount) -> None:
    pid = screened_patient(ctx)
    with pytest.raises(ValidationError) as refused:
        money.take_payment(ctx, PaymentInput(pid, amount, "cash"))
    assert refused.value.field_errors["amount"]
    assert money.events_of(ctx, pid) == []


def test_an_unknown_method_or_kind_is_refused(ctx) -> None:
    pid = screened_patient(ctx)
    with pytest.raises(ValidationError):
        money.take_payment(ctx, PaymentInput(pid, D(5), "cheque"))
    with pytest.raises(ValidationError):
        money.take_payment(ctx, PaymentInput(pid, D(5), "cash", kind="refund"))
    assert money.events_of(ctx, pid) == []


def test_the_largest_amount_is_stored_exactly() -> None:
    assert checked_amount("10000000") == D("10000000.00")
    assert checked_amount(" 1 250,5 ") == D("1250.50")


def _apply(ctx, pid: int, step: tuple[str, int], receipts_issued: list[int]) -> None:
    action, cents = step
    amount = D(cents).scaleb(-2)
    if action == "pay":
        event = money.take_payment(ctx, PaymentInput(pid, amount, "card"))
        receipts_issued.append(receipts.issue_receipt(ctx, event.id).id)
    elif action == "deposit":
        money.take_payment(ctx, PaymentInput(pid, amount, "cash", "deposit"))
    elif action == "refund":
        money.refund(ctx, PaymentInput(pid, amount, "cash"), "refund")
    elif receipts_issued:
        receipts.cancel_receipt(ctx, receipts_issued.pop(0), "wrong")


STEPS = st.lists(
    st.tuples(
        st.sampled_from(["pay", "deposit", "refund", "cancel"]),
        st.integers(min_value=1, max_value=1_000_000_000),
    ),
    max_size=8,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_balance_is_always_the_sum_of_the_events(ctx, steps) -> None:
    pid = screened_patient(ctx)
    issued: list[int] = []
    expected = D("0.00")
    for step in steps:
        before = len(issued)
        _apply(ctx, pid, step, issued)
        action, cents = step
        if action in ("pay", "deposit"):
            expected -= D(cents).scaleb(-2)
        elif action == "refund":
            expected += D(cents).scaleb(-2)
        elif before:  # the cancelled receipt's payment comes back
            expected = stored_sum(ctx, pid)
        assert money.balance(ctx, pid).owed == expected == stored_sum(ctx, pid)


def test_reception_cannot_give_a_manual_discount_above_the_clinic_limit(ctx) -> None:
    """Before: reception could issue a quote with a 100 % discount."""
    from desktop.services.quotes import drafts as quote_drafts
    from desktop.services.quotes import records as quotes
    from desktop.services.quotes.records import QuoteInput, QuoteLineInput
    from desktop.services.settings import store as settings

    pid = screened_patient(ctx)
    face = {a.code: a for a in quotes.builder_data(ctx, pid).areas}["face_full"].id
    reception = as_role(ctx, "reception")

    def quote(who, **manual):
        data = QuoteInput(lines=(QuoteLineInput(face, D(350)),), discount_reason="dost", **manual)
        return quote_drafts.create_draft(who, pid, data)

    for manual in ({"discount_percent": D(100)}, {"discount_amount": D(5000)}):
        with pytest.raises(ValidationError) as refused:
            quote(reception, **manual)
        assert "physician or an administrator" in refused.value.field_errors["manual_discount"]
    assert quote(reception, discount_percent=D(10)).priced.total > 0  # the default limit
    assert quote(as_role(ctx, "physician"), discount_percent=D(100)) is not None
    settings.update(ctx, {"discount_limit_percent": 25})
    draft = quote(reception, discount_percent=D(25))
    with pytest.raises(ValidationError):
        quote_drafts.update_draft(
            reception,
            draft.id,
            draft.row_version,
            QuoteInput(
                lines=(QuoteLineInput(face, D(350)),),
                discount_percent=D(30),
                discount_reason="dost",
            ),
        )
