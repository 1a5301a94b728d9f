"""Sealing a plaintext database (one way), and changing its key (db/sealing.py).

Sealing: SQLCipher's ``sqlcipher_export`` copies the plaintext file into a new sealed file
beside it; the copy is checked (``integrity_check``, and the row count of every table equal
to the original's); the key file is written, the copy renamed over the original, and only
then is the plaintext original (and its -wal/-shm) overwritten and removed. Any failure
before the rename leaves the original exactly as it was.

Re-keying: ``PRAGMA rekey`` re-encrypts every page with a new data key, for when a key
may have leaked; a passphrase change only re-wraps the data key (instant).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.errors import DatabaseProblem
from db.messages import msg
from db.paths import fsync_dir
from db.sealing import (
    PASSPHRASE_COST,
    Argon2Cost,
    NewKeys,
    data_key_for,
    driver_errors,
    is_sealed,
    key_file,
    key_pragmas,
    new_keys,
    read_key_file,
    remember,
    unlock_content,
    with_new_passphrase,
    write_key_file,
)

PLAINTEXT_HEADER = b"SQLite format 3\x00"


class SealingFailed(DatabaseProblem):
    """The database could not be sealed; the plaintext original is unchanged."""


IN_USE = msg(
    "The database is open in another program or on another workstation, so it was not "
    "encrypted. Close PeelDesk everywhere and try again."
)


@dataclass(frozen=True)
class SealResult:
    keys: NewKeys  # the recovery key to print, once
    row_counts: dict[str, int]


def _row_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    tables = [
        r[0]
        for r in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        t: connection.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables
    }


def is_plaintext_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER
    except OSError:
        return False


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _shred(path: Path) -> None:
    """Overwrite a plaintext file with zeros before unlinking it (best effort: an SSD or a
    journalling file system may keep old blocks; see docs/admin-guide.md)."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\x00" * (1 << 20)
            left = size
            while left > 0:
                handle.write(block[: min(left, len(block))])
                left -= len(block)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


@contextlib.contextmanager
def _plain(path: Path) -> Iterator[Any]:
    """The plaintext file through SQLCipher's driver (needed for ``sqlcipher_export``)."""
    from sqlcipher3 import dbapi2 as sqlcipher  # type: ignore[import-untyped]

    connection = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    connection.isolation_level = None
    try:
        yield connection
    finally:
        connection.close()


def seal_database(path: Path, passphrase: str, *, cost: Argon2Cost = PASSPHRASE_COST) -> SealResult:
    """Seal the plaintext database ``path`` (nobody may have it open). See the module doc."""
    if is_sealed(path):
        raise SealingFailed(msg("The database {path} is already encrypted.", path=str(path)))
    if not is_plaintext_file(path):
        raise SealingFailed(
            msg(
                "The file {path} is not a PeelDesk database, so it was not encrypted.",
                path=str(path),
            )
        )
    staged = path.with_name(f".{path.name}.sealing")
    for leftover in (staged, key_file(staged)):
        _remove(leftover)
    keys = new_keys(passphrase, cost=cost)
    try:
        with _plain(path) as plain:
            # Fold the -wal into the file and leave WAL: refused while another program has
            # the file open, which is the in-use check (nothing is copied then).
            plain.execute("PRAGMA busy_timeout = 0")
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise SealingFailed(IN_USE)
            before = _row_counts(plain)
            plain.execute(
                f"ATTACH DATABASE ? AS sealed KEY \"x'{keys.data_key.hex()}'\"", (str(staged),)
            )
            plain.execute("SELECT sqlcipher_export('sealed')")
            version = plain.execute("PRAGMA main.user_version").fetchone()[0]
            plain.execute(f"PRAGMA sealed.user_version = {int(version)}")
            plain.execute("DETACH DATABASE sealed")
        _check_copy(staged, keys.data_key, before)
        os.chmod(staged, 0o600)
        # The key file first, under the copy's name: the sealed file is never anywhere
        # without its key beside it.
        write_key_file(staged, keys.content)
    except DatabaseProblem:
        _remove(staged)
        _remove(key_file(staged))
        raise
    except driver_errors(OSError) as error:
        _remove(staged)
        _remove(key_file(staged))
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise SealingFailed(IN_USE) from error
        raise SealingFailed(
            msg(
                "The database could not be encrypted ({detail}). It was left as it was.",
                detail=str(error),
            )
        ) from error
    plaintext = path.with_name(f".{path.name}.plaintext")
    os.replace(path, plaintext)
    os.replace(staged, path)
    os.replace(key_file(staged), key_file(path))
    fsync_dir(path.parent)
    # Only now, with the sealed copy checked and in place, does the plaintext go.
    for item in (plaintext, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        _shred(item)
    remember(keys.key_id, keys.data_key)
    return SealResult(keys, before)


def finish_interrupted_sealing(path: Path) -> None:
    """A sealing cut off between its renames is finished (or undone) when the file is next
    opened: the sealed copy's key file is never lost."""
    staged = path.with_name(f".{path.name}.sealing")
    plaintext = path.with_name(f".{path.name}.plaintext")
    if key_file(path).is_file() or not key_file(staged).is_file():
        return
    if staged.is_file() and not path.exists() and plaintext.is_file():
        os.replace(staged, path)
    if path.is_file() and not is_plaintext_file(path):
        os.replace(key_file(staged), key_file(path))
        _shred(plaintext)


def _check_copy(staged: Path, data_key: bytes, before: dict[str, int]) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(staged))
    try:
        for pragma in key_pragmas(data_key):
            connection.execute(pragma)
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        after = _row_counts(connection)
    finally:
        connection.close()
    if rows != ["ok"] or after != before:
        raise SealingFailed(
            msg(
                "The encrypted copy did not match the database (integrity or row counts), so "
                "it was discarded and the database left as it was. Run “peeldesk check”."
            )
        )


