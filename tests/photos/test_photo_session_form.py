"""Add photos… on an existing session's form: the area chosen among the session's own, the
import as from the Photos tab; a patient without photography consent is offered Sign now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.services.photos.reading import list_photos
from desktop.ui.photos.feature import PhotosFeature
from desktop.ui.sessions.feature import SessionsFeature
from tests.photos.photo_support import treated_patient
from tests.photos.test_photo_grid import open_window, small_jpeg


def test_session_form_adds_photos_to_the_chosen_area(qtbot, ctx, tmp_path, monkeypatch) -> None:
    treated = treated_patient(ctx)
    window = open_window(qtbot, treated.physician)
    dialog = window.feature(SessionsFeature).open_session(treated.session_id)
    assert dialog is not None
    button = dialog.findChild(QPushButton, "sessionPhotosButton")
    assert button is not None and button.isEnabled()
    good = tmp_path / "cheek.jpg"
    good.write_bytes(small_jpeg())
    bad = tmp_path / "empty.jpg"
    bad.write_bytes(b"")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    session_photos = window.feature(PhotosFeature).session_photos
    from desktop.services.sessions import records as sessions

    detail = sessions.get_session(treated.physician, treated.session_id)
    options = session_photos.add_photos(dialog, detail, [good, bad])
    assert options is not None and options.area is not None
    assert [options.area.itemText(i) for i in range(options.area.count())] == [
        "Forehead",
        "Cheeks (both)",
    ]
    options.area.setCurrentIndex(1)
    options.accept()
    qtbot.waitUntil(lambda: session_photos.job is None and bool(warned), timeout=20_000)
    assert "1 photo(s) added." in warned[0] and "Not added: empty.jpg" in warned[0]
    [photo] = list_photos(treated.physician, treated.patient_id)
    assert photo.session_area_id == treated.session_area_ids[1] and photo.kind == "before"
    dialog.reject()
    window.tasks.wait()


def test_without_consent_the_form_offers_to_sign(qtbot, ctx, tmp_path, monkeypatch) -> None:
    treated = treated_patient(ctx, photo_consent=False)
    window = open_window(qtbot, treated.physician)
    offered: list[str] = []

    def offer_taken(_parent: QWidget | None, _title: str, _problem: object, label: str) -> bool:
        offered.append(label)
        return False

    monkeypatch.setattr("desktop.ui.photos.import_session.offer_taken", offer_taken)
    from desktop.services.sessions import records as sessions

    detail = sessions.get_session(treated.physician, treated.session_id)
    session_photos = window.feature(PhotosFeature).session_photos
    shot = Path(tmp_path / "a.jpg")
    shot.write_bytes(small_jpeg())
    assert session_photos.add_photos(window, detail, [shot]) is None
    assert offered == ["&Sign now…"]
    assert list_photos(treated.physician, treated.patient_id) == []
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "photoImportOptions" and w.isVisible()
    ]
    window.tasks.wait()
