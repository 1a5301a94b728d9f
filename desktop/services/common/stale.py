"""The "someone else saved first" error, naming who last changed the record and when."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent
from desktop.formatting import format_local_datetime
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import StaleRecord
from desktop.services.common.messages import Message, msg


def stale_record(
    session: Session,
    ctx: ServiceContext,
    entity: str,
    entity_id: int,
    noun: Message,
    remedy: Message,
) -> StaleRecord:
    """StaleRecord for ``entity`` #``entity_id``; the audit trail says who changed it last.

    ``noun`` names the record for the user (``msg("patient")``), ``remedy`` what to do
    first (``msg("reload the patient")``): messages, so they are translated with the sentence.
    """
    last = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return StaleRecord(
            msg(
                "This {noun} was changed after you opened it. "
                "Your changes were not saved: {remedy} and make them again.",
                noun=noun,
                remedy=remedy,
            )
        )
    when = format_local_datetime(last.occurred_at, ctx.zone)
    if not last.actor_name:
        return StaleRecord(
            msg(
                "This {noun} was changed at {when} after you opened it. "
                "Your changes were not saved: {remedy} and make them again.",
                noun=noun,
                when=when,
                remedy=remedy,
            )
        )
    return StaleRecord(
        msg(
            "This {noun} was changed by {who} at {when} after you opened it. "
            "Your changes were not saved: {remedy} and make them again.",
            noun=noun,
            who=last.actor_name,
            when=when,
            remedy=remedy,
        )
    )


def stale_record_after_conflict(
    ctx: ServiceContext, entity: str, entity_id: int, noun: Message, remedy: Message
) -> StaleRecord:
    """stale_record() once a flush found another desk's newer version.

    The failed flush has ended the caller's transaction (on PostgreSQL the UPDATE waited for
    the other desk's commit), so who and when are read in a fresh one, which sees that commit.
    """
    with ctx.database.read() as fresh:
        return stale_record(fresh, ctx, entity, entity_id, noun, remedy)
