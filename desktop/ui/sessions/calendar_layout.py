"""Where the calendar draws each session: pure Python, no Qt, so it is unit-tested alone.

Columns are physicians, rooms, devices (day view) or days (week view); sessions overlapping
in one column share its width in lanes. Times are minutes since midnight in the clinic's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from operator import itemgetter
from typing import NamedTuple

from desktop.services.sessions.schedule import ScheduledSession

SNAP = 15  # minutes
DAY_START = 8 * 60
DAY_END = 20 * 60


class Grouping(StrEnum):
    PHYSICIAN = "physician"
    ROOM = "room"
    DEVICE = "device"
    DAY = "day"  # the week view


@dataclass(frozen=True)
class Column:
    key: object  # physician/room/device id, or a date
    title: str


class Block(NamedTuple):
    """Where one session is drawn. A named tuple: a week view makes hundreds on each open,
    and a frozen dataclass costs several times as much to build."""

    session: ScheduledSession
    column: int
    lane: int
    lanes: int
    start_minute: int
    end_minute: int


def snap(minutes: float, step: int = SNAP) -> int:
    """The nearest multiple of ``step``."""
    return round(minutes / step) * step


def column_key(s: ScheduledSession, grouping: Grouping, zone: tzinfo) -> object:
    if grouping is Grouping.PHYSICIAN:
        return s.physician_id
    if grouping is Grouping.ROOM:
        return s.room_id
    if grouping is Grouping.DEVICE:
        return s.device_id
    return s.starts_at.astimezone(zone).date()


def columns_for(
    sessions: list[ScheduledSession],
    grouping: Grouping,
    zone: tzinfo,
    first_day: date,
    none_title: str = "—",
) -> list[Column]:
    """The week's seven days, or each physician/room/device that has a session, by name."""
    if grouping is Grouping.DAY:
        return [Column(first_day + timedelta(days=i), "") for i in range(7)]
    titles: dict[object, str] = {}
    for s in sessions:
        key = column_key(s, grouping, zone)
        name = {
            Grouping.PHYSICIAN: s.physician_name,
            Grouping.ROOM: s.room_name,
            Grouping.DEVICE: s.device_name,
        }[grouping]
        titles.setdefault(key, name or none_title)
    return [Column(k, t) for k, t in sorted(titles.items(), key=lambda kt: (kt[0] is None, kt[1]))]


def minute_of_day(moment: datetime, zone: tzinfo) -> int:
    local = moment.astimezone(zone)
    return local.hour * 60 + local.minute


def lay_out(
    sessions: list[ScheduledSession], columns: list[Column], grouping: Grouping, zone: tzinfo
) -> list[Block]:
    """One block per session in a column, overlapping sessions side by side in lanes."""
    index = {c.key: i for i, c in enumerate(columns)}
    # Each session's local time once (the week view's column is its local date).
    per_column: dict[int, list[tuple[datetime, int, int, ScheduledSession]]] = {}
    by_day = grouping is Grouping.DAY
    for s in sessions:
        local = s.starts_at.astimezone(zone)
        col = index.get(local.date() if by_day else column_key(s, grouping, zone))
        if col is not None:
            minute = local.hour * 60 + local.minute
            per_column.setdefault(col, []).append((s.starts_at, s.id, minute, s))
    blocks: list[Block] = []
    for col in sorted(per_column):
        items = per_column[col]
        items.sort()  # by start, then id: ids are unique, so sessions are never compared
        _lanes(items, col, blocks)
    blocks.sort(key=_BLOCK_ORDER)
    return blocks


_BLOCK_ORDER = itemgetter(1, 4, 2)  # column, start minute, lane


def _lanes(
    items: list[tuple[datetime, int, int, ScheduledSession]], col: int, blocks: list[Block]
) -> None:
    """Blocks of one column: each group of overlapping sessions shares the width in lanes."""
    group: list[tuple[ScheduledSession, int, int]] = []
    lane_ends: list[datetime] = []
    group_end: datetime | None = None  # the latest end in the group

    def close() -> None:
        lanes = len(lane_ends)
        for s, lane, start in group:
            length = int((s.ends_at - s.starts_at).total_seconds() // 60)
            blocks.append(Block(s, col, lane, lanes, start, start + length))

    for starts_at, _id, minute, s in items:
        if group_end is not None and starts_at >= group_end:
            close()
            group, lane_ends, group_end = [], [], None
        for lane, end in enumerate(lane_ends):
            if end <= starts_at:
                lane_ends[lane] = s.ends_at
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(s.ends_at)
        if group_end is None or s.ends_at > group_end:
            group_end = s.ends_at
        group.append((s, lane, minute))
    close()


def neighbour(blocks: list[Block], current: int | None, dx: int, dy: int) -> int | None:
    """The block an arrow key selects from block ``current`` (an index into ``blocks``)."""
    if not blocks:
        return None
    if current is None or current >= len(blocks):
        return 0
    here = blocks[current]
    if dy:
        same = [i for i, b in enumerate(blocks) if b.column == here.column]
        pos = same.index(current) + dy
        return same[pos] if 0 <= pos < len(same) else current
    target = here.column + dx
    in_col = [i for i, b in enumerate(blocks) if b.column == target]
    if not in_col:
        return current
    return min(in_col, key=lambda i: abs(blocks[i].start_minute - here.start_minute))
