"""The shared print pipeline: fonts, layout, preview, print and save of one PDF."""

from __future__ import annotations

import io
import json
import stat

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtPrintSupport import QPrinter
from reportlab.platypus import Paragraph, Spacer
from sqlalchemy import select

from db.models import AuditEvent
from desktop.printing.layout import (
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    styles,
    table_style_commands,
)
from desktop.ui.widgets.document_output import show_document
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.handout_fixtures import clinic

TURKISH = "Şükrü Işık, İsmail Ağaoğlu — ğüşıöç İĞÜŞÖÇ ₺1.250,00"


def _fonts(pdf: bytes) -> set[str]:
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        page_fonts = resources["/Font"].get_object()
        assert isinstance(page_fonts, DictionaryObject)
        for font in page_fonts.values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def test_bullets_and_plain_tables_use_the_bundled_font() -> None:
    from reportlab.platypus import Table, TableStyle

    meta = DocumentMeta(title="T", language="tr", clinic=ClinicIdentity(name="K"))
    table = Table([["Alın", "₺1.000"], ["Göz çevresi", "₺800"]])
    table.setStyle(TableStyle(table_style_commands()))
    story = [Paragraph("Güneşten kaçının", styles()["bullet"], bulletText="•"), table]
    fonts = _fonts(build_pdf(meta, story))
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def _pdf(paragraphs: int = 1) -> bytes:
    meta = DocumentMeta(
        title="Bakım talimatı",
        language="tr",
        clinic=ClinicIdentity(
            name="Işıltı Klinik", address="Bağdat Cad. 1, İstanbul", phone="+90 216 000 00 00"
        ),
        subject="Şükrü Işık",
    )
    body = styles()["body"]
    story = [Paragraph(TURKISH, styles()["title"])]
    for n in range(paragraphs):
        story += [Paragraph(f"{n}. {TURKISH}", body), Spacer(1, 4)]
    return build_pdf(meta, story)


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_turkish_letters_and_lira_sign_survive_with_the_bundled_font() -> None:
    pages = _text(_pdf())
    assert TURKISH in pages[0]
    assert "Işıltı Klinik" in pages[0]
    assert "Sayfa 1 / 1" in pages[0]
    fonts = _fonts(_pdf())
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts)


def test_long_document_flows_with_numbered_pages_and_continued_header() -> None:
    pages = _text(_pdf(paragraphs=120))
    assert len(pages) >= 3
    assert f"Sayfa 2 / {len(pages)}" in pages[1]
    assert "Şükrü Işık (devam)" in pages[1]
    assert "(devam)" not in pages[0]


def test_preview_loads_every_page(qtbot) -> None:
    pdf = _pdf(paragraphs=120)
    dialog = PdfPreviewDialog(pdf, "Preview", "x.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == len(_text(pdf)))
    dialog.next_page()
    assert dialog.current_page() == 1
    assert "2 of" in dialog.page_label.text()


def test_print_button_path_prints_the_same_pages_to_a_pdf_printer(qtbot, tmp_path) -> None:
    pdf = _pdf(paragraphs=60)
    dialog = PdfPreviewDialog(pdf, "Preview", "x.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.sig_printed) as printed:
        assert dialog.print_to(printer)
    expected = len(_text(pdf))
    assert printed.args == [expected]
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == expected


def test_save_writes_the_previewed_bytes_owner_only(qtbot, tmp_path) -> None:
    pdf = _pdf()
    dialog = PdfPreviewDialog(pdf, "Preview", "x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.save_to(str(tmp_path / "quote"))
    saved = tmp_path / "quote.pdf"
    assert saved.read_bytes() == pdf
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_failed_save_says_so_and_writes_nothing(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = PdfPreviewDialog(_pdf(), "Preview", "x.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.save_to(str(tmp_path / "missing-folder" / "x.pdf"))
    assert shown and "could not be saved" in shown[0]


@pytest.mark.parametrize("action", ["print", "save"])
def test_every_print_and_save_is_audited(qtbot, ctx, tmp_path, action) -> None:
    clinic(ctx)  # else printing asks about the missing clinic details first
    dialog = show_document(
        None,
        ctx,
        _pdf(),
        title="T",
        suggested_name="x.pdf",
        document="aftercare",
        patient_id=None,
        entity="treatment_session",
        entity_id=7,
    )
    assert dialog is not None
    qtbot.addWidget(dialog)
    if action == "save":
        dialog.save_to(str(tmp_path / "x.pdf"))
    else:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "p.pdf"))
        dialog.print_to(printer)
    with ctx.database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("document.%"))
        ).all()
    assert [e.action for e in events] == [f"document.{action}"]
    assert json.loads(events[0].details)["document"] == "aftercare"
    assert events[0].entity_id == 7
