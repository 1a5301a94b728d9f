"""The first window: on screen at once where the main window will be, and what is typed into
its search box is searched for when the main window takes its place."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop import app as app_module
from desktop.services.bootstrap import open_database
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import DatabaseProblem
from desktop.ui.accounts import login_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.starting_window import StartingWindow, run_while_responsive
from desktop.ui.shell.view_state import remember_geometry, restore_geometry
from tests.accounts_helpers import add_account, fast_hashing  # noqa: F401
from tests.backup_helpers import register
from tests.helpers import model_rows

pytestmark = pytest.mark.usefixtures("fast_hashing")


def test_the_first_window_opens_where_the_main_window_was_left(qtbot) -> None:
    earlier = QMainWindow()
    qtbot.addWidget(earlier)
    remember_geometry(earlier, "mainWindow")
    earlier.resize(640, 470)
    earlier.show()
    earlier.close()  # stores its size
    starting = StartingWindow()
    qtbot.addWidget(starting)
    assert restore_geometry(starting, "mainWindow")
    assert (starting.width(), starting.height()) == (640, 470)


def test_work_runs_off_the_gui_thread_which_keeps_answering(qtbot) -> None:
    import threading
    import time

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    threads: list[str] = []

    def slow() -> None:
        threads.append(threading.current_thread().name)
        time.sleep(0.3)

    run_while_responsive(slow)
    timer.stop()
    assert threads == ["peeldesk-warm-up"]
    assert len(ticks) >= 5  # events were handled while the work ran

    def broken() -> None:
        raise DatabaseProblem("no file")

    with pytest.raises(DatabaseProblem, match="no file"):
        run_while_responsive(broken)  # raised on the GUI thread, as if it had run there


def test_text_typed_while_the_database_opens_is_searched_after_the_log_in(
    qtbot, db_path, monkeypatch
) -> None:
    setup = open_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(setup)
    register(ctx, "Ayşe", "Işık")
    account = add_account(ctx, "ayse", "reception")
    from desktop.services.accounts import staff

    actor = staff.actor_of(account)
    setup.dispose()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen_before_log_in: list[str] = []

    def fake_sign_in(ctx: ServiceContext, parent: QWidget | None = None) -> Actor | None:
        [starting] = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartingWindow)]
        assert starting.isVisible()
        starting.search_box.setText("ışık")  # typed while the database opened
        seen_before_log_in.append(starting.search_box.text())
        return actor

    windows: list[MainWindow] = []

    def fake_event_loop(self: QApplication | None = None) -> int:
        windows.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(login_dialog, "sign_in", fake_sign_in)
    monkeypatch.setattr(QApplication, "exec", fake_event_loop)
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    [window] = windows
    qtbot.addWidget(window)
    assert seen_before_log_in == ["ışık"]
    assert window.search_page.search_box.text() == "ışık"
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1, timeout=5000)
    assert "Işık" in str(model_rows(window.search_page.model))
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, StartingWindow) and w.isVisible()
    ]


def test_closing_the_first_window_before_the_desk_is_ready_ends_the_start(
    qtbot, db_path, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.backups.startup.open_for_gui", lambda url, **_options: opened.append(url)
    )

    def close_the_first_window() -> None:  # a click on its close button, on the GUI thread
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, StartingWindow) and widget.isVisible():
                widget.close()

    clicker = QTimer()
    clicker.timeout.connect(close_the_first_window)
    clicker.start(10)

    def slow_warm_up(smoke: bool) -> None:
        import time

        time.sleep(0.3)

    monkeypatch.setattr(app_module, "_warm_up", slow_warm_up)
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    clicker.stop()
    assert opened == []  # the database was never opened
