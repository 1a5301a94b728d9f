"""The recovery key sheet for the clinic's safe: plain text in, PDF bytes out.

The words come translated from the caller (the interface language of the person sealing
the database); the key is printed large, in groups, in a monospaced face so that 0/O and
1/I cannot be mixed up (the key uses no 0, 1 or 8)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.printing.layout import FONT_BOLD, ClinicIdentity, DocumentMeta, build_pdf, styles


def recovery_sheet_pdf(
    *,
    title: str,
    language: str,
    clinic: ClinicIdentity,
    paragraphs: Sequence[str],
    recovery_key: str,
    database: str,
) -> bytes:
    style = styles()
    groups = recovery_key.split("-")
    rows = [groups[: len(groups) // 2], groups[len(groups) // 2 :]]
    key_table = Table(rows, colWidths=[30 * mm] * len(rows[0]))
    key_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 20),
                ("LEADING", (0, 0), (-1, -1), 26),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BOX", (0, 0), (-1, -1), 1, "#2f5d62"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story = [Paragraph(escape(title), style["title"]), Spacer(1, 4 * mm)]
    story += [Paragraph(escape(database), style["body"]), Spacer(1, 4 * mm)]
    story += [key_table, Spacer(1, 6 * mm)]
    story += [Paragraph(escape(text), style["body"]) for text in paragraphs]
    return build_pdf(DocumentMeta(title=title, language=language, clinic=clinic), story)
