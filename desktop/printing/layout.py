"""Shared page layout for every printed document: fonts, styles, header, footer.

Plain data in, PDF bytes out. ReportLab's built-in Helvetica has no Turkish
letters or ₺, so the bundled DejaVu Sans (resources/fonts, with its licence)
is registered and embedded in every document.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Image, SimpleDocTemplate

from desktop.printing.words import printed
from desktop.resources import resource_path

FONT = "PeelSans"
FONT_BOLD = "PeelSans-Bold"
FONT_ITALIC = "PeelSans-Oblique"
FONT_BOLD_ITALIC = "PeelSans-BoldOblique"
PAGE_SIZE: tuple[float, float] = A4
MARGIN_X: float = 18 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 14 * mm
ACCENT = colors.HexColor("#2f5d62")
MUTED = colors.HexColor("#5f6b6d")


@dataclass(frozen=True)
class ClinicIdentity:
    name: str = ""
    address: str = ""
    phone: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class DocumentMeta:
    """What the header and footer need. ``subject`` (e.g. the patient) repeats on later pages."""

    title: str
    language: str
    clinic: ClinicIdentity
    subject: str = ""
    footer_note: str = ""
    author: str = "PeelDesk"
    watermark: str = ""  # e.g. "DRAFT — not an offer", across every page under the text


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu family once per process."""
    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@cache
def _font_letters() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


# Up to the end of Latin Extended-B the bundled font has every letter: names written only
# with these never load the font's table (tests check the claim against the font).
SURELY_PRINTABLE_BELOW = 0x0250


def unprintable_letters(text: str) -> str:
    """The letters of ``text`` printed documents cannot show, each once, in order.

    Those the bundled font lacks (Chinese, Thai, Devanagari… would print as empty boxes) and
    those written right to left (Arabic, Hebrew: ReportLab would print them unjoined, in the
    wrong order).
    """
    import unicodedata

    if all(ord(ch) < SURELY_PRINTABLE_BELOW for ch in text):
        return ""
    found: list[str] = []
    letters = _font_letters()
    for ch in text:
        if ch.isspace() or ch in found:
            continue
        right_to_left = unicodedata.bidirectional(ch) in ("R", "AL")
        if right_to_left or ord(ch) not in letters:
            found.append(ch)
    return "".join(found)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # bulletFontName defaults to Helvetica (no Turkish letters): every style inherits ours.
    body = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5, spaceAfter=4
    )
    return {
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            textColor=ACCENT,
        ),
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
        ),
    }


def table_style_commands() -> list[tuple]:
    """Base commands for every Table: ReportLab's default cell font is Helvetica."""
    register_fonts()
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers pages so the footer can say 'Page N of M'."""

    def __init__(self, *args: Any, meta: DocumentMeta, **kwargs: Any) -> None:
        # Without this every page also declares Helvetica, which has no Turkish letters.
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            _draw_footer(self, self._meta, self._pageNumber, total)
            super().showPage()
        super().save()


def _draw_header(canvas: rl_canvas.Canvas, meta: DocumentMeta, page: int) -> None:
    width, height = PAGE_SIZE
    top = height - 12 * mm
    clinic = meta.clinic
    canvas.saveState()
    text_x = MARGIN_X
    logo = Path(clinic.logo_path) if clinic.logo_path else None
    if logo is not None and logo.is_file():
        try:
            canvas.drawImage(
                str(logo),
                MARGIN_X,
                top - 12 * mm,
                width=14 * mm,
                height=14 * mm,
                preserveAspectRatio=True,
                mask="auto",
            )
            text_x += 17 * mm
        except OSError:
            pass  # an unreadable logo must never stop a printout
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawString(text_x, top - 3 * mm, clinic.name or "PeelDesk")
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8)
    details = "  ·  ".join(part for part in (clinic.address, clinic.phone) if part)
    if details:
        canvas.drawString(text_x, top - 8 * mm, details[:150])
    if page > 1:
        canvas.setFont(FONT, 8.5)
        continued = f"{meta.title} — {meta.subject} ({printed('continued', meta.language)})"
        canvas.drawRightString(width - MARGIN_X, top - 3 * mm, continued.replace(" —  (", " ("))
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 11 * mm, width - MARGIN_X, top - 11 * mm)
    canvas.restoreState()


def _draw_watermark(canvas: rl_canvas.Canvas, text: str) -> None:
    """A light diagonal mark under the page's text (drawn before the flowables)."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#e3a3a3"))
    canvas.setFillAlpha(0.45)
    size = 42.0
    # Shrink a long mark so it stays on the page's diagonal (about 230 mm on A4).
    while size > 18 and pdfmetrics.stringWidth(text, FONT_BOLD, size) > 230 * mm:
        size -= 2
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _draw_footer(canvas: rl_canvas.Canvas, meta: DocumentMeta, page: int, total: int) -> None:
    width, _height = PAGE_SIZE
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(
        width - MARGIN_X,
        9 * mm,
        printed("Page {page} of {total}", meta.language, page=page, total=total),
    )
    if meta.footer_note:
        canvas.drawString(MARGIN_X, 9 * mm, meta.footer_note[:120])
    canvas.restoreState()


def build_pdf(meta: DocumentMeta, story: Sequence[Flowable]) -> bytes:
    """Lay out ``story`` on A4 pages with the clinic header and numbered footer."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=HEADER_HEIGHT + 4 * mm,
        bottomMargin=FOOTER_HEIGHT + 4 * mm,
        title=f"{meta.title} — {meta.subject}" if meta.subject else meta.title,
        author=meta.author,
        creator="PeelDesk",
        lang=meta.language,
    )

    def on_page(canvas: rl_canvas.Canvas, doc: SimpleDocTemplate) -> None:
        if meta.watermark:
            _draw_watermark(canvas, meta.watermark)
        _draw_header(canvas, meta, doc.page)

    document.build(
        list(story),
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=lambda *args, **kwargs: _NumberedCanvas(*args, meta=meta, **kwargs),
    )
    return buffer.getvalue()


def content_width() -> float:
    return PAGE_SIZE[0] - 2 * MARGIN_X


def logo_flowable(path: str, size_mm: float = 20) -> Image | None:
    file = Path(path)
    if not path or not file.is_file():
        return None
    return Image(str(file), width=size_mm * mm, height=size_mm * mm, kind="proportional")
