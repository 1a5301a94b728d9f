"""The printed receipt: one A4 page in the patient's language, plain data in, PDF bytes out.

What was paid (or given back), how, when and to whom, and what the patient still owes right
after it. A cancelled receipt is printed with a CANCELLED mark across the page, never
without it; the receipt's own figures are frozen (services/payments/receipts.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_long_date, format_money
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    ACCENT,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
    table_style_commands,
)
from desktop.printing.words import printed


@dataclass(frozen=True)
class ReceiptPrint:
    clinic: ClinicIdentity
    language: str
    number: str
    patient_name: str
    issued_on: date
    kind: str  # deposit, payment or refund
    method: str | None
    amount: Decimal  # paid: positive; given back: negative
    currency: str
    balance_after: Decimal  # > 0 still owed, < 0 in the patient's favour
    issued_by: str
    cancelled: bool = False
    # The course paid for: its areas and number of sessions (empty: not against a course).
    course_areas: tuple[str, ...] = ()
    course_sessions: int = 0


def build_receipt_pdf(data: ReceiptPrint) -> bytes:
    lang = data.language
    st = styles()

    def money(value: Decimal) -> str:
        return format_money(value, data.currency, lang)

    title = printed("Receipt", lang)
    cancelled = printed("CANCELLED", lang) if data.cancelled else ""
    meta = DocumentMeta(
        title=title,
        language=lang,
        clinic=data.clinic,
        subject=f"{data.number} · {data.patient_name}",
        footer_note=f"{title} {data.number}",
        watermark=cancelled,
    )
    refund = data.amount < 0
    what = printed("Amount given back", lang) if refund else printed("Amount received", lang)
    if data.balance_after > 0:
        left = (printed("Balance still to pay", lang), money(data.balance_after))
    elif data.balance_after < 0:
        left = (printed("In the patient's favour", lang), money(-data.balance_after))
    else:
        left = (printed("Balance still to pay", lang), money(Decimal("0.00")))
    facts = [
        (printed("Receipt number", lang), data.number),
        (printed("Date", lang), format_long_date(data.issued_on, lang)),
        (
            printed("Received from", lang) if not refund else printed("Paid to", lang),
            data.patient_name,
        ),
        (printed("For", lang), _paid_for(data)),
        (printed("Method", lang), label(data.method, lang) if data.method else "–"),
        (what, money(abs(data.amount))),
        left,
        (printed("Received by", lang) if not refund else printed("Paid by", lang), data.issued_by),
    ]
    strong = {what, left[0]}
    rows = [
        [
            Paragraph(name, st["cell_bold"]),
            Paragraph(f"<b>{_esc(value)}</b>" if name in strong else _esc(value), st["cell"]),
        ]
        for name, value in facts
    ]
    table = Table(rows, colWidths=[55 * mm, content_width() - 55 * mm], hAlign="LEFT")
    amount_row = next(i for i, (name, _) in enumerate(facts) if name == what)
    table.setStyle(
        TableStyle(
            [
                *table_style_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEABOVE", (0, amount_row), (-1, amount_row), 0.8, ACCENT),
            ]
        )
    )
    story: list = [Paragraph(title, st["title"])]
    if cancelled:
        story.append(Paragraph(f"<b>{_esc(cancelled)}</b>", st["body"]))
    story += [
        table,
        Spacer(1, 8 * mm),
        Paragraph(
            printed(
                "This receipt confirms a payment at the clinic's desk. It is not an invoice "
                "for the tax office.",
                lang,
            ),
            st["small"],
        ),
    ]
    return build_pdf(meta, story)


def _paid_for(data: ReceiptPrint) -> str:
    """ "Payment · Full face, Neck (3 sessions)"."""
    kind = label(data.kind, data.language)
    if not data.course_areas:
        return kind
    sessions = printed("{count} sessions", data.language, count=data.course_sessions)
    return f"{kind} · {', '.join(data.course_areas)} ({sessions})"


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
