"""The day at the desk: Done only once a session has started, sessions entered after the fact,
and moving a session along planned → arrived → in treatment → done."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import ValidationError
from tests.sessions_support import add_staff, book, record_done, screened_patient

TODAY = date(2026, 11, 25)
ACK = frozenset({"screening_missing", "screening_old"})


def _at(ctx: ServiceContext, hour: int, minute: int = 0, role: str | None = None):
    """The context at ``hour:minute`` Istanbul time today (UTC+3), optionally as ``role``."""
    when = datetime(2026, 11, 25, hour - 3, minute, tzinfo=UTC)
    changed = dataclasses.replace(ctx, clock=lambda: when)
    if role is not None:
        changed = dataclasses.replace(changed, actor=Actor(None, role, role))
    return changed


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


@pytest.fixture
def patient(ctx) -> int:
    return screened_patient(ctx)


def _audit_details(ctx, action: str) -> list[dict]:
    with ctx.database.read() as session:
        found = session.scalars(select(AuditEvent.details).where(AuditEvent.action == action))
        return [d if isinstance(d, dict) else json.loads(d) for d in found]


# --- Done not before the session has started ------------------------------------------------
def test_done_is_refused_before_the_session_starts_the_same_day(ctx, doc, patient) -> None:
    early = _at(ctx, 18, 0)
    detail = book(early, patient, doc, TODAY, at=time(19, 0), ack=ACK)
    with pytest.raises(ValidationError) as caught:
        record_done(_at(ctx, 18, 42), detail)
    assert "has not started yet" in caught.value.field_errors["status"]
    assert "19:00" in caught.value.field_errors["status"]


def test_done_is_accepted_once_the_session_has_started(ctx, doc, patient) -> None:
    detail = book(_at(ctx, 18, 0), patient, doc, TODAY, at=time(19, 0), ack=ACK)
    done = record_done(_at(ctx, 19, 5), detail)
    assert done.status == "done"


# --- entered after the fact -----------------------------------------------------------------
@pytest.mark.parametrize("role", ["reception", "physician"])
def test_a_session_earlier_today_can_be_entered_after_the_fact(ctx, doc, patient, role) -> None:
    desk = _at(ctx, 18, 50, role=role)
    detail = book(desk, patient, doc, TODAY, at=time(18, 0), ack=ACK, duration_minutes=30)
    assert detail.starts_at == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    [audit] = _audit_details(ctx, "session.book")
    assert audit["recorded_after_the_fact"] is True
    assert audit["starts_at"] == "2026-11-25T18:00:00+03:00"
    assert audit["ends_at"] == "2026-11-25T18:30:00+03:00"
    if role == "physician":
        assert record_done(_at(ctx, 18, 51, role=role), detail).status == "done"


def test_a_session_booked_ahead_is_not_marked_after_the_fact(ctx, doc, patient) -> None:
    book(_at(ctx, 10), patient, doc, TODAY, at=time(18, 0), ack=ACK)
    [audit] = _audit_details(ctx, "session.book")
    assert "recorded_after_the_fact" not in audit


def test_reception_cannot_enter_a_session_of_an_earlier_day(ctx, doc, patient) -> None:
    with pytest.raises(ValidationError) as caught:
        book(_at(ctx, 10, role="reception"), patient, doc, date(2026, 11, 24), ack=ACK)
    assert "physician or an administrator" in caught.value.field_errors["starts_on"]
    assert _audit_details(ctx, "session.book") == []


def test_a_physician_can_enter_a_session_of_an_earlier_day(ctx, doc, patient) -> None:
    book(_at(ctx, 10, role="physician"), patient, doc, date(2026, 11, 24), ack=ACK)
    [audit] = _audit_details(ctx, "session.book")
    assert audit["recorded_after_the_fact"] is True
