"""Writing audit events inside the caller's transaction, chained for tamper evidence.

Each row's ``chain_hmac`` is HMAC-SHA256(key, previous row's chain_hmac +
canonical form of this row). The key lives outside the database
(desktop/services/common/audit_key.py), so editing, deleting or inserting rows
breaks the chain in a way ``peeldesk audit verify`` reports.

Two workstations can write at once, so "the previous row" must be read while
no other writer can append:
- SQLite: every write transaction starts with BEGIN IMMEDIATE (db/engine.py),
  which holds the database's single write lock until commit;
- PostgreSQL: a transaction-level advisory lock (released at commit or
  rollback) is taken before the row gets its id, so ids and chain order agree.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent, Setting
from desktop.services.common.audit_anchor import note_appended
from desktop.services.common.audit_key import AuditKeyProblem, key_path, load_key
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import msg

# Any constant works; it only has to be the same on every workstation.
_PG_AUDIT_LOCK = 0x5045454C  # "PEEL"
# Setting row holding the fingerprint of the key that signs this database's trail.
KEY_ID_SETTING = "audit_key_id"
KEY_CHANGED = "audit.key_changed"


def key_id(key: bytes) -> str:
    """A fingerprint that names the key without revealing it."""
    return hmac.new(key, b"PeelDesk audit key id", hashlib.sha256).hexdigest()[:16]


def check_key_matches(session: Session, key: bytes, ctx: ServiceContext) -> None:
    """Refuse to sign with a key other than the clinic's (a desk that never got audit.key).

    Signing with a second key would silently break the chain for every desk; refusing
    at once, on the desk being set up, is when it is easy to fix.
    """
    mine = key_id(key)
    row = session.get(Setting, KEY_ID_SETTING)
    if row is None:
        session.add(Setting(key=KEY_ID_SETTING, value=mine, updated_at=ctx.now()))
        session.flush()
        return
    if row.value != mine:
        raise AuditKeyProblem(
            msg(
                "This computer's audit key ({path}) is not the one this clinic's database is "
                "signed with, so nothing can be saved from here. Copy audit.key from a "
                "workstation that already works with this database into that folder, then "
                "start PeelDesk again.",
                path=str(key_path()),
            )
        )


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
    key = load_key(create=True)
    assert key is not None
    _lock_chain(session)
    check_key_matches(session, key, ctx)
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
    # Autoflush writes this transaction's earlier events first, so "the last row" is right.
    previous = session.scalar(select(AuditEvent.chain_hmac).order_by(AuditEvent.id.desc()).limit(1))
    if action == KEY_CHANGED:
        previous = ""  # a new key starts a new chain (see audit_trail.adopt_this_desks_key)
    event.chain_hmac = chain_value(key, previous or "", event)
    session.add(event)
    session.flush()
    note_appended(session, key, key_id(key), event)
    return event


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    # SQLite: the write transaction already holds the database's write lock.


def canonical(event: AuditEvent) -> bytes:
    """The signed form of a row: every field that says what happened, in a fixed order.

    The id is left out on purpose: order is already fixed by the chain, and an
    unsigned id lets verification tell an inserted row from an edited one.
    """
    # NOT NULL in the schema, but verification must sign whatever a tampered file holds.
    occurred_at: datetime | None = event.occurred_at
    when = occurred_at.astimezone(UTC) if occurred_at is not None else None
    fields = [
        when.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if when is not None else None,
        event.actor_id,
        event.actor_name,
        event.action,
        event.entity,
        event.entity_id,
        event.patient_id,
        event.details,
        event.workstation,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_value(key: bytes, previous: str, event: AuditEvent) -> str:
    return hmac.new(key, previous.encode("ascii") + canonical(event), hashlib.sha256).hexdigest()


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{"field": [before, after]} for every field whose value changed."""
    return {
        key: [before.get(key), value] for key, value in after.items() if before.get(key) != value
    }
