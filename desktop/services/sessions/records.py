"""Booking, recording, cancelling and reading treatment sessions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from db.models import (
    Patient,
    SessionArea,
    Staff,
    TreatmentSession,
)
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.stale import stale_record, stale_record_after_conflict
from desktop.services.sessions.checks import (
    ANAESTHESIA_LABELS,
    COMBINED_PROCEDURES,
    INDICATIONS,
    MAX_DURATION,
    MAX_TEXT,
    MIN_DURATION,
    AreaInput,
    NeedsAcknowledgement,
    SafetyWarning,
    booking_warnings,
    check_codes,
    check_physician,
    check_text,
    default_duration,
    local_start,
    resolve_areas,
)
from desktop.services.sessions.rows import (
    BookingInput,
    FollowUpRow,
    PhysicianOption,
    RecordInput,
    SessionAreaRow,
    SessionDetail,
    SessionTemplate,
    area_rows,
    follow_up_row,
    session_detail,
)

# Callers import the DTOs from here too (one place to look for a session use case).
__all__ = [
    "AreaInput",
    "BookingInput",
    "FollowUpRow",
    "PhysicianOption",
    "RecordInput",
    "SessionAreaRow",
    "SessionDetail",
    "SessionTemplate",
    "book_session",
    "cancel_session",
    "follow_up_row",
    "get_session",
    "last_session_template",
    "list_physicians",
    "mark_no_show",
    "record_session",
    "session_to_record",
    "set_session_status",
    "update_booking",
]


# The status of a session that can no longer be changed, completing "this one is …".
_STATE_WORDS = {"done": msg("done"), "cancelled": msg("cancelled"), "no_show": msg("no-show")}
_INDICATION = msg("indication")


# --- reading -------------------------------------------------------------------------------
def list_physicians(ctx: ServiceContext) -> list[PhysicianOption]:
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        stmt = (
            select(Staff.id, Staff.full_name)
            .where(Staff.role == "physician", Staff.active.is_(True))
            .order_by(Staff.full_name)
        )
        return [PhysicianOption(id, name) for id, name in session.execute(stmt)]


def get_session(ctx: ServiceContext, session_id: int) -> SessionDetail:
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        return session_detail(session, _load(session, session_id), ctx)


def last_session_template(
    ctx: ServiceContext, patient_id: int, *, before: datetime | None = None
) -> SessionTemplate | None:
    """Areas and settings of the patient's latest done session (before ``before``)."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        stmt = (
            select(TreatmentSession)
            .where(TreatmentSession.patient_id == patient_id, TreatmentSession.status == "done")
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
            .limit(1)
            .options(selectinload(TreatmentSession.areas))
        )
        if before is not None:
            stmt = stmt.where(TreatmentSession.starts_at < before)
        last = session.scalars(stmt).first()
        if last is None:
            return None
        rows = area_rows(session, last.areas)
        return SessionTemplate(
            source_session_id=last.id,
            source_starts_at=last.starts_at,
            areas=tuple(r.as_input() for r in rows),
            anaesthesia=last.anaesthesia,
            indications=tuple(json.loads(last.indications)),
            combined_procedures=tuple(json.loads(last.combined_procedures)),
        )


def session_to_record(ctx: ServiceContext, patient_id: int) -> int | None:
    """The planned session a physician most likely means by "record": today's or the latest."""
    require(ctx, Permission.BOOK_SESSIONS)
    end_of_today = local_start(ctx, ctx.today() + timedelta(days=1), time())
    with ctx.database.read() as session:
        base = select(TreatmentSession.id).where(
            TreatmentSession.patient_id == patient_id, TreatmentSession.status == "planned"
        )
        found = session.scalar(
            base.where(TreatmentSession.starts_at < end_of_today)
            .order_by(TreatmentSession.starts_at.desc())
            .limit(1)
        )
        if found is None:
            found = session.scalar(base.order_by(TreatmentSession.starts_at).limit(1))
        return found


