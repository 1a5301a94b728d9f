"""Reading the audit trail: the admin viewer's pages and the chain verification."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from db.models import AuditEvent, Patient, Setting, Staff
from desktop.services.accounts.audit_heads import TrailFacts, head_problems
from desktop.services.common.audit import (
    KEY_CHANGED,
    KEY_ID_SETTING,
    chain_value,
    key_id,
    record_event,
)
from desktop.services.common.audit_key import key_path, load_key
from desktop.services.common.audit_values import REF as VALUES_REF
from desktop.services.common.audit_values import value_problems, values_of
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.proof import consent_problems

PAGE_SIZE = 200
SYSTEM_ACTOR_FILTER = -1  # actor_id filter value meaning "PeelDesk itself / command line"


@dataclass(frozen=True)
class AuditRow:
    id: int
    occurred_at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    patient_id: int | None
    patient_name: str
    summary: str
    workstation: str


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. Dates are the clinic's local calendar days, inclusive."""

    patient_ids: tuple[int, ...] | None = None
    actor_id: int | None = None  # a staff id, or SYSTEM_ACTOR_FILTER
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    next_before_id: int | None  # pass back as ``before_id`` for the next (older) page


@dataclass(frozen=True)
class ActorChoice:
    actor_id: int
    name: str


def actor_choices(ctx: ServiceContext) -> list[ActorChoice]:
    """Everybody who can appear in the trail, for the viewer's user filter."""
    require(ctx, Permission.VIEW_AUDIT)
    with ctx.database.read() as session:
        people = session.execute(select(Staff.id, Staff.full_name).order_by(Staff.full_name)).all()
    return [ActorChoice(SYSTEM_ACTOR_FILTER, msg("PeelDesk (system, command line)"))] + [
        ActorChoice(staff_id, name) for staff_id, name in people
    ]


def list_events(
    ctx: ServiceContext,
    where: AuditFilter,
    *,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """Newest first, one page at a time (keyset paging on the id)."""
    require(ctx, Permission.VIEW_AUDIT)
    stmt = (
        select(AuditEvent, Patient.given_name, Patient.family_name)
        .outerjoin(Patient, Patient.id == AuditEvent.patient_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit + 1)
    )
    if where.patient_ids is not None:
        stmt = stmt.where(AuditEvent.patient_id.in_(where.patient_ids or (-1,)))
    if where.actor_id == SYSTEM_ACTOR_FILTER:
        stmt = stmt.where(AuditEvent.actor_id.is_(None))
    elif where.actor_id is not None:
        stmt = stmt.where(AuditEvent.actor_id == where.actor_id)
    if where.date_from is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= _local_midnight(ctx, where.date_from))
    if where.date_to is not None:
        end = _local_midnight(ctx, where.date_to + timedelta(days=1))
        stmt = stmt.where(AuditEvent.occurred_at < end)
    if before_id is not None:
        stmt = stmt.where(AuditEvent.id < before_id)
    with ctx.database.read() as session:
        found = session.execute(stmt).all()
        page = found[:limit]
        kept = values_of(session, [ref for event, _g, _f in page if (ref := _values_ref(event))])
    rows = [
        AuditRow(
            id=event.id,
            occurred_at=event.occurred_at,
            actor_id=event.actor_id,
            actor_name=event.actor_name,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            patient_id=event.patient_id,
            patient_name=f"{given} {family}" if given is not None else "",
            summary=summarise(event.details, kept),
            workstation=event.workstation,
        )
        for event, given, family in page
    ]
    return AuditPage(rows, rows[-1].id if len(found) > limit else None)


def _local_midnight(ctx: ServiceContext, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ctx.zone).astimezone(UTC)


def _values_ref(event: AuditEvent) -> int | None:
    if f'"{VALUES_REF}"' not in event.details:
        return None
    try:
        return int(json.loads(event.details)[VALUES_REF])
    except (ValueError, KeyError, TypeError):
        return None


def summarise(details_json: str, kept: dict[int, str | None] | None = None) -> str:
    """'family_name: Kaya → Kaya-Şen; phone_e164: … → …' for people, from the stored JSON.

    ``kept``: personal values kept apart from the chain, by row id (None: erased).
    """
    try:
        details = json.loads(details_json or "{}")
    except ValueError:
        return details_json
    if not isinstance(details, dict):
        return str(details)
    parts = []
    changes = details.get("changes")
    if VALUES_REF in details:
        values = (kept or {}).get(details[VALUES_REF])
        try:
            changes = json.loads(values) if values else None
        except ValueError:
            changes = None
        if changes is None:
            fields = ", ".join(str(name) for name in details.get("changed", []))
            return msg("{fields} changed (values erased)", fields=fields)
        details = {}
    if isinstance(changes, dict):
        for name, pair in changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                parts.append(f"{name}: {_shown(pair[0])} → {_shown(pair[1])}")
    for name, value in details.items():
        if name == "changes":
            continue
        if isinstance(value, list) and len(value) == 2 and name not in ("fields",):
            parts.append(f"{name}: {_shown(value[0])} → {_shown(value[1])}")
        elif isinstance(value, list):
            parts.append(f"{name}: {', '.join(str(v) for v in value)}")
        else:
            parts.append(f"{name}: {_shown(value)}")
    return "; ".join(parts)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


# --- verification ---------------------------------------------------------------------
@dataclass(frozen=True)
class ChainProblem:
    # edited | deleted | inserted | key | consent (a signed consent changed) |
    # truncated | anchor | rekeyed (audit_heads.py; these can be acknowledged)
    kind: str
    event_id: int | None
    message: str
    tokens: tuple[str, ...] = ()  # what acknowledging this problem records


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problems: list[ChainProblem] = field(default_factory=list)
    # Events before the last key change: signed with a key this desk no longer has.
    not_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Link:
    id: int | None = None
    chain: str = ""


