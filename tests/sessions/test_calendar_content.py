"""What the calendar shows besides moving blocks: each block's patient, status and areas (with
the whole text as tooltip), a column for every idle physician, room and device, hatched time
out of service, the device's service-due alert in its header, and the week view of one
physician, room or device at a time."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from desktop.services.resources import device_log
from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment
from desktop.services.sessions import day_statuses
from desktop.services.sessions.calendar_content import calendar_content
from desktop.ui.sessions.calendar_layout import Grouping
from desktop.ui.sessions.calendar_overlays import BLOCKED_FILL, BLOCKED_HATCH
from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.sessions.calendar_resources import WHOLE_DAY, day_columns
from tests.accounts_helpers import as_role
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup
from tests.sessions_support import add_staff


def _page(qtbot, ctx, day: date = THURSDAY) -> CalendarPage:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.show_day(day)
    return page


def test_a_block_shows_patient_status_and_areas_and_the_tooltip_has_it_all(
    qtbot, ctx, setup
) -> None:
    first = _book(ctx, setup, codes=("cheeks", "forehead"))
    page = _page(qtbot, ctx)
    grid = page.grid
    block = grid.blocks[0]
    text = grid.block_texts[first.id]
    assert text.lines == ("Mehmet Kaya", "Planned · Cheeks (both), Forehead", "Room 2 · CO2 laser")
    rect = grid.block_rect(block)
    labels = grid.labels(0)
    assert labels[0] == "Mehmet Kaya"  # readable at 1100×720, not elided
    assert labels[1].startswith("Planned")
    tip = grid.tooltip_at(rect.center())
    assert tip.splitlines() == [
        "Mehmet Kaya",
        "10:00–10:45 · Planned",
        "Cheeks (both), Forehead",
        "Room 2 · CO2 laser",
    ]
    assert grid.tooltip_at(rect.bottomRight() + rect.bottomRight()) == ""


def test_the_status_word_follows_the_day_and_cancelled_is_greyed(qtbot, ctx, setup) -> None:
    from desktop.services.sessions import records as sessions

    today = ctx.today()
    first = _book(ctx, setup, day=today, at=time(12, 0))
    second = _book(ctx, setup, doc="can", patient="zeynep", room="room1", device="yag", day=today)
    day_statuses.move_session_along(ctx, first.id, first.row_version, "arrived")
    sessions.set_session_status(ctx, second.id, second.row_version, "cancelled")
    page = _page(qtbot, ctx, today)
    assert page.grid.block_texts[first.id].lines[1].startswith("Arrived")
    by_id = {b.session.id: b for b in page.grid.blocks}
    assert page.grid.block_texts[second.id].lines[1].startswith("Cancelled")
    image = page.grid.grab().toImage()
    rect = page.grid.block_rect(by_id[second.id])
    stripe = image.pixelColor(rect.left() + 1, rect.center().y()).name()
    assert stripe == "#9a9a9a"  # the cancelled stripe; planned is blue
    planned = page.grid.block_rect(by_id[first.id])
    assert image.pixelColor(planned.left() + 1, planned.center().y()).name() != stripe


def test_idle_physicians_rooms_and_devices_have_columns(qtbot, ctx, setup) -> None:
    add_staff(ctx, "reception", "Reception Desk", role="reception")  # not a column
    save_equipment(ctx, ResourceKind.ROOM, EquipmentInput("Old room", in_service=False))
    page = _page(qtbot, ctx)  # nothing booked that day
    assert [c.title for c in page.grid.columns] == ["Dr Ayşe Yılmaz", "Dr Can Demir"]
    assert page.grid.blocks == []
    page.grouping.setCurrentIndex(1)
    assert [c.title for c in page.grid.columns] == ["Room 1", "Room 2"]  # not the old room
    page.mode.setCurrentIndex(1)  # nor in the week picker
    assert [page.focus.itemText(i) for i in range(page.focus.count())] == [
        "All",
        "Room 1",
        "Room 2",
    ]
    page.mode.setCurrentIndex(0)
    page.grouping.setCurrentIndex(2)
    assert [c.title for c in page.grid.columns] == ["CO2 laser", "Er:YAG laser"]


def test_a_booked_column_that_is_not_listed_still_shows(ctx, setup) -> None:
    _book(ctx, setup)  # in Room 2, which is then taken out of service
    save_equipment(
        ctx, ResourceKind.ROOM, EquipmentInput("Room 2", in_service=False), setup["room2"]
    )
    content = calendar_content(ctx, THURSDAY)
    columns = day_columns(content, Grouping.ROOM, ctx.zone, "None")
    assert [c.title for c in columns] == ["Room 1", "Room 2"]
    assert [r.in_service for r in content.rooms] == [True, False]


def test_out_of_service_time_is_hatched_and_service_due_shows_in_the_header(
    qtbot, ctx, setup
) -> None:
    device_log.add_outage(ctx, setup["yag"], THURSDAY, THURSDAY, "annual service")
    device_log.set_service_due(ctx, setup["co2"], THURSDAY + timedelta(days=5))
    page = _page(qtbot, ctx)
    page.grouping.setCurrentIndex(2)  # by device
    grid = page.grid
    assert grid.blocked == [(), WHOLE_DAY]
    assert grid.notices == [
        ("service_due", "Service due 01.12.2026"),
        ("out_of_service", "Out of service"),
    ]
    assert page.notices.isVisible()
    assert "The CO2 laser is due for service on 01.12.2026." in page.notices.text()
    assert "The Er:YAG laser is out of service 26.11.2026–26.11.2026" in page.notices.text()
    image = grid.grab().toImage()
    width = (grid.width() - 52) // 2
    x_yag = 52 + width + width // 2
    y = grid.y_of(14 * 60 + 7)
    colours = {image.pixelColor(x_yag + dx, y + dy).name() for dx in range(8) for dy in range(8)}
    assert {BLOCKED_FILL, BLOCKED_HATCH} <= colours  # hatched, not plain
    banner = image.pixelColor(52 + width // 2, grid.header_height - 4).name()
    assert banner == "#fff1c2"  # the service-due banner under the CO2 title
    # The next day the Er:YAG is back in service.
    page.step_period(1)
    assert grid.blocked == [(), ()]


def test_week_view_shows_the_logged_in_physician_and_the_picker_switches(qtbot, ctx, setup) -> None:
    _book(ctx, setup)
    _book(ctx, setup, doc="can", patient="zeynep", room="room1", device="yag")
    _book(ctx, setup, doc="can", day=THURSDAY + timedelta(days=1), codes=("forehead",))
    physician = as_role(ctx, "physician", setup["can"])
    page = _page(qtbot, physician)
    page.mode.setCurrentIndex(1)  # week
    assert page.focus.isEnabled() and page.focus.currentText() == "Dr Can Demir"
    assert sorted(b.column for b in page.grid.blocks) == [3, 4]
    assert page.grid.columns[3].title.endswith("26.11.2026")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.focusWidget() is page.focus  # Alt+4 reaches the picker from the keyboard
    page.focus.hidePopup()
    ayse = page.focus.findText("Dr Ayşe Yılmaz")
    page.focus.setCurrentIndex(ayse)
    page.focus.activated.emit(ayse)
    assert [b.column for b in page.grid.blocks] == [3]
    page.focus.activated.emit(page.focus.findData(-1))  # All
    assert sorted(b.column for b in page.grid.blocks) == [3, 3, 4]
    page.mode.setCurrentIndex(0)  # the day view keeps all columns
    assert not page.focus.isEnabled() and page.focus.isHidden()
    assert len(page.grid.columns) == 2


def test_week_view_of_a_physician_greys_the_hours_off(qtbot, ctx, setup) -> None:
    from desktop.services.resources import hours
    from tests.sessions.test_booking_clashes import WEEKDAYS_9_TO_6

    hours.set_week_hours(ctx, setup["ayse"], WEEKDAYS_9_TO_6)
    page = _page(qtbot, ctx)
    page.mode.setCurrentIndex(1)
    assert page.focus.currentText() == "Dr Ayşe Yılmaz"  # the first when not a physician
    assert page.grid.open_hours == [[(540, 1080)]] * 5 + [[(600, 840)], []]


def test_blocks_and_alerts_read_in_turkish(qtbot, ctx, setup, turkish) -> None:
    first = _book(ctx, setup, codes=("cheeks", "forehead"))
    device_log.set_service_due(ctx, setup["co2"], THURSDAY + timedelta(days=5))
    page = _page(qtbot, ctx)
    lines = page.grid.block_texts[first.id].lines
    assert lines[0] == "Mehmet Kaya"
    assert lines[1].startswith("Planlandı · ")
    assert "Alın" in lines[1]
    page.grouping.setCurrentIndex(2)
    assert page.grid.notices[0] == ("service_due", "Servis tarihi 01.12.2026")


def test_a_short_block_keeps_the_status_and_a_narrow_one_wraps_the_areas(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.sessions.calendar_blocks import elided_lines

    metrics = QFontMetrics(QFont())
    lines = ("Sevgi ÖZKAN", "Planned · Back of hands (both), Spot or scar", "Room 3 · CO2 laser")
    assert elided_lines(lines, 400, metrics, rows=1) == [
        "Sevgi ÖZKAN · Planned · Back of hands (both), Spot or scar"
    ]
    narrow = metrics.horizontalAdvance("Planned · Back of") + 2
    wrapped = elided_lines(lines, narrow, metrics, rows=3)
    assert wrapped[:2] == ["Sevgi ÖZKAN", "Planned · Back of"]
    assert len(wrapped) == 3 and wrapped[2].endswith("…")  # the rest of the areas, elided
    assert elided_lines(lines, 400, metrics, rows=4) == list(lines)
