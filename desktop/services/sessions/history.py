"""The physician's view of one patient: every session, newest first, with a per-area summary.

Loads in four queries whatever the number of sessions (patient, sessions with
physician names, their areas, their follow-up notes), read through the lean
path (db.lean): plain tuples, no ORM session.
"""

from __future__ import annotations

import enum
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, bindparam, select, type_coerce
from sqlalchemy.types import NullType

from db.codes import (
    AdverseEvent,
    Anaesthesia,
    CombinedProcedure,
    FollowUpKind,
    Indication,
    SessionStatus,
    codes_of,
)
from db.models import FollowUp, Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from db.types import aware_utc, raw_column, scaled_decimal
from desktop.formatting import Names, name_in
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.sessions.checks import local_start
from desktop.services.sessions.records import FollowUpRow, SessionAreaRow
from desktop.services.sessions.rows import json_as_text, names_from_stored


@dataclass(frozen=True)
class HistorySession:
    id: int
    starts_at: datetime
    duration_minutes: int
    status: SessionStatus
    physician_name: str
    anaesthesia: Anaesthesia
    indications: tuple[Indication, ...]
    combined_procedures: tuple[CombinedProcedure, ...]
    notes: str
    follow_up_on: date | None
    areas: tuple[SessionAreaRow, ...]
    follow_ups: tuple[FollowUpRow, ...]


@dataclass(frozen=True)
class AreaSummary:
    area_id: int
    names: Names
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
    # Every area the patient ever had (for the filter), as (id, English name, Turkish name).
    areas_on_file: tuple[tuple[int, Names], ...]
    filter: HistoryFilter
    total_sessions: int  # before the filter


@lru_cache(maxsize=256)
def _decoded_codes(kind: type[enum.StrEnum], text: str) -> tuple:
    return codes_of(kind, json.loads(text))


def _codes(kind: type[enum.StrEnum], stored: str | list | None) -> tuple:
    """JSON code lists repeat ('[]', '["wrinkles"]'): decode each distinct text once.

    The columns are read as text (see json_as_text); PostgreSQL's driver decodes JSONB
    itself and hands over lists.
    """
    if isinstance(stored, str):
        return _decoded_codes(kind, stored)
    return codes_of(kind, stored)


# The four statements, built once: Core columns of the tables (no ORM loading) and
# the stored integers/datetimes (raw_column) so that repeated values convert once.
# Rows are unpacked as tuples: reading ~1,000 values by attribute name cost more
# than the SQL itself. Times, dates, codes and flags are read as stored (as_stored)
# and converted here with C-speed parsers and dictionaries: SQLAlchemy's per-value
# processors for them cost more than running the four statements.


