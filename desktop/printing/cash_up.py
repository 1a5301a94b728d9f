"""The day's cash-up report: money taken and given back per method and per staff member.

Plain data in (desktop/services/payments/rows.CashUp), PDF bytes out, in the language of
whoever prints it (the desk's), for the drawer count at the end of the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_local_time, format_long_date, format_money
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
from desktop.services.payments.rows import CashUp


def build_cash_up_pdf(
    report: CashUp, clinic: ClinicIdentity, language: str, zone: tzinfo | None = None
) -> bytes:
    """The totals per method and staff member, then every entry of the day (times in
    ``zone``, the clinic's), so the drawer and the receipt book can be checked line by line."""
    lang = language
    st = styles()
    currency = report.currency or "TRY"

    def money(value: Decimal) -> str:
        return format_money(value, currency, lang)

    title = printed("Cash-up", lang)
    day = format_long_date(report.day, lang)
    meta = DocumentMeta(title=title, language=lang, clinic=clinic, subject=day)
    story: list = [Paragraph(title, st["title"]), Paragraph(day, st["body"]), Spacer(1, 4 * mm)]

    headings = (
        printed("Method", lang),
        printed("Staff member", lang),
        printed("Entries", lang),
        printed("Taken", lang),
        printed("Given back", lang),
        printed("Net", lang),
    )
    # Text columns read from the left, figures from the right, headings with them.
    rows = [
        [
            Paragraph(h, st["cell_bold"]) if n < 2 else Paragraph(f"<b>{h}</b>", st["cell_right"])
            for n, h in enumerate(headings)
        ]
    ]
    for line in report.lines:
        rows.append(
            [
                Paragraph(label(line.method, lang), st["cell"]),
                Paragraph(_esc(line.staff_name), st["cell"]),
                Paragraph(str(line.count), st["cell_right"]),
                Paragraph(money(line.taken), st["cell_right"]),
                Paragraph(money(line.given_back), st["cell_right"]),
                Paragraph(money(line.net), st["cell_right"]),
            ]
        )
    if not report.lines:
        rows.append([Paragraph(printed("No payments on this day.", lang), st["cell"])] + [""] * 5)
    # "Entries" is "Hareket" in Turkish: wide enough not to break inside the word.
    widths = [28, 46, 24, 28, 28, 28]
    scale = content_width() / (sum(widths) * mm)
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    commands = [*table_style_commands(), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if not report.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    story += [table, Spacer(1, 6 * mm)]

    sums = [(label(method, lang), money(net)) for method, net in report.by_method]
    sums += [(_esc(name), money(net)) for name, net in report.by_staff]
    sums.append((f"<b>{printed('Total', lang)}</b>", f"<b>{money(report.total)}</b>"))
    sum_table = Table(
        [[Paragraph(a, st["cell"]), Paragraph(b, st["cell_right"])] for a, b in sums],
        colWidths=[70 * mm, 40 * mm],
        hAlign="RIGHT",
    )
    methods = len(report.by_method)
    sum_commands = [*table_style_commands(), ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
    if methods:  # a thin line between the methods and the staff members
        sum_commands.append(("LINEBELOW", (0, methods - 1), (-1, methods - 1), 0.4, ACCENT))
    sum_table.setStyle(TableStyle(sum_commands))
    story.append(sum_table)
    if report.entries:
        story += [Spacer(1, 6 * mm), *_entries(report, lang, money, zone)]
    return build_pdf(meta, story)


def _entries(
    report: CashUp, lang: str, money: Callable[[Decimal], str], zone: tzinfo | None
) -> list:
    st = styles()
    headings = (
        printed("Time", lang),
        printed("Receipt", lang),
        printed("Patient", lang),
        printed("Kind", lang),
        printed("Method", lang),
        printed("Amount", lang),
        printed("Staff member", lang),
    )
    rows = [
        [
            Paragraph(f"<b>{h}</b>", st["cell_right"]) if n == 5 else Paragraph(h, st["cell_bold"])
            for n, h in enumerate(headings)
        ]
    ]
    for entry in report.entries:
        rows.append(
            [
                Paragraph(format_local_time(entry.at, zone), st["cell"]),
                Paragraph(_esc(entry.receipt_number or "—"), st["cell"]),
                Paragraph(_esc(entry.patient_name), st["cell"]),
                Paragraph(label(entry.kind, lang), st["cell"]),
                Paragraph(label(entry.method, lang), st["cell"]),
                Paragraph(money(entry.paid), st["cell_right"]),
                Paragraph(_esc(entry.staff_name), st["cell"]),
            ]
        )
    widths = [15, 29, 34, 17, 27, 25, 31]
    scale = content_width() / (sum(widths) * mm)
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle([*table_style_commands(), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)])
    )
    return [Paragraph(printed("Entries of the day", lang), st["h2"]), table]


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
