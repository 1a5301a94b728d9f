"""The pre-treatment sheet given at booking: how to prepare and what happens on the day."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.printing.handout_common import Block, build_handout_pdf
from desktop.printing.layout import ClinicIdentity
from desktop.printing.words import printed


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
    info = [
        (printed("Patient", sheet.language), sheet.patient_name),
        (printed("Appointment", sheet.language), sheet.appointment),
    ]
    return build_handout_pdf(
        sheet.clinic,
        sheet.language,
        sheet.title,
        sheet.patient_name,
        info,
        sheet.intro,
        sheet.blocks,
    )
