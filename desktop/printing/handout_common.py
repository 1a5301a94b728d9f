"""What the patient handouts share: blocks of template text, an info box, date ranges.

Texts arrive already filled in (plain text with the template markup: blank
line = paragraph, "- " = bullet); everything is escaped here, so a name like
"<Ayşe & Co>" prints as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_long_date, locale_for
from desktop.printing.layout import (
    ACCENT,
    FONT,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)

# Tables call setFont(cell font) for every cell, Helvetica unless told: each TableStyle
# below names the bundled font so that no Latin-only font is embedded.
LIGHT = colors.HexColor("#e8f0ef")
SUN = colors.HexColor("#fdf3dc")


class _Para(Paragraph):
    """A Paragraph that remembers its last wrap.

    A table wraps each cell's paragraphs to measure the row, then again to draw it, and
    KeepTogether wraps its heading once more: each wrap breaks the lines anew (the
    largest part of laying out a sheet). Wrapping again at the same size gives the same
    lines, so the last answer is returned; the lines a split or a draw reads are those
    of that same last wrap.
    """

    _last_wrap: tuple[float, float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last_wrap
        if last is not None and last[0] == availWidth and last[1] == availHeight:
            return last[2]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, availHeight, size)
        return size


@dataclass(frozen=True)
class Block:
    """One part of a sheet: a heading, template text, a bullet list, and/or a two-column table."""

    heading: str = ""
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()
    highlight_last_row: bool = False
    boxed: bool = False


@cache
def _compact() -> dict[str, ParagraphStyle]:
    """The handouts' styles, built once: every block and cell asks for them."""
    base = styles()
    return {
        "body": ParagraphStyle(
            "h_body", parent=base["body"], fontSize=9, leading=11.6, spaceAfter=3
        ),
        # bulletFontName defaults to Helvetica, which would embed a second, Latin-only font.
        "bullet": ParagraphStyle(
            "h_bullet",
            parent=base["bullet"],
            fontSize=9,
            leading=11.6,
            spaceAfter=1,
            bulletFontName=FONT,
        ),
        "h2": ParagraphStyle(
            "h_h2", parent=base["h2"], fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
        ),
        "cell": base["cell"],
        "cell_bold": base["cell_bold"],
        "title": base["title"],
    }


def text_flowables(text: str, style: dict[str, ParagraphStyle] | None = None) -> list[Flowable]:
    style = style or _compact()
    out: list[Flowable] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            if out and isinstance(out[-1], Paragraph) and out[-1].bulletText:
                out.append(Spacer(1, 6))  # a paragraph after a list needs air
            out.append(_Para(escape(" ".join(paragraph)), style["body"]))
            paragraph.clear()

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("- "):
            flush()
            out.append(_Para(escape(line[2:].strip()), style["bullet"], bulletText="•"))
        else:
            paragraph.append(line)
    flush()
    return out


def info_table(rows: Sequence[tuple[str, str]]) -> Table:
    style = _compact()
    data = [
        [_Para(escape(label), style["cell_bold"]), _Para(escape(value), style["cell"])]
        for label, value in rows
    ]
    table = Table(
        data, colWidths=[38 * mm, content_width() - 38 * mm], hAlign="LEFT", spaceAfter=2.5 * mm
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


# The date column of a timeline: at least this wide, wider (up to the maximum) when the
# longest single date of the language needs it ("Wednesday, 30 September 2026").
WHEN_MIN_WIDTH = 44 * mm
WHEN_MAX_WIDTH = 70 * mm
_CELL_PADDING = 12  # ReportLab's default left + right cell padding, in points
_RANGE_DASH = " – "


def unbroken_dates(when: str) -> list[str]:
    """The dates in a timeline label, each to be kept on one line ("29 Ağustos 2026 Cumartesi").

    A range ("29 Ağustos – 28 Kasım 2026") may break only after its dash.
    """
    return [part.strip() for part in when.split(_RANGE_DASH)]


def _when_markup(when: str) -> str:
    parts = [escape(part).replace(" ", "\u00a0") for part in unbroken_dates(when)]
    # The dash stays with the first date; the line may break after it.
    return "\u00a0– ".join(parts)


def _when_width(rows: Sequence[tuple[str, str]], cell: ParagraphStyle) -> float:
    longest = max(
        (
            stringWidth(part, cell.fontName, cell.fontSize)
            for when, _text in rows
            for part in unbroken_dates(when)
        ),
        default=0.0,
    )
    return float(min(max(WHEN_MIN_WIDTH, longest + _CELL_PADDING + 1), WHEN_MAX_WIDTH))


def _rows_table(block: Block, style: dict[str, ParagraphStyle]) -> Table:
    data = []
    for when, text in block.rows:
        data.append([_Para(_when_markup(when), style["cell_bold"]), text_flowables(text, style)])
    when_width = _when_width(block.rows, style["cell_bold"])
    table = Table(data, colWidths=[when_width, content_width() - when_width], hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#c9d6d4")),
        ("LINEBEFORE", (1, 0), (1, -1), 1.2, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if block.highlight_last_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SUN))
    table.setStyle(TableStyle(commands))
    return table


def block_flowables(block: Block) -> list[Flowable]:
    style = _compact()
    body: list[Flowable] = []
    if block.text:
        body += text_flowables(block.text, style)
    for item in block.items:
        body.append(_Para(escape(item), style["bullet"], bulletText="•"))
    if block.rows:
        body.append(_rows_table(block, style))
    if block.boxed and body:
        box = Table([[body]], colWidths=[content_width()], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        body = [box]
    if not block.heading:
        return [Spacer(1, 3), *body] if body else body
    heading = _Para(escape(block.heading), style["h2"])
    # Keep a heading with its first lines; long lists may still flow on.
    return [KeepTogether([heading, *body[:1]]), *body[1:]]


def title_flowables(title: str) -> list[Flowable]:
    return [_Para(escape(title), _compact()["title"]), Spacer(1, 1 * mm)]


def build_handout_pdf(
    clinic: ClinicIdentity,
    language: str,
    title: str,
    patient_name: str,
    info: Sequence[tuple[str, str]],
    intro: str,
    blocks: Sequence[Block],
) -> bytes:
    """A handout: title, the info box, the intro paragraph, then the blocks in order."""
    meta = DocumentMeta(title=title, language=language, clinic=clinic, subject=patient_name)
    story = [*title_flowables(title), info_table(info)]
    story += block_flowables(Block(text=intro))
    for block in blocks:
        story += block_flowables(block)
    return build_pdf(meta, story)


def date_range(start: date, end: date, language: str) -> str:
    """25–28 November 2026; 29 November – 2 December 2026 (same in Turkish order).

    Each part is a CLDR form of the language (long date, day and month, day), so the
    order and the month names follow the locale.
    """
    from babel.dates import format_skeleton

    locale = locale_for(language)
    full_end = format_long_date(end, language)
    if start == end:
        return full_end
    if (start.year, start.month) == (end.year, end.month):
        head = format_skeleton("d", start, locale=locale)
    elif start.year == end.year:
        head = format_skeleton("MMMMd", start, locale=locale)
    else:
        head = format_long_date(start, language)
    separator = "–" if head.isdigit() else " – "
    return f"{head}{separator}{full_end}"
