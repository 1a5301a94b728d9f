"""An area inside another (the eye contour inside the full face) booked together: the
service warns (to acknowledge, not a refusal) and the booking form shows it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.services.sessions import day_list
from desktop.services.sessions.catalog import areas_inside_others, list_areas
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.shell.i18n import translated
from tests.helpers import save_and_wait
from tests.sessions_support import add_staff, area_id, book, screened_patient

DAY = date(2026, 11, 26)


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


def test_catalog_says_which_areas_lie_inside_which(ctx) -> None:
    catalog = list_areas(ctx)
    ids = {a.code: a.id for a in catalog}
    pairs = areas_inside_others(
        catalog, [ids["eye_contour"], ids["face_full"], ids["neck"], ids["spot_scar"]]
    )
    assert [(outer.code, inner.code) for outer, inner in pairs] == [("face_full", "eye_contour")]
    hands = areas_inside_others(catalog, [ids["hands"], ids["back_of_hands"]])
    assert [(o.code, i.code) for o, i in hands] == [("hands", "back_of_hands")]
    assert areas_inside_others(catalog, [ids["forehead"], ids["cheeks"], ids["neck"]]) == []


def test_booking_an_area_inside_another_needs_acknowledgement(ctx, doc) -> None:
    patient = screened_patient(ctx)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, DAY, codes=("face_full", "eye_contour"))
    code = f"area_inside:{area_id(ctx, 'face_full')}:{area_id(ctx, 'eye_contour')}"
    [warning] = caught.value.warnings
    assert warning.code == code
    assert str(warning.message) == (
        "Eye contour lies inside Full face: booked together, that skin is treated twice. "
        "Remove one of them unless the physician means it."
    )
    booked = book(ctx, patient, doc, DAY, codes=("face_full", "eye_contour"), ack=frozenset({code}))
    assert len(booked.areas) == 2  # a warning, not a refusal


def test_booking_warning_in_turkish(ctx, doc, turkish) -> None:
    patient = screened_patient(ctx)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, DAY, codes=("hands", "back_of_hands"))
    assert translated(caught.value.warnings[0].message) == (
        "El sırtları (iki el), Eller (iki el) içinde kalıyor: birlikte randevuya yazılırsa "
        "aynı cilt iki kez işlenir. Hekim bilerek istemiyorsa birini çıkarın."
    )


def test_booking_form_shows_the_warning_and_books_after_acknowledgement(qtbot, ctx, doc) -> None:
    patient = screened_patient(ctx)
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="Ayşe Yılmaz")
    qtbot.addWidget(dialog)
    dialog.show()
    physician = dialog.fields["physician_id"]
    starts_on = dialog.fields["starts_on"]
    assert isinstance(physician, QComboBox) and isinstance(starts_on, QLineEdit)
    physician.setCurrentIndex(physician.findData(doc))
    starts_on.setText("26.11.2026")
    for code in ("face_full", "eye_contour"):
        dialog.area_picker.setCurrentIndex(dialog.area_picker.findData(area_id(ctx, code)))
        dialog.add_area_button.click()
    save_and_wait(qtbot, dialog)
    assert dialog.warning_banner.isVisible()
    assert day_list.patient_sessions(ctx, patient) == []  # nothing booked yet
    shown = [label.text() for label in dialog.warning_banner.findChildren(QLabel)]
    assert any("Eye contour lies inside Full face" in text for text in shown)
    acknowledge = dialog.findChild(QPushButton, "acknowledgeButton")
    assert acknowledge is not None
    acknowledge.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert dialog.saved is not None and len(dialog.saved.areas) == 2
