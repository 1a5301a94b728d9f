"""The signed consent for the patient to take home: the form's full text, the signature, the
version, the time, the witness and a verification line with the hashes. Plain data in, PDF out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_local_datetime, format_short_date
from desktop.printing.layout import (
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
    table_style_commands,
)
from desktop.printing.words import document_language, printed

SIGNATURE_WIDTH = 70 * mm
SIGNATURE_HEIGHT = 30 * mm


@dataclass(frozen=True)
class ConsentPrint:
    clinic: ClinicIdentity
    language: str  # the form's language (the one the patient read)
    consent_id: int
    patient_name: str
    patient_birth_date: date | None
    title: str
    body: str
    version: int
    signed_at: datetime  # aware
    zone: tzinfo  # the clinic's
    witness_name: str
    text_sha256: str
    proof_sha256: str
    signature_png: bytes | None  # None once the patient was anonymised
    withdrawn_at: datetime | None = None
    withdrawal_reason: str = ""


def build_consent_pdf(data: ConsentPrint) -> bytes:
    language = document_language(data.language)
    style = styles()
    when = format_local_datetime(data.signed_at, data.zone, seconds=True)
    story: list[Flowable] = [Paragraph(escape(data.title), style["title"])]
    for paragraph in data.body.split("\n\n"):
        for line in _lines(paragraph):
            bullet = line.startswith("- ")
            text = escape(line[2:] if bullet else line)
            if bullet:
                story.append(Paragraph(text, style["bullet"], bulletText="•"))
            else:
                story.append(Paragraph(text, style["body"]))
        story.append(Spacer(1, 2 * mm))
    story.append(Spacer(1, 4 * mm))
    patient = data.patient_name
    if data.patient_birth_date is not None:
        born = format_short_date(data.patient_birth_date)
        patient = printed("{name}, born {date}", language, name=patient, date=born)
    rows = [
        (printed("Patient", language), patient),
        (printed("Form version", language), str(data.version)),
        (printed("Signed on", language), when),
        (printed("Witness", language), data.witness_name),
    ]
    table = Table(
        [
            [Paragraph(escape(k), style["cell_bold"]), Paragraph(escape(v), style["cell"])]
            for k, v in rows
        ],
        colWidths=[40 * mm, content_width() - 40 * mm],
    )
    table.setStyle(TableStyle(table_style_commands()))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(printed("Patient's signature", language)), style["h2"]))
    story.append(_signature(data, language))
    if data.withdrawn_at is not None:
        withdrawn = format_local_datetime(data.withdrawn_at, data.zone)
        story.append(
            Paragraph(
                escape(printed("Withdrawn on {date}.", language, date=withdrawn)), style["h2"]
            )
        )
        if data.withdrawal_reason:
            story.append(Paragraph(escape(data.withdrawal_reason), style["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            escape(
                printed(
                    "Verification: consent no. {id}; SHA-256 of the text shown: {text}; "
                    "proof of this signature: {proof}. The clinic can check both against its "
                    "tamper-evident records.",
                    language,
                    id=data.consent_id,
                    text=data.text_sha256,
                    proof=data.proof_sha256,
                )
            ),
            style["small"],
        )
    )
    meta = DocumentMeta(
        title=printed("Signed consent", language),
        language=language,
        clinic=data.clinic,
        subject=data.patient_name,
        footer_note=printed("Consent no. {id}", language, id=data.consent_id),
    )
    return build_pdf(meta, story)


def _lines(paragraph: str) -> list[str]:
    """A paragraph's lines; consecutive lines that are not list items are one paragraph."""
    out: list[str] = []
    for line in paragraph.splitlines():
        line = line.strip()
        if not line:
            continue
        if out and not line.startswith("- ") and not out[-1].startswith("- "):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _signature(data: ConsentPrint, language: str) -> Flowable:
    style = styles()
    if data.signature_png is None:
        return Paragraph(
            escape(
                printed(
                    "The signature image was removed when the patient's identity was removed; "
                    "the proof below still identifies it.",
                    language,
                )
            ),
            style["small"],
        )
    image = Image(
        io.BytesIO(data.signature_png),
        width=SIGNATURE_WIDTH,
        height=SIGNATURE_HEIGHT,
        kind="proportional",
    )
    box = Table([[image]], colWidths=[SIGNATURE_WIDTH + 6 * mm])
    box.setStyle(
        TableStyle(
            [
                *table_style_commands(),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ]
        )
    )
    box.hAlign = "LEFT"
    return box
