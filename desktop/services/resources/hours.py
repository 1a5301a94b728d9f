"""Physicians' working hours: one or more intervals per weekday, edited as text.

A day is written ``09:00–18:00`` or, split, ``09:00–13:00, 14:00–18:00``; an empty day
is a day off. A physician with no hours on any day has none set, and bookings are not
limited by hours (a clinic that does not use them loses nothing).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.codes import Role
from db.models import Staff, WorkingHours
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import Message, msg
from desktop.services.common.permissions import Permission, require

# Monday first, as date.weekday() counts; full names complete "works on …" sentences.
WEEKDAY_NAMES: tuple[Message, ...] = (
    msg("Monday"),
    msg("Tuesday"),
    msg("Wednesday"),
    msg("Thursday"),
    msg("Friday"),
    msg("Saturday"),
    msg("Sunday"),
)
_INTERVAL = re.compile(r"^(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class HoursInterval:
    weekday: int  # 0 = Monday
    starts: time
    ends: time


def minutes_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def day_text(intervals: Sequence[tuple[int, int]]) -> str:
    """``09:00–13:00, 14:00–18:00`` from (start, end) minutes."""
    return ", ".join(f"{minutes_text(a)}–{minutes_text(b)}" for a, b in sorted(intervals))


def week_hours_text(ctx: ServiceContext, staff_id: int) -> tuple[str, ...]:
    """Seven texts, Monday first, as the hours dialog shows them ('' = day off)."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        week = hours_by_weekday(session, staff_id)
    return tuple(day_text(week.get(day, [])) for day in range(7))


def hours_by_weekday(session: Session, staff_id: int) -> dict[int, list[tuple[int, int]]]:
    """{weekday: [(start minute, end minute), …]}; empty when no hours are set."""
    week: dict[int, list[tuple[int, int]]] = {}
    rows = session.execute(
        select(WorkingHours.weekday, WorkingHours.starts_minute, WorkingHours.ends_minute)
        .where(WorkingHours.staff_id == staff_id)
        .order_by(WorkingHours.weekday, WorkingHours.starts_minute)
    )
    for weekday, starts, ends in rows:
        week.setdefault(weekday, []).append((starts, ends))
    return week


def set_week_hours(ctx: ServiceContext, staff_id: int, days: Sequence[str]) -> tuple[str, ...]:
    """Replace a physician's hours with seven texts (Monday first); audited.

    Errors are keyed ``day0`` … ``day6``. Returns the hours as stored, tidied.
    """
    require(ctx, Permission.MANAGE_RESOURCES)
    if len(days) != 7:
        raise ValueError("seven days, Monday first")
    intervals = parse_week(days)
    with ctx.database.write() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(msg("This staff account no longer exists. Reload the list."))
        if staff.role != Role.PHYSICIAN:
            raise ValidationError(
                {"staff": msg("Working hours are kept for physicians only. Choose a physician.")}
            )
        session.execute(delete(WorkingHours).where(WorkingHours.staff_id == staff_id))
        for weekday, starts, ends in intervals:
            session.add(
                WorkingHours(
                    staff_id=staff_id, weekday=weekday, starts_minute=starts, ends_minute=ends
                )
            )
        session.flush()
        week = hours_by_weekday(session, staff_id)
        texts = tuple(day_text(week.get(day, [])) for day in range(7))
        record_event(
            session,
            ctx,
            "working_hours.set",
            entity="staff",
            entity_id=staff_id,
            details={"hours": list(texts)},
        )
        return texts


def parse_week(days: Sequence[str]) -> list[tuple[int, int, int]]:
    """(weekday, start minute, end minute) for every interval; ValidationError per day."""
    errors: dict[str, str] = {}
    found: list[tuple[int, int, int]] = []
    for weekday, text in enumerate(days):
        try:
            day = _parse_day(text)
        except ValueError:
            errors[f"day{weekday}"] = msg(
                "Type the hours as 09:00–18:00, or 09:00–13:00, 14:00–18:00 for a split day; "
                "leave the day empty for a day off."
            )
            continue
        day.sort()
        for (_, first_end), (second_start, _) in itertools.pairwise(day):
            if second_start < first_end:
                errors[f"day{weekday}"] = msg(
                    "The intervals of {day} overlap.", day=WEEKDAY_NAMES[weekday]
                )
        found.extend((weekday, a, b) for a, b in day)
    if errors:
        raise ValidationError(errors)
    return found


def _parse_day(text: str) -> list[tuple[int, int]]:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    day = []
    for part in parts:
        match = _INTERVAL.match(part)
        if not match:
            raise ValueError(part)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise ValueError(part)
        starts, ends = h1 * 60 + m1, h2 * 60 + m2
        if ends <= starts:
            raise ValueError(part)
        day.append((starts, ends))
    return day


def working_week(ctx: ServiceContext, staff_id: int) -> dict[int, list[tuple[int, int]]]:
    """{weekday: [(start minute, end minute), …]} for the calendar; empty when no hours are set."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        return hours_by_weekday(session, staff_id)
