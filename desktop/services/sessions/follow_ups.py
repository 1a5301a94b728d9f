"""Notes recorded after a session: the day 3-4 check, the one-week review, other calls."""

from __future__ import annotations

from dataclasses import dataclass

from db.codes import FollowUpKind, SessionStatus
from db.models import FollowUp, TreatmentSession
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.sessions.checks import (
    ADVERSE_EVENT_LABELS,
    FOLLOW_UP_KIND_LABELS,
    MAX_TEXT,
    check_codes,
    check_text,
)
from desktop.services.sessions.records import FollowUpRow, follow_up_row


@dataclass(frozen=True)
class FollowUpInput:
    kind: str
    reaction: str = ""
    healing: str = ""
    adverse_events: tuple[str, ...] = ()
    notes: str = ""


def add_follow_up(ctx: ServiceContext, session_id: int, data: FollowUpInput) -> FollowUpRow:
    require(ctx, Permission.RECORD_TREATMENT)
    with ctx.database.write() as session:
        row = session.get(TreatmentSession, session_id)
        if row is None:
            raise NotFound(msg("This session no longer exists. Reload the history."))
        errors: dict[str, str] = {}
        if row.status != SessionStatus.DONE:
            errors["session"] = msg("Follow-up notes belong to a session recorded as done.")
        if data.kind not in FOLLOW_UP_KIND_LABELS:
            errors["kind"] = msg("Pick which follow-up this is (day 3–4, one week, other).")
        events = check_codes(
            errors,
            "adverse_events",
            data.adverse_events,
            ADVERSE_EVENT_LABELS,
            msg("adverse event"),
        )
        reaction = check_text(errors, "reaction", data.reaction, msg("The reaction"), MAX_TEXT)
        healing = check_text(errors, "healing", data.healing, msg("The healing note"), MAX_TEXT)
        notes = check_text(errors, "notes", data.notes, msg("The note"), MAX_TEXT)
        if not (reaction or healing or notes or events):
            errors.setdefault("notes", msg("Write what you saw or pick an adverse event."))
        if errors:
            raise ValidationError(errors)
        note = FollowUp(
            session_id=row.id,
            kind=FollowUpKind(data.kind),
            recorded_at=ctx.now(),
            reaction=reaction,
            healing=healing,
            adverse_events=events,
            notes=notes,
            recorded_by_id=ctx.actor.staff_id,
        )
        session.add(note)
        session.flush()
        record_event(
            session,
            ctx,
            "follow_up.add",
            entity="follow_up",
            entity_id=note.id,
            patient_id=row.patient_id,
            details={"session_id": row.id, "kind": data.kind, "adverse_events": events},
        )
        return follow_up_row(note)
