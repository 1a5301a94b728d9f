"""The first start of the day checks the file while the desk works: writes are held until the
check passes, and a damaged file is still refused before anything is written to it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database
from db.errors import DatabaseBeingChecked, DatabaseFailedCheck
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search
from desktop.ui.backups import startup
from desktop.ui.backups.startup_check import StartupCheck
from tests.backup_helpers import register
from tests.backups.test_startup_checks import Dialogs, _damaged_clinic


def _clinic(db_path) -> None:
    database = open_database(f"sqlite:///{db_path}")
    register(ServiceContext(database), "Ayşe", "Işık")
    database.dispose()


def _register_on_a_worker(ctx: ServiceContext, outcome: list[object]) -> threading.Thread:
    """A save from the desk's task runner: it runs off the GUI thread."""

    def save() -> None:
        try:
            outcome.append(register(ctx, "Zeynep", "Çelik"))
        except Exception as error:
            outcome.append(error)

    worker = threading.Thread(target=save)
    worker.start()
    return worker


def test_held_writes_wait_on_a_worker_and_ask_for_a_moment_on_the_gui_thread(db_path) -> None:
    _clinic(db_path)
    database = Database(f"sqlite:///{db_path}")
    ctx = ServiceContext(database)
    try:
        database.hold_writes()
        with pytest.raises(DatabaseBeingChecked, match="checking the database file, one moment"):
            register(ctx, "Elif", "Şahin")  # on the GUI thread: refused at once, not frozen
        outcome: list[object] = []
        worker = _register_on_a_worker(ctx, outcome)
        time.sleep(0.3)
        assert worker.is_alive() and outcome == []  # held, not lost
        names = [r.full_name for r in patient_search.search_patients(ctx, "a").rows]
        assert "Zeynep Çelik" not in names  # reads go on meanwhile
        database.allow_writes()
        worker.join(10)
        assert isinstance(outcome[0], int)
        assert [r.full_name for r in patient_search.search_patients(ctx, "celik").rows] == [
            "Zeynep Çelik"
        ]
        assert not any("Elif" in name for name in names)
    finally:
        database.dispose()


def test_window_opens_before_the_check_and_a_passed_check_lets_held_saves_through(
    qapp, db_path, monkeypatch
) -> None:
    _clinic(db_path)
    started = threading.Event()
    release = threading.Event()
    real = startup.backups.check_file

    def slow_check(path, *, quick=False, on_step=None):
        started.set()
        release.wait(10)  # a 1M-session file takes seconds
        return real(path, quick=quick, on_step=on_step)

    monkeypatch.setattr(startup.backups, "check_file", slow_check)
    opened = startup.open_for_gui(f"sqlite:///{db_path}", check_later=True)
    assert opened is not None and opened.check_pending == db_path
    check = StartupCheck(opened)
    try:
        check.start()
        assert started.wait(5)
        ctx = ServiceContext(opened.database)  # type: ignore[arg-type]
        outcome: list[object] = []
        worker = _register_on_a_worker(ctx, outcome)
        QApplication.processEvents()
        assert "Checking the database file (1 of 2)" in check.label.text()
        time.sleep(0.2)
        assert outcome == [] and not check.finished
        release.set()
        check.wait(10)
        worker.join(10)
        assert check.passed and isinstance(outcome[0], int)
        assert check.label.text() == "Database file checked."
        assert startup.checked_marker(db_path).is_file()  # not again today
    finally:
        release.set()
        opened.close()


def test_damaged_file_found_by_the_background_check_gets_no_write(
    qapp, db_path, monkeypatch
) -> None:
    _damaged_clinic(db_path)
    before = db_path.read_bytes()
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    opened = startup.open_for_gui(f"sqlite:///{db_path}", check_later=True)
    assert opened is not None and opened.check_pending == db_path  # the window may open
    ctx = ServiceContext(opened.database)  # type: ignore[arg-type]
    outcome: list[object] = []
    check = StartupCheck(opened)
    try:
        worker = _register_on_a_worker(ctx, outcome)  # a save made while the check runs
        check.start()
        check.wait(30)
        worker.join(10)
    finally:
        opened.close()
    assert check.failed
    assert isinstance(outcome[0], DatabaseFailedCheck)  # told, not silently lost
    assert dialogs.kinds() == ["question"]  # the newest good backup was offered
    assert "failed its integrity check" in dialogs.shown[0][2]
    assert exits == [1]
    assert db_path.read_bytes() == before  # nothing was written to the damaged file
    assert not startup.checked_marker(db_path).exists()


def test_a_desk_started_on_a_damaged_file_closes_without_writing_to_it(
    qtbot, db_path, monkeypatch
) -> None:
    import sys

    from desktop import app as app_module

    _damaged_clinic(db_path)
    before = db_path.read_bytes()
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    def event_loop(self: QApplication | None = None) -> int:
        qtbot.waitUntil(lambda: bool(exits), timeout=30000)  # the check ends the loop
        return exits[-1]

    monkeypatch.setattr(QApplication, "exec", event_loop)
    started: list[bool] = []
    real_start = StartupCheck.start

    def start(self: StartupCheck) -> None:
        started.append(True)
        real_start(self)

    monkeypatch.setattr(StartupCheck, "start", start)
    earlier = set(QApplication.topLevelWidgets())
    try:
        assert app_module.run_gui(f"sqlite:///{db_path}", smoke=True) == 1
    finally:
        # The locked desk and its cover go, so later tests do not find them.
        for widget in set(QApplication.topLevelWidgets()) - earlier:
            widget.hide()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert started == [True]  # checked in the background, while the desk was built
    assert "question" in dialogs.kinds()  # the newest good backup was offered, and refused
    assert db_path.read_bytes() == before
    assert not startup.checked_marker(db_path).exists()
