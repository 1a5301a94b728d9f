"""The printed price quote: plain data in, PDF bytes out (A4, Turkish or English)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import decimal_sign, format_long_date, format_money, format_plain_number
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    ACCENT,
    MUTED,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
    table_style_commands,
)
from desktop.printing.words import printed
from desktop.services.quotes.pricing import discount_text

# Only a status that tells the patient something is printed: an issued quote is simply the
# offer (its validity date says the rest) and a draft carries the DRAFT mark instead.
_STATUSES_FOR_PATIENTS = ("accepted", "declined", "expired")


@dataclass(frozen=True)
class QuotePrintLine:
    description: str
    size_cm2: Decimal
    band_label: str
    unit_price: Decimal
    sessions: int
    discount: Decimal
    discount_labels: tuple[str, ...]
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class QuotePrint:
    clinic: ClinicIdentity
    language: str
    number: str | None
    status: str
    patient_name: str
    issued_on: date | None
    created_on: date
    valid_until: date | None
    currency: str
    vat_rate_percent: Decimal
    prices_include_vat: bool
    lines: tuple[QuotePrintLine, ...]
    subtotal: Decimal
    discount_total: Decimal
    vat_total: Decimal
    rounding_total: Decimal
    total: Decimal
    manual_reason: str = ""


def build_quote_pdf(data: QuotePrint) -> bytes:
    lang = data.language
    st = styles()

    def money(value: Decimal) -> str:
        return format_money(value, data.currency, lang)

    number = data.number or printed("DRAFT — not issued", lang)
    title = printed("Price quote", lang)
    draft = data.status == "draft" or not data.number
    draft_mark = printed("DRAFT — not an offer", lang) if draft else ""
    meta = DocumentMeta(
        title=title,
        language=lang,
        clinic=data.clinic,
        subject=f"{number} · {data.patient_name}",
        footer_note=f"{title} {number}",
        watermark=draft_mark,
    )
    story: list = [Paragraph(title, st["title"])]
    if draft_mark:
        story.append(Paragraph(_esc(draft_mark), _draft_style()))

    day = data.issued_on or data.created_on
    facts = [
        (printed("Quote number", lang), number),
        (printed("Patient", lang), data.patient_name),
        (printed("Date", lang), format_long_date(day, lang)),
    ]
    if data.valid_until:
        facts.append((printed("Valid until", lang), format_long_date(data.valid_until, lang)))
    if data.status in _STATUSES_FOR_PATIENTS:
        facts.append((printed("Status", lang), label(data.status, lang)))
    fact_rows = [
        [Paragraph(label, st["cell_bold"]), Paragraph(_esc(value), st["cell"])]
        for label, value in facts
    ]
    fact_table = Table(fact_rows, colWidths=[38 * mm, content_width() - 38 * mm], hAlign="LEFT")
    fact_table.setStyle(
        TableStyle(
            [
                *table_style_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story += [fact_table, Spacer(1, 5 * mm)]

    right = _cell(8.5, bold=False, align_right=True)
    headings = (
        printed("Area", lang),
        printed("Size", lang),
        printed("Band", lang),
        printed("Per session", lang),
        printed("Sessions", lang),
        printed("Discount", lang),
        printed("VAT", lang),
        printed("Total", lang),
    )
    # The area column is read as text (left); every other column holds figures (right).
    header = [
        Paragraph(heading, _cell(8.5, bold=True, align_right=column > 0))
        for column, heading in enumerate(headings)
    ]
    rows = [header]
    commands: list = [
        *table_style_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    note_style = _cell(7.5, bold=False, align_right=False, muted=True)
    for index, line in enumerate(data.lines):
        first = len(rows)
        rows.append(
            [
                Paragraph(_esc(line.description), _cell(8.5, bold=False, align_right=False)),
                Paragraph(f"{format_plain_number(line.size_cm2, lang)} cm²", right),
                # The band label's figures are written with a point (services/quotes).
                Paragraph(_esc(line.band_label.replace(".", decimal_sign(lang))), right),
                Paragraph(money(line.unit_price), right),
                Paragraph(str(line.sessions), right),
                Paragraph(f"−{money(line.discount)}" if line.discount else "–", right),
                Paragraph(money(line.vat), right),
                Paragraph(money(line.total), _cell(8.5, bold=True, align_right=True)),
            ]
        )
        if line.discount_labels:
            # The discounts of a line get a full-width row of their own under it.
            labels = ", ".join(discount_text(code, lang) for code in line.discount_labels)
            rows.append([Paragraph(_esc(labels), note_style)] + [""] * 7)
            last = len(rows) - 1
            commands += [
                ("SPAN", (0, last), (-1, last)),
                ("NOSPLIT", (0, first), (-1, last)),  # a line never leaves its discounts behind
                ("TOPPADDING", (0, last), (-1, last), 0),
                ("LEFTPADDING", (0, last), (0, last), 9),
            ]
        last = len(rows) - 1
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, colors.HexColor("#c9d3d4")))
        if index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, last), colors.HexColor("#f4f7f7")))
    widths = [32, 17, 23, 23, 18, 23, 21, 24]
    scale = content_width() / (sum(widths) * mm)
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story += [table, Spacer(1, 4 * mm)]

    rate = format_plain_number(data.vat_rate_percent, lang)
    grand_total = printed("Total to pay", lang)
    sums = [(printed("Subtotal", lang), money(data.subtotal))]
    if data.discount_total:
        sums.append((printed("Discounts", lang), f"−{money(data.discount_total)}"))
    if not data.prices_include_vat:
        added = data.total - data.rounding_total - (data.subtotal - data.discount_total)
        sums.append((printed("VAT added ({rate} %)", lang, rate=rate), money(added)))
    if data.rounding_total:
        sign = "−" if data.rounding_total < 0 else "+"
        sums.append((printed("Rounding", lang), f"{sign}{money(abs(data.rounding_total))}"))
    sums.append((grand_total, money(data.total)))
    if data.prices_include_vat:
        sums.append((printed("of which VAT ({rate} %)", lang, rate=rate), money(data.vat_total)))
    total_index = next(i for i, (label, _) in enumerate(sums) if label == grand_total)
    right = st["cell_right"]
    sum_rows = [[Paragraph(label, right), Paragraph(value, right)] for label, value in sums]
    sum_rows[total_index] = [
        Paragraph(f"<b>{grand_total}</b>", right),
        Paragraph(f"<b>{money(data.total)}</b>", right),
    ]
    sum_table = Table(sum_rows, colWidths=[60 * mm, 34 * mm], hAlign="RIGHT")
    sum_table.setStyle(
        TableStyle(
            [
                *table_style_commands(),
                ("LINEABOVE", (0, total_index), (-1, total_index), 0.8, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story.append(KeepTogether([sum_table]))
    if data.manual_reason:
        story += [
            Spacer(1, 2 * mm),
            Paragraph(
                f"<b>{printed('Reason for the manual discount', lang)}:</b> "
                f"{_esc(data.manual_reason)}",
                st["small"],
            ),
        ]

    included = (
        printed(
            "Each session of micro laser peeling on the listed areas, at the depth the "
            "physician sets for your skin (usually 15–60 minutes, depending on the area).",
            lang,
        ),
        printed(
            "Cleansing of the area and eye protection during the treatment; local "
            "anaesthesia when a deeper peel needs it.",
            lang,
        ),
        printed(
            "Your aftercare instructions. Recommended creams and medicines are not included.",
            lang,
        ),
    )
    note: list = [Spacer(1, 5 * mm), Paragraph(printed("What the price includes", lang), st["h2"])]
    note += [Paragraph(_esc(item), st["bullet"], bulletText="•") for item in included]
    if data.valid_until:
        validity = printed(
            "This quote is valid until {date}. Prices are per treated area and depend on its "
            "size; the physician confirms the areas and the number of sessions at the first "
            "visit.",
            lang,
            date=format_long_date(data.valid_until, lang),
        )
        note += [Spacer(1, 2 * mm), Paragraph(_esc(validity), st["body"])]
    story.append(KeepTogether(note))
    return build_pdf(meta, story)


@cache
def _cell(size: float, *, bold: bool, align_right: bool, muted: bool = False) -> ParagraphStyle:
    parent = styles()["cell_bold" if bold else "cell"]
    return ParagraphStyle(
        f"quote_cell_{size}_{bold}_{align_right}_{muted}",
        parent=parent,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_RIGHT if align_right else TA_LEFT,
        textColor=MUTED if muted else parent.textColor,
    )


@cache
def _draft_style() -> ParagraphStyle:
    return ParagraphStyle(
        "quote_draft_mark",
        parent=styles()["h2"],
        textColor=colors.HexColor("#a33b3b"),
        spaceBefore=0,
    )


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
