"""The audit chain's secret key: a file in the user's config folder, never in the database.

Whoever can edit the database cannot recompute the chain without this key.
The file is created once, owner-only (0600), from ``secrets``; a clinic with
several workstations copies the same file to each of them (docs/admin-guide.md,
The audit trail).
"""

from __future__ import annotations

import os
import secrets
import threading
from pathlib import Path

from db.errors import DatabaseProblem
from db.paths import config_dir, ensure_private_dir
from desktop.services.common.messages import msg

KEY_FILE_NAME = "audit.key"
_KEY_BYTES = 32
_cache: dict[Path, bytes] = {}
_lock = threading.Lock()


class AuditKeyProblem(DatabaseProblem):
    """The key file is damaged, or is not the key this database is signed with.

    A DatabaseProblem because, like a read-only file, it means nothing can be saved
    from this computer; every screen and the command line already report those.
    """


def key_path() -> Path:
    return config_dir() / KEY_FILE_NAME


def load_key(*, create: bool) -> bytes | None:
    """The key; with ``create`` a new one is made when missing, else None is returned."""
    path = key_path()
    with _lock:
        if path in _cache:
            return _cache[path]
        if not path.exists():
            if not create:
                return None
            _create(path)
        key = _read(path)
        _cache[path] = key
        return key


def _read(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise AuditKeyProblem(
            msg(
                "The audit key file {path} cannot be read or is damaged, so no change can be "
                "recorded. Ask your administrator to restore it from a backup.",
                path=str(path),
            )
        ) from error
    if len(key) < 16:
        raise AuditKeyProblem(
            msg(
                "The audit key file {path} is too short; ask your administrator to restore it.",
                path=str(path),
            )
        )
    return key


def _create(path: Path) -> None:
    ensure_private_dir(path.parent)
    # Write a temporary file, then link it into place: link() fails if another process
    # created the key meanwhile, and nobody ever reads a half-written key.
    temp = path.with_name(f".{KEY_FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, (secrets.token_bytes(_KEY_BYTES).hex() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(temp, path)
    except FileExistsError:
        pass
    finally:
        temp.unlink(missing_ok=True)


def forget_cached_keys() -> None:
    """For tests and tools that replace the key file."""
    with _lock:
        _cache.clear()
