"""The printed cash-up: its columns do not break words, and it lists every entry of the day."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from pypdf import PdfReader

from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.payments import cash_up, money, receipts
from desktop.services.payments.money import PaymentInput
from tests.sessions_support import add_staff


def test_the_turkish_report_lists_each_entry_at_the_clinics_time(ctx) -> None:
    derya = add_staff(ctx, "derya", "Derya Kaya", "reception")
    desk = replace(ctx, actor=replace(ctx.actor, staff_id=derya, role="reception"))
    pid = patients.register_patient(ctx, PatientInput(given_name="Gülşen", family_name="Çağlar")).id
    paid = money.take_payment(desk, PaymentInput(pid, D("2400"), "bank_transfer"))
    number = receipts.issue_receipt(desk, paid.id).number

    pdf = cash_up.cash_up_pdf(ctx, date(2026, 11, 25), "tr")
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    # "Hareket" (entries) used to break as "Hareke / t" in its narrow column.
    assert "Hareket" in text and "Günün hareketleri" in text
    # The test clock is 07:00 UTC: 10:00 in Istanbul.
    for words in ("10:00", number, "Gülşen Çağlar", "Havale/EFT", "2.400,00", "Derya Kaya"):
        assert words in text, words
