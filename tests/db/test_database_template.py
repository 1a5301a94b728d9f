"""Each test's SQLite database is a copy of one migrated template (tests/conftest.py).

These checks keep the copy indistinguishable from a database open_database() makes,
so no test passes or fails because of how its database was made.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from db.engine import Database
from desktop.services.bootstrap import open_database
from desktop.services.common.audit import record_event
from desktop.services.common.audit_key import key_path
from desktop.services.common.context import ServiceContext
from tests.conftest import wal_files

# Stamped with the time of seeding, so they differ between any two fresh databases.
SEEDING_TIMES = {"created_at", "updated_at", "published_at"}


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, ordered, without the columns stamped at seeding time."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        contents = {}
        for table in tables:
            columns = [
                row[1]
                for row in conn.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in SEEDING_TIMES
            ]
            quoted = ", ".join(f'"{c}"' for c in columns)
            contents[table] = conn.execute(
                f'SELECT {quoted} FROM "{table}" ORDER BY {quoted}'
            ).fetchall()
        return contents
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


def test_copy_holds_what_open_database_makes(tmp_path: Path, db_path: Path, database) -> None:
    fresh = tmp_path / "fresh" / "peeldesk.sqlite3"
    open_database(f"sqlite:///{fresh}").dispose()
    database.dispose()  # everything checkpointed into the file before reading it
    assert _schema(db_path) == _schema(fresh)
    copied = _contents(db_path)
    assert copied == _contents(fresh)
    assert copied["treatment_area"] and copied["price_list"], "seeds are missing"


def test_copy_is_owner_only_and_in_wal_mode(db_path: Path, database: Database) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_template_has_no_wal_left(sqlite_template: Path) -> None:
    assert wal_files(sqlite_template) == []


def test_open_database_writes_only_the_database_file(tmp_path: Path, monkeypatch) -> None:
    # If opening ever writes a key or a setting outside the file, the template (made once)
    # would no longer match what each test expects: copy that file too, then relax this.
    data_dir = tmp_path / "data"
    monkeypatch.setenv("PEELDESK_DATA_DIR", str(data_dir))
    path = tmp_path / "clinic" / "peeldesk.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    assert not data_dir.exists()
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_audit_chain_key_is_made_per_test_on_a_copy(ctx: ServiceContext) -> None:
    # The template was made without a key; the first audited change makes this test's own.
    assert not key_path().exists()
    with ctx.database.write() as session:
        record_event(session, ctx, "test.event")
    assert key_path().exists()
