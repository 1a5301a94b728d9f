"""Start-up and commands with a damaged, emptied, foreign or mistyped database file.

Each case was found on a copy of main: a schema name with a flipped bit crashed or passed the
checks, an emptied file became a new clinic (and an empty backup), another program's SQLite
file was switched to WAL by `audit verify`, a mistyped `--database` created a database, and a
renamed table passed every check until a screen used it.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.errors import DatabaseDamaged, DatabaseNewerThanApp
from desktop.services.backups import operations as backups
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search
from desktop.ui.backups import startup
from tests.backup_helpers import register
from tests.backups.test_startup_checks import Dialogs
from tests.shell.test_cli import _peeldesk


def _clinic(path: Path, *, with_backup: bool) -> None:
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    register(ctx, "Ayşe", "Işık")
    if with_backup:
        backups.backup_now(ctx, automatic=True)
    database.dispose()
    connection = sqlite3.connect(path)  # everything in the main file, as after a clean close
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _flip_a_bit_in_a_table_name(path: Path, name: bytes = b"laser_device") -> None:
    data = bytearray(path.read_bytes())
    found = [m.start() for m in re.finditer(re.escape(name), bytes(data))]
    assert found
    for start in found:  # the name and its CREATE statement, as one flipped bit in a page
        data[start + 3] ^= 0x80
    path.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _backup_files(path: Path) -> list[Path]:
    return sorted(backups.folder_for_file(path).glob("*.sqlite3"))


def test_a_schema_name_that_is_not_text_is_reported_by_check_backup_and_audit(db_path) -> None:
    _clinic(db_path, with_backup=False)
    _flip_a_bit_in_a_table_name(db_path)
    before = _digest(db_path)

    problems = backups.check_file(db_path)
    assert problems and "is not readable text" in problems[0]
    with pytest.raises(DatabaseDamaged, match="not readable text"):
        open_database(f"sqlite:///{db_path}")
    for command in (["check"], ["backup"], ["audit", "verify"]):
        result = _peeldesk("--database", str(db_path), *command)
        assert result.returncode != 0, command
        assert "not readable text" in result.stdout + result.stderr, command
        assert "Traceback" not in result.stderr, command
    assert _backup_files(db_path) == []  # nothing went into the rotation
    assert _digest(db_path) == before


def test_the_gui_offers_the_good_backup_for_a_damaged_schema(qapp, db_path, monkeypatch) -> None:
    _clinic(db_path, with_backup=True)
    _flip_a_bit_in_a_table_name(db_path)
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = startup.open_for_gui(f"sqlite:///{db_path}")
    assert opened is not None
    try:
        assert dialogs.kinds() == ["question", "information"]
        assert "not readable text" in dialogs.shown[0][2]
        ctx = ServiceContext(opened.database)  # type: ignore[arg-type]
        assert [r.full_name for r in patient_search.search_patients(ctx, "ayse").rows] == [
            "Ayşe Işık"
        ]
    finally:
        opened.close()


def test_an_emptied_file_beside_backups_is_not_a_new_clinic(db_path) -> None:
    _clinic(db_path, with_backup=True)
    db_path.write_bytes(b"")
    (kept,) = _backup_files(db_path)

    assert backups.check_file(db_path) == [f"The file {db_path} is empty (0 bytes)."]
    with pytest.raises(DatabaseDamaged, match="empty"):
        open_database(f"sqlite:///{db_path}")
    for command in (["check"], ["backup"], ["audit", "verify"]):
        result = _peeldesk("--database", str(db_path), *command)
        assert result.returncode != 0 and "empty (0 bytes)" in result.stdout + result.stderr
    assert db_path.stat().st_size == 0
    assert _backup_files(db_path) == [kept]  # no empty backup pushed into the rotation


def test_the_gui_offers_the_backup_of_an_emptied_file_instead_of_first_start(
    qapp, db_path, monkeypatch
) -> None:
    _clinic(db_path, with_backup=True)
    db_path.write_bytes(b"")
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = startup.open_for_gui(f"sqlite:///{db_path}")
    assert opened is not None
    try:
        assert dialogs.kinds() == ["question", "information"]
        assert "empty (0 bytes)" in dialogs.shown[0][2]
        ctx = ServiceContext(opened.database)  # type: ignore[arg-type]
        assert len(patient_search.search_patients(ctx, "ayse").rows) == 1
    finally:
        opened.close()


def test_saying_no_leaves_the_emptied_file_as_it_is(qapp, db_path, monkeypatch) -> None:
    _clinic(db_path, with_backup=True)
    db_path.write_bytes(b"")
    Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    assert db_path.stat().st_size == 0


def test_an_empty_file_with_no_backup_is_still_a_first_start(db_path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"")  # a first start that stopped before writing anything
    database = open_database(f"sqlite:///{db_path}")
    database.dispose()
    assert db_path.stat().st_size > 0


def test_another_programs_sqlite_file_is_not_touched(tmp_path) -> None:
    foreign = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('shopping list')")
    connection.commit()
    connection.close()
    before = _digest(foreign)

    with pytest.raises(DatabaseNewerThanApp, match="does not recognise"):
        open_database(f"sqlite:///{foreign}")
    for command in (["audit", "verify"], ["backup"]):
        result = _peeldesk("--database", str(foreign), *command)
        assert result.returncode == 2 and "does not recognise" in result.stderr
    checked = _peeldesk("--database", str(foreign), "check")
    assert checked.returncode == 1 and "not a PeelDesk database" in checked.stdout
    assert _digest(foreign) == before  # not switched to WAL: the header is unchanged
    assert not (tmp_path / "notes.sqlite3-wal").exists()


def test_a_mistyped_path_creates_nothing(tmp_path) -> None:
    missing = tmp_path / "clinc.sqlite3"  # a typo
    for command in (
        ["backup"],
        ["audit", "verify"],
        ["export", "1", "--out", str(tmp_path / "out")],
        [
            "print",
            "day-sheet",
            "--date",
            "2026-12-08",
            "--room",
            "A",
            "--out",
            str(tmp_path / "d.pdf"),
        ],
    ):
        result = _peeldesk("--database", str(missing), *command)
        assert result.returncode == 2, (command, result.stderr)
        assert "There is no PeelDesk database" in result.stderr, command
        assert "Traceback" not in result.stderr
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_renamed_table_fails_the_check_and_the_opening(db_path) -> None:
    _clinic(db_path, with_backup=False)
    connection = sqlite3.connect(db_path)
    connection.execute("ALTER TABLE follow_up RENAME TO follow_up_old")
    connection.commit()
    connection.close()

    assert "The table “follow_up” is missing." in backups.check_file(db_path)
    assert "The table “follow_up” is missing." in backups.check_file(db_path, quick=True)
    with pytest.raises(DatabaseDamaged, match="follow_up"):
        open_database(f"sqlite:///{db_path}")
    checked = _peeldesk("--database", str(db_path), "check")
    assert checked.returncode == 1 and "follow_up" in checked.stdout
