"""Signed backups: each manifest carries the audit chain's head and an HMAC over both.

The signing key is a sub-key of the clinic's audit key (audit.key, outside the
database), so a backup signed on one desk verifies on every desk of the clinic.
A forged backup (file changed, checksum recomputed) is refused; an unsigned one
(made before backups were signed) is accepted with a warning; one signed with
another key (another clinic, or before ``audit adopt-key``) is refused unless the
administrator restores it unverified.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import backup_signing
from db.backup_signing import Signature
from db.errors import BackupInvalid
from db.models import AuditEvent
from desktop.services.common.audit import key_id
from desktop.services.common.audit_anchor import ChainHead, signing_key
from desktop.services.common.audit_key import key_path, load_key
from desktop.services.common.messages import Message, msg


def _backup_key(audit_key: bytes) -> bytes:
    return signing_key(audit_key, b"backup manifest")


def chain_head(session: Session) -> dict[str, Any] | None:
    """The trail's head as the database holds it now (None: no event yet)."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    if last is None:
        return None
    count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    audit_key = load_key(create=False)
    return {
        "events": count,
        "last_id": last.id,
        "last_hmac": last.chain_hmac,
        "last_at": last.occurred_at.isoformat(),
        "key_id": key_id(audit_key) if audit_key else "",
    }


def sign_backup(backup: Path, head: dict[str, Any] | None) -> bool:
    """Sign the manifest of a freshly written backup (with the key every save uses)."""
    audit_key = load_key(create=True)
    if audit_key is None:
        return False
    backup_signing.sign_manifest(backup, _backup_key(audit_key), key_id(audit_key), head)
    return True


def manifest_head(backup: Path) -> tuple[ChainHead | None, Signature]:
    """The audit head recorded in a backup's manifest, and whether its signature holds."""
    audit_key = load_key(create=False)
    manifest_file = backup_signing.manifest_path(backup)
    check = backup_signing.check_signature(
        backup,
        _recorded_digest(manifest_file),
        _backup_key(audit_key) if audit_key else None,
        key_id(audit_key) if audit_key else "",
    )
    manifest = check.manifest or {}
    return ChainHead.from_json(manifest.get(backup_signing.HEAD_FIELD)), check.status


def _recorded_digest(manifest_file: Path) -> str:
    # Listing heads must not hash every backup: the file's own check is the restore's job.
    import json

    try:
        return str(json.loads(manifest_file.read_text(encoding="utf-8")).get("sha256", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def check_backup(backup: Path, digest: str, *, allow_unverifiable: bool) -> list[Message]:
    """Refuse a forged backup; return warnings for one whose origin cannot be proven.

    ``digest`` is the SHA-256 of the backup file as it is now.
    """
    audit_key = load_key(create=False)
    check = backup_signing.check_signature(
        backup,
        digest,
        _backup_key(audit_key) if audit_key else None,
        key_id(audit_key) if audit_key else "",
    )
    if check.status is Signature.VALID:
        return []
    if check.status is Signature.FORGED:
        raise BackupInvalid(
            msg(
                "The backup {name} was changed after PeelDesk wrote it: its signature does "
                "not match the file (its checksum was recomputed, or the file or its manifest "
                "was edited). Nothing was restored; choose another backup.",
                name=backup.name,
            )
        )
    if check.status is Signature.UNSIGNED and backup_signing.made_by_a_signing_version(backup):
        # This PeelDesk signs every backup: a missing signature was removed.
        missing = msg(
            "The backup {name} has no signature, although the PeelDesk that made it signs "
            "every backup: its manifest was removed or replaced.",
            name=backup.name,
        )
        if allow_unverifiable:
            return [missing]
        raise BackupInvalid(
            msg(
                "{problem} Nothing was restored. Restore it without the check (option "
                "--unverified) only if you are sure where it comes from.",
                problem=missing,
            )
        )
    if check.status is Signature.UNSIGNED:
        return [
            msg(
                "The backup {name} is not signed (it was made by an older PeelDesk, or its "
                "signature was removed): its checksum matched, but that PeelDesk wrote it "
                "cannot be proven.",
                name=backup.name,
            )
        ]
    if audit_key is None:
        problem = msg(
            "The backup {name} is signed, but this computer has no audit key ({path}) to "
            "check the signature.",
            name=backup.name,
            path=str(key_path()),
        )
    else:
        problem = msg(
            "The backup {name} is signed with another audit key (id {key}) than this "
            "computer's, so it cannot be checked here.",
            name=backup.name,
            key=check.key_id or "?",
        )
    if allow_unverifiable:
        return [problem]
    raise BackupInvalid(
        msg(
            "{problem} Nothing was restored. Copy the clinic's audit.key to this computer, "
            "or restore it without the check (option --unverified) only if you are sure "
            "where it comes from.",
            problem=problem,
        )
    )
