"""Aftercare and pre-treatment sheets for a session: compute the dates, build and save the PDF.

What they print about the session comes from session_data.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from db.codes import Anaesthesia, SessionStatus
from desktop.formatting import (
    format_local_time,
    format_long_date,
    format_time,
    format_weekday_date,
)
from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.handouts.session_data import HandoutSession, handout_session_in
from desktop.services.handouts.template_store import load_text, load_tiers
from desktop.services.handouts.templates import DepthTier, fill
from desktop.services.settings import store as settings

if TYPE_CHECKING:  # printing (ReportLab) is imported at first print, not with the services
    from desktop.printing.layout import ClinicIdentity

DOCUMENTS = ("aftercare", "pretreatment")


@dataclass(frozen=True)
class RecoveryTimeline:
    session_date: date
    first_days_end: date
    daily_life: date
    new_skin: date
    results: date
    sun_until: date


def recovery_timeline(session_date: date, tier: DepthTier) -> RecoveryTimeline:
    """Calendar dates of each recovery step; day 0 is the session day."""

    def day(n: int) -> date:
        return session_date + timedelta(days=n)

    return RecoveryTimeline(
        session_date=session_date,
        first_days_end=day(tier.first_days),
        daily_life=day(tier.daily_life_day),
        new_skin=day(tier.new_skin_day),
        results=day(tier.results_day),
        sun_until=day(tier.sun_until_day),
    )


# --- building ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BuiltHandout:
    document: str  # aftercare | pretreatment
    pdf: bytes
    title: str
    suggested_name: str
    patient_id: int
    session_id: int


def _check_printable(data: HandoutSession) -> None:
    if data.status == SessionStatus.CANCELLED:
        raise ValidationError(
            {
                "session": msg(
                    "Session {number} was cancelled; there is no sheet to print.",
                    number=data.session_id,
                )
            }
        )
    if data.status == SessionStatus.NO_SHOW:
        raise ValidationError(
            {
                "session": msg(
                    "Session {number} was marked as a no-show; there is no sheet to print.",
                    number=data.session_id,
                )
            }
        )


def _unbroken(text: str) -> str:
    """A phone number never splits across lines."""
    return text.replace(" ", "\u00a0")


def _time(value: datetime, ctx: ServiceContext) -> str:
    return format_local_time(value, ctx.zone)


def _follow_up_text(data: HandoutSession, ctx: ServiceContext) -> str:
    language = data.language
    if data.follow_up_on is not None:
        return format_weekday_date(data.follow_up_on, language)
    if data.next_planned_at is not None:
        local = data.next_planned_at.astimezone(ctx.zone)
        return f"{format_weekday_date(local.date(), language)}, {format_time(local)}"
    return ""


def _suggested_name(document: str, data: HandoutSession, day: date) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in data.patient_name).strip("-")
    return f"{document}-{safe or data.patient_id}-{day.isoformat()}.pdf"


def _handout_inputs(
    ctx: ServiceContext, session_id: int, document: str
) -> tuple[HandoutSession, dict[str, str], DepthTier, ClinicIdentity]:
    """The session, the document's texts in the patient's language, its depth tier, the clinic."""
    with ctx.database.read() as session:
        data = handout_session_in(session, session_id)
        _check_printable(data)
        texts = load_text(session, document, data.language)
        tier = load_tiers(session).for_depth(data.deepest_um)
        clinic = settings.clinic_identity_in(session)
    return data, texts, tier, clinic


def _common_values(data: HandoutSession, clinic: ClinicIdentity, tier: DepthTier) -> dict[str, str]:
    """Template values every handout offers."""
    return {
        "patient_name": data.patient_name,
        "clinic_name": clinic.name or "PeelDesk",
        "clinic_phone": _unbroken(clinic.phone) or "—",
        "tier_name": tier.name(data.language),
    }


def build_aftercare(ctx: ServiceContext, session_id: int) -> BuiltHandout:
    require(ctx, Permission.PRINT_HANDOUTS)
    from desktop.printing.aftercare import AftercareSheet, build_aftercare_pdf
    from desktop.printing.handout_common import Block, date_range

    data, texts, tier, clinic = _handout_inputs(ctx, session_id, "aftercare")
    language = data.language
    session_date = data.starts_at.astimezone(ctx.zone).date()
    timeline = recovery_timeline(session_date, tier)

    def long(day: date) -> str:
        return format_long_date(day, language)

    follow_up = _follow_up_text(data, ctx)
    values = {
        **_common_values(data, clinic, tier),
        "session_date": long(session_date),
        "first_days_end": long(timeline.first_days_end),
        "daily_life_date": long(timeline.daily_life),
        "new_skin_date": long(timeline.new_skin),
        "results_date": long(timeline.results),
        "sun_until_date": long(timeline.sun_until),
        "follow_up_date": follow_up,
    }
    text = {name: fill(body, values) for name, body in texts.items()}
    first_days = text["first_days"]
    if tier.bleeding:
        first_days += "\n\n" + text["bleeding_note"]
    rows: tuple[tuple[str, str], ...] = (
        (date_range(session_date, timeline.first_days_end, language), first_days),
        (format_weekday_date(timeline.daily_life, language), text["daily_life"]),
        (format_weekday_date(timeline.new_skin, language), text["new_skin"]),
        (format_weekday_date(timeline.results, language), text["results"]),
        (date_range(session_date, timeline.sun_until, language), text["sun"]),
    )
    if timeline.results == timeline.new_skin:
        # One date, one row: the new skin and the first visible results coincide.
        rows = (
            rows[0],
            rows[1],
            (rows[2][0], text["new_skin"] + "\n\n" + text["results"]),
            rows[4],
        )
    products = (
        Block(text["products_heading"], text["products_intro"], items=data.products)
        if data.products
        else Block(text["products_heading"], text["products_none"])
    )
    blocks = (
        Block(text=text["depth"]),
        Block(text["areas_heading"], items=tuple(a.name(language) for a in data.areas)),
        Block(text["timeline_heading"], rows=rows, highlight_last_row=True),
        products,
        Block(text["warning_heading"], text["warning_signs"], boxed=True),
        Block(
            text["follow_up_heading"], text["follow_up"] if follow_up else text["follow_up_none"]
        ),
        Block(text=text["closing"]),
    )
    sheet = AftercareSheet(
        clinic=clinic,
        language=language,
        title=text["title"],
        patient_name=data.patient_name,
        session_date=format_weekday_date(session_date, language),
        follow_up_date=follow_up,
        intro=text["intro"],
        blocks=blocks,
    )
    return BuiltHandout(
        "aftercare",
        build_aftercare_pdf(sheet),
        text["title"],
        _suggested_name("aftercare", data, session_date),
        data.patient_id,
        data.session_id,
    )


def build_pretreatment(ctx: ServiceContext, session_id: int) -> BuiltHandout:
    require(ctx, Permission.PRINT_HANDOUTS)
    from desktop.printing.handout_common import Block
    from desktop.printing.pretreatment import PretreatmentSheet, build_pretreatment_pdf

    data, texts, tier, clinic = _handout_inputs(ctx, session_id, "pretreatment")
    language = data.language
    local = data.starts_at.astimezone(ctx.zone)
    values = {
        **_common_values(data, clinic, tier),
        "appointment_date": format_weekday_date(local.date(), language),
        "appointment_time": _time(data.starts_at, ctx),
        "duration_minutes": str(data.duration_minutes),
    }
    text = {name: fill(body, values) for name, body in texts.items()}
    during = text["during"]
    if tier.anaesthesia or data.anaesthesia == Anaesthesia.LOCAL:
        during += "\n\n" + text["anaesthesia"]
    blocks = (
        Block(text["appointment_heading"], text["appointment"]),
        Block(text["areas_heading"], items=tuple(a.name(language) for a in data.areas)),
        Block(text["preparation_heading"], text["preparation"]),
        Block(text["during_heading"], during),
        Block(text["bring_heading"], text["bring"]),
        Block(text=text["after"] + "\n\n" + text["contact"]),
    )
    sheet = PretreatmentSheet(
        clinic=clinic,
        language=language,
        title=text["title"],
        patient_name=data.patient_name,
        appointment=f"{values['appointment_date']}, {values['appointment_time']}",
        intro=text["intro"],
        blocks=blocks,
    )
    return BuiltHandout(
        "pretreatment",
        build_pretreatment_pdf(sheet),
        text["title"],
        _suggested_name("pretreatment", data, local.date()),
        data.patient_id,
        data.session_id,
    )


def build_handout(ctx: ServiceContext, document: str, session_id: int) -> BuiltHandout:
    if document == "aftercare":
        return build_aftercare(ctx, session_id)
    if document == "pretreatment":
        return build_pretreatment(ctx, session_id)
    raise ValueError(f"unknown handout {document!r}")


def save_handout(ctx: ServiceContext, built: BuiltHandout, path: str | Path) -> Path:
    """Write the PDF owner-only and audit the save (the CLI's path; the GUI's is show_document)."""
    return document_output.save_pdf(
        ctx,
        built.pdf,
        path,
        document=built.document,
        patient_id=built.patient_id,
        entity="treatment_session",
        entity_id=built.session_id,
    )
