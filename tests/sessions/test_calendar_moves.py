"""Moving a session from the calendar goes through the change-booking checks and audit."""

from __future__ import annotations

import json
from datetime import time, timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.sessions import records as sessions
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.reschedule import move_booking
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup


def test_move_to_a_clash_is_refused_and_changes_nothing(ctx, setup) -> None:
    first = _book(ctx, setup)
    other = _book(ctx, setup, patient="zeynep", room="room1", device="yag", at=time(12, 0))
    with pytest.raises(BookingRefused):
        move_booking(ctx, other.id, other.row_version, first.starts_at + timedelta(minutes=15), 45)
    after = sessions.get_session(ctx, other.id)
    assert (after.starts_at, after.row_version) == (other.starts_at, other.row_version)


def test_move_and_resize_to_a_free_slot_is_saved_and_audited(ctx, setup) -> None:
    first = _book(ctx, setup)
    moved = move_booking(ctx, first.id, first.row_version, first.starts_at + timedelta(hours=3), 60)
    assert moved.starts_at == first.starts_at + timedelta(hours=3)
    assert moved.duration_minutes == 60
    assert [a.area_id for a in moved.areas] == [a.area_id for a in first.areas]
    assert moved.room_id == first.room_id and moved.device_id == first.device_id
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "session.update_booking")
        ).one()
    details = event.details if isinstance(event.details, dict) else json.loads(event.details)
    assert "moved_from" in details
    assert moved.starts_at.astimezone(ctx.zone).date() == THURSDAY
