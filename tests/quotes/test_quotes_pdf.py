"""The printed quote: text extracted with pypdf, Turkish letters and ₺ included; the CLI."""

from __future__ import annotations

import io
import json
import os
import stat
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.cli import main
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.services.quotes.documents import quote_pdf
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.services.settings import store as settings


def _issued(ctx, language: str, lines: int = 2):
    settings.update(
        ctx,
        {
            "clinic_name": "Işıltı Cilt Kliniği",
            "clinic_address": "Bağdat Cad. 12, İstanbul",
            "clinic_phone": "+90 216 555 01 02",
        },
    )
    patient = register_patient(
        ctx, PatientInput(given_name="Şükrü", family_name="Işıkoğlu", language=language)
    )
    areas = {a.code: a for a in quotes.builder_data(ctx, patient.id).areas}
    chosen = [
        QuoteLineInput(areas["face_full"].id, D(350)),
        QuoteLineInput(areas["neck"].id, D(150)),
    ]
    chosen += [QuoteLineInput(None, D("12.5"), f"Çene izi {n}") for n in range(lines - 2)]
    data = QuoteInput(
        lines=tuple(chosen),
        sessions=3,
        discount_percent=D(5),
        discount_reason="Sadık hasta — ğüşıöç",
    )
    draft = quote_drafts.create_draft(ctx, patient.id, data)
    return quote_issuing.issue_quote(ctx, draft.id, draft.row_version)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_turkish_quote_text_numbers_and_lira(ctx) -> None:
    quote = _issued(ctx, "tr")
    pages = _pages(quote_pdf(ctx, quote.id).pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Fiyat teklifi",
        "Q-2026-0001",
        "Şükrü Işıkoğlu",
        "Işıltı Cilt Kliniği",
        "25 Kasım 2026",
        "25 Aralık 2026",  # valid for 30 days
        "Tüm yüz",
        "Boyun",
        ">300 cm²",
        "₺6.000,00",  # face: unit price per session
        "₺13.080,00",  # face: 18000 × 0.9 × 0.85 × 0.95 = 13081.50 → 13080
        "₺8.720,00",
        "₺21.800,00",  # total to pay
        "Ödenecek toplam",
        "içindeki KDV (%20)",
        "₺3.633,33",
        "Sadık hasta — ğüşıöç",
        "birlikte uygulama −%10",
        "Fiyata neler dahildir",
        "Sayfa 1 / 1",
    ):
        assert expected in text, expected


def test_english_quote_follows_the_patient_language(ctx) -> None:
    quote = _issued(ctx, "en")
    text = _pages(quote_pdf(ctx, quote.id).pdf)[0]
    for expected in (
        "Price quote",
        "Full face",
        "25 November 2026",
        "Valid until",
        "₺21,800.00",
        "Total to pay",
        "of which VAT (20 %)",
        "3+ sessions −15 %",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_long_quote_flows_with_repeated_table_header(ctx) -> None:
    quote = _issued(ctx, "tr", lines=60)
    pages = _pages(quote_pdf(ctx, quote.id).pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Sayfa {number} / {len(pages)}" in page
    assert "Bölge" in pages[1] and "İndirim" in pages[1]  # the table header repeats
    assert "Q-2026-0001 · Şükrü Işıkoğlu (devam)" in pages[1]
    for page in pages[1:]:
        if " Toplam\n" in page:  # a continued table starts with a line, not with its discounts
            assert page.split(" Toplam\n", 1)[1].startswith("Çene izi")
    assert "Ödenecek toplam" in "".join(pages[1:])


def test_cli_prints_by_number_and_audits_the_save(ctx, db_path, tmp_path) -> None:
    quote = _issued(ctx, "tr")
    out = tmp_path / "teklif.pdf"
    old = os.umask(0o022)
    try:
        code = main(["--database", str(db_path), "quote", "print", quote.number, "--out", str(out)])
    finally:
        os.umask(old)
    assert code == 0
    assert "₺21.800,00" in _pages(out.read_bytes())[0]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with ctx.database.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.action == "document.save" and event.entity_id == quote.id
    assert json.loads(event.details)["destination"] == str(out)


def test_cli_unknown_number_says_so(ctx, db_path, tmp_path, capsys) -> None:
    old = os.umask(0o022)
    try:
        code = main(
            [
                "--database",
                str(db_path),
                "quote",
                "print",
                "Q-2026-9999",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
    finally:
        os.umask(old)
    assert code == 3
    assert "no quote numbered “Q-2026-9999”" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("language", ["tr", "en"])
def test_draft_prints_as_draft(ctx, language) -> None:
    patient = register_patient(
        ctx, PatientInput(given_name="Gül", family_name="Şen", language=language)
    )
    draft = quote_drafts.create_draft(
        ctx, patient.id, QuoteInput(lines=(QuoteLineInput(None, D(25), "Leke"),))
    )
    text = _pages(quote_pdf(replace(ctx), draft.id).pdf)[0]
    assert ("TASLAK" if language == "tr" else "DRAFT") in text
    assert ("₺1.500,00" if language == "tr" else "₺1,500.00") in text