# --- writing -------------------------------------------------------------------------------
def book_session(
    ctx: ServiceContext,
    data: BookingInput,
    acknowledged_warnings: frozenset[str] = frozenset(),
) -> SessionDetail:
    """Book a planned session. Safety warnings not in ``acknowledged_warnings`` stop it."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.write() as session:
        checked = _checked_booking(session, ctx, data, acknowledged_warnings, None)
        row = TreatmentSession(
            patient_id=data.patient_id,
            physician_id=checked.physician_id,
            starts_at=checked.starts_at,
            duration_minutes=checked.duration,
            status="planned",
            indications=json.dumps(checked.indications),
            notes=checked.notes,
            created_by_id=ctx.actor.staff_id,
            areas=[SessionArea(**a) for a in checked.areas],
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            ctx,
            "session.book",
            entity="session",
            entity_id=row.id,
            patient_id=row.patient_id,
            details=checked.audit(),
        )
        return session_detail(session, row, ctx)


def update_booking(
    ctx: ServiceContext,
    session_id: int,
    expected_version: int,
    data: BookingInput,
    acknowledged_warnings: frozenset[str] = frozenset(),
) -> SessionDetail:
    """Move a planned session, or change its physician, areas, duration or note."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.write() as session:
        row = _load(session, session_id)
        _ensure_version(session, ctx, row, expected_version)
        if row.status != "planned":
            raise ValidationError(
                {
                    "status": msg(
                        "Only a planned session can be changed; this one is {state}.",
                        state=_STATE_WORDS.get(row.status, row.status),
                    )
                }
            )
        if data.patient_id != row.patient_id:
            raise ValidationError({"patient": msg("A booking cannot move to another patient.")})
        checked = _checked_booking(session, ctx, data, acknowledged_warnings, row.id)
        before = (row.starts_at, row.duration_minutes, row.physician_id)
        # Build the area rows first: reading row.areas later would autoflush half a change.
        new_areas = _keep_planned_settings(row.areas, checked.areas)
        row.starts_at = checked.starts_at
        row.duration_minutes = checked.duration
        row.physician_id = checked.physician_id
        row.indications = json.dumps(checked.indications)
        if data.notes is not None:
            row.notes = checked.notes
        row.areas = new_areas
        flag_modified(row, "notes")  # areas alone would not bump the version
        _flush(session, ctx, row)
        details = checked.audit()
        if before[0] != row.starts_at:
            details["moved_from"] = before[0].isoformat()
        record_event(
            session,
            ctx,
            "session.update_booking",
            entity="session",
            entity_id=row.id,
            patient_id=row.patient_id,
            details=details,
        )
        return session_detail(session, row, ctx)


_SETTINGS = (
    "depth_um",
    "passes",
    "device",
    "mode",
    "fluence_j_cm2",
    "spot_size_mm",
    "immediate_reaction",
)


def _keep_planned_settings(old: list[SessionArea], new: list[dict]) -> list[SessionArea]:
    """New area rows; settings a physician already planned for an area are carried over."""
    previous: dict[int, list[SessionArea]] = {}
    for area in old:
        previous.setdefault(area.area_id, []).append(area)
    rows = []
    for values in new:
        earlier = previous.get(values["area_id"])
        source = earlier.pop(0) if earlier else None
        if source is not None and all(values[k] in (None, "") for k in _SETTINGS):
            values = {**values, **{k: getattr(source, k) for k in _SETTINGS}}
        rows.append(SessionArea(**values))
    return rows


@dataclass(frozen=True)
class _CheckedBooking:
    starts_at: datetime
    duration: int
    areas: list[dict]
    indications: list[str]
    notes: str
    warnings: tuple[SafetyWarning, ...]
    physician_id: int

    def audit(self) -> dict:
        return {
            "starts_at": self.starts_at.isoformat(),
            "areas": [a["area_id"] for a in self.areas],
            "acknowledged_warnings": sorted(w.code for w in self.warnings),
        }


