"""The clinic's data key: how a sealed (encrypted) SQLite database is opened.

A sealed database is a SQLCipher file encrypted with a random 256-bit *data key*, given
to SQLCipher raw (``PRAGMA key = "x'…'"``), so opening a connection costs no key
derivation. The data key itself is stored only wrapped, in a small owner-only file beside
the database, ``<database>.keys.json`` (its presence is what makes a database sealed):

- by the clinic passphrase: argon2id (time cost 3, 64 MiB, 1 lane; ~0.25 s here) derives
  a wrapping key from the passphrase and a random salt;
- by the recovery key: 160 random bits printed once for the clinic's safe; HKDF-SHA256
  derives its wrapping key (it is random already, so a slow derivation adds nothing).

Each wrap is AES-256-GCM with a random nonce and, as associated data, the file's version,
the key's id and the slot's name, so a slot cannot be moved to another file or slot. A wrong
passphrase fails the GCM tag: it is told as such before the database is ever touched, and
never looks like a damaged file. Nothing secret is logged or written in plaintext.

Unlocked data keys live in this process only (``remember``), found by the key's id, so a
backup whose key file is a copy of the database's opens with the same key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db.errors import DatabaseProblem
from db.messages import msg

KEYS_SUFFIX = ".keys.json"
KEY_FILE_FORMAT = "peeldesk-database-keys"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, printed as 8 groups of 4
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class Argon2Cost:
    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 1


PASSPHRASE_COST = Argon2Cost()  # the stated cost; tests use CHEAP_FOR_TESTS
CHEAP_FOR_TESTS = Argon2Cost(time_cost=1, memory_kib=1024, parallelism=1)


class WrongKey(DatabaseProblem):
    """Neither the clinic passphrase nor the recovery key given opens the data key."""


class KeyNeeded(DatabaseProblem):
    """The database is sealed and its key has not been given in this process."""


class KeyFileProblem(DatabaseProblem):
    """The key file beside a sealed database cannot be read."""


def key_file(path: Path) -> Path:
    """Where the wrapped keys of the database (or backup) ``path`` are kept."""
    return path.with_name(path.name + KEYS_SUFFIX)


def is_sealed(path: Path) -> bool:
    interrupted = path.with_name(f".{path.name}.sealing{KEYS_SUFFIX}")
    if not key_file(path).is_file() and interrupted.is_file():
        from db.sealing_migration import finish_interrupted_sealing

        finish_interrupted_sealing(path)  # a sealing cut off between its renames
    return key_file(path).is_file()


# --- the key file ----------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(key_id: str, slot: str) -> bytes:
    return f"{KEY_FILE_FORMAT}:{KEY_FILE_VERSION}:{key_id}:{slot}".encode("ascii")


def _passphrase_kek(passphrase: str, salt: bytes, cost: Argon2Cost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _recovery_kek(recovery: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"peeldesk recovery key"
    ).derive(recovery)


def _wrap(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def _unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None


def _passphrase_slot(
    key_id: str, data_key: bytes, passphrase: str, cost: Argon2Cost
) -> dict[str, Any]:
    salt = os.urandom(16)
    nonce, wrapped = _wrap(
        _passphrase_kek(passphrase, salt, cost), data_key, _aad(key_id, "passphrase")
    )
    return {
        "kdf": "argon2id",
        "time_cost": cost.time_cost,
        "memory_kib": cost.memory_kib,
        "parallelism": cost.parallelism,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def _recovery_slot(key_id: str, data_key: bytes, recovery: bytes) -> dict[str, Any]:
    salt = os.urandom(16)
    nonce, wrapped = _wrap(_recovery_kek(recovery, salt), data_key, _aad(key_id, "recovery"))
    return {
        "kdf": "hkdf-sha256",
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


@dataclass(frozen=True)
class NewKeys:
    """A new data key, its key file's content and the recovery key to print (once)."""

    key_id: str
    data_key: bytes
    recovery_key: str
    content: dict[str, Any]


def new_keys(
    passphrase: str, *, cost: Argon2Cost = PASSPHRASE_COST, key_id: str | None = None
) -> NewKeys:
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    recovery = secrets.token_bytes(RECOVERY_KEY_BYTES)
    key_id = key_id or secrets.token_hex(8)
    content = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "key_id": key_id,
        "cipher": "sqlcipher4-raw-key",
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "passphrase": _passphrase_slot(key_id, data_key, passphrase, cost),
        "recovery": _recovery_slot(key_id, data_key, recovery),
    }
    return NewKeys(key_id, data_key, format_recovery_key(recovery), content)


def with_new_passphrase(
    content: dict[str, Any], data_key: bytes, passphrase: str, *, cost: Argon2Cost | None = None
) -> dict[str, Any]:
    """The key file re-wrapped for a new passphrase (the data and recovery keys unchanged)."""
    slot = content["passphrase"]
    cost = cost or Argon2Cost(slot["time_cost"], slot["memory_kib"], slot["parallelism"])
    return {
        **content,
        "passphrase": _passphrase_slot(content["key_id"], data_key, passphrase, cost),
    }


def read_key_file(path: Path) -> dict[str, Any]:
    """The key file of database ``path``; KeyFileProblem when it is not one."""
    keys = key_file(path)
    try:
        content = json.loads(keys.read_text(encoding="utf-8"))
        if content.get("format") != KEY_FILE_FORMAT or not isinstance(content.get("key_id"), str):
            raise ValueError("not a key file")
        if content.get("version") != KEY_FILE_VERSION:
            raise KeyFileProblem(
                msg(
                    "The key file {file} was written by a newer PeelDesk. Install that "
                    "version to open this database; nothing was changed.",
                    file=str(keys),
                )
            )
        return dict(content)
    except (OSError, ValueError, AttributeError) as error:
        raise KeyFileProblem(
            msg(
                "The key file {file} of the encrypted database cannot be read, so the "
                "database cannot be opened. Nothing was changed. Put back the key file "
                "(a copy is kept beside every backup).",
                file=str(keys),
            )
        ) from error


