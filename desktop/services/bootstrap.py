"""Opening a database for the app or the CLI: connect, check, migrate, seed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db.engine import Database
from db.errors import (
    DatabaseDamaged,
    DatabaseFailedCheck,
    DatabaseNewerThanApp,
    DatabaseOnNetworkShare,
    DatabaseProblem,
    DatabaseUnreachable,
)
from db.schema import upgrade_to_head
from db.types import utc_now
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import msg
from desktop.services.consent.templates import ensure_default_templates
from desktop.services.quotes.price_lists import seed_default_price_list
from desktop.services.sessions.catalog import seed_default_areas
from desktop.services.settings.clinic_zone import apply_clinic_zone


def open_database(url: str, *, must_exist: bool = False) -> Database:
    """An open, current database, or DatabaseProblem with a message for people.

    Upgrades an older schema (after a backup) and fills the default catalog
    into an empty database; refuses files that are not ours or are newer.
    ``must_exist``: a missing or empty (0-byte) file is refused instead of becoming a new
    clinic (every command but ``demo``: a mistyped path must not create a database).
    """
    sqlite_path = sqlite_file(url)
    if sqlite_path is not None:
        refuse_network_share(sqlite_path)
        refuse_unusable_file(sqlite_path, must_exist=must_exist)
    database = _database(url)
    try:
        database.check_readable()
        upgrade_to_head(database)
        with database.write() as session:
            seed_default_areas(session)
            seed_default_price_list(session, utc_now())
            ensure_default_templates(session, utc_now())
    except DatabaseProblem:
        database.dispose()
        raise
    except Exception as error:
        database.dispose()
        from db.engine import translate_error

        problem = translate_error(error, url)
        if problem is None:
            raise
        raise problem from error
    return database


def refuse_unusable_file(path: Path, *, must_exist: bool = False) -> None:
    """Refuse, before anything is written to it, a file PeelDesk must not open as it is.

    Read-only (opening a file for real switches it to WAL, which rewrites its header):
    - missing or 0 bytes when ``must_exist``; 0 bytes while backups of it exist (an emptied
      file is not a new clinic: the backups are the clinic);
    - a SQLite file of another program (tables but no PeelDesk version);
    - names in the schema that are not text, or tables/columns missing at this version.
    """
    from db.file_probe import probe_file

    probe = probe_file(path)
    if not probe.exists:
        if must_exist:
            raise DatabaseUnreachable(
                msg(
                    "There is no PeelDesk database at {path}. Check the path; nothing was created.",
                    path=str(path),
                )
            )
        return
    if probe.empty:
        if must_exist or _has_backups(path):
            raise DatabaseDamaged(
                msg(
                    "The database file {path} is empty (0 bytes). If the clinic's data was in "
                    "it, restore the newest backup; nothing was changed.",
                    path=str(path),
                ),
                problems=[msg("The file {path} is empty (0 bytes).", path=str(path))],
            )
        return
    if probe.foreign:
        raise DatabaseNewerThanApp(
            msg(
                "This file holds tables PeelDesk does not recognise, so it was left "
                "untouched. Choose a PeelDesk database file."
            )
        )
    if probe.problems:
        raise DatabaseDamaged(
            msg(
                "The database file {path} is damaged: {problem} Nothing was changed; restore "
                "the newest good backup.",
                path=str(path),
                problem=probe.problems[0],
            ),
            problems=probe.problems,
        )


def _has_backups(path: Path) -> bool:
    from desktop.services.backups import operations as backups

    return backups.newest_good_backup(path) is not None


def _database(url: str) -> Database:
    try:
        return Database(url)
    except (OSError, ValueError) as error:
        raise DatabaseUnreachable(
            msg("The database location cannot be used: {detail}", detail=str(error))
        ) from error
    except ModuleNotFoundError as error:
        raise DatabaseUnreachable(
            msg(
                "The database driver “{driver}” is not installed. "
                "Install PeelDesk with the 'postgres' extra for PostgreSQL.",
                driver=str(error.name),
            )
        ) from error


def open_for_checking(url: str) -> Database | None:
    """The database opened with every write held, for a check of the file to run meanwhile.

    Only a database whose schema is current: one due for an upgrade (or a new, empty file)
    is written to as it opens, so it returns None and the caller checks first, then opens
    with ``open_database``. Nothing is written here; ``finish_opening`` lets writes go once
    the check has passed.
    """
    from db.schema import SchemaState, schema_state

    database = _database(url)
    try:
        database.check_readable()
        current = schema_state(database) is SchemaState.CURRENT
    except Exception:
        current = False  # the ordinary opening says what is wrong, after the check
    if not current:
        database.dispose()
        return None
    database.hold_writes()
    return database


def finish_opening(database: Database) -> None:
    """The check of the file passed: writes go ahead, and the shipped defaults are filled in."""
    database.allow_writes()
    with database.write() as session:
        seed_default_areas(session)
        seed_default_price_list(session, utc_now())


def make_context(database: Database) -> ServiceContext:
    """The context for the app or a command: dates and times in the clinic's time zone."""
    ctx = ServiceContext(database=database)
    apply_clinic_zone(ctx)
    return ctx


def sqlite_file(url: str) -> Path | None:
    """The file behind a sqlite URL, or None (PostgreSQL, in-memory)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def refuse_network_share(path: Path, mounts_text: str | None = None) -> None:
    """SQLite's locks are unreliable on network file systems: records could be lost."""
    from db.filesystems import network_share_kind

    kind = network_share_kind(path, mounts_text)
    if kind:
        raise DatabaseOnNetworkShare(
            msg(
                "The database {path} is on a network share ({kind}). A PeelDesk database file "
                "must not be shared over the network: the file locks that keep records safe "
                "do not work there, and records could be lost. Keep the file on this "
                "computer's own disk, or, to work from several desks, use a PostgreSQL "
                "server (start PeelDesk with --database postgresql://...).",
                path=str(path),
                kind=kind,
            )
        )


def warm_up() -> None:
    """Configure the ORM mappers now (safe on any thread), not on the first query.

    The start-up calls this on a worker while its first window is on screen, so the first
    search does not pay for SQLAlchemy's mapper configuration."""
    from sqlalchemy.orm import configure_mappers

    import db.models  # noqa: F401  (every mapped class, so all are configured)

    configure_mappers()


def check_held_database(
    database: Database, path: Path, on_step: Callable[[int, int], object] | None = None
) -> list[str]:
    """Run the start-up check of ``path`` (open with writes held); [] means it passed.

    Passed: held writes go ahead (``finish_opening``). Failed: every write is refused from
    now on, so nothing reaches the damaged file. Safe on a worker thread.
    """
    from desktop.services.backups import operations as backups

    try:
        problems = backups.check_file(path, quick=True, on_step=on_step)
    except DatabaseProblem as problem:
        database.refuse_writes(problem)
        raise
    if problems:
        database.refuse_writes(
            DatabaseFailedCheck(
                msg(
                    "The database file failed its check, so nothing was saved. "
                    "PeelDesk will offer the newest good backup."
                )
            )
        )
        return problems
    finish_opening(database)
    return []
