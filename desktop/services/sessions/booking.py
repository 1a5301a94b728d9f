"""Booking and rescheduling treatment sessions, with the checks only a booking makes (start,
duration, physician); the safety warnings it raises come from safety_warnings.py."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db.codes import (
    SessionStatus,
)
from db.models import (
    LaserDevice,
    Patient,
    SessionArea,
    TreatmentSession,
)
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.input_checks import day_in_range, day_range_message
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, allowed, require
from desktop.services.consent.rule import (
    booked_under_paper_consent,
    require_consents,
    required_kinds,
)
from desktop.services.payments.courses import attach_session
from desktop.services.photos.patient_data import relink_session_photos
from desktop.services.resources.device_log import service_alert
from desktop.services.sessions.checks import (
    INDICATIONS,
    MAX_DURATION,
    MAX_TEXT,
    MIN_DURATION,
    check_codes,
    check_physician,
    check_resources,
    check_text,
    default_duration,
    local_start,
    resolve_areas,
)
from desktop.services.sessions.clashes import (
    BookingProblem,
    BookingRefused,
    booking_problems,
    lock_resources,
)
from desktop.services.sessions.records import (
    FINAL_STATE_WORDS,
    INDICATION_LABEL,
    ensure_version,
    flush_session_row,
    load_session_row,
)
from desktop.services.sessions.rows import (
    BookingInput,
    SessionDetail,
    session_detail,
)
from desktop.services.sessions.safety_warnings import (
    NeedsAcknowledgement,
    SafetyWarning,
    booking_warnings,
)


# --- writing -------------------------------------------------------------------------------
def book_session(
    ctx: ServiceContext,
    data: BookingInput,
    acknowledged_warnings: frozenset[str] = frozenset(),
) -> SessionDetail:
    """Book a planned session. Safety warnings not in ``acknowledged_warnings`` stop it."""
    require(ctx, Permission.BOOK_SESSIONS)
    _refuse_clinical_values(ctx, data)
    with ctx.database.write() as session:
        checked = _checked_booking(session, ctx, data, acknowledged_warnings, None)
        row = TreatmentSession(
            patient_id=data.patient_id,
            physician_id=checked.physician_id,
            starts_at=checked.starts_at,
            duration_minutes=checked.duration,
            room_id=checked.room_id,
            device_id=checked.device_id,
            status=SessionStatus.PLANNED,
            indications=list(checked.indications),
            notes=checked.notes,
            created_by_id=ctx.actor.staff_id,
            areas=[SessionArea(**a) for a in checked.areas],
        )
        session.add(row)
        session.flush()
        if data.course_id is not None:
            attach_session(session, ctx, data.course_id, row)
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
    """Move a planned session, or change its physician, areas, duration or note.

    Without the clinical permission the note is never changed: the desk is not shown the
    physician's planning note, so the empty note it sends means "unchanged"."""
    require(ctx, Permission.BOOK_SESSIONS)
    if not allowed(ctx, Permission.RECORD_TREATMENT) and not (data.notes or "").strip():
        data = dataclasses.replace(data, notes=None)
    _refuse_clinical_values(ctx, data)
    with ctx.database.write() as session:
        row = load_session_row(session, session_id)
        ensure_version(session, ctx, row, expected_version)
        if row.status != SessionStatus.PLANNED:
            raise ValidationError(
                {
                    "status": msg(
                        "Only a planned session can be changed; this one is {state}.",
                        state=FINAL_STATE_WORDS.get(row.status, row.status),
                    )
                }
            )
        if data.patient_id != row.patient_id:
            raise ValidationError({"patient": msg("A booking cannot move to another patient.")})
        checked = _checked_booking(session, ctx, data, acknowledged_warnings, row.id)
        before = (row.starts_at, row.duration_minutes, row.physician_id)
        row.room_id = checked.room_id
        row.device_id = checked.device_id
        # Build the area rows first: reading row.areas later would autoflush half a change.
        new_areas = _keep_planned_settings(row.areas, checked.areas)
        row.starts_at = checked.starts_at
        row.duration_minutes = checked.duration
        row.physician_id = checked.physician_id
        row.indications = list(checked.indications)
        if data.notes is not None:
            row.notes = checked.notes
        row.areas = new_areas
        flag_modified(row, "notes")  # areas alone would not bump the version
        flush_session_row(session, ctx, row)
        relink_session_photos(session, row.id)  # its area rows were replaced
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


