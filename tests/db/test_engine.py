"""Engine set-up facts the rest of the app relies on."""

from __future__ import annotations

import multiprocessing
import stat

from sqlalchemy import text

from db.engine import Database
from desktop.services.bootstrap import open_database


def test_pragmas_on_every_connection(database) -> None:
    with database.write() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_are_enforced(database) -> None:
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.write() as session:
        session.execute(
            text(
                "INSERT INTO patient_search_token (token, sort_key, patient_id) VALUES ('x', 'x', 424242)"
            )
        )


def test_database_file_and_folder_are_owner_only(db_path) -> None:
    # Opened for real: the `database` fixture copies a template instead.
    open_database(f"sqlite:///{db_path}").dispose()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


def _increment(url: str, times: int) -> None:
    database = Database(url)
    for _ in range(times):
        with database.write() as session:
            value = session.execute(
                text("SELECT last_value FROM number_sequence WHERE name='t'")
            ).scalar_one()
            session.execute(
                text("UPDATE number_sequence SET last_value = :v WHERE name='t'"), {"v": value + 1}
            )
    database.dispose()


def test_read_then_write_in_two_processes_loses_no_update(db_path) -> None:
    url = f"sqlite:///{db_path}"
    database = open_database(url)
    with database.write() as session:
        session.execute(text("INSERT INTO number_sequence (name, last_value) VALUES ('t', 0)"))
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_increment, args=(url, 150)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    with database.read() as session:
        assert session.execute(text("SELECT last_value FROM number_sequence")).scalar() == 300
    database.dispose()


def test_existing_shared_folders_keep_their_permissions(tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o1777)
    database = Database(f"sqlite:///{shared}/new/peeldesk.sqlite3")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "new").stat().st_mode) == 0o700
    database.dispose()