def verify_chain(ctx: ServiceContext) -> ChainReport:
    """Recompute every link. Never creates a key: a missing key is itself a problem."""
    require(ctx, Permission.VIEW_AUDIT)
    key = load_key(create=False)
    if key is None:
        return ChainReport(
            0,
            [
                ChainProblem(
                    "key",
                    None,
                    msg(
                        "No audit key at {path}: the trail cannot be checked on this "
                        "computer. Copy audit.key from the workstation that wrote the trail.",
                        path=str(key_path()),
                    ),
                )
            ],
        )
    problems: list[ChainProblem] = []
    before_previous, previous = _Link(), _Link()
    checked = not_checked = 0
    facts = TrailFacts()
    with ctx.database.read() as session:
        rows = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=1000)
        )
        for event in rows:
            checked += 1
            facts.note(event)
            if event.action == KEY_CHANGED and chain_value(key, "", event) == event.chain_hmac:
                # The clinic adopted this key here: what came before cannot be checked with it.
                not_checked, problems = checked - 1, []
                facts.note_key_change(event)
                before_previous, previous = _Link(), _Link(event.id, event.chain_hmac)
                continue
            if chain_value(key, previous.chain, event) == event.chain_hmac:
                before_previous, previous = previous, _Link(event.id, event.chain_hmac)
                continue
            if previous.id is not None and (
                chain_value(key, before_previous.chain, event) == event.chain_hmac
            ):
                # This row follows the one before its predecessor: the predecessor was slipped in.
                if problems and problems[-1].event_id == previous.id:
                    problems.pop()
                problems.append(
                    ChainProblem(
                        "inserted", previous.id, _inserted(previous, before_previous, event)
                    )
                )
                previous = _Link(event.id, event.chain_hmac)
                continue
            first_expected = 1 if previous.id is None else previous.id + 1
            if event.id > first_expected:
                problems.append(
                    ChainProblem("deleted", event.id, _deleted(previous, first_expected, event))
                )
            else:
                problems.append(
                    ChainProblem(
                        "edited",
                        event.id,
                        msg(
                            "Event {event} does not match its signature: it was edited "
                            "(or added without the key).",
                            event=event.id,
                        ),
                    )
                )
            before_previous, previous = previous, _Link(event.id, event.chain_hmac)
        # Signed consents are proven by their (chained) signing events: compare the rows.
        changed_consents = consent_problems(session)
        changed_values = value_problems(session)
        # A cut at the end leaves a valid chain: compare with the heads kept elsewhere.
        cut = head_problems(ctx, session, key, facts, not_checked)
    if checked - not_checked > 1 and len(problems) == checked - not_checked:
        problems.append(
            ChainProblem(
                "key",
                None,
                msg(
                    "No event matches: this computer's audit key is probably not the one that "
                    "wrote the trail. Copy audit.key from the first workstation."
                ),
            )
        )
    problems.extend(ChainProblem("consent", None, message) for _, message in changed_consents)
    problems.extend(ChainProblem("values", event, message) for event, message in changed_values)
    problems.extend(ChainProblem(p.kind, p.event_id, p.message, p.tokens) for p in cut)
    return ChainReport(checked, problems, not_checked)


def _inserted(slipped_in: _Link, before: _Link, event: AuditEvent) -> str:
    if before.id is None:
        return msg(
            "Event {inserted} was inserted: event {event} directly follows the start of the trail.",
            inserted=slipped_in.id,
            event=event.id,
        )
    return msg(
        "Event {inserted} was inserted: event {event} directly follows event {before}.",
        inserted=slipped_in.id,
        event=event.id,
        before=before.id,
    )


def _deleted(previous: _Link, first_missing: int, event: AuditEvent) -> str:
    """Rows first_missing … event.id - 1 are gone (or ``event`` itself was edited)."""
    last_missing = event.id - 1
    if previous.id is None:
        if first_missing == last_missing:
            return msg(
                "Event {event} does not follow the start of the trail: event {first} was "
                "deleted (or event {event} was edited).",
                event=event.id,
                first=first_missing,
            )
        return msg(
            "Event {event} does not follow the start of the trail: events {first} to "
            "{last} were deleted (or event {event} was edited).",
            event=event.id,
            first=first_missing,
            last=last_missing,
        )
    if first_missing == last_missing:
        return msg(
            "Event {event} does not follow event {previous}: event {first} was deleted "
            "(or event {event} was edited).",
            event=event.id,
            previous=previous.id,
            first=first_missing,
        )
    return msg(
        "Event {event} does not follow event {previous}: events {first} to {last} were "
        "deleted (or event {event} was edited).",
        event=event.id,
        previous=previous.id,
        first=first_missing,
        last=last_missing,
    )


def adopt_this_desks_key(ctx: ServiceContext) -> str:
    """After the clinic's key was lost: sign from now on with this computer's key.

    Starts a new chain with an ``audit.key_changed`` event. Events before it can no
    longer be verified (verification says how many). Returns the new key's fingerprint.
    """
    require(ctx, Permission.MANAGE_SETTINGS)
    key = load_key(create=True)
    assert key is not None
    mine = key_id(key)
    with ctx.database.write() as session:
        row = session.get(Setting, KEY_ID_SETTING)
        before = row.value if row is not None else None
        if row is None:
            row = Setting(key=KEY_ID_SETTING, value=None)
            session.add(row)
        row.value = mine
        row.updated_at = ctx.now()
        session.flush()
        record_event(session, ctx, KEY_CHANGED, details={"key_id": [before, mine]})
    return mine