def as_stored(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The column as the driver hands it over: no result processing (SQL unchanged)."""
    return type_coerce(column, NullType())


def _moment(stored: str | datetime) -> datetime:
    """A stored timestamp, aware in UTC: SQLite keeps ISO text, PostgreSQL's driver a datetime."""
    return aware_utc(stored if isinstance(stored, datetime) else datetime.fromisoformat(stored))


def _day(stored: str | date | None) -> date | None:
    if stored is None or isinstance(stored, date):
        return stored
    return date.fromisoformat(stored)


@lru_cache(maxsize=16)
def _members(kind: type[enum.StrEnum]) -> dict[str, enum.StrEnum]:
    return {member.value: member for member in kind}


def _code(kind: type[enum.StrEnum], stored: str) -> Any:
    """What the Code column type returns: the member, or the stored text if unknown."""
    return _members(kind).get(stored, stored)


_SESSION_T = TreatmentSession.__table__
_AREA_T = SessionArea.__table__
_CATALOG_T = TreatmentArea.__table__
_FOLLOW_UP_T = FollowUp.__table__
_STAFF_T = Staff.__table__
_ts, _sa, _ta, _fu, _st = (t.c for t in (_SESSION_T, _AREA_T, _CATALOG_T, _FOLLOW_UP_T, _STAFF_T))
_pt = Patient.__table__.c
_PATIENT_ID: BindParameter[int] = bindparam("patient_id")
_MINE = _ts.patient_id == _PATIENT_ID

_PATIENT = select(_pt.id, _pt.given_name, _pt.family_name, _pt.birth_date, _pt.skin_type).where(
    _pt.id == _PATIENT_ID
)
_SESSIONS = (
    select(
        _ts.id,
        as_stored(_ts.starts_at),
        _ts.duration_minutes,
        as_stored(_ts.status),
        as_stored(_ts.anaesthesia),
        json_as_text(_ts.indications),
        json_as_text(_ts.combined_procedures),
        _ts.notes,
        as_stored(_ts.follow_up_on),
        _st.full_name,
    )
    .select_from(_SESSION_T.join(_STAFF_T, _st.id == _ts.physician_id))
    .where(_MINE)
    .order_by(_ts.starts_at.desc(), _ts.id.desc())
)
_AREAS = (
    select(
        _sa.session_id,
        _sa.area_id,
        _ta.code,
        json_as_text(_ta.names),
        raw_column(_sa.size_cm2),
        _sa.depth_um,
        _sa.passes,
        _sa.device,
        _sa.mode,
        raw_column(_sa.fluence_j_cm2),
        raw_column(_sa.spot_size_mm),
        _sa.immediate_reaction,
        as_stored(_ta.size_required),
    )
    .select_from(
        _AREA_T.join(_SESSION_T, _ts.id == _sa.session_id).join(_CATALOG_T, _ta.id == _sa.area_id)
    )
    .where(_MINE)
    .order_by(_sa.id)
)
_FOLLOW_UPS = (
    select(
        _fu.id,
        _fu.session_id,
        as_stored(_fu.kind),
        as_stored(_fu.recorded_at),
        _fu.reaction,
        _fu.healing,
        json_as_text(_fu.adverse_events),
        _fu.notes,
    )
    .select_from(_FOLLOW_UP_T.join(_SESSION_T, _ts.id == _fu.session_id))
    .where(_MINE)
    .order_by(_fu.recorded_at, _fu.id)
)


def patient_history(
    ctx: ServiceContext, patient_id: int, flt: HistoryFilter | None = None
) -> PatientHistory:
    require(ctx, Permission.VIEW_CLINICAL)
    flt = flt or HistoryFilter()
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError({"date_to": msg("The end of the date range is before its start.")})
    params = {"patient_id": patient_id}
    # Nothing here is changed or flushed: the lean path (no ORM session), in one snapshot.
    with ctx.database.lean_read(snapshot=True) as reader:
        patient = reader.first(_PATIENT, params)
        if patient is None:
            raise NotFound(msg("This patient no longer exists. Search again."))
        sessions = reader.rows(_SESSIONS, params)
        area_rows = reader.rows(_AREAS, params)
        follow_up_rows = reader.rows(_FOLLOW_UPS, params)

    areas: dict[int, list[SessionAreaRow]] = defaultdict(list)
    on_file: dict[int, Names] = {}
    for (
        session_id,
        area_id,
        code,
        stored_names,
        size,
        depth,
        passes,
        device,
        mode,
        fluence,
        spot,
        reaction,
        size_required,
    ) in area_rows:
        names = names_from_stored(stored_names)
        areas[session_id].append(
            SessionAreaRow(
                area_id,
                code,
                names,
                scaled_decimal(size),
                depth,
                passes,
                device,
                mode,
                None if fluence is None else scaled_decimal(fluence),
                None if spot is None else scaled_decimal(spot),
                reaction,
                bool(size_required),
            )
        )
        if area_id not in on_file:
            on_file[area_id] = names
    follow_ups: dict[int, list[FollowUpRow]] = defaultdict(list)
    for fid, session_id, kind, recorded, reaction, healing, adverse, notes in follow_up_rows:
        follow_ups[session_id].append(
            FollowUpRow(
                fid,
                session_id,
                _code(FollowUpKind, kind),
                _moment(recorded),
                reaction,
                healing,
                _codes(AdverseEvent, adverse),
                notes,
            )
        )

    low = local_start(ctx, flt.date_from, time()) if flt.date_from else None
    high = local_start(ctx, flt.date_to + timedelta(days=1), time()) if flt.date_to else None
    only_area = flt.area_id
    no_rows: tuple = ()
    shown: list[HistorySession] = []
    for (
        sid,
        starts,
        minutes,
        status,
        anaesthesia,
        indications,
        combined,
        notes,
        follow_up_on,
        physician,
    ) in sessions:
        starts = _moment(starts)
        if low is not None and starts < low:
            continue
        if high is not None and starts >= high:
            continue
        mine = areas.get(sid, no_rows)
        if only_area is not None and not any(a.area_id == only_area for a in mine):
            continue
        shown.append(
            HistorySession(
                sid,
                starts,
                minutes,
                _code(SessionStatus, status),
                physician,
                _code(Anaesthesia, anaesthesia),
                _codes(Indication, indications),
                _codes(CombinedProcedure, combined),
                notes,
                _day(follow_up_on),
                tuple(mine),
                tuple(follow_ups.get(sid, no_rows)),
            )
        )
    _pid, given, family, birth_date, skin_type = patient
    return PatientHistory(
        patient_id=patient_id,
        patient_name=f"{given} {family}",
        birth_date=birth_date,
        skin_type=skin_type,
        sessions=tuple(shown),
        area_summary=_summary(ctx, shown, only_area),
        areas_on_file=tuple(sorted(on_file.items(), key=lambda item: name_in("en", item[1]))),
        filter=flt,
        total_sessions=len(sessions),
    )


def _summary(
    ctx: ServiceContext, sessions: list[HistorySession], only_area: int | None
) -> tuple[AreaSummary, ...]:
    # The latest done treatment of each area, kept as plain values; the summaries
    # (and the clinic-local date) are built once per area, not once per treated row.
    latest: dict[int, tuple[SessionAreaRow, datetime]] = {}
    counts: dict[int, int] = defaultdict(int)
    for item in sessions:  # newest first: the first one seen is the latest
        if item.status != SessionStatus.DONE:
            continue
        for area in item.areas:
            area_id = area.area_id
            if only_area is not None and area_id != only_area:
                continue
            counts[area_id] += 1
            if area_id not in latest:
                latest[area_id] = (area, item.starts_at)
    ordered = sorted(
        latest.values(), key=lambda seen: (-counts[seen[0].area_id], name_in("en", seen[0].names))
    )
    return tuple(
        AreaSummary(
            area.area_id,
            area.names,
            counts[area.area_id],
            area.depth_um,
            starts_at.astimezone(ctx.zone).date(),
        )
        for area, starts_at in ordered
    )
