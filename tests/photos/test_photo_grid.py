"""The Photos tab of a patient's history: the grid, who sees it, consent, keys, compare."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.consent.signing import patient_consents, withdraw_consent
from desktop.services.photos.grid_data import photo_sheet
from desktop.services.photos.importing import import_photo
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.photos.compare_dialog import CompareDialog
from desktop.ui.photos.feature import PhotosFeature
from desktop.ui.photos.grid_cells import Cell, PhotoGridModel
from desktop.ui.photos.grid_panel import PhotoPanel
from desktop.ui.photos.grid_view import PhotoGridView
from desktop.ui.photos.grid_viewer import PhotoViewer
from desktop.ui.sessions.feature import SessionsFeature
from tests.photos.photo_support import TreatedPatient, png_bytes, treated_patient


def small_jpeg(color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (64, 48)):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def treated(ctx) -> TreatedPatient:
    return treated_patient(ctx)


def cell_of(model: PhotoGridModel, row: int, column: int) -> Cell:
    found = model.cell(row, column)
    assert found is not None
    return found


def current_id(grid: PhotoGridView) -> int:
    photo = grid.current_photo()
    assert photo is not None
    return photo.id


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def photos_tab(qtbot, window: MainWindow, patient_id: int) -> PhotoPanel:
    page = window.feature(SessionsFeature).open_history(patient_id)
    assert page is not None and page.section_tabs is not None
    panels = [w for w in page.sections if isinstance(w, PhotoPanel)]
    assert len(panels) == 1
    page.section_tabs.setCurrentWidget(panels[0])
    qtbot.waitUntil(lambda: panels[0].sheet is not None)
    return panels[0]


def test_grid_shows_thumbnails_per_session_and_area(qtbot, treated) -> None:
    doc = treated.physician
    forehead, cheeks = treated.session_area_ids
    first = import_photo(doc, forehead, "before", "front", small_jpeg(), "a.jpg")
    import_photo(doc, forehead, "before", "left", small_jpeg((0, 90, 0)), "b.jpg")
    import_photo(doc, cheeks, "before", "front", png_bytes(), "c.png")
    window = open_window(qtbot, doc)
    panel = photos_tab(qtbot, window, treated.patient_id)
    grid = panel.grid
    model = grid.grid
    assert model.rowCount() == 1 and model.columnCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert sorted(headers) == ["Cheeks (both)", "Forehead"]
    cells = {h: cell_of(model, 0, c) for c, h in enumerate(headers)}
    assert [p.angle for p in cells["Forehead"].photos] == ["front", "left"]
    assert len(cells["Cheeks (both)"].photos) == 1
    assert "(planned)" in model.headerData(0, Qt.Orientation.Vertical)
    assert not grid.grab().isNull()  # paints: thumbnails decoded lazily, once each
    assert len(grid.cache) == 3
    assert first.id in {p.id for p in cells["Forehead"].photos}
    window.tasks.wait()


def test_keys_move_photo_by_photo_mark_two_and_ask_to_compare(qtbot, treated) -> None:
    doc = treated.physician
    forehead, cheeks = treated.session_area_ids
    a = import_photo(doc, forehead, "before", "front", small_jpeg(), "a.jpg").id
    b = import_photo(doc, forehead, "before", "left", small_jpeg(), "b.jpg").id
    c = import_photo(doc, cheeks, "before", "front", small_jpeg(), "c.jpg").id
    window = open_window(qtbot, doc)
    panel = photos_tab(qtbot, window, treated.patient_id)
    grid = panel.grid
    grid.setFocus()
    order = [p.id for col in range(2) for p in cell_of(grid.grid, 0, col).photos]
    assert sorted(order) == sorted([a, b, c])
    seen = [current_id(grid)]
    for _ in range(3):  # the last press stays on the last photo
        qtbot.keyClick(grid, Qt.Key.Key_Right)
        seen.append(current_id(grid))
    assert seen == [*order, order[-1]]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert current_id(grid) == order[1]
    assert not panel.compare_button.isEnabled()
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert grid.marked == [order[1], order[0]]
    assert panel.compare_button.isEnabled()
    asked = []
    window.feature(PhotosFeature).hub.compare_requested.connect(lambda x, y: asked.append((x, y)))
    qtbot.keyClick(grid, Qt.Key.Key_C)
    assert asked == [(order[1], order[0])]
    # The window's Photos feature opens the comparison view on the two marked photos.
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)]
    assert dialog.isVisible() and dialog.ids == [order[1], order[0]]
    qtbot.waitUntil(lambda: not dialog.left_view.grab().isNull())
    dialog.close()
    panel.compare_button.click()
    assert len(asked) == 2
    for opened in [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)]:
        opened.close()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    viewer = panel.viewer
    assert isinstance(viewer, PhotoViewer) and viewer.photo_id == order[0]
    qtbot.waitUntil(lambda: not viewer.image.isNull())
    assert viewer.image.width() == 64  # the screen rendition of a 64 × 48 photo
    viewer.reject()
    window.tasks.wait()


def test_reception_history_has_no_photos(qtbot, treated) -> None:
    desk = treated.reception
    window = open_window(qtbot, desk)
    assert window.history_sections(treated.patient_id) == []
    assert window.feature(PhotosFeature).panels == []
    window.tasks.wait()


def test_without_photography_consent_the_tab_says_so_and_offers_to_sign(qtbot, ctx) -> None:
    treated = treated_patient(ctx, photo_consent=False)
    window = open_window(qtbot, treated.physician)
    panel = photos_tab(qtbot, window, treated.patient_id)
    assert "not consented to clinical photography" in panel.notice.text()
    assert panel.sign_button.isVisibleTo(panel) and not panel.add_button.isEnabled()
    panel.sign_button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, SigningDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SigningDialog) and w.isVisible()
    )
    assert dialog.kind == "photography"
    dialog.reject()
    window.tasks.wait()


def test_withdrawn_consent_empties_the_grid(qtbot, treated) -> None:
    doc = treated.physician
    import_photo(doc, treated.session_area_ids[0], "before", "front", small_jpeg(), "a.jpg")
    window = open_window(qtbot, doc)
    panel = photos_tab(qtbot, window, treated.patient_id)
    assert panel.grid.grid.photo_count == 1
    consent = next(c for c in patient_consents(doc, treated.patient_id) if c.kind == "photography")
    view = withdraw_consent(doc, consent.id, "The patient asked")
    window.events.sig_consent_saved.emit(view)
    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.sheet.consented)
    assert panel.grid.grid.photo_count == 0
    assert panel.sign_button.isVisibleTo(panel)
    assert photo_sheet(doc, treated.patient_id).photos == ()
    window.tasks.wait()


def test_patient_menu_opens_the_photos_tab_on_the_selected_session(qtbot, treated) -> None:
    from datetime import date

    from tests.sessions_support import book

    doc = treated.physician
    assert doc.actor.staff_id is not None
    later = book(doc, treated.patient_id, doc.actor.staff_id, date(2026, 12, 30), codes=("neck",))
    window = open_window(qtbot, doc)
    page = window.feature(SessionsFeature).open_history(treated.patient_id)
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectRow(1)  # newest first: the earlier session
    assert page.selected_session_id() == treated.session_id != later.id
    feature = window.feature(PhotosFeature)
    assert feature.action_photos.shortcut().toString() == "Ctrl+Shift+H"
    feature.action_photos.trigger()
    [panel] = feature.panels_of(treated.patient_id)
    qtbot.waitUntil(lambda: panel.sheet is not None)
    assert panel.isVisible()
    cell = panel.grid.current_cell()
    assert cell is not None and cell.session.id == treated.session_id
    window.tasks.wait()


def test_files_dragged_over_a_treated_area_are_accepted_elsewhere_not(qtbot, treated) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragMoveEvent

    window = open_window(qtbot, treated.physician)
    panel = photos_tab(qtbot, window, treated.patient_id)
    grid = panel.grid
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/a.jpg")])

    def accepted(point: QPoint, data: QMimeData) -> bool:
        event = QDragMoveEvent(
            point,
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        grid.dragMoveEvent(event)
        return event.isAccepted()

    on_cell = grid.visualRect(grid.grid.index(0, 0)).center()
    assert accepted(on_cell, mime)
    assert not accepted(QPoint(-3, -3), mime)
    text_only = QMimeData()
    text_only.setText("not a file")
    assert not accepted(on_cell, text_only)
    window.tasks.wait()


def test_photos_are_read_only_when_the_tab_is_shown(qtbot, treated) -> None:
    import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", small_jpeg(), "a"
    )
    window = open_window(qtbot, treated.physician)
    page = window.feature(SessionsFeature).open_history(treated.patient_id)
    assert page is not None and page.section_tabs is not None
    qtbot.waitUntil(lambda: page.history is not None)
    window.tasks.wait()
    qtbot.wait(50)
    [panel] = [w for w in page.sections if isinstance(w, PhotoPanel)]
    assert panel.sheet is None  # the sessions tab is in front: no thumbnail read
    page.section_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.sheet is not None)
    assert panel.grid.grid.photo_count == 1
    window.tasks.wait()


def test_grid_model_passes_qtmodeltester(qtmodeltester, treated) -> None:
    doc = treated.physician
    import_photo(doc, treated.session_area_ids[0], "after", "right", small_jpeg(), "a")
    model = PhotoGridModel(doc.zone)
    model.reset_sheet(photo_sheet(doc, treated.patient_id))
    assert (model.rowCount(), model.columnCount(), model.photo_count) == (1, 2, 1)
    qtmodeltester.check(model)
