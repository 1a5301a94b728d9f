"""Day list (double bookings, fixed query count) and the physician's history."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import event

from desktop.services.common.context import Actor
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.sessions import day_list
from desktop.services.sessions import records as sessions
from desktop.services.sessions.history import HistoryFilter, patient_history
from tests.sessions_support import (
    add_staff,
    area_id,
    book,
    bulk_history,
    record_done,
    screened_patient,
)

DAY = date(2026, 11, 26)


class QueryCounter:
    def __init__(self, engine) -> None:
        self.statements: list[str] = []
        self._engine = engine

    def __enter__(self):
        event.listen(self._engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append(statement)


@pytest.fixture
def docs(ctx) -> tuple[int, int]:
    return add_staff(ctx, "dr.a", "Dr. Aydın"), add_staff(ctx, "dr.b", "Dr. Weber")


def test_day_list_by_time_with_names_areas_and_double_booking(ctx, docs) -> None:
    a, b = docs
    p1 = screened_patient(ctx, "Ayşe", "Yılmaz")
    p2 = screened_patient(ctx, "Çağla", "Öztürk")
    p3 = screened_patient(ctx, "İsmail", "Işık")
    late = book(ctx, p1, a, DAY, at=time(15, 0), codes=("neck", "decollete"))
    first = book(ctx, p2, a, DAY, at=time(9, 0), codes=("forehead",))  # 09:00-09:30
    # Overlaps first: booked over the refusal, as a physician or admin may.
    clash = book(ctx, p3, a, DAY, at=time(9, 15), codes=("chin",), override_reason="Walk-in")
    other_doc = book(ctx, p1, b, DAY, at=time(9, 0), codes=("nose",), ack=frozenset())
    gone = book(ctx, p3, a, DAY, at=time(15, 10), codes=("nose",), override_reason="Squeezed in")
    sessions.cancel_session(ctx, gone.id, gone.row_version)
    book(ctx, p1, a, date(2026, 11, 27), at=time(9, 0))  # another day

    listed = day_list.day_sessions(ctx, DAY)
    assert [r.id for r in listed.rows] == [first.id, other_doc.id, clash.id, late.id, gone.id]
    by_id = {r.id: r for r in listed.rows}
    assert by_id[late.id].areas == ("Neck", "Décolleté")
    assert by_id[first.id].patient_name == "Çağla Öztürk"
    assert by_id[first.id].physician_name == "Dr. Aydın"
    flagged = {r.id for r in listed.rows if r.double_booked}
    assert flagged == {first.id, clash.id}
    assert listed.double_booked == 2


def test_double_booking_detects_long_session_covering_later_ones(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    long = book(ctx, p, a, DAY, at=time(10, 0), codes=("chin",), duration_minutes=120)
    inner = book(
        ctx,
        screened_patient(ctx, "Can", "Ak"),
        a,
        DAY,
        at=time(11, 0),
        codes=("nose",),
        override_reason="Short check between passes",
    )
    after = book(ctx, screened_patient(ctx, "Ece", "Su"), a, DAY, at=time(12, 0), codes=("nose",))
    flagged = {r.id for r in day_list.day_sessions(ctx, DAY).rows if r.double_booked}
    assert flagged == {long.id, inner.id}
    assert after.id not in flagged


def test_day_list_uses_a_fixed_number_of_queries(ctx, docs) -> None:
    a, b = docs
    for hour in range(8, 18):
        p = screened_patient(ctx, "Hasta", f"No{hour}")
        book(ctx, p, a if hour % 2 else b, DAY, at=time(hour, 0), codes=("forehead", "neck"))
    with QueryCounter(ctx.database.engine) as counter:
        rows = day_list.day_sessions(ctx, DAY).rows
    assert len(rows) == 10
    assert len(counter.statements) == 2


def test_day_boundaries_follow_the_clinic_zone(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    late = book(ctx, p, a, DAY, at=time(23, 30), codes=("nose",))  # 20:30 UTC
    early = book(ctx, p, a, date(2026, 11, 27), at=time(0, 30), codes=("chin",))
    assert [r.id for r in day_list.day_sessions(ctx, DAY).rows] == [late.id]
    assert [r.id for r in day_list.day_sessions(ctx, date(2026, 11, 27)).rows] == [early.id]


def test_patient_sessions_newest_first(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    one = book(ctx, p, a, DAY, codes=("nose",))
    two = book(ctx, p, a, date(2026, 12, 3), codes=("chin",))
    assert [r.id for r in day_list.patient_sessions(ctx, p)] == [two.id, one.id]


def test_history_of_200_sessions_in_four_queries_with_summary(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    bulk_history(ctx, p, a, 200)
    with QueryCounter(ctx.database.engine) as counter:
        history = patient_history(ctx, p)
    assert len(counter.statements) <= 5
    assert len(history.sessions) == 200 == history.total_sessions
    starts = [s.starts_at for s in history.sessions]
    assert starts == sorted(starts, reverse=True)
    newest = history.sessions[0]
    assert [x.names["en"] for x in newest.areas] == ["Forehead", "Cheeks (both)"]
    assert newest.follow_ups[0].healing == "good"
    summary = {s.names["en"]: s for s in history.area_summary}
    assert summary["Forehead"].sessions == 100
    assert summary["Forehead"].last_depth_um == 20
    assert summary["Forehead"].last_on == date(2026, 11, 1)
    assert summary["Neck"].last_on == date(2026, 10, 18)


def test_history_filters_by_area_and_date_range(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    bulk_history(ctx, p, a, 20)
    neck = area_id(ctx, "neck")
    only_neck = patient_history(ctx, p, HistoryFilter(area_id=neck))
    assert only_neck.sessions and all(
        neck in {x.area_id for x in s.areas} for s in only_neck.sessions
    )
    assert [s.names["en"] for s in only_neck.area_summary] == ["Neck"]
    ranged = patient_history(
        ctx, p, HistoryFilter(date_from=date(2026, 10, 1), date_to=date(2026, 11, 1))
    )
    assert [s.starts_at.date() for s in ranged.sessions] == [
        date(2026, 11, 1),
        date(2026, 10, 18),
        date(2026, 10, 4),
    ]
    with pytest.raises(ValidationError):
        patient_history(
            ctx, p, HistoryFilter(date_from=date(2026, 11, 2), date_to=date(2026, 1, 1))
        )


def test_history_shows_recorded_and_planned_sessions(ctx, docs) -> None:
    a, _ = docs
    p = screened_patient(ctx)
    early = dataclasses.replace(ctx, clock=lambda: datetime(2026, 11, 25, 5, 0, tzinfo=UTC))
    done = record_done(ctx, book(early, p, a, date(2026, 11, 25), at=time(9, 0)), depth=70)
    planned = book(ctx, p, a, date(2026, 12, 30), codes=("neck",))
    history = patient_history(ctx, p)
    assert [(s.id, s.status) for s in history.sessions] == [
        (planned.id, "planned"),
        (done.id, "done"),
    ]
    assert [(s.names["en"], s.sessions, s.last_depth_um) for s in history.area_summary] == [
        ("Forehead", 1, 70)
    ]


def test_reception_cannot_open_the_clinical_history(ctx, docs) -> None:
    desk = dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))
    with pytest.raises(PermissionDenied):
        patient_history(desk, screened_patient(ctx))
