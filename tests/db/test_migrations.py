"""Schema versions: upgrade from empty, models and migrations agree, foreign files refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import Database
from db.errors import DatabaseNewerThanApp, NotADatabase
from db.models import Base
from db.schema import HEAD_REVISION, KNOWN_REVISIONS, alembic_config, current_revision
from desktop.services.bootstrap import open_database


def test_known_revisions_match_the_alembic_scripts(tmp_path) -> None:
    database = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    script = ScriptDirectory.from_config(alembic_config(database))
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION
    database.dispose()


def test_upgrade_from_an_empty_file_matches_the_models(db_path) -> None:
    database = open_database(f"sqlite:///{db_path}")
    assert current_revision(database) == HEAD_REVISION
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    database.dispose()


def test_opening_twice_is_harmless(db_path) -> None:
    open_database(f"sqlite:///{db_path}").dispose()
    database = open_database(f"sqlite:///{db_path}")
    assert current_revision(database) == HEAD_REVISION
    database.dispose()


def test_database_from_a_newer_release_is_refused_untouched(db_path) -> None:
    open_database(f"sqlite:///{db_path}").dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseNewerThanApp, match="newer version"):
        open_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(NotADatabase, match="not a PeelDesk database"):
        open_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused(db_path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseNewerThanApp, match="does not recognise"):
        open_database(f"sqlite:///{db_path}")


def test_a_file_missing_a_column_gives_a_sentence_not_a_traceback(db_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    from db.engine import Database
    from db.errors import DatabaseDamaged, SchemaMismatch
    from desktop.services.common.context import ServiceContext
    from desktop.services.patients import records as patients

    open_database(f"sqlite:///{db_path}").dispose()
    with sqlite3.connect(db_path) as conn:  # as a hand-edited or half-migrated file would be
        conn.execute("ALTER TABLE patient DROP COLUMN current_tan")
    before = db_path.read_bytes()
    # The opening refuses it before anything is written, naming what is missing ...
    with pytest.raises(DatabaseDamaged, match="current_tan") as refused:
        open_database(f"sqlite:///{db_path}")
    assert any("current_tan" in p for p in refused.value.problems)
    assert db_path.read_bytes() == before
    # ... and a use of the table, had the file been opened anyway, is still a sentence.
    database = Database(f"sqlite:///{db_path}")
    with pytest.raises(SchemaMismatch, match="does not have the structure"):
        patients.get_patient(ServiceContext(database), 1)
    database.dispose()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--database",
            str(db_path),
            "export",
            "1",
            "--out",
            str(db_path.parent / "out"),
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "is damaged" in result.stderr and "current_tan" in result.stderr
    assert "Traceback" not in result.stderr
