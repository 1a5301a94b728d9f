"""What the printed quote says to the patient: its status, the DRAFT mark, column headers."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from desktop.printing.layout import ClinicIdentity
from desktop.printing.quote import QuotePrint, QuotePrintLine, build_quote_pdf

LINE = QuotePrintLine(
    "Tüm yüz", D(350), ">300 cm²", D(6000), 3, D(0), (), D("4251.67"), D("25510.00")
)
ISSUED = QuotePrint(
    clinic=ClinicIdentity("Işıltı Klinik"),
    language="tr",
    number="Q-2026-0007",
    status="issued",
    patient_name="Şükrü Işık",
    issued_on=date(2026, 12, 7),
    created_on=date(2026, 12, 7),
    valid_until=date(2026, 12, 31),
    currency="TRY",
    vat_rate_percent=D(20),
    prices_include_vat=True,
    lines=(LINE,) * 40,  # two pages: the mark must be on each
    subtotal=D(0),
    discount_total=D(0),
    vat_total=D("4251.67"),
    rounding_total=D(0),
    total=D("25510.00"),
)


def _pages(data: QuotePrint) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(build_quote_pdf(data))).pages]


@pytest.mark.parametrize("language", ["en", "tr"])
def test_an_issued_quote_prints_no_internal_status_word(language: str) -> None:
    text = "\n".join(_pages(replace(ISSUED, language=language)))
    assert "Status" not in text and "Durum" not in text
    assert "issued" not in text and "düzenlendi" not in text


@pytest.mark.parametrize(
    ("language", "status", "word"),
    [
        ("en", "accepted", "Accepted"),
        ("tr", "accepted", "Kabul edildi"),
        ("en", "expired", "Expired"),
        ("tr", "declined", "Reddedildi"),
    ],
)
def test_a_status_that_tells_the_patient_something_is_a_word(
    language: str, status: str, word: str
) -> None:
    text = _pages(replace(ISSUED, language=language, status=status))[0]
    assert ("Status" if language == "en" else "Durum") in text
    assert word in text


@pytest.mark.parametrize(
    ("language", "mark"), [("en", "DRAFT — not an offer"), ("tr", "TASLAK — teklif değildir")]
)
def test_a_draft_carries_the_draft_mark_on_every_page(language: str, mark: str) -> None:
    draft = replace(ISSUED, language=language, status="draft", number=None, issued_on=None)
    pages = _pages(draft)
    assert len(pages) >= 2
    for page in pages:
        assert mark in page
    assert not any(mark in page for page in _pages(replace(ISSUED, language=language)))


def test_the_turkish_band_header_is_not_the_month_of_december() -> None:
    text = "\n".join(_pages(ISSUED))
    assert "Kademe" in text
    assert "7 Aralık 2026" in text
    # Every "Aralık" left on the page is the month in a date.
    assert len(re.findall("Aralık", text)) == len(re.findall(r"\d+ Aralık \d{4}", text))
