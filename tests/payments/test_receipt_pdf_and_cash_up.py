"""The receipt PDF's text in the patient's language, and the day's cash-up and its CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.payments import cash_up, money, receipts
from desktop.services.payments.money import PaymentInput
from desktop.services.settings import store as settings
from tests.payments_support import accepted_course
from tests.sessions_support import add_staff


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_receipt_pdf_in_turkish_with_clinic_payment_method_and_balance(ctx) -> None:
    settings.update(ctx, {"clinic_name": "Işıklı Cilt Kliniği", "clinic_phone": "+90 212 555 0101"})
    course = accepted_course(ctx)
    paid = money.take_payment(
        ctx, PaymentInput(course.patient_id, D("1500.50"), "card", course_id=course.id)
    )
    receipt = receipts.issue_receipt(ctx, paid.id)
    pages, text = pdf_text(receipts.receipt_pdf(ctx, receipt.id).pdf)
    assert pages == 1
    for words in (
        "Makbuz",
        receipt.number,
        "Ayşe Yılmaz",
        "Işıklı Cilt Kliniği",
        "Kart",
        "1.500,50",
        "Kalan borç",
        "Ödeme · Tüm yüz (3 seans)",
    ):
        assert words in text, words
    left = course.price - D("1500.50")
    assert f"{left:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in text


def test_receipt_pdf_in_english_and_cancelled_mark(ctx) -> None:
    patient = patients.register_patient(
        ctx, PatientInput(given_name="John", family_name="Smith", language="en")
    ).id
    refund = money.refund(ctx, PaymentInput(patient, D(80), "cash"), "overpaid")
    receipt = receipts.issue_receipt(ctx, refund.id)
    receipts.cancel_receipt(ctx, receipt.id, "issued twice")
    pages, text = pdf_text(receipts.receipt_pdf(ctx, receipt.id).pdf)
    assert pages == 1
    for words in ("Receipt", "CANCELLED", "Amount given back", "Cash", "80.00", "John Smith"):
        assert words in text, words


@pytest.fixture
def day_of_money(ctx):
    """Two staff members taking money on 25 November, one refund, one payment the day after."""
    ayse = add_staff(ctx, "ayse", "Ayşe Güneş", "reception")
    ilker = add_staff(ctx, "ilker", "İlker Çağlar", "physician")
    pid = patients.register_patient(ctx, PatientInput(given_name="Şule", family_name="Öztürk")).id
    desk = replace(ctx, actor=replace(ctx.actor, staff_id=ayse, role="reception"))
    doctor = replace(ctx, actor=replace(ctx.actor, staff_id=ilker, role="physician"))
    money.take_payment(desk, PaymentInput(pid, D("100.10"), "cash"))
    money.take_payment(desk, PaymentInput(pid, D("200"), "card", "deposit"))
    money.take_payment(doctor, PaymentInput(pid, D("50.05"), "cash"))
    money.refund(doctor, PaymentInput(pid, D("20"), "cash"), "Fazla ödeme; iade")
    later = replace(desk, clock=lambda: datetime(2026, 11, 26, 7, 0, tzinfo=UTC))
    money.take_payment(later, PaymentInput(pid, D(999), "cash"))
    return pid


def test_cash_up_per_method_and_staff(ctx, day_of_money) -> None:
    day = cash_up.cash_up(ctx, date(2026, 11, 25))
    assert day.total == D("330.15")
    assert dict(day.by_method) == {"card": D(200), "cash": D("130.15")}
    assert dict(day.by_staff) == {"Ayşe Güneş": D("300.10"), "İlker Çağlar": D("30.05")}
    doctor_cash = next(x for x in day.lines if x.staff_name == "İlker Çağlar")
    assert (doctor_cash.count, doctor_cash.taken, doctor_cash.given_back) == (2, D("50.05"), D(20))
    assert cash_up.cash_up(ctx, date(2026, 11, 26)).total == D(999)


def test_cash_up_csv_round_trip_keeps_turkish_letters(ctx, day_of_money) -> None:
    data = cash_up.cash_up_csv(ctx, date(2026, 11, 25))
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets need the mark to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["amount"] for r in rows] == ["100.10", "200.00", "50.05", "-20.00"]
    assert rows[0]["patient"] == "Şule Öztürk" and rows[2]["staff"] == "İlker Çağlar"
    assert rows[3]["reason"] == "Fazla ödeme; iade" and rows[3]["kind"] == "refund"
    assert sum(D(r["amount"]) for r in rows) == cash_up.cash_up(ctx, date(2026, 11, 25)).total
    with ctx.database.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None and last.action == "export.cash_up"


@pytest.mark.parametrize("language", ["tr", "en"])
def test_cash_up_report_prints_per_method_and_staff_with_embedded_fonts(
    ctx, day_of_money, language
) -> None:
    from tests.printing.test_embedded_fonts import BUNDLED, fonts_of

    pdf = cash_up.cash_up_pdf(ctx, date(2026, 11, 25), language)
    pages, text = pdf_text(pdf)
    assert pages == 1 and fonts_of(pdf) <= set(BUNDLED)
    assert "Ayşe Güneş" in text and "İlker Çağlar" in text
    if language == "tr":
        assert "Gün sonu kasa raporu" in text and "Nakit" in text and "330,15" in text
    else:
        assert "Cash-up" in text and "Bank" not in text and "330.15" in text


def test_cash_up_of_an_empty_day_says_so(ctx) -> None:
    _pages, text = pdf_text(cash_up.cash_up_pdf(ctx, date(2026, 1, 1), "en"))
    assert "No payments on this day." in text
