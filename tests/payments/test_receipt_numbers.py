"""Two desks issuing receipts at once get distinct, gap-free numbers (both engines)."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest

from db.engine import Database
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.payments import money, receipts
from desktop.services.payments.money import PaymentInput
from tests.sessions_support import screened_patient

pytestmark = pytest.mark.both_engines
PER_DESK = 10


def _take_and_receipt(url: str, patient_id: int, queue) -> None:
    database = Database(url)
    ctx = ServiceContext(database=database, workstation="desk")
    numbers = []
    try:
        for _ in range(PER_DESK):
            paid = money.take_payment(ctx, PaymentInput(patient_id, Decimal("10.50"), "cash"))
            numbers.append(receipts.issue_receipt(ctx, paid.id).number)
    finally:
        database.dispose()
    queue.put(numbers)


def test_two_desks_share_one_gap_free_receipt_series(database, ctx) -> None:
    patient = screened_patient(ctx)
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    url = database.engine.url.render_as_string(hide_password=False)
    desks = [spawn.Process(target=_take_and_receipt, args=(url, patient, queue)) for _ in range(2)]
    for desk in desks:
        desk.start()
    numbers = sorted(queue.get(timeout=120) + queue.get(timeout=120))
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    year = ServiceContext(database=database).today().year  # the desks use the real clock
    assert numbers == [f"R-{year}-{n:04d}" for n in range(1, 2 * PER_DESK + 1)]
    assert money.balance(ctx, patient).owed == Decimal("-210.00")


def test_a_refused_receipt_burns_no_number_and_one_payment_gets_one_receipt(ctx) -> None:
    patient = screened_patient(ctx)
    first = money.take_payment(ctx, PaymentInput(patient, Decimal(1), "cash"))
    assert receipts.issue_receipt(ctx, first.id).number == "R-2026-0001"
    with pytest.raises(ValidationError):
        receipts.issue_receipt(ctx, first.id)
    second = money.take_payment(ctx, PaymentInput(patient, Decimal(2), "card"))
    assert receipts.issue_receipt(ctx, second.id).number == "R-2026-0002"
