"""Adding photos from the Photos tab: files dropped on an area, kind and angle asked with a
default from the session's status, progress, a refused file named, and no camera here."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.services.photos.reading import list_photos
from desktop.ui.main_window import MainWindow
from desktop.ui.photos import camera_capture
from desktop.ui.photos.feature import PhotosFeature
from desktop.ui.photos.grid_panel import PhotoPanel
from desktop.ui.photos.import_options import ImportOptionsDialog
from desktop.ui.sessions.feature import SessionsFeature
from tests.photos.photo_support import treated_patient
from tests.photos.test_photo_grid import small_jpeg


def _panel(qtbot, ctx, patient_id: int) -> tuple[MainWindow, PhotoPanel]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.feature(SessionsFeature).open_history(patient_id)
    assert page is not None and page.section_tabs is not None
    panel = next(w for w in page.sections if isinstance(w, PhotoPanel))
    page.section_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.sheet is not None)
    return window, panel


def _files(tmp_path: Path) -> list[Path]:
    good = tmp_path / "ayse-before-1.jpg"
    good.write_bytes(small_jpeg())
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo at all")
    other = tmp_path / "ayse-before-2.jpg"
    other.write_bytes(small_jpeg((10, 10, 200)))
    return [good, empty, text, other]


def _drop(grid, column: int, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    rect = grid.visualRect(grid.grid.index(0, column))
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.dropEvent(event)


def test_dropped_files_are_added_and_a_bad_one_is_named(qtbot, ctx, tmp_path) -> None:
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    grid = panel.grid
    column = next(
        c
        for c in range(grid.grid.columnCount())
        if grid.grid.headerData(c, Qt.Orientation.Horizontal) == "Forehead"
    )
    _drop(grid, column, _files(tmp_path))
    dialog = panel.options
    assert isinstance(dialog, ImportOptionsDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == "before"  # the session is still planned
    dialog.angle.setCurrentIndex(dialog.angle.findData("left"))
    progress: list[str] = []
    dialog.accept()
    assert panel.job is not None
    panel.job.sig_progress.connect(lambda _d, _t: progress.append(panel.progress.text()))
    qtbot.waitUntil(lambda: panel.job is None, timeout=20_000)
    assert "Adding photos: 4 of 4" in progress[-1]
    report = panel.report.text()
    assert report.startswith("2 photo(s) added.")
    assert "Not added: empty.jpg" in report and "Not added: notes.jpg" in report
    assert "ayse-before" not in report
    stored = list_photos(treated.physician, treated.patient_id)
    assert len(stored) == 2
    assert {(p.kind, p.angle, p.session_area_id) for p in stored} == {
        ("before", "left", treated.session_area_ids[0])
    }
    qtbot.waitUntil(lambda: panel.grid.grid.photo_count == 2)
    window.tasks.wait()


def test_a_drop_outside_the_treated_areas_is_refused(qtbot, ctx, tmp_path) -> None:
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_files(tmp_path)[0]))])
    event = QDropEvent(
        QPointF(-5, -5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.grid.dropEvent(event)
    assert panel.options is None
    window.tasks.wait()


def test_after_is_the_default_for_a_done_session(qtbot) -> None:
    from desktop.services.common.codes import SessionStatus

    dialog = ImportOptionsDialog("Forehead", 1, SessionStatus.DONE)
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("after", "front")


def test_camera_action_disabled_without_a_camera(qtbot, ctx, monkeypatch) -> None:
    # No camera on this machine; and Qt Multimedia missing altogether must not break the app.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    assert camera_capture.camera_present() is False
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    assert window.feature(PhotosFeature).camera is False
    assert not panel.camera_button.isEnabled()
    assert panel.camera_button.toolTip() == "No camera found"
    assert not any(w.objectName() == "cameraDialog" for w in QApplication.topLevelWidgets())
    window.tasks.wait()


def test_a_second_import_waits_for_the_first(qtbot, ctx, tmp_path) -> None:
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    cell = panel.grid.current_cell()
    assert cell is not None
    first = tmp_path / "one.jpg"
    first.write_bytes(small_jpeg())
    from desktop.ui.photos.import_job import file_source

    assert panel.start_import(cell, [file_source(first)], "before", "front") is not None
    assert panel.start_import(cell, [file_source(first)], "before", "left") is None
    assert panel.report.text() == "Wait until the photos being added are done."
    qtbot.waitUntil(lambda: panel.job is None, timeout=20_000)
    assert [p.angle for p in list_photos(treated.physician, treated.patient_id)] == ["front"]
    window.tasks.wait()
