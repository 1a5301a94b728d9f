"""The database sealed at rest (db/sealing.py) as user actions: seal a plaintext database,
change the clinic passphrase, re-key; each audited (never with a secret in it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import sealing
from db import sealing_migration as migration
from db.backup import list_backups, sidecars

# Re-exported for the screens, which never import db.
from db.sealing import KeyFileProblem as KeyFileProblem
from db.sealing import WrongKey as WrongKey
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ServiceError, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require

MIN_PASSPHRASE_LENGTH = 10


@dataclass(frozen=True)
class SealedDatabase:
    recovery_key: str  # to print once for the clinic's safe; never stored
    plaintext_backups: list[Path]  # backups made before, still readable: offer to remove


def check_new_passphrase(passphrase: str, again: str) -> None:
    """ValidationError (field "passphrase" or "again") unless the new passphrase will do."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            {
                "passphrase": msg(
                    "Use at least {count} characters for the clinic passphrase; a few "
                    "unrelated words are easy to remember and hard to guess.",
                    count=MIN_PASSPHRASE_LENGTH,
                )
            }
        )
    from desktop.services.accounts.password_strength import weakness

    # The staff passwords' rating (zxcvbn, its 72-character limit, names as guessable words).
    if weakness(passphrase) is not None:
        raise ValidationError(
            {
                "passphrase": msg(
                    "This passphrase is too easy to guess. Add another unrelated word, or "
                    "avoid names, dates and keyboard rows."
                )
            }
        )
    if again != passphrase:
        raise ValidationError({"again": msg("The two passphrases are not the same.")})


def database_path(ctx: ServiceContext) -> Path:
    if ctx.database.path is None:
        raise ServiceError(
            msg(
                "Only a database file on this computer is encrypted by PeelDesk. A PostgreSQL "
                "server keeps its data safe on the server (ask your administrator)."
            )
        )
    return ctx.database.path


def is_sealed(ctx: ServiceContext) -> bool:
    return ctx.database.path is not None and sealing.is_sealed(ctx.database.path)


def plaintext_backups(ctx: ServiceContext) -> list[Path]:
    """Backups of this database that are not encrypted (made before it was sealed)."""
    from desktop.services.backups.operations import backup_folder

    path = database_path(ctx)
    folder = backup_folder(ctx)
    found = [p for _when, p in list_backups(folder, path.stem)]
    if folder.is_dir():
        found += [
            p for p in folder.glob(f"{path.stem}-*-pre-*.sqlite3") if p not in found and p.is_file()
        ]
    return sorted(p for p in found if not sealing.is_sealed(p))


def seal(ctx: ServiceContext, passphrase: str, again: str) -> SealedDatabase:
    """Encrypt the open plaintext database for good (verified before the plaintext goes)."""
    require(ctx, Permission.MANAGE_BACKUPS)
    path = database_path(ctx)
    check_new_passphrase(passphrase, again)
    if sealing.is_sealed(path):
        raise ServiceError(msg("The database is already encrypted."))
    # The app's own pooled connections would make the file look in use.
    ctx.database.dispose()
    try:
        result = migration.seal_database(path, passphrase, cost=_cost())
    finally:
        ctx.database.reconnect()
    with ctx.database.write() as session:
        record_event(
            session,
            ctx,
            "database.seal",
            entity="database",
            details={"file": path.name, "tables": len(result.row_counts)},
        )
    return SealedDatabase(result.keys.recovery_key, plaintext_backups(ctx))


def remove_plaintext_backups(ctx: ServiceContext) -> int:
    """Delete the backups made before the database was sealed; how many were removed."""
    require(ctx, Permission.MANAGE_BACKUPS)
    removed = 0
    for path in plaintext_backups(ctx):
        for item in (path, *sidecars(path)):
            item.unlink(missing_ok=True)
        removed += 1
    with ctx.database.write() as session:
        record_event(
            session, ctx, "backup.remove_plaintext", entity="backup", details={"count": removed}
        )
    return removed


def change_passphrase(ctx: ServiceContext, current: str, new: str, again: str) -> None:
    """Re-wrap the data key for a new passphrase (instant; the data is not re-encrypted)."""
    require(ctx, Permission.MANAGE_BACKUPS)
    path = _sealed_path(ctx)
    check_new_passphrase(new, again)
    migration.change_passphrase(path, current, new)
    with ctx.database.write() as session:
        record_event(session, ctx, "database.passphrase_change", entity="database")


def rekey(ctx: ServiceContext, current: str, new: str, again: str) -> str:
    """A new data key and recovery key (for when a key may have leaked); the new recovery
    key is returned to print. Backups made before keep opening with the old keys."""
    require(ctx, Permission.MANAGE_BACKUPS)
    path = _sealed_path(ctx)
    check_new_passphrase(new, again)
    sealing.unlock_content(sealing.read_key_file(path), current)  # WrongKey before any change
    ctx.database.dispose()
    try:
        keys = migration.rekey_database(path, current, new, cost=_cost())
    finally:
        ctx.database.reconnect()
    with ctx.database.write() as session:
        record_event(session, ctx, "database.rekey", entity="database")
    return keys.recovery_key


def _sealed_path(ctx: ServiceContext) -> Path:
    path = database_path(ctx)
    if not sealing.is_sealed(path):
        raise ServiceError(
            msg("The database is not encrypted yet. Encrypt it first (Administration menu).")
        )
    return path


def _cost() -> sealing.Argon2Cost:
    return sealing.PASSPHRASE_COST


# --- opening: the GUI knows these through the service (it never imports db) ---------------


def needs_key(path: Path) -> bool:
    """True when ``path`` is sealed and its key has not been given in this process."""
    return not sealing.is_unlocked(path)


def unlock_file(path: Path, secret: str) -> None:
    """Give the key of sealed ``path`` with the passphrase or recovery key; WrongKey (a
    DatabaseProblem with the clear message) when it is neither, KeyFileProblem if unreadable."""
    sealing.unlock(path, secret)


def is_new_database(path: Path) -> bool:
    """No database there yet (a new clinic): it will be created sealed."""
    return not path.exists() and not sealing.is_sealed(path)


def seal_new_database(path: Path, passphrase: str, again: str) -> str:
    """The key file for a database about to be created at ``path``; the recovery key to
    print is returned. The database itself is created sealed when it is first opened."""
    check_new_passphrase(passphrase, again)
    keys = sealing.new_keys(passphrase, cost=_cost())
    from db.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    sealing.write_key_file(path, keys.content)
    sealing.remember(keys.key_id, keys.data_key)
    return keys.recovery_key
