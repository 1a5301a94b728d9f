"""A patient's money in their data export, and what removing their identity does to it."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent, Course, MoneyEvent, Receipt, ReceiptCancellation
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import ANONYMISED_NAME, anonymise_patient
from desktop.services.patients.export import export_patient
from desktop.services.payments import cash_up, courses, money, receipts
from desktop.services.payments.money import PaymentInput
from tests.payments_support import accepted_course

pytestmark = pytest.mark.both_engines


def _money_history(ctx) -> tuple[int, str, str]:
    """A course, a deposit with its receipt, a payment whose receipt was cancelled, a refund."""
    course = accepted_course(ctx, sessions=2)
    pid = course.patient_id
    deposit = money.take_payment(
        ctx, PaymentInput(pid, D("500"), "card", "deposit", course_id=course.id)
    )
    kept = receipts.issue_receipt(ctx, deposit.id)
    wrong = money.take_payment(ctx, PaymentInput(pid, D("75.25"), "cash", course_id=course.id))
    cancelled = receipts.issue_receipt(ctx, wrong.id)
    receipts.cancel_receipt(ctx, cancelled.id, "Ayşe Yılmaz hamile olduğunu söyledi")
    money.refund(ctx, PaymentInput(pid, D("100"), "cash"), "Ayşe Hanım seansa gelemiyor")
    closed = courses.get_course(ctx, course.id)
    courses.close_course(ctx, course.id, closed.row_version, "Ayşe Hanım taşındı")
    return pid, kept.number, cancelled.number


def test_the_export_holds_courses_money_events_receipts_and_the_balance(ctx, tmp_path) -> None:
    pid, kept, cancelled = _money_history(ctx)
    files = export_patient(ctx, pid, tmp_path / "request")
    assert files.money_events == 5
    data = json.loads(files.json_path.read_text(encoding="utf-8"))["money"]
    (course,) = data["courses"]
    assert course["areas"] == ["Tüm yüz"] and course["sessions_bought"] == 2
    assert course["status"] == "closed" and course["quote_number"].startswith("Q-2026-")
    kinds = [
        (e["kind"], e["method"], e["amount"], e["receipt_number"]) for e in data["money_events"]
    ]
    assert kinds == [
        ("charge", None, course["price"], None),
        ("deposit", "card", "-500.00", kept),
        ("payment", "cash", "-75.25", cancelled),
        ("correction", "cash", "75.25", None),
        ("refund", "cash", "100.00", None),
    ]
    assert [
        (r["number"], r["amount"], r["cancelled_at"] is not None) for r in data["receipts"]
    ] == [
        (kept, "500.00", False),
        (cancelled, "75.25", True),
    ]
    owed = money.balance(ctx, pid).owed
    assert D(data["balance_owed"]) == owed == sum(D(e["amount"]) for e in data["money_events"])

    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(files.pdf_path.read_bytes())).pages
    )
    assert "Kürler ve ödemeler (5)" in text and kept in text and "Kapora" in text
    assert f"{cancelled} numaralı makbuz" in text and "Kalan borç" in text
    assert "Kapatılmış kür" in text


def test_anonymising_keeps_every_money_row_and_removes_the_reasons(ctx) -> None:
    pid, kept, cancelled = _money_history(ctx)
    before = money.events_of(ctx, pid)
    balance = money.balance(ctx, pid)
    version = patients.get_patient(ctx, pid).row_version
    anonymise_patient(ctx, pid, version, reason="Written request, 25.11.2026")

    after = money.events_of(ctx, pid)
    assert [(e.id, e.kind, e.method, e.amount, e.at, e.receipt_number) for e in after] == [
        (e.id, e.kind, e.method, e.amount, e.at, e.receipt_number) for e in before
    ]
    assert all(e.reason == "" for e in after)
    assert money.balance(ctx, pid) == balance
    with ctx.database.read() as session:
        assert [r.number for r in session.scalars(select(Receipt).order_by(Receipt.id))] == [
            kept,
            cancelled,
        ]
        assert session.scalars(select(ReceiptCancellation.reason)).all() == [""]
        assert session.scalars(select(Course.closed_reason)).all() == [""]
        assert not session.scalars(select(MoneyEvent).where(MoneyEvent.reason != "")).all()
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.anonymise")
        ).one()
    details = json.loads(event.details)
    assert (details["money_events_kept"], details["receipts_kept"]) == (5, 2)
    assert details["money_reasons_removed"] == 4  # correction, refund, cancellation, course
    # The receipt reprints with no name; the day's cash-up still adds up.
    reprint = receipts.receipt_pdf(ctx, receipts.find_receipt(ctx, kept).id).pdf
    text = PdfReader(io.BytesIO(reprint)).pages[0].extract_text()
    assert ANONYMISED_NAME in text and "Ayşe" not in text
    day = cash_up.cash_up(ctx, date(2026, 11, 25))
    assert day.total == D("400.00")  # 500 + 75.25 - 75.25 - 100
    assert {entry.patient_name.strip() for entry in day.entries} == {ANONYMISED_NAME}