def _checked_booking(
    session: Session,
    ctx: ServiceContext,
    data: BookingInput,
    acknowledged: frozenset[str],
    exclude_session_id: int | None,
) -> _CheckedBooking:
    """Every booking rule; raises ValidationError, then NeedsAcknowledgement."""
    errors: dict[str, str] = {}
    patient = session.get(Patient, data.patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    if patient.archived:
        errors["patient"] = msg("This patient is archived. Bring them back before booking.")
    check_physician(session, errors, data.physician_id)
    starts_at = _starts_at(ctx, errors, data.starts_on, data.starts_time)
    if starts_at is not None and starts_at < ctx.now():
        errors["starts_on"] = msg(
            "This time has already passed. Book a planned session for a later time."
        )
    areas = resolve_areas(session, errors, data.areas, recording=False)
    duration = _duration(ctx, errors, data, starts_at, areas)
    indications = check_codes(errors, "indications", data.indications, INDICATIONS, _INDICATION)
    notes = check_text(errors, "notes", data.notes or "", msg("The note"), MAX_TEXT)
    if errors:
        raise ValidationError(errors)
    assert starts_at is not None
    assert data.physician_id is not None  # check_physician() reported a missing one
    warnings = booking_warnings(
        session,
        ctx,
        patient,
        starts_at,
        [a["area_id"] for a in areas],
        exclude_session_id=exclude_session_id,
    )
    unacknowledged = [w for w in warnings if w.code not in acknowledged]
    if unacknowledged:
        raise NeedsAcknowledgement(unacknowledged)
    return _CheckedBooking(
        starts_at, duration, areas, indications, notes, tuple(warnings), data.physician_id
    )


def record_session(
    ctx: ServiceContext, session_id: int, expected_version: int, data: RecordInput
) -> SessionDetail:
    """Record what was done: status, per-area depth and settings, anaesthesia, notes."""
    require(ctx, Permission.RECORD_TREATMENT)
    with ctx.database.write() as session:
        row = _load(session, session_id)
        _ensure_version(session, ctx, row, expected_version)
        errors: dict[str, str] = {}
        if data.status not in ("planned", "done", "cancelled", "no_show"):
            errors["status"] = msg("Pick a status from the list.")
        elif data.status == "done" and row.starts_at.astimezone(ctx.zone).date() > ctx.today():
            errors["status"] = msg(
                "A session that has not started yet cannot be recorded as done. "
                "Record it on the day of treatment."
            )
        if data.anaesthesia not in ANAESTHESIA_LABELS:
            errors["anaesthesia"] = msg("Pick the anaesthesia from the list.")
        if data.physician_id is not None:
            check_physician(session, errors, data.physician_id)
        areas = resolve_areas(session, errors, data.areas, recording=data.status == "done")
        indications = check_codes(errors, "indications", data.indications, INDICATIONS, _INDICATION)
        combined = check_codes(
            errors,
            "combined_procedures",
            data.combined_procedures,
            COMBINED_PROCEDURES,
            msg("procedure"),
        )
        notes = check_text(errors, "notes", data.notes, msg("The note"), MAX_TEXT)
        start_day = row.starts_at.astimezone(ctx.zone).date()
        if data.follow_up_on is not None and data.follow_up_on < start_day:
            errors["follow_up_on"] = msg("The follow-up date cannot be before the session.")
        if errors:
            raise ValidationError(errors)
        before = _snapshot(row)
        row.status = data.status
        row.anaesthesia = data.anaesthesia
        row.indications = json.dumps(indications)
        row.combined_procedures = json.dumps(combined)
        row.notes = notes
        row.follow_up_on = data.follow_up_on
        if data.physician_id is not None:
            row.physician_id = data.physician_id
        row.areas = [SessionArea(**a) for a in areas]
        after = _snapshot(row)
        changes = sorted(k for k in after if before.get(k) != after[k])
        # Area rows are replaced, not edited: force an UPDATE of the session row so its
        # version goes up and a desk holding the old areas gets StaleRecord.
        flag_modified(row, "notes")
        _flush(session, ctx, row)
        record_event(
            session,
            ctx,
            "session.record",
            entity="session",
            entity_id=row.id,
            patient_id=row.patient_id,
            details={"status": row.status, "changed": changes},
        )
        return session_detail(session, row, ctx)


def set_session_status(
    ctx: ServiceContext, session_id: int, expected_version: int, status: str
) -> SessionDetail:
    """Cancel, mark as no-show, or put back to planned (no clinical data touched)."""
    require(ctx, Permission.BOOK_SESSIONS)
    if status not in ("planned", "cancelled", "no_show"):
        raise ValidationError({"status": msg("A session can be cancelled, a no-show, or planned.")})
    with ctx.database.write() as session:
        row = _load(session, session_id)
        _ensure_version(session, ctx, row, expected_version)
        if row.status == "done":
            raise ValidationError(
                {"status": msg("This session is recorded as done; a physician must change it.")}
            )
        if row.status == status:
            return session_detail(session, row, ctx)
        if status == "planned" and row.starts_at < ctx.now():
            raise ValidationError(
                {"status": msg("This session's time has passed; book a new session instead.")}
            )
        old = row.status
        row.status = status
        _flush(session, ctx, row)
        record_event(
            session,
            ctx,
            f"session.{status}",
            entity="session",
            entity_id=row.id,
            patient_id=row.patient_id,
            details={"status": [old, status]},
        )
        return session_detail(session, row, ctx)


def cancel_session(ctx: ServiceContext, session_id: int, expected_version: int) -> SessionDetail:
    return set_session_status(ctx, session_id, expected_version, "cancelled")


def mark_no_show(ctx: ServiceContext, session_id: int, expected_version: int) -> SessionDetail:
    return set_session_status(ctx, session_id, expected_version, "no_show")


# --- helpers -------------------------------------------------------------------------------
def _starts_at(
    ctx: ServiceContext, errors: dict[str, str], day: date | None, at: time | None
) -> datetime | None:
    if day is None:
        errors["starts_on"] = msg("Type the session date as day.month.year, e.g. 03.12.2026.")
    if at is None:
        errors["starts_time"] = msg("Type the start time as hours:minutes, e.g. 14:30.")
    if day is None or at is None:
        return None
    return local_start(ctx, day, at)


def _duration(
    ctx: ServiceContext,
    errors: dict[str, str],
    data: BookingInput,
    starts_at: datetime | None,
    areas: list[dict],
) -> int:
    if data.ends_time is not None and starts_at is not None:
        ends_at = local_start(ctx, starts_at.astimezone(ctx.zone).date(), data.ends_time)
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        if minutes <= 0:
            errors["ends_time"] = msg("The end time must be after the start time.")
            return 0
        duration = minutes
    elif data.duration_minutes is not None:
        duration = data.duration_minutes
    else:
        return default_duration(sum((a["size_cm2"] for a in areas), Decimal(0)))
    if not MIN_DURATION <= duration <= MAX_DURATION:
        key = "ends_time" if data.ends_time is not None else "duration_minutes"
        errors[key] = msg(
            "A session lasts between {low} and {high} minutes.", low=MIN_DURATION, high=MAX_DURATION
        )
    return duration


def _snapshot(row: TreatmentSession) -> dict:
    return {
        "status": row.status,
        "anaesthesia": row.anaesthesia,
        "indications": row.indications,
        "combined_procedures": row.combined_procedures,
        "notes": row.notes,
        "follow_up_on": row.follow_up_on,
        "physician_id": row.physician_id,
        "areas": [
            (
                a.area_id,
                a.size_cm2,
                a.depth_um,
                a.passes,
                a.device,
                a.mode,
                a.fluence_j_cm2,
                a.spot_size_mm,
                a.immediate_reaction,
            )
            for a in row.areas
        ],
    }


def _load(session: Session, session_id: int) -> TreatmentSession:
    row = session.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(msg("This session no longer exists. Reload the list."))
    return row


def _ensure_version(
    session: Session, ctx: ServiceContext, row: TreatmentSession, expected_version: int
) -> None:
    if row.row_version != expected_version:
        raise _stale(session, ctx, row.id)


def _flush(session: Session, ctx: ServiceContext, row: TreatmentSession) -> None:
    session_id = row.id  # read now: a failed flush expires the row
    try:
        session.flush()
    except StaleDataError as error:
        raise stale_record_after_conflict(
            ctx, "session", session_id, msg("session"), msg("reopen the session")
        ) from error


def _stale(session: Session, ctx: ServiceContext, session_id: int) -> StaleRecord:
    return stale_record(
        session, ctx, "session", session_id, msg("session"), msg("reopen the session")
    )
