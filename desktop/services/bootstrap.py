"""Opening a database for the app or the CLI: connect, check, migrate, seed."""

from __future__ import annotations

from pathlib import Path

from db.engine import Database
from db.errors import DatabaseOnNetworkShare, DatabaseProblem, DatabaseUnreachable
from db.schema import upgrade_to_head
from db.types import utc_now
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import msg
from desktop.services.quotes.price_lists import seed_default_price_list
from desktop.services.sessions.catalog import seed_default_areas
from desktop.services.settings.clinic_zone import apply_clinic_zone


def open_database(url: str) -> Database:
    """An open, current database, or DatabaseProblem with a message for people.

    Upgrades an older schema (after a backup) and fills the default catalog
    into an empty database; refuses files that are not ours or are newer.
    """
    sqlite_path = sqlite_file(url)
    if sqlite_path is not None:
        refuse_network_share(sqlite_path)
    try:
        database = Database(url)
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
    try:
        database.check_readable()
        upgrade_to_head(database)
        with database.write() as session:
            seed_default_areas(session)
            seed_default_price_list(session, utc_now())
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
