"""Every kind of document PeelDesk prints embeds only the bundled fonts, never a base-14 one.

A base-14 font (Helvetica, Times, Courier, Symbol, ZapfDingbats) is not embedded: the viewer
substitutes its own, which has no ğ ş ı İ or ₺. ReportLab falls back to Helvetica wherever a
table or style does not name a font, so each document kind is built here through its real
service, in both languages, and every font on every page is listed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, time
from decimal import Decimal

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop.printing.history import build_history_pdf
from desktop.printing.layout import ClinicIdentity
from desktop.services.common.context import ServiceContext
from desktop.services.handouts import sheets as handouts
from desktop.services.patients.export import export_patient
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes.documents import quote_pdf
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.services.sessions import day_sheet as day_sheets
from desktop.services.sessions.history import patient_history
from tests import day_sheet_support
from tests import handout_fixtures as hf
from tests.backup_helpers import add_clinical_record
from tests.conftest import ISTANBUL

BUNDLED = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
SESSION_AT = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
PLANNED_AT = datetime(2026, 12, 29, 8, 30, tzinfo=UTC)


def fonts_of(pdf: bytes) -> set[str]:
    """Every font every page declares (subset prefix removed), with whether it is embedded."""
    found = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        page_fonts = resources.get("/Font")
        if page_fonts is None:
            continue
        for font in page_fonts.get_object().values():
            font = font.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found.add(name if embedded else f"{name} (not embedded)")
    return found


def _aftercare(ctx: ServiceContext, patient_id: int) -> bytes:
    session_id = hf.make_session(ctx, patient_id, SESSION_AT, [("forehead", 90), ("chin", 40)])
    return handouts.build_handout(ctx, "aftercare", session_id).pdf


def _pretreatment(ctx: ServiceContext, patient_id: int) -> bytes:
    session_id = hf.make_session(
        ctx, patient_id, PLANNED_AT, [("forehead", 90)], status="planned", anaesthesia="topical"
    )
    return handouts.build_handout(ctx, "pretreatment", session_id).pdf


def _quote(ctx: ServiceContext, patient_id: int, issue: bool) -> bytes:
    draft = quote_drafts.create_draft(
        ctx,
        patient_id,
        QuoteInput(
            lines=(QuoteLineInput(None, Decimal(25), "Çene izi"),),
            discount_percent=Decimal(5),
            discount_reason="Sadık hasta",
        ),
    )
    quote_id = draft.id
    if issue:
        quote_id = quote_issuing.issue_quote(ctx, draft.id, draft.row_version).id
    return quote_pdf(ctx, quote_id).pdf


def _export(ctx: ServiceContext, patient_id: int, tmp_path) -> bytes:
    add_clinical_record(ctx, patient_id)
    return export_patient(ctx, patient_id, tmp_path).pdf_path.read_bytes()


def _signed_consent(ctx: ServiceContext, patient_id: int, language: str) -> bytes:
    from desktop.services.consent.documents import consent_pdf
    from tests.consent_support import sign

    signed = sign(ctx, patient_id, "treatment_deep", language)
    return consent_pdf(ctx, signed.id).pdf


def _history(ctx: ServiceContext, patient_id: int, language: str) -> bytes:
    add_clinical_record(ctx, patient_id)
    return build_history_pdf(
        patient_history(ctx, patient_id),
        clinic=ClinicIdentity(name="Işıltı Klinik"),
        zone=ISTANBUL,
        printed_at=SESSION_AT,
        language=language,
    )


def _day_sheet(ctx: ServiceContext, language: str) -> bytes:
    place = day_sheet_support.clinic_day(ctx)
    day_sheet_support.add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    day_sheet_support.add_session(ctx, place, time(10, 0), "Gökçe", "Öz", status="cancelled")
    sheet = day_sheets.day_sheet(ctx, day_sheet_support.DAY, physician_id=place.physician_id)
    return day_sheets.build_day_sheet(ctx, sheet, language).pdf


def _receipt(ctx: ServiceContext, patient_id: int, cancelled: bool) -> bytes:
    from desktop.services.payments import money, receipts

    paid = money.take_payment(ctx, money.PaymentInput(patient_id, Decimal("1250.50"), "card"))
    receipt = receipts.issue_receipt(ctx, paid.id)
    if cancelled:
        receipts.cancel_receipt(ctx, receipt.id, "Yanlış tutar")
    return receipts.receipt_pdf(ctx, receipt.id).pdf


def _photo_sheet(ctx: ServiceContext, language: str) -> bytes:
    from desktop.services.photos.comparison import build_comparison_sheet
    from tests.photos.compare_support import compared_patient

    compared = compared_patient(ctx)
    photos = [*compared.front, compared.left]
    return build_comparison_sheet(compared.treated.physician, photos, "file", language).pdf


KINDS: dict[str, Callable[..., bytes]] = {
    "aftercare": lambda ctx, pid, lang, tmp: _aftercare(ctx, pid),
    "pretreatment": lambda ctx, pid, lang, tmp: _pretreatment(ctx, pid),
    "quote draft": lambda ctx, pid, lang, tmp: _quote(ctx, pid, issue=False),
    "quote issued": lambda ctx, pid, lang, tmp: _quote(ctx, pid, issue=True),
    "patient export": lambda ctx, pid, lang, tmp: _export(ctx, pid, tmp),
    "treatment history": lambda ctx, pid, lang, tmp: _history(ctx, pid, lang),
    "day sheet": lambda ctx, pid, lang, tmp: _day_sheet(ctx, lang),
    "signed consent": lambda ctx, pid, lang, tmp: _signed_consent(ctx, pid, lang),
    "receipt": lambda ctx, pid, lang, tmp: _receipt(ctx, pid, cancelled=False),
    "receipt cancelled": lambda ctx, pid, lang, tmp: _receipt(ctx, pid, cancelled=True),
    "photo comparison sheet": lambda ctx, pid, lang, tmp: _photo_sheet(ctx, lang),
}


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_document_embeds_only_the_bundled_fonts(ctx, tmp_path, kind, language) -> None:
    hf.clinic(ctx)
    patient_id = hf.patient(ctx, "Şükrü", "Işıkoğlu", language)
    fonts = fonts_of(KINDS[kind](ctx, patient_id, language, tmp_path))
    assert fonts, kind
    assert fonts <= set(BUNDLED), f"{kind}: {sorted(fonts)}"


def test_the_font_lister_sees_an_unembedded_helvetica() -> None:
    from reportlab.platypus import Paragraph, Table

    from desktop.printing.layout import DocumentMeta, build_pdf, styles

    meta = DocumentMeta(title="T", language="en", clinic=ClinicIdentity(name="K"))
    pdf = build_pdf(meta, [Table([[Paragraph("x", styles()["body"])]])])
    assert "Helvetica (not embedded)" in fonts_of(pdf)
