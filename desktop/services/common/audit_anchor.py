"""The audit chain's head, kept outside the database so a cut at the end shows.

The HMAC chain proves every event it holds, but deleting the newest events leaves a
shorter chain that is just as valid. So after each commit that appended events, the
head (event count, last id, last chain value, when) is written to a small owner-only
file, signed with a sub-key of the audit key:

- SQLite: beside the database, ``NAME.sqlite3.audit-head.json``;
- PostgreSQL: per workstation, in the config folder (``audit-head-<hash of the URL>.json``):
  each desk knows the head as it last saw it.

Every backup's signed manifest holds the head too (desktop/services/backups/signing.py).
``audit verify`` checks that the anchored event is still in the trail, unchanged
(desktop/services/accounts/audit_heads.py).

The file only moves forward along the same chain: when the event it names is gone or
replaced, it is left as it is (so the truncation stays visible) until an administrator
acknowledges the gap, or a restore puts back the head of the restored backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from db.models import AuditEvent
from db.paths import config_dir, ensure_private_dir

ANCHOR_SUFFIX = ".audit-head.json"
_PENDING = "audit_head_pending"
_FORCE = "audit_head_force"
_write_lock = threading.Lock()
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainHead:
    """What the trail held at one moment: enough to find out later whether it was cut."""

    events: int
    last_id: int
    last_hmac: str
    last_at: str  # ISO 8601, UTC
    key_id: str

    def recorded_at(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.last_at).astimezone(UTC)
        except ValueError:
            return None

    @classmethod
    def from_json(cls, data: Any) -> ChainHead | None:
        try:
            return cls(
                events=int(data["events"]),
                last_id=int(data["last_id"]),
                last_hmac=str(data["last_hmac"]),
                last_at=str(data["last_at"]),
                key_id=str(data.get("key_id", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class AnchorReading:
    head: ChainHead | None
    # "ok"; "missing" (no file); "unsigned" (signed by another key: cannot be checked);
    # "forged" (this key's signature does not match); "damaged" (not readable).
    status: str


def signing_key(audit_key: bytes, purpose: bytes) -> bytes:
    """A sub-key of the audit key, one per use, so a signature of one kind never fits another."""
    return hmac.new(audit_key, b"PeelDesk " + purpose, hashlib.sha256).digest()


def _signature(audit_key: bytes, content: dict[str, Any]) -> str:
    body = json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(signing_key(audit_key, b"audit head"), body, hashlib.sha256).hexdigest()


def anchor_path(url: str) -> Path | None:
    """Where the head of the database at ``url`` is kept on this computer (None: in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            return None
        database = Path(parsed.database)
        return database.with_name(database.name + ANCHOR_SUFFIX)
    shown = parsed.set(password=None).render_as_string(hide_password=False)
    digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:12]
    return config_dir() / f"audit-head-{digest}.json"


def read_anchor(path: Path | None, audit_key: bytes | None) -> AnchorReading:
    if path is None or not path.exists():
        return AnchorReading(None, "missing")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        head = ChainHead.from_json(data.get("head"))
        signature = str(data.get("signature", ""))
    except (OSError, ValueError, AttributeError):
        return AnchorReading(None, "damaged")
    if head is None:
        return AnchorReading(None, "damaged")
    if audit_key is None:
        return AnchorReading(head, "unsigned")
    from desktop.services.common.audit import key_id

    if head.key_id != key_id(audit_key):
        return AnchorReading(head, "unsigned")
    if not hmac.compare_digest(signature, _signature(audit_key, asdict(head))):
        return AnchorReading(head, "forged")
    return AnchorReading(head, "ok")


def write_anchor(path: Path, head: ChainHead, audit_key: bytes) -> None:
    """Replace the file atomically, owner-only."""
    content = asdict(head)
    text = json.dumps(
        {"format": 1, "head": content, "signature": _signature(audit_key, content)},
        indent=2,
        sort_keys=True,
    )
    ensure_private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def remove_anchor(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def head_event_intact(session: Session, head: ChainHead) -> bool:
    stored = session.scalar(select(AuditEvent.chain_hmac).where(AuditEvent.id == head.last_id))
    return stored == head.last_hmac


def note_appended(
    session: Session, audit_key: bytes, key_fingerprint: str, added: AuditEvent
) -> None:
    """Called for each event appended in this transaction; the file is written at commit."""
    pending: ChainHead | None = session.info.get(_PENDING)
    if pending is None:
        reading = read_anchor(anchor_path(_url_of(session)), audit_key)
        forced = bool(session.info.get(_FORCE))
        if forced or reading.status == "missing":
            events = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
        elif reading.head is None or reading.status == "forged":
            return  # a damaged or edited file stays as evidence until acknowledged
        elif not head_event_intact(session, reading.head):
            return  # only along the chain the file names: a vanished head stays reported
        else:
            # Counted from the head on (an index range), not the whole table at every save.
            since = select(func.count()).where(AuditEvent.id > reading.head.last_id)
            events = reading.head.events + int(session.scalar(since) or 0)
        event.listen(session, "after_commit", _write_pending, once=True)
        event.listen(session, "after_rollback", _forget_pending, once=True)
    else:
        events = pending.events + 1
    session.info["audit_key"] = audit_key
    session.info[_PENDING] = ChainHead(
        events=events,
        last_id=added.id,
        last_hmac=added.chain_hmac,
        last_at=added.occurred_at.astimezone(UTC).isoformat(),
        key_id=key_fingerprint,
    )


def force_next_anchor(session: Session) -> None:
    """The next event in this transaction becomes the head whatever the file says
    (an acknowledged gap, a restore)."""
    session.info[_FORCE] = True


def _write_pending(session: Session) -> None:
    head: ChainHead | None = session.info.pop(_PENDING, None)
    key: bytes | None = session.info.pop("audit_key", None)
    session.info.pop(_FORCE, None)
    if head is None or key is None:
        return
    path = anchor_path(_url_of(session))
    if path is None:
        return
    try:
        with _write_lock:
            write_anchor(path, head, key)
    except OSError:
        # The change is committed; a stale head only makes verify less precise.
        _log.warning("The audit trail's head could not be written to %s", path, exc_info=True)


def _url_of(session: Session) -> str:
    bind = session.get_bind()
    return str(bind.engine.url)


def _forget_pending(session: Session) -> None:
    for name in (_PENDING, "audit_key", _FORCE):
        session.info.pop(name, None)
