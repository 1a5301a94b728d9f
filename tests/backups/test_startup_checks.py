"""Starting the GUI: a damaged file offers the newest good backup; a second instance and
a network share are refused with a message; nothing is changed when the user says no."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from db.engine import Database
from desktop.instance_lock import InstanceLock
from desktop.services.backups import operations as backups
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search
from desktop.ui.backups import startup
from tests.backup_helpers import register
from tests.backups.test_backup_files import corrupt_file


class Dialogs:
    """Stands in for QMessageBox's static functions and records what was shown."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("critical", "information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _recorder(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, _parent, title, text, *args, **kwargs):
        self.shown.append(("question", title, text))
        return self.answer

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]


def _damaged_clinic(db_path, with_backup: bool = True) -> int:
    database = open_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(database)
    register(ctx, "Ayşe", "Işık")
    if with_backup:
        backups.backup_now(ctx, automatic=True)
    register(ctx, "Mehmet", "Öztürk")  # after the backup: lost by a restore, as the dialog says
    database.dispose()
    corrupt_file(db_path)
    return 1


def test_damaged_file_restores_the_newest_good_backup_when_asked(
    qapp, db_path, monkeypatch
) -> None:
    _damaged_clinic(db_path)
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = startup.open_for_gui(f"sqlite:///{db_path}")
    assert opened is not None
    try:
        assert dialogs.kinds() == ["question", "information"]
        assert "failed its integrity check" in dialogs.shown[0][2]
        assert "(1 patients)" in dialogs.shown[0][2] or "1 patients" in dialogs.shown[0][2]
        assert isinstance(opened.database, Database)  # typed `object` in the GUI on purpose
        ctx = ServiceContext(opened.database)
        assert [r.full_name for r in patient_search.search_patients(ctx, "isik").rows] == [
            "Ayşe Işık"
        ]
        assert backups.check_database(ctx) == []
    finally:
        opened.close()
    damaged = list(db_path.parent.glob("peeldesk.sqlite3.damaged-*"))
    assert len(damaged) == 1  # kept for an expert


def test_damaged_file_is_left_alone_when_the_user_says_no(qapp, db_path, monkeypatch) -> None:
    _damaged_clinic(db_path)
    before = db_path.read_bytes()
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    assert dialogs.kinds() == ["question"]
    assert db_path.read_bytes() == before
    # The instance lock was released: the next start can try again.
    lock = InstanceLock(db_path)
    lock.acquire()
    lock.release()


def test_damaged_file_without_backup_closes_with_a_message(qapp, db_path, monkeypatch) -> None:
    _damaged_clinic(db_path, with_backup=False)
    dialogs = Dialogs(monkeypatch)
    assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    assert dialogs.kinds() == ["critical"]
    assert "no good backup" in dialogs.shown[0][2]


def test_second_instance_gets_a_message_naming_the_first(qapp, db_path, monkeypatch) -> None:
    dialogs = Dialogs(monkeypatch)
    first = startup.open_for_gui(f"sqlite:///{db_path}")
    assert first is not None
    try:
        assert startup.open_for_gui(f"sqlite:///{db_path}") is None
        assert dialogs.kinds() == ["critical"]
        assert "already running" in dialogs.shown[0][2]
    finally:
        first.close()


def test_network_share_is_refused_at_start(qapp, db_path, monkeypatch) -> None:
    import desktop.services.bootstrap as bootstrap

    monkeypatch.setattr("db.filesystems.network_share_kind", lambda path, mounts=None: "cifs")
    dialogs = Dialogs(monkeypatch)
    assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    assert "network share (cifs)" in dialogs.shown[0][2]
    assert not db_path.exists()  # refused before anything was created
    with pytest.raises(bootstrap.DatabaseOnNetworkShare):
        bootstrap.open_database(f"sqlite:///{db_path}")  # the CLI path refuses too


def test_damaged_file_finds_backups_in_the_configured_folder(
    qapp, db_path, tmp_path, monkeypatch
) -> None:
    database = open_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(database)
    from desktop.services.settings import store as settings

    settings.update(ctx, {"backup_folder": str(tmp_path / "nas-backups")})
    register(ctx, "Ayşe", "Işık")
    made = backups.backup_now(ctx, automatic=True)
    assert made.path.parent == tmp_path / "nas-backups"
    for i in range(40):
        register(ctx, f"Hasta{i}", "Örnek", notes="n" * 400)
    database.dispose()
    # Damage the newest pages (patients); the settings page, written early, survives.
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.seek(size - 4096 * 3)
        handle.write(b"\xff" * 4096 * 2)
    assert backups.check_file(db_path)
    assert backups.folder_for_file(db_path) == tmp_path / "nas-backups"
    good = backups.newest_good_backup(db_path)
    assert good is not None and good.path == made.path


class _CheckCounter:
    def __init__(self, monkeypatch) -> None:
        self.calls = 0
        real = backups.check_file

        def counting(path, *, quick=False):
            self.calls += 1
            return real(path, quick=quick)

        monkeypatch.setattr(backups, "check_file", counting)


def _open_and_close(db_path) -> None:
    opened = startup.open_for_gui(f"sqlite:///{db_path}")
    assert opened is not None
    opened.close()


def test_whole_file_check_runs_once_a_day_not_before_every_window(qapp, db_path, monkeypatch):
    open_database(f"sqlite:///{db_path}").dispose()
    counter = _CheckCounter(monkeypatch)
    _open_and_close(db_path)
    assert counter.calls == 1  # never checked before: check now
    _open_and_close(db_path)
    assert counter.calls == 1  # checked minutes ago: the window opens at once
    old = datetime.now(UTC) - startup.CHECK_INTERVAL - timedelta(minutes=1)
    startup.checked_marker(db_path).write_text(old.isoformat(), encoding="ascii")
    _open_and_close(db_path)
    assert counter.calls == 2  # first start of a new day


def test_whole_file_check_runs_after_a_crash_or_a_failed_backup(qapp, db_path, monkeypatch):
    import socket

    open_database(f"sqlite:///{db_path}").dispose()
    _open_and_close(db_path)
    counter = _CheckCounter(monkeypatch)
    # A crashed PeelDesk leaves its lock file behind, naming a process that is gone.
    lock_file = db_path.with_name(db_path.name + ".lock")
    lock_file.write_text(f"999999\npeeldesk\n{socket.gethostname()}\n")
    _open_and_close(db_path)
    assert counter.calls == 1
    _open_and_close(db_path)
    assert counter.calls == 1
    startup.request_check_at_next_start(db_path)
    _open_and_close(db_path)
    assert counter.calls == 2
