"""The aftercare sheet: what the patient's skin will do, day by day, with their own dates."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.printing.handout_common import Block, build_handout_pdf
from desktop.printing.layout import ClinicIdentity
from desktop.printing.words import printed


@dataclass(frozen=True)
class AftercareSheet:
    """Everything already filled in and in the patient's language."""

    clinic: ClinicIdentity
    language: str
    title: str
    patient_name: str
    session_date: str
    follow_up_date: str  # "" when none is booked
    intro: str
    blocks: tuple[Block, ...]  # areas, timeline, products, warnings, follow-up, closing


def build_aftercare_pdf(sheet: AftercareSheet) -> bytes:
    info = [
        (printed("Patient", sheet.language), sheet.patient_name),
        (printed("Treatment date", sheet.language), sheet.session_date),
    ]
    if sheet.follow_up_date:
        info.append((printed("Follow-up", sheet.language), sheet.follow_up_date))
    return build_handout_pdf(
        sheet.clinic,
        sheet.language,
        sheet.title,
        sheet.patient_name,
        info,
        sheet.intro,
        sheet.blocks,
    )
