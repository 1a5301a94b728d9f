"""Personal values out of the signed chain, where erasure can reach them.

A signed event cannot be changed without breaking the chain, so it must not hold what
a patient may ask to be forgotten. An event that changes personal fields records only
their names, plus a reference to one ``audit_personal_value`` row holding the old and
new values and a SHA-256 of them with a random salt:

    {"changed": ["family_name", "phone_e164"], "values_ref": 12, "values_sha256": "…"}

Anonymisation empties the row (content and salt); the chain is untouched, and the
digest left in it reveals nothing without the salt. ``audit verify`` checks every row
that still holds values against its event's digest.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import AuditEvent, AuditPersonalValue
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import Message, msg

REF = "values_ref"
DIGEST = "values_sha256"


def _digest(salt: str, content: str) -> str:
    return hashlib.sha256(salt.encode("ascii") + content.encode("utf-8")).hexdigest()


def keep_values(
    session: Session, patient_id: int | None, changes: dict[str, list[Any]]
) -> dict[str, Any]:
    """Store ``{field: [before, after]}`` erasably; returns the event's details for it."""
    content = json.dumps(changes, ensure_ascii=False, default=str, sort_keys=True)
    salt = secrets.token_hex(16)
    row = AuditPersonalValue(patient_id=patient_id, salt=salt, content=content)
    session.add(row)
    session.flush()
    return {"changed": sorted(changes), REF: row.id, DIGEST: _digest(salt, content)}


def link_event(session: Session, details: dict[str, Any], event: AuditEvent) -> None:
    """Note which event refers to the row (for verification; not part of the signature)."""
    row = session.get(AuditPersonalValue, details[REF])
    if row is not None:
        row.event_id = event.id


def erase_values(session: Session, ctx: ServiceContext, patient_id: int) -> int:
    """Empty every kept value of one patient; returns how many rows were erased."""
    result = session.execute(
        update(AuditPersonalValue)
        .where(
            AuditPersonalValue.patient_id == patient_id,
            AuditPersonalValue.content.is_not(None),
        )
        .values(content=None, salt="", erased_at=ctx.now())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def older_events_with_values(session: Session, patient_id: int) -> int:
    """``patient.update`` events written before values were kept apart (they hold values)."""
    rows = session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.patient_id == patient_id, AuditEvent.action == "patient.update"
        )
    )
    return sum(1 for details in rows if '"changes"' in details)


def values_of(session: Session, refs: list[int]) -> dict[int, str | None]:
    """The kept values by row id (None: erased), for the audit viewer."""
    if not refs:
        return {}
    rows = session.execute(
        select(AuditPersonalValue.id, AuditPersonalValue.content).where(
            AuditPersonalValue.id.in_(refs)
        )
    )
    return {row_id: content for row_id, content in rows}


def value_problems(session: Session) -> list[tuple[int, Message]]:
    """(event id, message) for each kept value that no longer matches its signed event."""
    problems: list[tuple[int, Message]] = []
    events = session.execute(
        select(AuditEvent.id, AuditEvent.details).where(AuditEvent.details.like(f'%"{REF}"%'))
    )
    for event_id, details_text in events:
        try:
            details = json.loads(details_text)
            ref, digest = int(details[REF]), str(details[DIGEST])
        except (ValueError, KeyError, TypeError):
            continue  # an edited event: the chain reports it
        row = session.get(AuditPersonalValue, ref)
        if row is None:
            problems.append(
                (
                    event_id,
                    msg(
                        "The personal values of event {event} were deleted outside anonymisation.",
                        event=event_id,
                    ),
                )
            )
        elif row.content is not None and _digest(row.salt, row.content) != digest:
            problems.append(
                (
                    event_id,
                    msg(
                        "The personal values of event {event} were changed after they were "
                        "recorded.",
                        event=event_id,
                    ),
                )
            )
    return problems