def change_passphrase(path: Path, secret: str, new_passphrase: str) -> None:
    """Re-wrap the data key for ``new_passphrase``; ``secret`` is the current passphrase or
    the recovery key (WrongKey if neither). The database file is not touched."""
    content = read_key_file(path)
    data_key = unlock_content(content, secret)
    write_key_file(path, with_new_passphrase(content, data_key, new_passphrase))


def rekey_database(
    path: Path, secret: str, new_passphrase: str, *, cost: Argon2Cost = PASSPHRASE_COST
) -> NewKeys:
    """Re-encrypt ``path`` with a new data key and a new recovery key (nobody may have it
    open). Backups made before keep the old key file beside them and open with the old
    passphrase or recovery key."""
    content = read_key_file(path)
    old_key = unlock_content(content, secret)
    keys = new_keys(new_passphrase, cost=cost)
    from sqlcipher3 import dbapi2 as sqlcipher

    staged_keys = path.with_name(f".{path.name}.rekeying")
    write_key_file(staged_keys, keys.content)
    connection = sqlcipher.connect(str(path), timeout=5)
    try:
        for pragma in key_pragmas(old_key):
            connection.execute(pragma)
        connection.execute("PRAGMA busy_timeout = 0")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA rekey = \"x'{keys.data_key.hex()}'\"")
        connection.execute("PRAGMA journal_mode = WAL")
    except driver_errors() as error:
        _remove(key_file(staged_keys))
        raise SealingFailed(
            msg(
                "The database is open in another program or on another workstation, so "
                "its key was not changed. Close PeelDesk everywhere and try again."
            )
        ) from error
    finally:
        connection.close()
    os.replace(key_file(staged_keys), key_file(path))
    remember(keys.key_id, keys.data_key)
    assert data_key_for(path) == keys.data_key
    return keys


def _opens(path: Path, data_key: bytes) -> bool:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for pragma in key_pragmas(data_key):
            connection.execute(pragma)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver_errors():
        return False
    finally:
        connection.close()


def finish_interrupted_rekey(path: Path, secret: str) -> None:
    """A re-key cut off after ``PRAGMA rekey`` but before its key file was renamed into place:
    the file opens only with the staged key file's key. ``secret`` (the new passphrase) picks
    the key file that opens the file; the other is removed."""
    staged = path.with_name(f".{path.name}.rekeying")
    old = read_key_file(path)
    new = read_key_file(staged)
    for content, keep_staged in ((old, False), (new, True)):
        try:
            data_key = unlock_content(content, secret)
        except DatabaseProblem:
            continue
        if _opens(path, data_key):
            if keep_staged:
                os.replace(key_file(staged), key_file(path))
            else:
                _remove(key_file(staged))
            return
