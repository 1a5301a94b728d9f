"""Is the trail as long as it was? Comparing it with the heads recorded outside it.

The chain alone cannot show that its newest events were deleted (see
desktop/services/common/audit_anchor.py). ``audit verify`` therefore compares the
trail with every head it knows: the file beside the database (per workstation on
PostgreSQL) and the signed manifests of the newest backups. A head whose event is
gone, or no longer the same, is reported with what is known ("The audit trail ends
at event N but event M was recorded on …").

Known, explained gaps are not reported again:
- a restore: heads recorded before the newest ``backup.restore`` event describe the
  file that restore replaced (kept as its -pre-restore backup);
- an administrator's acknowledgment (``audit.gap_acknowledged``, with a reason), which
  names the heads and key changes it covers and resets the head file.
A new key (``audit adopt-key``) is reported until it is acknowledged the same way: the
events signed before it can no longer be checked, whoever caused that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import backup as backup_files
from db.backup_signing import Signature
from db.models import AuditEvent, Setting
from desktop.formatting import format_local_datetime
from desktop.services.common.audit import KEY_ID_SETTING, record_event
from desktop.services.common.audit_anchor import (
    ChainHead,
    anchor_path,
    force_next_anchor,
    read_anchor,
)
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import Message, msg
from desktop.services.common.permissions import Permission, require

ACKNOWLEDGED = "audit.gap_acknowledged"
RESTORED = "backup.restore"
BACKUPS_COMPARED = 10  # the newest backups' manifests; older heads add little


@dataclass
class TrailFacts:
    """What the walk along the chain learns for the head comparison."""

    count: int = 0
    last_id: int | None = None
    acknowledged: set[str] = field(default_factory=set)
    last_restore_at: datetime | None = None
    key_change: tuple[int, datetime] | None = None  # the newest verified key change

    def note(self, event: AuditEvent) -> None:
        self.count += 1
        self.last_id = event.id
        if event.action == RESTORED:
            self.last_restore_at = event.occurred_at
        elif event.action == ACKNOWLEDGED:
            try:
                tokens = json.loads(event.details).get("acknowledged", [])
            except (ValueError, AttributeError):
                tokens = []
            if isinstance(tokens, list):
                self.acknowledged.update(str(token) for token in tokens)

    def note_key_change(self, event: AuditEvent) -> None:
        self.key_change = (event.id, event.occurred_at)


@dataclass(frozen=True)
class HeadProblem:
    kind: str  # truncated | anchor | rekeyed
    event_id: int | None
    message: Message
    tokens: tuple[str, ...]  # what an acknowledgment of this problem records


def head_problems(
    ctx: ServiceContext, session: Session, key: bytes, facts: TrailFacts, not_checked: int
) -> list[HeadProblem]:
    problems: list[HeadProblem] = []
    heads: list[tuple[Message, ChainHead]] = []
    path = anchor_path(ctx.database.url)
    reading = read_anchor(path, key)
    if reading.status in ("damaged", "forged") and "anchor" not in facts.acknowledged:
        problems.append(
            HeadProblem(
                "anchor",
                None,
                msg(
                    "The record of the trail's last event ({path}) was changed or damaged "
                    "after PeelDesk wrote it.",
                    path=str(path),
                ),
                ("anchor",),
            )
        )
    elif reading.head is not None:
        heads.append((_beside_database(ctx), reading.head))
    heads.extend(_backup_heads(ctx))
    failing = [
        (source, head)
        for source, head in heads
        if f"head:{head.last_hmac}" not in facts.acknowledged
        and not _explained_by_restore(head, facts)
        and not _intact(session, head)
    ]
    if failing:
        source, newest = max(failing, key=lambda pair: pair[1].last_id)
        tokens = tuple(sorted({f"head:{head.last_hmac}" for _, head in failing}))
        problems.append(
            HeadProblem("truncated", newest.last_id, _cut(ctx, facts, newest, source), tokens)
        )
    elif (
        facts.count == 0
        and not heads
        and "emptied" not in facts.acknowledged
        and session.get(Setting, KEY_ID_SETTING) is not None
    ):
        problems.append(
            HeadProblem(
                "truncated",
                None,
                msg(
                    "The audit trail is empty, but this database has signed events "
                    "before (it knows its audit key): every event was deleted."
                ),
                ("emptied",),
            )
        )
    if facts.key_change and not_checked:
        event_id, when = facts.key_change
        if f"key_change:{event_id}" not in facts.acknowledged:
            problems.append(
                HeadProblem(
                    "rekeyed",
                    event_id,
                    msg(
                        "The trail was signed with a new key from event {event} on {when} "
                        "(audit adopt-key): the {count} events before it can no longer be "
                        "checked. If the clinic's audit.key was really lost, an administrator "
                        "confirms it with “peeldesk audit acknowledge”.",
                        event=event_id,
                        when=format_local_datetime(when, ctx.zone),
                        count=not_checked,
                    ),
                    (f"key_change:{event_id}",),
                )
            )
    return problems


def _beside_database(ctx: ServiceContext) -> Message:
    if ctx.database.path is not None:
        return msg("the record beside the database")
    return msg("this computer's record")


def _backup_heads(ctx: ServiceContext) -> list[tuple[Message, ChainHead]]:
    if ctx.database.path is None:
        return []  # PostgreSQL is backed up on its server
    from desktop.services.backups.operations import backup_folder
    from desktop.services.backups.signing import manifest_head

    found = []
    folder = backup_folder(ctx)
    for _when, backup in backup_files.list_backups(folder, ctx.database.path.stem)[
        :BACKUPS_COMPARED
    ]:
        head, status = manifest_head(backup)
        # A forged manifest proves nothing; one signed with an earlier key still says
        # what the trail held (verification of the backup itself is the restore's job).
        if head is not None and status in (Signature.VALID, Signature.OTHER_KEY):
            found.append((msg("backup {name}", name=backup.name), head))
    return found


def _explained_by_restore(head: ChainHead, facts: TrailFacts) -> bool:
    recorded = head.recorded_at()
    return (
        facts.last_restore_at is not None
        and recorded is not None
        and recorded < facts.last_restore_at
    )


def _intact(session: Session, head: ChainHead) -> bool:
    stored = session.scalar(select(AuditEvent.chain_hmac).where(AuditEvent.id == head.last_id))
    if stored == head.last_hmac:
        return True
    # Renumbered rows are the chain walk's to report (inserted/deleted); the head is
    # only missing when its signed value is nowhere in the trail (rarely reached: a scan).
    moved = session.scalar(
        select(AuditEvent.id).where(AuditEvent.chain_hmac == head.last_hmac).limit(1)
    )
    return moved is not None


def _cut(ctx: ServiceContext, facts: TrailFacts, head: ChainHead, source: Message) -> Message:
    recorded = head.recorded_at()
    when = format_local_datetime(recorded, ctx.zone) if recorded else head.last_at
    if facts.last_id is None:
        return msg(
            "The audit trail is empty, but event {event} was recorded on {when} ({source}; "
            "{count} events then): every event was deleted.",
            event=head.last_id,
            when=when,
            source=source,
            count=head.events,
        )
    if facts.last_id < head.last_id:
        return msg(
            "The audit trail ends at event {last} but event {event} was recorded on {when} "
            "({source}; {count} events then): the newest events were deleted.",
            last=facts.last_id,
            event=head.last_id,
            when=when,
            source=source,
            count=head.events,
        )
    return msg(
        "Event {event}, recorded on {when} ({source}), is no longer in the trail as it was: "
        "the events from there on were deleted and replaced.",
        event=head.last_id,
        when=when,
        source=source,
    )


def acknowledge_gaps(ctx: ServiceContext, reason: str) -> list[str]:
    """An administrator confirms the reported cut or key change is known (audited).

    The acknowledgment names what it covers, so a later cut is reported again; the
    head file starts again from this event. Returns the messages acknowledged.
    """
    from desktop.services.accounts.audit_trail import verify_chain

    require(ctx, Permission.MANAGE_SETTINGS)
    reason = reason.strip()
    if len(reason) < 5:
        raise ValidationError(
            {"reason": msg("Write why the gap is known, e.g. “audit.key lost with the old PC”.")}
        )
    report = verify_chain(ctx)
    covered = [problem for problem in report.problems if problem.tokens]
    if not covered:
        raise ValidationError(
            {"reason": msg("There is no missing end of the trail or key change to acknowledge.")}
        )
    with ctx.database.write() as session:
        force_next_anchor(session)
        record_event(
            session,
            ctx,
            ACKNOWLEDGED,
            entity="audit",
            details={
                "reason": reason,
                "acknowledged": sorted({token for p in covered for token in p.tokens}),
                "problems": [p.message for p in covered],
            },
        )
    return [p.message for p in covered]
