"""The money part of a patient's data export PDF: courses, payments and receipts, balance.

Plain data in (the "money" part of services/patients/export.collect_patient_data), flowables
out; desktop/printing/patient_export.py places them after the quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table

from desktop.formatting import format_money
from desktop.printing.code_labels import label
from desktop.printing.layout import content_width, styles
from desktop.printing.words import printed

MakeTable = Callable[[list[list[Any]], list[float]], Table]


class Writer(Protocol):
    """How the export writes a value (dates in the clinic's zone, codes in words)."""

    def text(self, value: Any) -> str: ...

    def cell(self, value: Any, style: str = "cell") -> Paragraph: ...


def money_story(money: dict[str, Any], w: Writer, table: MakeTable, lang: str) -> list[Any]:
    """The section's flowables; ``table(rows, widths)`` makes tables the export's way."""
    cell = w.cell
    s = styles()
    width = content_width()
    courses = money.get("courses", [])
    events = money.get("money_events", [])
    currency = money.get("currency") or "TRY"

    def amount(value: str | None) -> str:
        return "—" if value is None else format_money(Decimal(value), currency, lang)

    story: list[Any] = [
        Paragraph(
            escape(printed("Courses and payments ({n})", lang, n=len(events))),
            s["h2"],
        )
    ]
    if not courses and not events:
        story.append(Paragraph(escape(printed("No payments are recorded.", lang)), s["body"]))
        return story
    for course in courses:
        title = printed(
            "Course from quote {quote} · {areas} · sessions done {done} of {total} · "
            "{price} · {status}",
            lang,
            quote=course.get("quote_number") or "—",
            areas=", ".join(course.get("areas", [])) or "—",
            done=course.get("sessions_done", 0),
            total=int(course.get("sessions_bought", 0)) + int(course.get("sessions_added", 0)),
            price=amount(course.get("price")),
            status=label(str(course.get("status", "")), lang),
        )
        story.append(Paragraph(escape(title), s["cell_bold"]))
    if events:
        headings = (
            printed("When", lang),
            printed("Kind", lang),
            printed("Method", lang),
            printed("Amount", lang),
            printed("Receipt", lang),
            printed("Who", lang),
        )
        rows = [[cell(heading, "cell_bold") for heading in headings]]
        for event in events:
            rows.append(
                [
                    cell(event.get("at")),
                    cell(label(str(event.get("kind", "")), lang)),
                    cell(label(str(event.get("method") or ""), lang)),
                    cell(amount(event.get("amount"))),
                    cell(event.get("receipt_number")),
                    cell(event.get("staff_name")),
                ]
            )
        story.append(table(rows, [width * f for f in (0.2, 0.15, 0.15, 0.16, 0.16, 0.18)]))
    for receipt in money.get("receipts", []):
        if receipt.get("cancelled_at"):
            text = printed(
                "Receipt {number} was cancelled {when}.",
                lang,
                number=receipt.get("number"),
                when=w.text(receipt.get("cancelled_at")),
            )
            story.append(Paragraph(escape(text), s["cell"]))
    story.append(
        Paragraph(
            escape(
                printed(
                    "Balance owed: {amount} (a negative amount is owed to the patient).",
                    lang,
                    amount=amount(money.get("balance_owed")),
                )
            ),
            s["cell_bold"],
        )
    )
    story.append(Spacer(1, 6))
    return story
