"""The incoming photos folder: a clinic setting with its rule, new files offered once under
the Photos tab, assigned by the physician to the selected area, then set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.common.errors import ValidationError
from desktop.services.photos.reading import list_photos
from desktop.services.settings import store
from desktop.ui.photos.watched_folder import IMPORTED, incoming_files
from tests.photos.photo_support import treated_patient
from tests.photos.test_photo_grid import small_jpeg
from tests.photos.test_photo_import_ui import _panel


def test_the_folder_setting_has_bounds(ctx) -> None:
    with pytest.raises(ValidationError) as caught:
        store.update(ctx, {"photo_inbox_folder": "Photos", "photo_inbox_rescan_seconds": 1})
    assert set(caught.value.field_errors) == {"photo_inbox_folder", "photo_inbox_rescan_seconds"}
    assert "full path" in caught.value.field_errors["photo_inbox_folder"]
    saved = store.update(
        ctx, {"photo_inbox_folder": "D:\\Photos", "photo_inbox_rescan_seconds": 60}
    )
    assert (saved.photo_inbox_folder, saved.photo_inbox_rescan_seconds) == ("D:\\Photos", 60)
    assert store.update(ctx, {"photo_inbox_folder": ""}).photo_inbox_folder == ""


def test_a_new_file_is_offered_once_and_set_aside_after_adding(qtbot, ctx, tmp_path) -> None:
    inbox = tmp_path / "camera"
    inbox.mkdir()
    (inbox / "readme.txt").write_text("not a photo")
    store.update(ctx, {"photo_inbox_folder": str(inbox), "photo_inbox_rescan_seconds": 5})
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    incoming = panel.incoming
    assert incoming is not None and incoming.list.count() == 0
    assert not incoming.assign_button.isEnabled()
    shot = inbox / "IMG_0001.JPG"
    shot.write_bytes(small_jpeg())
    # The watcher sees it (or the rescan does): listed, never assigned by itself.
    qtbot.waitUntil(lambda: incoming.list.count() == 1, timeout=10_000)
    assert incoming.list.item(0).text() == "IMG_0001.JPG"
    assert list_photos(treated.physician, treated.patient_id) == []
    incoming.list.item(0).setSelected(True)
    incoming.assign_button.click()
    dialog = panel.options
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: panel.job is None and incoming.list.count() == 0, timeout=20_000)
    assert not shot.exists() and (inbox / IMPORTED / "IMG_0001.JPG").exists()
    assert len(list_photos(treated.physician, treated.patient_id)) == 1
    assert incoming_files(inbox) == [] and incoming.watcher.scan() == []
    window.tasks.wait()


def test_a_missing_folder_is_said_and_lists_nothing(qtbot, ctx, tmp_path) -> None:
    store.update(ctx, {"photo_inbox_folder": str(tmp_path / "nowhere")})
    treated = treated_patient(ctx)
    window, panel = _panel(qtbot, treated.physician, treated.patient_id)
    assert panel.incoming is not None
    assert "not reachable" in panel.incoming.title.text()
    assert incoming_files(Path(tmp_path / "nowhere")) == []
    window.tasks.wait()
