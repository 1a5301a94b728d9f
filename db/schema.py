"""Schema versions: what a database file holds, and bringing it up to date.

Alembic is imported only when an upgrade is due: it costs ~300 ms at start.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from db.engine import Database
from db.errors import DatabaseNewerThanApp
from db.messages import msg

if TYPE_CHECKING:  # imported when an upgrade is due, not at start
    from alembic.config import Config

# Every revision this release knows, oldest first; the last one is the head.
# tests/db/test_migrations.py checks this against the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_baseline",
    "0002_json_columns",
    "0003_area_names_regions",
    "0004_staff_ui_language",
    "0005_rooms_devices_hours",
    "0006_device_log",
    "0007_signed_consents",
    "0008_courses_payments",
    "0009_treatment_photos",
    "0010_price_list_row_version",
    "0011_audit_personal_values",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
# The Alembic scripts wherever db is installed (checkout, wheel, PyInstaller bundle); Alembic
# needs a real folder, which each of those has.
MIGRATIONS_DIR = Path(str(files("db").joinpath("migrations")))


class SchemaState(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"


def current_revision(database: Database) -> str | None:
    return engine_revision(database.engine)


def engine_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(database: Database) -> SchemaState:
    """Classify the database; refuse one made by a newer PeelDesk."""
    return engine_schema_state(database.engine)


def engine_schema_state(engine: Engine) -> SchemaState:
    """schema_state() on a bare engine (a read-only probe that must not set up anything)."""
    revision = engine_revision(engine)
    if revision is None:
        with engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if tables:
            raise DatabaseNewerThanApp(
                msg(
                    "This file holds tables PeelDesk does not recognise, so it was left "
                    "untouched. Choose a PeelDesk database file."
                )
            )
        return SchemaState.EMPTY
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if revision in KNOWN_REVISIONS:
        return SchemaState.OUTDATED
    raise DatabaseNewerThanApp(
        msg(
            "This database was written by a newer version of PeelDesk. "
            "Install the newer version to open it; nothing was changed."
        )
    )


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def upgrade_to_head(database: Database) -> Path | None:
    """Bring the schema to this release's head. Returns the pre-upgrade backup, if one was made."""
    state = schema_state(database)
    if state is SchemaState.CURRENT:
        return None
    backup = None
    if state is SchemaState.OUTDATED and database.path is not None:
        backup = _backup_before_upgrade(database)
    from alembic import command

    config = alembic_config(database)
    with database.engine.connect() as conn:
        raw = conn.connection.driver_connection if database.is_sqlite else None
        if raw is not None:
            # Migrations rebuild SQLite tables that others refer to (copy, drop, rename);
            # dropping a referenced table fails with foreign keys on. SQLite's documented
            # recipe: switch them off outside the transaction, check by hand before commit.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if raw is not None:
                    _refuse_broken_references(conn)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return backup


def _refuse_broken_references(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the upgrade left rows pointing at missing rows: {broken[:5]}")


def _backup_before_upgrade(database: Database) -> Path:
    from db.sealing import connect, data_key_for, key_file

    assert database.path is not None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.path.with_name(f"{database.path.stem}.pre-upgrade-{stamp}.sqlite3")
    key = data_key_for(database.path)
    if key is not None:  # sealed alike, with its key file beside it
        import shutil

        shutil.copyfile(key_file(database.path), key_file(target))
    source = connect(database.path, key=key)
    try:
        dest = connect(target, key=key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target
