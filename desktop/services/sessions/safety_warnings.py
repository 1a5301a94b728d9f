"""Safety warnings before a booking: healing interval, screening, contraindications.

They are not input errors: the person booking must acknowledge them (NeedsAcknowledgement
lists the ones not acknowledged yet), then the booking goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import (
    OPEN_SESSION_STATUSES,
    Region,
    SessionStatus,
)
from db.models import Patient, SessionArea, TreatmentArea, TreatmentSession
from desktop.formatting import name_in
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import Message, Named, join, msg
from desktop.services.sessions.catalog import AreaRow, areas_inside_others, catalog_rows
from desktop.services.sessions.checks import CONTRAINDICATION_LABELS, area_name
from desktop.services.settings import store as settings


@dataclass(frozen=True)
class SafetyWarning:
    code: str  # stable: what the caller acknowledges
    message: Message


class NeedsAcknowledgement(ServiceError):
    """Safety warnings the user has not acknowledged yet; nothing was saved."""

    def __init__(self, warnings: Sequence[SafetyWarning]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(
            msg(
                "Please confirm before booking: {warnings}",
                warnings=join(*(w.message for w in self.warnings)),
            )
        )


def booking_warnings(
    session: Session,
    ctx: ServiceContext,
    patient: Patient,
    starts_at: datetime,
    area_ids: Sequence[int],
    *,
    exclude_session_id: int | None = None,
) -> list[SafetyWarning]:
    """What a careful physician would want pointed out before this booking."""
    found: list[SafetyWarning] = inside_warnings(catalog_rows(session, area_ids), area_ids)
    session_day = starts_at.astimezone(ctx.zone).date()

    healing_days = settings.get(session, "healing_interval_days")
    if area_ids and healing_days > 0:
        found.extend(
            _healing_warnings(
                session, ctx, patient.id, starts_at, area_ids, healing_days, exclude_session_id
            )
        )

    max_age = settings.get(session, "screening_max_age_days")
    if patient.screened_on is None:
        found.append(
            SafetyWarning(
                "screening_missing",
                msg(
                    "This patient has no contraindication screening on file. "
                    "Ask the screening questions and record them on the patient form."
                ),
            )
        )
    elif (session_day - patient.screened_on).days > max_age:
        found.append(
            SafetyWarning(
                "screening_old",
                msg(
                    "The contraindication screening is from {date}, older than {days} days. "
                    "Ask the questions again.",
                    date=format_user_date(patient.screened_on),
                    days=max_age,
                ),
            )
        )
    for field, words in CONTRAINDICATION_LABELS.items():
        if getattr(patient, field):
            if field == "isotretinoin" and patient.isotretinoin_last_dose:
                sentence = msg(
                    "The screening says the patient {condition} (last dose {date}); "
                    "the physician must decide whether peeling is safe.",
                    condition=words,
                    date=format_user_date(patient.isotretinoin_last_dose),
                )
            else:
                sentence = msg(
                    "The screening says the patient {condition}; "
                    "the physician must decide whether peeling is safe.",
                    condition=words,
                )
            found.append(SafetyWarning(code=f"contraindication:{field}", message=sentence))
    return found


def inside_warnings(
    catalog: Iterable[AreaRow], area_ids: Sequence[int], *, quote: bool = False
) -> list[SafetyWarning]:
    """One warning per chosen area that lies inside another chosen one (the eye contour
    with the full face): the same skin booked, or charged in a quote, twice. A warning, not
    a refusal: a physician may mean it (a second pass on the eyes)."""
    warnings = []
    for outer, inner in areas_inside_others(catalog, area_ids):
        names = {
            "inner": Named(name_in("en", inner.names), inner.names),
            "outer": Named(name_in("en", outer.names), outer.names),
        }
        sentence = (
            msg(
                "{inner} lies inside {outer}: quoted together, that skin is charged twice. "
                "Remove one of them unless that is meant.",
                **names,
            )
            if quote
            else msg(
                "{inner} lies inside {outer}: booked together, that skin is treated twice. "
                "Remove one of them unless the physician means it.",
                **names,
            )
        )
        warnings.append(SafetyWarning(code=f"area_inside:{outer.id}:{inner.id}", message=sentence))
    return warnings


def overlapping_areas(session: Session, area_ids: Sequence[int]) -> dict[int, dict[int, Named]]:
    """For each area, the catalog areas that cover the same skin, with their names.

    An area overlaps itself; a whole-region area (the catalog's ``covers_region``: the full
    face, both hands) also overlaps every other area of its region. A spot or scar is only
    itself: it can be anywhere.
    """
    catalog = {
        row.id: row
        for row in session.execute(
            select(
                TreatmentArea.id,
                TreatmentArea.code,
                TreatmentArea.region,
                TreatmentArea.names,
                TreatmentArea.covers_region,
            )
        )
    }
    result: dict[int, dict[int, Named]] = {}
    for area_id in area_ids:
        mine = catalog.get(area_id)
        if mine is None:
            continue
        covered = {area_id: area_name(mine)}
        if mine.region != Region.SPOT:
            for other in catalog.values():
                if other.region == mine.region and (mine.covers_region or other.covers_region):
                    covered[other.id] = area_name(other)
        result[area_id] = covered
    return result


def _healing_warnings(
    session: Session,
    ctx: ServiceContext,
    patient_id: int,
    starts_at: datetime,
    area_ids: Sequence[int],
    healing_days: int,
    exclude_session_id: int | None,
) -> list[SafetyWarning]:
    interval = timedelta(days=healing_days)
    overlaps = overlapping_areas(session, area_ids)
    wanted = {other for covered in overlaps.values() for other in covered}
    # Done sessions before this one, and planned ones on either side: two bookings a week
    # apart on the same skin are as much a mistake as one soon after a done session.
    stmt = (
        select(SessionArea.area_id, TreatmentSession.starts_at, TreatmentSession.status)
        .join(TreatmentSession, TreatmentSession.id == SessionArea.session_id)
        .where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.starts_at > starts_at - interval,
            TreatmentSession.starts_at < starts_at + interval,
            SessionArea.area_id.in_(wanted),
            TreatmentSession.status.in_(OPEN_SESSION_STATUSES)
            | (
                (TreatmentSession.status == SessionStatus.DONE)
                & (TreatmentSession.starts_at <= starts_at)
            ),
        )
    )
    if exclude_session_id is not None:
        stmt = stmt.where(TreatmentSession.id != exclude_session_id)
    nearest: dict[int, tuple[int, datetime, str]] = {}
    for other_id, other_at, status in session.execute(stmt):
        for area_id, covered in overlaps.items():
            if other_id not in covered:
                continue
            known = nearest.get(area_id)
            if known is None or abs(other_at - starts_at) < abs(known[1] - starts_at):
                nearest[area_id] = (other_id, other_at, status)
    session_day = starts_at.astimezone(ctx.zone).date()
    warnings = []
    for area_id, (other_id, other_at, status) in sorted(nearest.items()):
        name, other_name = overlaps[area_id][area_id], overlaps[area_id][other_id]
        other_day = other_at.astimezone(ctx.zone).date()
        gap = abs((session_day - other_day).days)
        kind = (
            "done"
            if status == SessionStatus.DONE
            else ("before" if other_at < starts_at else "after")
        )
        days = msg("1 day") if gap == 1 else msg("{count} days", count=gap)
        sentence = _healing_sentence(
            kind,
            area=name,
            other=Named(other_name.lower(), other_name.forms) if other_id != area_id else None,
            date=format_user_date(other_day),
            days=days,
            interval=healing_days,
        )
        warnings.append(SafetyWarning(code=f"healing:{area_id}", message=sentence))
    return warnings


def _healing_sentence(kind: str, *, other: Named | None, **values: object) -> Message:
    """``kind``: the other session was done, or is booked before/after this one.

    ``other`` names the other area when it is not the same one but covers the same skin.
    Each case is a whole sentence: languages order "before/after" and "which" differently.
    """
    if other is None:
        if kind == "done":
            return msg(
                "{area} was treated on {date}, {days} before this session; "
                "the clinic waits {interval} days for the skin to heal.",
                **values,
            )
        if kind == "before":
            return msg(
                "{area} is already booked on {date}, {days} before this session; "
                "the clinic waits {interval} days for the skin to heal.",
                **values,
            )
        return msg(
            "{area} is already booked on {date}, {days} after this session; "
            "the clinic waits {interval} days for the skin to heal.",
            **values,
        )
    if kind == "done":
        return msg(
            "{area} overlaps {other}, which was treated on {date}, {days} before this session; "
            "the clinic waits {interval} days for the skin to heal.",
            other=other,
            **values,
        )
    if kind == "before":
        return msg(
            "{area} overlaps {other}, which is already booked on {date}, {days} before this "
            "session; the clinic waits {interval} days for the skin to heal.",
            other=other,
            **values,
        )
    return msg(
        "{area} overlaps {other}, which is already booked on {date}, {days} after this "
        "session; the clinic waits {interval} days for the skin to heal.",
        other=other,
        **values,
    )
