"""Signing a backup's manifest with a key, so a forged backup cannot pass as genuine.

A SHA-256 beside a file proves only that the two agree: whoever changes the file can
recompute it. The manifest (``NAME.sqlite3.json``: the file's SHA-256, size, time, row
counts and the audit chain's head at the time) is therefore signed with HMAC-SHA256
under a key the caller derives from the clinic's audit key (which is never in the
database or beside the backups). Changing the file then needs a new checksum, which
needs a new signature, which needs the key.

This module only handles the manifest; the key comes from the caller
(desktop/services/backups/signing.py), as db/ never reads PeelDesk's key files.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from db.backup import sha256_file

SIGNATURE_FIELD = "signature"
KEY_ID_FIELD = "signed_with_key"
HEAD_FIELD = "audit_head"


class Signature(Enum):
    VALID = "valid"
    UNSIGNED = "unsigned"  # no manifest, or one written before backups were signed
    OTHER_KEY = "other_key"  # signed with a key this computer does not have
    FORGED = "forged"  # this key's signature does not match: manifest or file changed


@dataclass(frozen=True)
class SignatureCheck:
    status: Signature
    key_id: str = ""
    manifest: dict[str, Any] | None = None


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _mac(key: bytes, manifest: dict[str, Any]) -> str:
    body = {name: value for name, value in manifest.items() if name != SIGNATURE_FIELD}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def sign_manifest(backup: Path, key: bytes, key_id: str, audit_head: dict[str, Any] | None) -> None:
    """Add the audit head, the key's fingerprint and the signature to the manifest.

    The manifest is replaced atomically; a backup without one gets a minimal one.
    """
    path = manifest_path(backup)
    manifest = _read(path) or {"format": 1, "file": backup.name}
    if "sha256" not in manifest:
        manifest["sha256"] = sha256_file(backup)
    manifest[HEAD_FIELD] = audit_head
    manifest[KEY_ID_FIELD] = key_id
    manifest[SIGNATURE_FIELD] = _mac(key, manifest)
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def made_by_a_signing_version(backup: Path) -> bool:
    """Whether the backup's schema is one whose PeelDesk signs every backup.

    Told by a table that came with signing (``audit_personal_value``), not by a revision
    id, so a missing manifest cannot pass a new backup off as an old, unsigned one.
    """
    try:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        found = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_personal_value'"
        ).fetchone()
        return found is not None
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def check_signature(backup: Path, digest: str, key: bytes | None, key_id: str) -> SignatureCheck:
    """Whether the manifest beside ``backup`` is signed by ``key`` and names ``digest``.

    ``digest`` is the SHA-256 of the backup file as it is now (the caller computed it).
    """
    manifest = _read(manifest_path(backup))
    if manifest is None or SIGNATURE_FIELD not in manifest:
        return SignatureCheck(Signature.UNSIGNED, manifest=manifest)
    signed_by = str(manifest.get(KEY_ID_FIELD, ""))
    if key is None or signed_by != key_id:
        return SignatureCheck(Signature.OTHER_KEY, signed_by, manifest)
    genuine = hmac.compare_digest(str(manifest[SIGNATURE_FIELD]), _mac(key, manifest))
    if not genuine or str(manifest.get("sha256", "")).lower() != digest.lower():
        return SignatureCheck(Signature.FORGED, signed_by, manifest)
    return SignatureCheck(Signature.VALID, signed_by, manifest)
