"""Recording, cancelling and reading treatment sessions, and the load/version/flush guards every
session change (booking.py too) goes through."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from db.codes import (
    OPEN_SESSION_STATUSES,
    Anaesthesia,
    CombinedProcedure,
    Indication,
    Role,
    SessionStatus,
    code_of,
    codes_of,
)
from db.models import (
    SessionArea,
    Staff,
    TreatmentSession,
)
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.input_checks import day_in_range, day_range_message
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.stale import stale_record, stale_record_after_conflict
from desktop.services.consent.rule import (
    booked_under_paper_consent,
    require_consents,
    required_kinds,
)
from desktop.services.photos.patient_data import relink_session_photos
from desktop.services.resources.device_log import MAX_PULSES, pulses_message
from desktop.services.sessions.checks import (
    COMBINED_PROCEDURES,
    INDICATIONS,
    MAX_TEXT,
    AreaInput,
    check_codes,
    check_physician,
    check_text,
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
    "OPEN_SESSION_STATUSES",
    "RECORDED_STATUSES",
    "AreaInput",
    "BookingInput",
    "FollowUpRow",
    "PhysicianOption",
    "RecordInput",
    "SessionAreaRow",
    "SessionDetail",
    "SessionTemplate",
    "cancel_session",
    "follow_up_row",
    "get_session",
    "last_session_template",
    "list_physicians",
    "mark_no_show",
    "record_session",
    "session_to_record",
    "set_session_status",
]


# The status of a session that can no longer be changed, completing "this one is …".
FINAL_STATE_WORDS = {
    SessionStatus.DONE: msg("done"),
    SessionStatus.CANCELLED: msg("cancelled"),
    SessionStatus.NO_SHOW: msg("no-show"),
}
INDICATION_LABEL = msg("indication")
# What the record form sets; arrival and treatment start are desk steps (day_statuses.py).
RECORDED_STATUSES = (
    SessionStatus.PLANNED,
    SessionStatus.DONE,
    SessionStatus.CANCELLED,
    SessionStatus.NO_SHOW,
)


# --- reading -------------------------------------------------------------------------------
def list_physicians(ctx: ServiceContext) -> list[PhysicianOption]:
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        stmt = (
            select(Staff.id, Staff.full_name)
            .where(Staff.role == Role.PHYSICIAN, Staff.active.is_(True))
            .order_by(Staff.full_name)
        )
        return [PhysicianOption(id, name) for id, name in session.execute(stmt)]


def get_session(ctx: ServiceContext, session_id: int) -> SessionDetail:
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        return session_detail(session, load_session_row(session, session_id), ctx)


def last_session_template(
    ctx: ServiceContext, patient_id: int, *, before: datetime | None = None
) -> SessionTemplate | None:
    """Areas and settings of the patient's latest done session (before ``before``)."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        stmt = (
            select(TreatmentSession)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status == SessionStatus.DONE,
            )
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
            indications=codes_of(Indication, last.indications),
            combined_procedures=codes_of(CombinedProcedure, last.combined_procedures),
        )


def session_to_record(ctx: ServiceContext, patient_id: int) -> int | None:
    """The planned session a physician most likely means by "record": today's or the latest."""
    require(ctx, Permission.BOOK_SESSIONS)
    end_of_today = local_start(ctx, ctx.today() + timedelta(days=1), time())
    with ctx.database.read() as session:
        base = select(TreatmentSession.id).where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.status.in_(OPEN_SESSION_STATUSES),
        )
        found = session.scalar(
            base.where(TreatmentSession.starts_at < end_of_today)
            .order_by(TreatmentSession.starts_at.desc())
            .limit(1)
        )
        if found is None:
            found = session.scalar(base.order_by(TreatmentSession.starts_at).limit(1))
        return found


