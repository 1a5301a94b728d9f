"""The day at the desk: a booked session moves planned → arrived → in treatment; "Done" is then
recorded with the treatment (records.record_session). Starting the treatment needs the
patient's signed consents, as booking and recording do (consent/rule.py). One service for the day list and the
calendar alike; the status words live in checks.STATUS_LABELS."""

from __future__ import annotations

from db.codes import SessionStatus, code_of
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.rule import (
    booked_under_paper_consent,
    require_consents,
    required_kinds,
)
from desktop.services.sessions.records import (
    ensure_version,
    flush_session_row,
    load_session_row,
)
from desktop.services.sessions.rows import SessionDetail, session_detail

# Where each desk step may start from (forward only; a patient on the couch has arrived).
DESK_STEPS: dict[SessionStatus, tuple[SessionStatus, ...]] = {
    SessionStatus.ARRIVED: (SessionStatus.PLANNED,),
    SessionStatus.IN_TREATMENT: (SessionStatus.PLANNED, SessionStatus.ARRIVED),
}
# Marking an arrival is the desk's job; starting a treatment is clinical, like recording it.
_STEP_PERMISSION = {
    SessionStatus.ARRIVED: Permission.BOOK_SESSIONS,
    SessionStatus.IN_TREATMENT: Permission.RECORD_TREATMENT,
}


def next_desk_step(status: str) -> SessionStatus | None:
    """The step the desk takes next for a session in ``status`` (None: record or nothing)."""
    for step, sources in DESK_STEPS.items():
        if status in sources:
            return step
    return None


def move_session_along(
    ctx: ServiceContext, session_id: int, expected_version: int, status: str
) -> SessionDetail:
    """Mark a session of today as arrived or in treatment (audited)."""
    wanted = code_of(SessionStatus, status)
    if wanted not in DESK_STEPS:
        raise ValidationError({"status": msg("A session can be marked as arrived or started.")})
    require(ctx, _STEP_PERMISSION[wanted])
    with ctx.database.write() as session:
        row = load_session_row(session, session_id)
        ensure_version(session, ctx, row, expected_version)
        if row.status == wanted:
            return session_detail(session, row, ctx)
        if row.status not in DESK_STEPS[wanted]:
            raise ValidationError(
                {"status": msg("This session is already past that step; reload the list.")}
            )
        if row.starts_at.astimezone(ctx.zone).date() != ctx.today():
            raise ValidationError(
                {"status": msg("Only today's sessions can be marked as arrived or started.")}
            )
        if wanted == SessionStatus.IN_TREATMENT and not booked_under_paper_consent(
            session, row.created_at
        ):
            # Consent comes before the treatment, not only before it is recorded.
            kinds = required_kinds(
                depths_um=[a.depth_um for a in row.areas],
                anaesthesia=row.anaesthesia,
                combined_procedures=row.combined_procedures,
            )
            require_consents(session, row.patient_id, kinds)
        old = row.status
        row.status = wanted
        flush_session_row(session, ctx, row)
        record_event(
            session,
            ctx,
            f"session.{wanted}",
            entity="session",
            entity_id=row.id,
            patient_id=row.patient_id,
            details={"status": [old, wanted], "at": ctx.now().isoformat()},
        )
        return session_detail(session, row, ctx)