def write_key_file(path: Path, content: dict[str, Any]) -> Path:
    """Write the key file of database ``path`` (owner-only, whole or not at all)."""
    target = key_file(path)
    partial = target.with_name(f".{target.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(content, indent=2, sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


# --- the recovery key ------------------------------------------------------------------


def format_recovery_key(raw: bytes) -> str:
    """``ABCD-EFGH-…``: 8 groups of 4 letters and digits, easy to read back from paper."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(typed: str) -> bytes | None:
    """The recovery key in ``typed`` (any case, spaces or dashes), or None if it is not one."""
    text = "".join(ch for ch in typed.upper() if ch not in " -\t\n")
    # Letters mistaken for digits on paper (base32 has no 0, 1 or 8).
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(text) != 32 or any(ch not in _BASE32 for ch in text):
        return None
    return base64.b32decode(text)


# --- unlocking -------------------------------------------------------------------------

WRONG_KEY = msg(
    "The clinic passphrase is not right, and it is not the recovery key either. Nothing "
    "was opened or changed. Type it again (capitals count), or type the recovery key "
    "printed when the database was sealed."
)


def unlock_content(content: dict[str, Any], secret: str) -> bytes:
    """The data key opened by the passphrase or recovery key ``secret``; WrongKey if neither."""
    key_id = str(content["key_id"])
    try:
        recovery = parse_recovery_key(secret)
        if recovery is not None:
            slot = content["recovery"]
            found = _unwrap(
                _recovery_kek(recovery, _unb64(slot["salt"])),
                _unb64(slot["nonce"]),
                _unb64(slot["wrapped"]),
                _aad(key_id, "recovery"),
            )
            if found is not None:
                return found
        slot = content["passphrase"]
        cost = Argon2Cost(int(slot["time_cost"]), int(slot["memory_kib"]), int(slot["parallelism"]))
        found = _unwrap(
            _passphrase_kek(secret, _unb64(slot["salt"]), cost),
            _unb64(slot["nonce"]),
            _unb64(slot["wrapped"]),
            _aad(key_id, "passphrase"),
        )
    except (KeyError, ValueError, TypeError) as error:
        raise KeyFileProblem(
            msg("The key file of the encrypted database is damaged; nothing was opened.")
        ) from error
    if found is None:
        raise WrongKey(WRONG_KEY)
    return found


# Data keys given in this process, by key id (never written anywhere).
_UNLOCKED: dict[str, bytes] = {}


def remember(key_id: str, data_key: bytes) -> None:
    _UNLOCKED[key_id] = data_key


def remembered(key_id: str) -> bytes | None:  # given in this process, by key id
    return _UNLOCKED.get(key_id)


def forget_all() -> None:
    _UNLOCKED.clear()


def unlock(path: Path, secret: str) -> bytes:
    """Open the key of sealed database ``path`` with ``secret`` and remember it."""
    if path.with_name(f".{path.name}.rekeying{KEYS_SUFFIX}").is_file():
        from db.sealing_migration import finish_interrupted_rekey

        finish_interrupted_rekey(path, secret)
    is_sealed(path)  # finishes a sealing that was cut off
    content = read_key_file(path)
    data_key = unlock_content(content, secret)
    remember(str(content["key_id"]), data_key)
    return data_key


def is_unlocked(path: Path) -> bool:
    return not is_sealed(path) or str(read_key_file(path)["key_id"]) in _UNLOCKED


def data_key_for(path: Path) -> bytes | None:
    """The data key of ``path`` (None: a plaintext file); KeyNeeded if not given yet."""
    if not is_sealed(path):
        return None
    key_id = str(read_key_file(path)["key_id"])
    found = _UNLOCKED.get(key_id)
    if found is None:
        raise KeyNeeded(
            msg(
                "The database {path} is encrypted. Give the clinic passphrase (or the "
                "recovery key) to open it.",
                path=str(path),
            )
        )
    return found


# --- connections -----------------------------------------------------------------------


def key_pragmas(data_key: bytes) -> tuple[str, ...]:
    """What a SQLCipher connection runs first. A wrong key shows as SQLite's "not a
    database", so the key is always checked against the key file before it gets here."""
    return ("PRAGMA cipher_log_level = NONE", f"PRAGMA key = \"x'{data_key.hex()}'\"")


def driver_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The errors of both drivers (sqlite3's and SQLCipher's are unrelated classes)."""
    from sqlcipher3 import dbapi2 as sqlcipher  # type: ignore[import-untyped]

    return (sqlite3.Error, sqlcipher.Error, *also)


SAME_KEY: Any = object()  # "the key of the file itself" (connect's default)


def connect(
    path: Path,
    *,
    mode: str | None = None,
    key: Any = SAME_KEY,
    timeout: float = 5.0,
    **kwargs: Any,
) -> Any:
    """A driver connection to ``path``: sqlite3 for a plaintext file, SQLCipher keyed for a
    sealed one. ``mode`` "ro"/"rw" opens an existing file only; None may create it."""
    if key is SAME_KEY:
        key = data_key_for(path)
    target: str | Path = path
    if mode is not None:
        target = f"{path.resolve().as_uri()}?mode={mode}"
        kwargs["uri"] = True
    if key is None:
        return sqlite3.connect(target, timeout=timeout, **kwargs)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(target, timeout=timeout, **kwargs)
    for pragma in key_pragmas(key):
        connection.execute(pragma)
    return connection
