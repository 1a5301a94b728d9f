"""Progress dialogs for slow work, and Admin → Add demo data… behind one."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.patients import search as patient_search
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.shell_feature import ShellFeature
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.progress import run_with_progress


def test_progress_dialog_follows_the_job_and_cannot_be_closed_early(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    tasks = TaskRunner(parent)
    release = threading.Event()
    results: list[object] = []

    def job(report):
        report(1, 4, "copy")
        release.wait(10)
        return "ok"

    dialog = run_with_progress(
        parent,
        tasks,
        "Backup",
        "Starting…",
        job,
        results.append,
        results.append,
        stages={"copy": "Copying the database…"},
        show_after_ms=0,
    )
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() == 4)
    assert dialog.value() == 1
    assert dialog.labelText() == "Copying the database…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and results == []  # still running: stays open
    release.set()
    with qtbot.waitSignal(dialog.destroyed):  # closed, then deleted
        qtbot.waitUntil(lambda: results == ["ok"])
    tasks.wait()


def test_a_failing_job_closes_the_dialog_and_reports(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    failures: list[object] = []

    def job(report):
        raise OSError("disk full")

    dialog = run_with_progress(
        parent, tasks, "Export", "Exporting…", job, print, failures.append, show_after_ms=0
    )
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], OSError)
    assert not dialog.running


def test_admin_adds_demo_data_behind_a_progress_dialog(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.feature(ShellFeature).action_demo_data.isVisible()
    from desktop.ui.shell.demo_data import add_demo_data

    dialog = add_demo_data(window, 30, show_after_ms=0)
    qtbot.waitUntil(lambda: not dialog.running)
    qtbot.waitUntil(lambda: "Added 30 demo patients" in window.statusBar().currentMessage())
    window.tasks.wait()
    assert "300 sessions" in window.statusBar().currentMessage()
    page = patient_search.search_patients(ctx, "a", limit=50)
    assert page.rows


def test_demo_data_is_refused_on_a_database_with_real_patients(qtbot, ctx, monkeypatch) -> None:
    from desktop.services.patients.records import register_patient
    from desktop.services.patients.validation import PatientInput
    from desktop.ui.shell.demo_data import add_demo_data

    register_patient(
        ctx, PatientInput(given_name="Gökçe", family_name="Işık", phone="0532 000 11 22")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    add_demo_data(window, 5, show_after_ms=0)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "real patients" in shown[0]
    assert len(patient_search.search_patients(ctx, "ı", limit=50).rows) <= 1
    window.tasks.wait()


def test_demo_agenda_has_no_double_bookings_and_needs_an_administrator(ctx) -> None:
    from dataclasses import replace

    import pytest

    from desktop.services.common.context import Actor
    from desktop.services.common.errors import PermissionDenied
    from desktop.services.demo.generate import generate_demo
    from desktop.services.sessions import day_list

    desk = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    with pytest.raises(PermissionDenied):
        generate_demo(desk, patients=5, sessions=5)
    generate_demo(ctx, patients=500, sessions=10_000)
    from datetime import date, timedelta

    checked = 0
    for offset in range(-30, 30):
        rows = day_list.day_sessions(ctx, date(2026, 11, 25) + timedelta(days=offset)).rows
        checked += len(rows)
        assert not [row for row in rows if row.double_booked]
    assert checked > 50