def _refuse_clinical_values(ctx: ServiceContext, data: BookingInput) -> None:
    """Depths, device settings and the session's note are the physician's: an account
    without the clinical permission (reception) books times and areas only. Refused rather
    than dropped, so no caller believes it stored what it did not."""
    if allowed(ctx, Permission.RECORD_TREATMENT):
        return
    errors: dict[str, str] = {}
    if (data.notes or "").strip():
        errors["notes"] = msg(
            "Only a physician or an administrator can write a session's note; leave the note empty."
        )
    for n, area in enumerate(data.areas):
        planned = [k for k in _SETTINGS if getattr(area, k) not in (None, "")]
        if planned:
            errors[f"areas[{n}].{planned[0]}"] = msg(
                "Only a physician or an administrator can plan depths and device settings; "
                "book the areas without them."
            )
    if errors:
        raise ValidationError(errors)


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
    room_id: int | None
    device_id: int | None
    overridden: tuple[BookingProblem, ...]
    override_reason: str
    # Entered once its time had passed (a walk-in, an end-of-day catch-up): the real times.
    after_the_fact: bool = False

    def audit(self) -> dict:
        details = {
            "starts_at": self.starts_at.isoformat(),
            "duration_minutes": self.duration,
            "physician_id": self.physician_id,
            "room_id": self.room_id,
            "device_id": self.device_id,
            "areas": [a["area_id"] for a in self.areas],
            "acknowledged_warnings": sorted(w.code for w in self.warnings),
        }
        if self.after_the_fact:
            details["recorded_after_the_fact"] = True
            details["ends_at"] = (self.starts_at + timedelta(minutes=self.duration)).isoformat()
        if self.overridden:
            details["overridden"] = [p.audit() for p in self.overridden]
            details["override_reason"] = self.override_reason
        return details


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
    after_the_fact = starts_at is not None and starts_at < ctx.now()
    if starts_at is not None and after_the_fact and not may_enter_after_the_fact(ctx, starts_at):
        errors["starts_on"] = msg(
            "This day has already passed. Only a physician or an administrator can enter "
            "a session of an earlier day."
        )
    areas = resolve_areas(session, errors, data.areas, recording=False)
    duration = _duration(ctx, errors, data, starts_at, areas)
    indications = check_codes(
        errors, "indications", data.indications, INDICATIONS, INDICATION_LABEL
    )
    notes = check_text(errors, "notes", data.notes or "", msg("The note"), MAX_TEXT)
    check_resources(session, errors, data.room_id, data.device_id)
    reason = check_text(
        errors, "override_reason", data.override_reason, msg("The reason"), MAX_TEXT
    )
    if errors:
        raise ValidationError(errors)
    if exclude_session_id is None or not booked_under_paper_consent(
        session,
        session.scalar(
            select(TreatmentSession.created_at).where(TreatmentSession.id == exclude_session_id)
        ),
    ):
        kinds = required_kinds(depths_um=[a["depth_um"] for a in areas])
        require_consents(session, patient.id, kinds)
    assert starts_at is not None
    assert data.physician_id is not None  # check_physician() reported a missing one
    # Locked before the read, so another desk cannot book the same slot in between.
    lock_resources(session, data.physician_id, data.room_id, data.device_id)
    problems = booking_problems(
        session,
        ctx,
        starts_at,
        duration,
        data.physician_id,
        data.room_id,
        data.device_id,
        exclude_session_id,
    )
    if problems and not reason:
        raise BookingRefused(problems, allowed(ctx, Permission.OVERRIDE_BOOKING_RULES))
    if problems:
        require(ctx, Permission.OVERRIDE_BOOKING_RULES)
    warnings = booking_warnings(
        session,
        ctx,
        patient,
        starts_at,
        [a["area_id"] for a in areas],
        exclude_session_id=exclude_session_id,
    )
    device = session.get(LaserDevice, data.device_id) if data.device_id is not None else None
    due = service_alert(device, starts_at.astimezone(ctx.zone).date()) if device else None
    if due is not None:
        warnings.append(SafetyWarning(due.code, due.message))
    unacknowledged = [w for w in warnings if w.code not in acknowledged]
    if unacknowledged:
        raise NeedsAcknowledgement(unacknowledged)
    return _CheckedBooking(
        starts_at,
        duration,
        areas,
        indications,
        notes,
        tuple(warnings),
        data.physician_id,
        data.room_id,
        data.device_id,
        tuple(problems),
        reason if problems else "",
        after_the_fact,
    )


# --- helpers -------------------------------------------------------------------------------
def may_enter_after_the_fact(ctx: ServiceContext, starts_at: datetime) -> bool:
    """A session whose time has passed may be entered today by the desk; earlier days need a
    physician or an administrator (they answer for the clinical record)."""
    if starts_at.astimezone(ctx.zone).date() == ctx.today():
        return True
    return allowed(ctx, Permission.RECORD_TREATMENT)


def _starts_at(
    ctx: ServiceContext, errors: dict[str, str], day: date | None, at: time | None
) -> datetime | None:
    if day is None:
        errors["starts_on"] = msg("Type the session date as day.month.year, e.g. 03.12.2026.")
    if at is None:
        errors["starts_time"] = msg("Type the start time as hours:minutes, e.g. 14:30.")
    if day is None or at is None:
        return None
    if not day_in_range(day):  # the healing-window arithmetic would overflow near 9999
        errors["starts_on"] = day_range_message(msg("The session date"))
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
