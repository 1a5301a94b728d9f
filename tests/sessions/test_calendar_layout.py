"""The calendar's block layout: columns per physician/room/device or day, lanes for overlaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from db.codes import SessionStatus
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.sessions.calendar_layout import Grouping, columns_for, lay_out, neighbour, snap

ZONE = ZoneInfo("UTC")
DAY = date(2026, 11, 26)


def _s(sid: int, hour: float, minutes: int, doc: int = 1, room: int | None = 1) -> ScheduledSession:
    start = datetime(2026, 11, 26, tzinfo=UTC) + timedelta(hours=hour)
    return ScheduledSession(
        id=sid, row_version=1, patient_id=1, patient_name="P", physician_id=doc,
        physician_name=f"Dr {doc}", room_id=room, room_name=f"Room {room}" if room else "",
        device_id=None, device_name="", starts_at=start,
        ends_at=start + timedelta(minutes=minutes), status=SessionStatus.PLANNED,
    )  # fmt: skip


def test_overlapping_sessions_share_a_column_in_lanes() -> None:
    items = [_s(1, 10, 60), _s(2, 10.5, 30), _s(3, 11, 30), _s(4, 12, 15)]
    cols = columns_for(items, Grouping.PHYSICIAN, ZONE, DAY)
    blocks = {b.session.id: b for b in lay_out(items, cols, Grouping.PHYSICIAN, ZONE)}
    assert (blocks[1].lane, blocks[1].lanes) == (0, 2)
    assert (blocks[2].lane, blocks[2].lanes) == (1, 2)
    assert (blocks[3].lane, blocks[3].lanes) == (0, 1)  # both end at 11:00: a new group
    assert (blocks[4].lane, blocks[4].lanes) == (0, 1)
    assert (blocks[1].start_minute, blocks[1].end_minute) == (600, 660)


def test_columns_per_physician_room_and_week_day() -> None:
    items = [_s(1, 10, 30, doc=2, room=None), _s(2, 10, 30, doc=1, room=3)]
    assert [c.title for c in columns_for(items, Grouping.PHYSICIAN, ZONE, DAY)] == ["Dr 1", "Dr 2"]
    rooms = columns_for(items, Grouping.ROOM, ZONE, DAY, none_title="No room")
    assert [c.title for c in rooms] == ["Room 3", "No room"]
    week = columns_for(items, Grouping.DAY, ZONE, DAY)
    assert len(week) == 7 and week[0].key == DAY
    blocks = lay_out(items, week, Grouping.DAY, ZONE)
    assert {b.column for b in blocks} == {0}


def test_snap_and_arrow_neighbours() -> None:
    assert (snap(7), snap(8), snap(52)) == (0, 15, 45)
    items = [_s(1, 9, 30, doc=1), _s(2, 11, 30, doc=1), _s(3, 11, 30, doc=2)]
    cols = columns_for(items, Grouping.PHYSICIAN, ZONE, DAY)
    blocks = lay_out(items, cols, Grouping.PHYSICIAN, ZONE)
    assert neighbour(blocks, None, 0, 1) == 0
    assert blocks[neighbour(blocks, 0, 0, 1) or 0].session.id == 2
    assert blocks[neighbour(blocks, 1, 1, 0) or 0].session.id == 3
    assert neighbour(blocks, 0, -1, 0) == 0


def _lanes_as_before(items, col, zone):
    """The layout before it was made faster (one pass per session), kept as the reference."""
    blocks = []
    group: list[tuple[ScheduledSession, int]] = []
    lane_ends: list[datetime] = []

    def close(group, lanes):
        for s, lane in group:
            local = s.starts_at.astimezone(zone)
            start = local.hour * 60 + local.minute
            length = int((s.ends_at - s.starts_at).total_seconds() // 60)
            blocks.append((s.id, col, lane, lanes, start, start + length))

    for s in items:
        if lane_ends and s.starts_at >= max(lane_ends):
            close(group, len(lane_ends))
            group, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= s.starts_at), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(s.ends_at)
        else:
            lane_ends[lane] = s.ends_at
        group.append((s, lane))
    close(group, len(lane_ends))
    return blocks


def test_lanes_match_the_previous_layout_on_a_crowded_week() -> None:
    import random

    rng = random.Random(7)
    zone = ZoneInfo("Europe/Istanbul")
    items = []
    for sid in range(1, 400):
        start = datetime(2026, 11, 23, 5, tzinfo=UTC) + timedelta(
            days=rng.randrange(7), minutes=5 * rng.randrange(150)
        )
        items.append(_s(sid, 0, 0, doc=rng.randrange(1, 5)))
        items[-1] = type(items[-1])(
            **{**items[-1].__dict__, "starts_at": start,
               "ends_at": start + timedelta(minutes=rng.choice((10, 15, 30, 45, 90)))}
        )  # fmt: skip
    for grouping in (Grouping.DAY, Grouping.PHYSICIAN):
        cols = columns_for(items, grouping, zone, date(2026, 11, 23))
        got = [
            (b.session.id, b.column, b.lane, b.lanes, b.start_minute, b.end_minute)
            for b in lay_out(items, cols, grouping, zone)
        ]
        index = {c.key: i for i, c in enumerate(cols)}
        from desktop.ui.sessions.calendar_layout import column_key

        expected = []
        for key, col in index.items():
            mine = sorted(
                (s for s in items if column_key(s, grouping, zone) == key),
                key=lambda s: (s.starts_at, s.id),
            )
            expected.extend(_lanes_as_before(mine, col, zone))
        expected.sort(key=lambda b: (b[1], b[4], b[2]))
        assert got == expected
        assert max(b[3] for b in got) > 2  # crowded enough to need lanes
