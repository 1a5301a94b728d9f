"""The physician's view of one patient: every session, newest first, with a per-area summary.

Loads in four queries whatever the number of sessions (patient, sessions with
physician names, their areas, their follow-up notes).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import select

from db.models import FollowUp, Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from desktop.services.context import ServiceContext
from desktop.services.errors import NotFound, ValidationError
from desktop.services.permissions import Permission, require
from desktop.services.session_checks import local_start
from desktop.services.sessions import FollowUpRow, SessionAreaRow


@dataclass(frozen=True)
class HistorySession:
    id: int
    starts_at: datetime
    duration_minutes: int
    status: str
    physician_name: str
    anaesthesia: str
    indications: tuple[str, ...]
    combined_procedures: tuple[str, ...]
    notes: str
    follow_up_on: date | None
    areas: tuple[SessionAreaRow, ...]
    follow_ups: tuple[FollowUpRow, ...]


@dataclass(frozen=True)
class AreaSummary:
    area_id: int
    name_en: str
    name_tr: str
    sessions: int  # done sessions on this area
    last_depth_um: int | None
    last_on: date | None  # clinic-local date of the latest done session


@dataclass(frozen=True)
class HistoryFilter:
    area_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class PatientHistory:
    patient_id: int
    patient_name: str
    birth_date: date | None
    skin_type: int | None
    sessions: tuple[HistorySession, ...]
    area_summary: tuple[AreaSummary, ...]
    # Every area the patient ever had (for the filter), as (id, English name).
    areas_on_file: tuple[tuple[int, str], ...]
    filter: HistoryFilter
    total_sessions: int  # before the filter


@lru_cache(maxsize=256)
def _codes(text: str) -> tuple[str, ...]:
    """JSON code lists repeat ('[]', '["wrinkles"]'): decode each distinct text once."""
    return tuple(json.loads(text))


def patient_history(
    ctx: ServiceContext, patient_id: int, flt: HistoryFilter | None = None
) -> PatientHistory:
    require(ctx, Permission.VIEW_CLINICAL)
    flt = flt or HistoryFilter()
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError({"date_to": "The end of the date range is before its start."})
    mine = TreatmentSession.patient_id == patient_id
    with ctx.database.read() as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound("This patient no longer exists. Search again.")
        # Plain columns, not ORM entities: identity-map bookkeeping for hundreds of rows
        # costs more than the SQL itself.
        ts = TreatmentSession
        sessions = session.execute(
            select(
                ts.id,
                ts.starts_at,
                ts.duration_minutes,
                ts.status,
                ts.anaesthesia,
                ts.indications,
                ts.combined_procedures,
                ts.notes,
                ts.follow_up_on,
                Staff.full_name,
            )
            .join(Staff, Staff.id == TreatmentSession.physician_id)
            .where(mine)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
        ).all()
        areas: dict[int, list[SessionAreaRow]] = defaultdict(list)
        area_ids: dict[int, set[int]] = defaultdict(set)
        on_file: dict[int, str] = {}
        sa_ = SessionArea
        for sa in session.execute(
            select(
                sa_.session_id,
                sa_.area_id,
                TreatmentArea.code,
                TreatmentArea.name_en,
                TreatmentArea.name_tr,
                sa_.size_cm2,
                sa_.depth_um,
                sa_.passes,
                sa_.device,
                sa_.mode,
                sa_.fluence_j_cm2,
                sa_.spot_size_mm,
                sa_.immediate_reaction,
            )
            .join(TreatmentSession, TreatmentSession.id == SessionArea.session_id)
            .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
            .where(mine)
            .order_by(SessionArea.id)
        ):
            areas[sa.session_id].append(
                SessionAreaRow(
                    area_id=sa.area_id,
                    area_code=sa.code,
                    name_en=sa.name_en,
                    name_tr=sa.name_tr,
                    size_cm2=sa.size_cm2,
                    depth_um=sa.depth_um,
                    passes=sa.passes,
                    device=sa.device,
                    mode=sa.mode,
                    fluence_j_cm2=sa.fluence_j_cm2,
                    spot_size_mm=sa.spot_size_mm,
                    immediate_reaction=sa.immediate_reaction,
                )
            )
            area_ids[sa.session_id].add(sa.area_id)
            on_file.setdefault(sa.area_id, sa.name_en)
        follow_ups: dict[int, list[FollowUpRow]] = defaultdict(list)
        fu = FollowUp
        for f in session.execute(
            select(
                fu.id,
                fu.session_id,
                fu.kind,
                fu.recorded_at,
                fu.reaction,
                fu.healing,
                fu.adverse_events,
                fu.notes,
            )
            .join(TreatmentSession, TreatmentSession.id == FollowUp.session_id)
            .where(mine)
            .order_by(FollowUp.recorded_at, FollowUp.id)
        ):
            follow_ups[f.session_id].append(
                FollowUpRow(
                    id=f.id,
                    session_id=f.session_id,
                    kind=f.kind,
                    recorded_at=f.recorded_at,
                    reaction=f.reaction,
                    healing=f.healing,
                    adverse_events=_codes(f.adverse_events),
                    notes=f.notes,
                )
            )

    low = local_start(ctx, flt.date_from, time()) if flt.date_from else None
    high = local_start(ctx, flt.date_to + timedelta(days=1), time()) if flt.date_to else None
    shown: list[HistorySession] = []
    for row in sessions:
        if low is not None and row.starts_at < low:
            continue
        if high is not None and row.starts_at >= high:
            continue
        if flt.area_id is not None and flt.area_id not in area_ids[row.id]:
            continue
        shown.append(
            HistorySession(
                id=row.id,
                starts_at=row.starts_at,
                duration_minutes=row.duration_minutes,
                status=row.status,
                physician_name=row.full_name,
                anaesthesia=row.anaesthesia,
                indications=_codes(row.indications),
                combined_procedures=_codes(row.combined_procedures),
                notes=row.notes,
                follow_up_on=row.follow_up_on,
                areas=tuple(areas[row.id]),
                follow_ups=tuple(follow_ups[row.id]),
            )
        )
    return PatientHistory(
        patient_id=patient.id,
        patient_name=f"{patient.given_name} {patient.family_name}",
        birth_date=patient.birth_date,
        skin_type=patient.skin_type,
        sessions=tuple(shown),
        area_summary=_summary(ctx, shown, flt.area_id),
        areas_on_file=tuple(sorted(on_file.items(), key=lambda item: item[1])),
        filter=flt,
        total_sessions=len(sessions),
    )


def _summary(
    ctx: ServiceContext, sessions: list[HistorySession], only_area: int | None
) -> tuple[AreaSummary, ...]:
    found: dict[int, AreaSummary] = {}
    counts: dict[int, int] = defaultdict(int)
    for item in sessions:  # newest first: the first one seen is the latest
        if item.status != "done":
            continue
        for area in item.areas:
            if only_area is not None and area.area_id != only_area:
                continue
            counts[area.area_id] += 1
            found.setdefault(
                area.area_id,
                AreaSummary(
                    area_id=area.area_id,
                    name_en=area.name_en,
                    name_tr=area.name_tr,
                    sessions=0,
                    last_depth_um=area.depth_um,
                    last_on=item.starts_at.astimezone(ctx.zone).date(),
                ),
            )
    return tuple(
        AreaSummary(s.area_id, s.name_en, s.name_tr, counts[s.area_id], s.last_depth_um, s.last_on)
        for s in sorted(found.values(), key=lambda s: (-counts[s.area_id], s.name_en))
    )
