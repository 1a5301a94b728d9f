"""The booking form's Room and Device pickers, the refusal of a clash and the override,
and the administrators' Rooms, devices and working hours dialog, through the real widgets."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from desktop.services.resources import hours
from desktop.services.resources.equipment import (
    EquipmentInput,
    ResourceKind,
    list_equipment,
    save_equipment,
)
from desktop.services.sessions import day_list
from desktop.services.sessions import records as sessions
from desktop.ui.admin.resources_dialog import EquipmentEditDialog, ResourcesDialog
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.accounts_helpers import as_role
from tests.helpers import save_and_wait
from tests.sessions_support import add_staff, area_id, book, screened_patient

DAY = date(2026, 11, 26)


@pytest.fixture
def clinic(ctx) -> dict:
    ids = {
        "doc": add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz"),
        "mehmet": screened_patient(ctx, "Mehmet", "Kaya"),
        "zeynep": screened_patient(ctx, "Zeynep", "Şahin"),
    }
    for key, kind, data in (
        ("room1", ResourceKind.ROOM, EquipmentInput("Room 1")),
        ("room2", ResourceKind.ROOM, EquipmentInput("Room 2")),
        ("broken", ResourceKind.ROOM, EquipmentInput("Room 3", in_service=False)),
        ("co2", ResourceKind.DEVICE, EquipmentInput("CO2 laser", "Fractional CO2")),
        ("old", ResourceKind.DEVICE, EquipmentInput("Old laser", in_service=False)),
    ):
        ids[key] = save_equipment(ctx, kind, data).id
    return ids


def _form(qtbot, ctx, patient_id: int) -> SessionDialog:
    dialog = SessionDialog(ctx, patient_id=patient_id, patient_name="Zeynep Şahin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # offscreen Qt has no window manager to do it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _fill(ctx, dialog: SessionDialog, doc: int, at: str) -> None:
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician.setCurrentIndex(physician.findData(doc))
    for key, text in (("starts_on", "26.11.2026"), ("starts_time", at)):
        edit = dialog.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
    dialog.area_picker.setCurrentIndex(dialog.area_picker.findData(area_id(ctx, "nose")))
    dialog.add_area_button.click()


def _combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(n) for n in range(combo.count())]


def test_pickers_offer_what_is_in_service_and_default_to_the_last_used(qtbot, ctx, clinic) -> None:
    book(
        ctx,
        clinic["mehmet"],
        clinic["doc"],
        DAY,
        at=time(9, 0),
        codes=("chin",),
        room_id=clinic["room2"],
        device_id=clinic["co2"],
    )
    dialog = _form(qtbot, ctx, clinic["zeynep"])
    room, device = dialog.fields["room_id"], dialog.fields["device_id"]
    assert isinstance(room, QComboBox) and isinstance(device, QComboBox)
    assert _combo_texts(room)[1:] == ["Room 1", "Room 2"]  # Room 3 is out of service
    assert _combo_texts(device)[1:] == ["CO2 laser (Fractional CO2)"]
    _fill(ctx, dialog, clinic["doc"], "11:00")
    assert room.currentData() == clinic["room2"]  # this physician's last room
    assert device.currentData() == clinic["co2"]
    save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert dialog.saved is not None
    assert (dialog.saved.room_name, dialog.saved.device_name) == ("Room 2", "CO2 laser")


def test_a_clash_is_refused_in_the_form_and_reception_cannot_override(qtbot, ctx, clinic) -> None:
    book(
        ctx,
        clinic["mehmet"],
        clinic["doc"],
        DAY,
        at=time(10, 0),
        codes=("chin",),
        room_id=clinic["room1"],
        device_id=clinic["co2"],
    )
    desk = as_role(ctx, "reception")
    dialog = _form(qtbot, desk, clinic["zeynep"])
    _fill(ctx, dialog, clinic["doc"], "10:10")
    save_and_wait(qtbot, dialog)
    assert dialog.warning_banner.isVisible()
    label = dialog.findChild(QLabel, "refusal:physician_busy")
    assert label is not None
    assert (
        "Dr Ayşe Yılmaz is already booked 10:00–10:15 (Room 1, CO2 laser, Mehmet Kaya)"
        in label.text()
    )
    assert dialog.findChild(QPushButton, "overrideButton") is None
    assert day_list.patient_sessions(ctx, clinic["zeynep"]) == []
    dialog.done(QDialog.DialogCode.Rejected)


def test_an_administrator_books_anyway_with_a_reason(qtbot, ctx, clinic) -> None:
    hours.set_week_hours(ctx, clinic["doc"], ("09:00–18:00",) * 5 + ("", ""))
    dialog = _form(qtbot, ctx, clinic["zeynep"])
    _fill(ctx, dialog, clinic["doc"], "19:00")
    room = dialog.fields["room_id"]
    assert isinstance(room, QComboBox)
    assert room.currentData() is None  # two rooms and no earlier booking: no default
    save_and_wait(qtbot, dialog)
    assert "Choose the room" in dialog.errors["room_id"].text()
    room.setCurrentIndex(room.findData(clinic["room1"]))
    save_and_wait(qtbot, dialog)
    assert dialog.findChild(QLabel, "refusal:outside_hours") is not None
    reason = dialog.findChild(QLineEdit, "overrideReason")
    assert reason is not None and dialog.focusWidget() is reason  # type the reason at once
    qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason yet: refused again
    qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=10_000)
    assert day_list.patient_sessions(ctx, clinic["zeynep"]) == []
    reason = dialog.findChild(QLineEdit, "overrideReason")
    assert reason is not None
    reason.setText("Patient works until 18:30")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    [row] = day_list.patient_sessions(ctx, clinic["zeynep"])
    assert sessions.get_session(ctx, row.id).room_id is not None


def test_administrator_adds_a_device_takes_a_room_out_and_sets_hours(
    qtbot, ctx, clinic, monkeypatch
) -> None:
    dialog = ResourcesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    devices = dialog.devices

    def fill_and_save(edit: EquipmentEditDialog) -> int:
        edit.fields["name"].setText("Er:YAG laser")
        edit.fields["model"].setText("Er:YAG 2940")
        edit.fields["serial"].setText("EY-1")
        edit.save()
        return int(edit.result())

    monkeypatch.setattr(EquipmentEditDialog, "exec", fill_and_save)
    devices.buttons["add"].click()
    assert [r.name for r in list_equipment(ctx, ResourceKind.DEVICE)] == [
        "CO2 laser",
        "Er:YAG laser",
        "Old laser",
    ]
    assert devices.model.rowCount() == 3

    rooms = dialog.rooms
    rooms.table.selectRow(0)  # Room 1
    rooms.buttons["toggle"].click()
    assert [r.in_service for r in list_equipment(ctx, ResourceKind.ROOM)] == [False, True, False]

    tab = dialog.hours
    dialog.tabs.setCurrentWidget(tab)
    tab.physician.setCurrentIndex(tab.physician.findData(clinic["doc"]))
    tab.days[0].setText("9-18")
    qtbot.keyClick(tab.days[0], Qt.Key.Key_Return)
    assert "Type the hours" in tab.errors["day0"].text()
    tab.days[0].setText("09:00-13:00, 14:00-18:00")
    tab.days[5].setText("10:00-14:00")
    qtbot.keyClick(tab.days[5], Qt.Key.Key_Return)
    assert hours.week_hours_text(ctx, clinic["doc"])[0] == "09:00–13:00, 14:00–18:00"
    assert tab.days[5].text() == "10:00–14:00"
