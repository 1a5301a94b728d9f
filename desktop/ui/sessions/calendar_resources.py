"""Which columns the calendar shows and what is marked in each, from a CalendarContent:
pure Python (no Qt), so it is unit-tested alone.

Day view: a column for every active physician, every room in service and every laser device
(idle ones included, so free time shows), plus any other that has a session that day.
Week view: a column per day for one physician, room or device (or all of them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import Literal

from desktop.services.sessions.calendar_content import CalendarContent, CalendarResource
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.sessions.calendar_layout import (
    DAY_END,
    DAY_START,
    Column,
    Grouping,
    column_key,
    columns_for,
)

WHOLE_DAY = ((DAY_START, DAY_END),)
NoticeCode = Literal["", "service_due", "service_overdue", "out_of_service"]


@dataclass(frozen=True)
class ColumnMarks:
    """What a column draws under its sessions."""

    open_hours: list[tuple[int, int]] | None = None  # None: hours not known, nothing greyed
    blocked: tuple[tuple[int, int], ...] = ()  # out of service: hatched minutes
    notice: NoticeCode = ""  # the header's alert, worst first
    notice_date: date | None = None


def resources_of(content: CalendarContent, grouping: Grouping) -> tuple[CalendarResource, ...]:
    if grouping is Grouping.PHYSICIAN:
        return content.physicians
    if grouping is Grouping.ROOM:
        return content.rooms
    return content.devices


def listed(content: CalendarContent, grouping: Grouping) -> list[CalendarResource]:
    """Who gets a column or a place in the week picker: rooms out of service drop out,
    devices stay (hatched, so the desk sees the laser is down)."""
    return [
        r for r in resources_of(content, grouping) if r.in_service or grouping is Grouping.DEVICE
    ]


def day_columns(
    content: CalendarContent, grouping: Grouping, zone: tzinfo, none_title: str
) -> list[Column]:
    """The day view's columns: the clinic's resources by name, then any others booked."""
    shown = [Column(r.id, r.name) for r in listed(content, grouping)]
    known = {c.key for c in shown}
    booked = columns_for(list(content.sessions), grouping, zone, content.first_day, none_title)
    return shown + [c for c in booked if c.key not in known]


def sessions_of(
    content: CalendarContent, grouping: Grouping, focus: int | None, zone: tzinfo
) -> list[ScheduledSession]:
    """The week view's sessions: those of one physician/room/device, or all (``focus`` None)."""
    if focus is None:
        return list(content.sessions)
    return [s for s in content.sessions if column_key(s, grouping, zone) == focus]


def default_focus(content: CalendarContent, grouping: Grouping, staff_id: int | None) -> int | None:
    """The logged-in physician (by physician), else the first of the list; None when empty."""
    resources = listed(content, grouping)
    if grouping is Grouping.PHYSICIAN and any(r.id == staff_id for r in resources):
        return staff_id
    return resources[0].id if resources else None


def day_marks(
    content: CalendarContent, grouping: Grouping, columns: list[Column]
) -> list[ColumnMarks]:
    """Per day-view column: the physician's hours, the device or room out of service."""
    return [
        _marks(content, grouping, column.key, content.first_day)
        if isinstance(column.key, int)
        else ColumnMarks()
        for column in columns
    ]


def week_marks(
    content: CalendarContent, grouping: Grouping, focus: int | None
) -> list[ColumnMarks]:
    """Per day of the week view, for the one physician, room or device shown."""
    days = [content.first_day + timedelta(days=i) for i in range(content.days)]
    if focus is None:
        return [ColumnMarks() for _ in days]
    return [_marks(content, grouping, focus, day, with_notice=False) for day in days]


def _marks(
    content: CalendarContent,
    grouping: Grouping,
    key: int,
    day: date,
    *,
    with_notice: bool = True,
) -> ColumnMarks:
    if grouping is Grouping.PHYSICIAN:
        week = content.hours.get(key)
        return ColumnMarks(open_hours=week.get(day.weekday(), []) if week else None)
    resource = next((r for r in resources_of(content, grouping) if r.id == key), None)
    out = resource is not None and not resource.in_service
    notice: NoticeCode = ""
    due: date | None = None
    if grouping is Grouping.DEVICE:
        out = out or any(
            o.device_id == key and o.starts_on <= day <= o.ends_on for o in content.outages
        )
        for n in content.notices:
            if n.device_id == key and n.code in ("service_due", "service_overdue"):
                notice, due = n.code, n.due_on  # type: ignore[assignment]
    if out:
        notice, due = "out_of_service", None
    return ColumnMarks(
        blocked=WHOLE_DAY if out else (),
        notice=notice if with_notice else "",
        notice_date=due if with_notice else None,
    )
