"""Writing audit events inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from db.models import AuditEvent
from desktop.services.context import ServiceContext


def record_event(
    session: Session,
    ctx: ServiceContext,
    action: str,
    *,
    entity: str = "",
    entity_id: int | None = None,
    patient_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit event; it commits or rolls back with the change it describes."""
    event = AuditEvent(
        occurred_at=ctx.now(),
        actor_id=ctx.actor.staff_id,
        actor_name=ctx.actor.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        patient_id=patient_id,
        details=json.dumps(details or {}, ensure_ascii=False, default=str, sort_keys=True),
        workstation=ctx.workstation,
    )
    session.add(event)
    return event


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{"field": [before, after]} for every field whose value changed."""
    return {
        key: [before.get(key), value] for key, value in after.items() if before.get(key) != value
    }
