"""Next free slot: the first quarter hour at which the physician, a room and a device are
free for N minutes, inside working hours, outside the healing interval of the areas."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from db.models import LaserDevice, SessionArea, TreatmentSession
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.resources import hours
from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment
from desktop.services.sessions import records as sessions
from desktop.services.sessions.free_slot import next_free_slot
from desktop.services.settings import store as settings
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.conftest import ISTANBUL
from tests.helpers import save_and_wait
from tests.sessions_support import add_staff, area_id, book, screened_patient

pytestmark = pytest.mark.both_engines

THURSDAY = date(2026, 11, 26)
WEEKDAYS_9_TO_6 = ("09:00–18:00",) * 5 + ("10:00–14:00", "")


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ISTANBUL)


@pytest.fixture
def setup(ctx) -> dict:
    ids = {
        "ayse": add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz"),
        "can": add_staff(ctx, "dr.can", "Dr Can Demir"),
        "mehmet": screened_patient(ctx, "Mehmet", "Kaya"),
        "zeynep": screened_patient(ctx, "Zeynep", "Şahin"),
    }
    for key, kind, data in (
        ("room1", ResourceKind.ROOM, EquipmentInput("Room 1")),
        ("room2", ResourceKind.ROOM, EquipmentInput("Room 2")),
        ("co2", ResourceKind.DEVICE, EquipmentInput("CO2 laser", "Fractional CO2", "C-1")),
    ):
        ids[key] = save_equipment(ctx, kind, data).id
    for doc in ("ayse", "can"):
        hours.set_week_hours(ctx, ids[doc], WEEKDAYS_9_TO_6)
    return ids


def _book(ctx, s, doc="ayse", patient="mehmet", at=time(9, 0), minutes=45, **kw):
    return book(
        ctx,
        s[patient],
        s[doc],
        kw.pop("day", THURSDAY),
        at=at,
        codes=("forehead",),
        duration_minutes=minutes,
        room_id=s[kw.pop("room", "room1")],
        device_id=s["co2"],
        ack=frozenset({"healing:" + str(area_id(ctx, "forehead"))}),
    )


def test_first_slot_after_the_physicians_booking(ctx, setup) -> None:
    _book(ctx, setup)  # 09:00–09:45
    slot = next_free_slot(ctx, 60, local(THURSDAY, time(9)), physician_id=setup["ayse"])
    assert slot.starts_at == local(THURSDAY, time(9, 45))
    assert slot.physician_id == setup["ayse"]
    assert slot.device_id == setup["co2"]
    assert slot.room_id is not None


def test_the_device_held_by_another_physician_pushes_the_slot(ctx, setup) -> None:
    _book(ctx, setup, doc="can", minutes=90)  # Dr Can holds the only laser 09:00–10:30
    slot = next_free_slot(
        ctx, 30, local(THURSDAY, time(9)), physician_id=setup["ayse"], device_id=setup["co2"]
    )
    assert slot.starts_at == local(THURSDAY, time(10, 30))


def test_a_busy_room_is_swapped_for_a_free_one(ctx, setup) -> None:
    _book(ctx, setup, doc="can", room="room1")
    slot = next_free_slot(ctx, 30, local(THURSDAY, time(9)), physician_id=setup["ayse"])
    # the laser is busy until 09:45 anyway; then the first room is free again
    assert slot.starts_at == local(THURSDAY, time(9, 45))
    assert slot.room_id == setup["room1"]


def test_any_physician_finds_the_other_one(ctx, setup) -> None:
    with ctx.database.write() as session:
        session.add(LaserDevice(name="Er:YAG laser", model="", serial="E-7", in_service=True))
    _book(ctx, setup, doc="ayse", minutes=120)
    slot = next_free_slot(ctx, 30, local(THURSDAY, time(9)))
    assert slot.starts_at == local(THURSDAY, time(9))
    assert slot.physician_id == setup["can"]
    assert slot.device_id != setup["co2"]


def test_slots_stay_within_working_hours_and_the_grid(ctx, setup) -> None:
    slot = next_free_slot(ctx, 60, local(THURSDAY, time(17, 7)), physician_id=setup["ayse"])
    assert slot.starts_at == local(THURSDAY + timedelta(days=1), time(9))
    saturday = date(2026, 11, 28)
    slot = next_free_slot(ctx, 60, local(saturday, time(13, 30)), physician_id=setup["ayse"])
    assert slot.starts_at == local(date(2026, 11, 30), time(9))  # Sunday off: Monday


def test_never_in_the_past(ctx, setup) -> None:
    slot = next_free_slot(ctx, 30, local(date(2026, 11, 20), time(9)), physician_id=setup["ayse"])
    assert slot.starts_at == local(date(2026, 11, 25), time(10))  # the tests' "now"


def test_days_inside_the_healing_interval_are_skipped(ctx, setup) -> None:
    cheeks = area_id(ctx, "cheeks")
    with ctx.database.write() as session:
        session.add(
            TreatmentSession(
                patient_id=setup["mehmet"],
                physician_id=setup["ayse"],
                starts_at=local(date(2026, 11, 20), time(10)),
                duration_minutes=30,
                status="done",
                areas=[SessionArea(area_id=cheeks, size_cm2=Decimal(80))],
            )
        )
    start = local(THURSDAY, time(9))
    free = next_free_slot(ctx, 30, start, physician_id=setup["ayse"])
    assert free.starts_at == start  # no areas given: no healing rule
    other_skin = next_free_slot(
        ctx,
        30,
        start,
        physician_id=setup["ayse"],
        areas=[area_id(ctx, "neck")],
        patient_id=setup["mehmet"],
    )
    assert other_skin.starts_at == start
    healed = next_free_slot(
        ctx, 30, start, physician_id=setup["ayse"], areas=[cheeks], patient_id=setup["mehmet"]
    )
    assert healed.starts_at == local(date(2026, 12, 18), time(10))  # 28 days after


def test_a_booking_being_moved_does_not_hold_its_own_slot_or_healing(ctx, setup) -> None:
    moved = _book(ctx, setup, minutes=45)  # Mehmet, forehead, 09:00–09:45
    forehead = area_id(ctx, "forehead")
    start = local(THURSDAY, time(9))
    kept = next_free_slot(
        ctx, 45, start, physician_id=setup["ayse"], areas=[forehead], patient_id=setup["mehmet"]
    )
    assert kept.starts_at > start + timedelta(days=27)  # itself in the way, and its healing
    free = next_free_slot(
        ctx,
        45,
        start,
        physician_id=setup["ayse"],
        areas=[forehead],
        patient_id=setup["mehmet"],
        exclude_session_id=moved.id,
    )
    assert free.starts_at == start


def test_nothing_free_is_a_clear_message(ctx, setup) -> None:
    sunday = date(2026, 11, 29)
    with pytest.raises(NotFound) as none:
        next_free_slot(ctx, 30, local(sunday, time(0)), physician_id=setup["ayse"], days=1)
    assert str(none.value).startswith("No free 30-minute slot")


def test_a_device_out_of_service_is_refused(ctx, setup) -> None:
    save_equipment(
        ctx, ResourceKind.DEVICE, EquipmentInput("CO2 laser", in_service=False), setup["co2"]
    )
    with pytest.raises(ValidationError) as refused:
        next_free_slot(ctx, 30, local(THURSDAY, time(9)), device_id=setup["co2"])
    assert "out of service" in str(refused.value)


# --- the session form's button ----------------------------------------------------------


def _form(qtbot, ctx, s: dict) -> SessionDialog:
    dialog = SessionDialog(ctx, patient_id=s["zeynep"], patient_name="Zeynep Şahin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # offscreen Qt has no window manager to do it
    qtbot.waitUntil(dialog.isActiveWindow)
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician.setCurrentIndex(physician.findData(s["ayse"]))
    dialog.area_picker.setCurrentIndex(dialog.area_picker.findData(area_id(ctx, "cheeks")))
    dialog.add_area_button.click()
    for key, text in (("starts_on", "26.11.2026"), ("starts_time", "09:00")):
        edit = dialog.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
    return dialog


def _searched(qtbot, dialog: SessionDialog) -> None:
    """The search runs off the GUI thread: wait for its answer (the button is off till then)."""
    qtbot.waitUntil(lambda: not dialog.free_slot.searching, timeout=10_000)
    assert dialog.free_slot.button.isEnabled()


def _text(dialog: SessionDialog, key: str) -> str:
    edit = dialog.fields[key]
    assert isinstance(edit, QLineEdit)
    return edit.text()


def test_the_shortcut_fills_the_next_free_slot_and_books_it(qtbot, ctx, setup) -> None:
    _book(ctx, setup, minutes=45)  # Dr Ayşe 09:00–09:45, Room 1, the laser
    dialog = _form(qtbot, ctx, setup)
    room = dialog.fields["room_id"]
    assert isinstance(room, QComboBox)
    room.setCurrentIndex(0)  # any room
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _searched(qtbot, dialog)
    assert (_text(dialog, "starts_on"), _text(dialog, "starts_time")) == ("26.11.2026", "09:45")
    assert room.currentData() == setup["room1"]
    device = dialog.fields["device_id"]
    assert isinstance(device, QComboBox) and device.currentData() == setup["co2"]
    dialog.free_slot.button.click()  # pressed again: the slot after
    _searched(qtbot, dialog)
    assert _text(dialog, "starts_time") == "10:00"
    save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert dialog.saved is not None
    assert dialog.saved.starts_at == local(THURSDAY, time(10))


def test_no_free_slot_is_said_in_the_form_and_changes_nothing(qtbot, ctx, setup) -> None:
    with ctx.database.write() as session:
        settings.put(session, ctx, "healing_interval_days", 365)
        session.add(
            TreatmentSession(
                patient_id=setup["zeynep"],
                physician_id=setup["can"],
                starts_at=local(date(2026, 12, 1), time(10)),
                duration_minutes=30,
                status="planned",
                areas=[SessionArea(area_id=area_id(ctx, "cheeks"), size_cm2=Decimal(80))],
            )
        )
    dialog = _form(qtbot, ctx, setup)
    dialog.free_slot.button.click()
    _searched(qtbot, dialog)
    message = dialog.findChild(QLabel, "freeSlotMessage")
    assert message is not None and message.isVisible()
    assert message.text().startswith("No free 30-minute slot in the 90 days from 26.11.2026.")
    assert _text(dialog, "starts_time") == "09:00"
    dialog.mark_unchanged()


def test_change_booking_finds_a_slot_the_session_itself_would_block(qtbot, ctx, setup) -> None:
    _book(ctx, setup, patient="zeynep", minutes=45)  # Dr Ayşe 09:00–09:45
    moved = _book(ctx, setup, at=time(10), minutes=45)  # Mehmet, forehead, 10:00–10:45
    dialog = SessionDialog(
        ctx,
        patient_id=setup["mehmet"],
        patient_name="Mehmet Kaya",
        session=sessions.get_session(ctx, moved.id),
        edit_booking=True,
    )
    qtbot.addWidget(dialog)
    edit = dialog.fields["starts_time"]
    assert isinstance(edit, QLineEdit)
    edit.setText("09:00")
    dialog.free_slot.button.click()
    _searched(qtbot, dialog)
    # overlapping its own 10:00, and inside its own healing interval, is fine
    assert (_text(dialog, "starts_on"), _text(dialog, "starts_time")) == ("26.11.2026", "09:45")
    dialog.mark_unchanged()


def test_the_search_runs_off_the_gui_thread_and_the_form_stays_usable(
    qtbot, ctx, setup, monkeypatch
) -> None:
    import threading

    from desktop.ui.sessions import free_slot_button

    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_search(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)
        return next_free_slot(*args, **kwargs)

    monkeypatch.setattr(free_slot_button, "next_free_slot", slow_search)
    dialog = _form(qtbot, ctx, setup)
    dialog.free_slot.button.click()  # returns at once: the database has not answered yet
    assert dialog.free_slot.searching and not dialog.free_slot.button.isEnabled()
    dialog.free_slot.find_slot()  # a second press while searching starts nothing
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert threads[0] is not threading.main_thread()
    release.set()
    _searched(qtbot, dialog)
    assert len(threads) == 1
    assert _text(dialog, "starts_time") == "09:00"  # Dr Ayşe is free at 09:00
    dialog.mark_unchanged()