def record_session(
    ctx: ServiceContext, session_id: int, expected_version: int, data: RecordInput
) -> SessionDetail:
    """Record what was done: status, per-area depth and settings, anaesthesia, notes."""
    require(ctx, Permission.RECORD_TREATMENT)
    with ctx.database.write() as session:
        row = load_session_row(session, session_id)
        ensure_version(session, ctx, row, expected_version)
        errors: dict[str, str] = {}
        status = code_of(SessionStatus, data.status)
        anaesthesia = code_of(Anaesthesia, data.anaesthesia)
        if status is None or status not in RECORDED_STATUSES:
            errors["status"] = msg("Pick a status from the list.")
        elif (
            status == SessionStatus.DONE
            and row.starts_at > ctx.now()
            and row.status != SessionStatus.IN_TREATMENT  # started early: it has begun
        ):
            errors["status"] = msg(
                "This session has not started yet (it starts at {time}), so it cannot be "
                "recorded as done. Record it once the treatment has begun.",
                time=row.starts_at.astimezone(ctx.zone).strftime("%H:%M"),
            )
        if anaesthesia is None:
            errors["anaesthesia"] = msg("Pick the anaesthesia from the list.")
        if data.physician_id is not None:
            check_physician(session, errors, data.physician_id)
        areas = resolve_areas(session, errors, data.areas, recording=status == SessionStatus.DONE)
        indications = check_codes(
            errors, "indications", data.indications, INDICATIONS, INDICATION_LABEL
        )
        combined = check_codes(
            errors,
            "combined_procedures",
            data.combined_procedures,
            COMBINED_PROCEDURES,
            msg("procedure"),
        )
        notes = check_text(errors, "notes", data.notes, msg("The note"), MAX_TEXT)
        start_day = row.starts_at.astimezone(ctx.zone).date()
        if not day_in_range(data.follow_up_on):
            errors["follow_up_on"] = day_range_message(msg("The follow-up date"))
        elif data.follow_up_on is not None and data.follow_up_on < start_day:
            errors["follow_up_on"] = msg("The follow-up date cannot be before the session.")
        if data.pulses is not None and not 0 <= data.pulses <= MAX_PULSES:
            errors["pulses"] = pulses_message()
        if errors:
            raise ValidationError(errors)
        if status in (SessionStatus.PLANNED, SessionStatus.DONE) and not (
            booked_under_paper_consent(session, row.created_at)
        ):
            kinds = required_kinds(
                depths_um=[a["depth_um"] for a in areas],
                anaesthesia=anaesthesia,
                combined_procedures=combined,
            )
            require_consents(session, row.patient_id, kinds)
        before = _snapshot(row)
        assert status is not None and anaesthesia is not None  # else errors were raised
        row.status = status
        row.anaesthesia = anaesthesia
        row.indications = indications
        row.combined_procedures = combined
        row.notes = notes
        row.follow_up_on = data.follow_up_on
        row.pulses = data.pulses
        if data.physician_id is not None:
            row.physician_id = data.physician_id
        row.areas = [SessionArea(**a) for a in areas]
        after = _snapshot(row)
        changes = sorted(k for k in after if before.get(k) != after[k])
        # Area rows are replaced, not edited: force an UPDATE of the session row so its
        # version goes up and a desk holding the old areas gets StaleRecord.
        flag_modified(row, "notes")
        flush_session_row(session, ctx, row)
        relink_session_photos(session, row.id)  # its area rows were replaced
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
    wanted = code_of(SessionStatus, status)
    if wanted not in (SessionStatus.PLANNED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        raise ValidationError({"status": msg("A session can be cancelled, a no-show, or planned.")})
    status = wanted
    with ctx.database.write() as session:
        row = load_session_row(session, session_id)
        ensure_version(session, ctx, row, expected_version)
        if row.status == SessionStatus.DONE:
            raise ValidationError(
                {"status": msg("This session is recorded as done; a physician must change it.")}
            )
        if row.status == status:
            return session_detail(session, row, ctx)
        if status == SessionStatus.PLANNED and row.starts_at < ctx.now():
            raise ValidationError(
                {"status": msg("This session's time has passed; book a new session instead.")}
            )
        old = row.status
        row.status = status
        flush_session_row(session, ctx, row)
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
    return set_session_status(ctx, session_id, expected_version, SessionStatus.CANCELLED)


def mark_no_show(ctx: ServiceContext, session_id: int, expected_version: int) -> SessionDetail:
    return set_session_status(ctx, session_id, expected_version, SessionStatus.NO_SHOW)


def _snapshot(row: TreatmentSession) -> dict:
    return {
        "status": row.status,
        "anaesthesia": row.anaesthesia,
        # As JSON text, the form these took in audit details before they were JSON columns.
        "indications": json.dumps(row.indications),
        "combined_procedures": json.dumps(row.combined_procedures),
        "notes": row.notes,
        "follow_up_on": row.follow_up_on,
        "pulses": row.pulses,
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


def load_session_row(session: Session, session_id: int) -> TreatmentSession:
    row = session.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(msg("This session no longer exists. Reload the list."))
    return row


def ensure_version(
    session: Session, ctx: ServiceContext, row: TreatmentSession, expected_version: int
) -> None:
    if row.row_version != expected_version:
        raise _stale(session, ctx, row.id)


def flush_session_row(session: Session, ctx: ServiceContext, row: TreatmentSession) -> None:
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
