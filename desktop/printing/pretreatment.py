"""The pre-treatment sheet given at booking: how to prepare and what happens on the day."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.printing.handout_common import Block, block_flowables, info_table, title_flowables
from desktop.printing.layout import ClinicIdentity, DocumentMeta, build_pdf

WORDS = {
    "patient": {"en": "Patient", "tr": "Hasta"},
    "appointment": {"en": "Appointment", "tr": "Randevu"},
}


def word(key: str, language: str) -> str:
    return WORDS[key].get(language, WORDS[key]["en"])


@dataclass(frozen=True)
class PretreatmentSheet:
    clinic: ClinicIdentity
    language: str
    title: str
    patient_name: str
    appointment: str  # date and time in the clinic's zone
    intro: str
    blocks: tuple[Block, ...]


def build_pretreatment_pdf(sheet: PretreatmentSheet) -> bytes:
    meta = DocumentMeta(
        title=sheet.title, language=sheet.language, clinic=sheet.clinic, subject=sheet.patient_name
    )
    info = [
        (word("patient", sheet.language), sheet.patient_name),
        (word("appointment", sheet.language), sheet.appointment),
    ]
    story = [*title_flowables(sheet.title), info_table(info)]
    story += block_flowables(Block(text=sheet.intro))
    for block in sheet.blocks:
        story += block_flowables(block)
    return build_pdf(meta, story)
