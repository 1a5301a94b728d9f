"""How fast do the day list and a 200-session history load on a 1,000,000-session database?

Not a test: a measurement. Each figure is a ratio against raw sqlite3 running the
same SQL for the same rows, measured in the same run on the same file.

    python -m desktop --database /tmp/bench-1m.sqlite3 demo --patients 100000 --sessions 1000000
    python bench/sessions_bench.py [--source /tmp/bench-1m.sqlite3] [--runs 25]

The source database is copied first (the 200-session patient is added to the copy), so
a shared benchmark file is never changed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from db.models import FollowUp, Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions.day_list import day_sessions
from desktop.services.sessions.history import patient_history

ZONE = ZoneInfo("Europe/Istanbul")
BENCH_NAME = ("Bench", "İkiyüzseans")


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache and statement caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def ensure_patient_with_200(ctx: ServiceContext) -> int:
    with ctx.database.read() as session:
        found = session.scalar(
            select(Patient.id).where(
                Patient.given_name == BENCH_NAME[0], Patient.family_name == BENCH_NAME[1]
            )
        )
    if found:
        return found
    patient = register_patient(
        ctx, PatientInput(given_name=BENCH_NAME[0], family_name=BENCH_NAME[1])
    ).id
    with ctx.database.write() as session:
        doctor = session.scalar(select(Staff.id).where(Staff.role == "physician").limit(1))
        areas = list(session.scalars(select(TreatmentArea.id).limit(4)))
        start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
        for n in range(200):
            when = start - timedelta(days=14 * n)
            session.add(
                TreatmentSession(
                    patient_id=patient,
                    physician_id=doctor,
                    starts_at=when,
                    duration_minutes=30,
                    status="done",
                    anaesthesia="topical",
                    row_version=1,
                    areas=[
                        SessionArea(area_id=a, size_cm2=Decimal(80), depth_um=40, passes=2)
                        for a in (areas[n % 4], areas[(n + 1) % 4])
                    ],
                    follow_ups=[FollowUp(kind="day_3_4", recorded_at=when + timedelta(days=3))],
                )
            )
    return patient


def busiest_day(path: Path) -> tuple[date, int]:
    with sqlite3.connect(path) as raw:
        day, count = raw.execute(
            "SELECT substr(starts_at, 1, 10) AS d, count(*) FROM treatment_session "
            "GROUP BY d ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return date.fromisoformat(day), count


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


RAW_DAY = (
    "SELECT ts.id, ts.row_version, ts.starts_at, ts.duration_minutes, ts.status, "
    "ts.patient_id, p.given_name, p.family_name, ts.physician_id, s.full_name "
    "FROM treatment_session ts JOIN patient p ON p.id = ts.patient_id "
    "JOIN staff s ON s.id = ts.physician_id "
    "WHERE ts.starts_at >= ? AND ts.starts_at < ? ORDER BY ts.starts_at, ts.id",
    "SELECT sa.session_id, ta.names FROM session_area sa "
    "JOIN treatment_session ts ON ts.id = sa.session_id "
    "JOIN treatment_area ta ON ta.id = sa.area_id "
    "WHERE ts.starts_at >= ? AND ts.starts_at < ? ORDER BY sa.id",
)
RAW_HISTORY = (
    "SELECT p.* FROM patient p WHERE p.id = ?",
    "SELECT ts.*, s.full_name FROM treatment_session ts JOIN staff s ON s.id = ts.physician_id "
    "WHERE ts.patient_id = ? ORDER BY ts.starts_at DESC, ts.id DESC",
    "SELECT sa.*, ta.code, ta.names FROM session_area sa "
    "JOIN treatment_session ts ON ts.id = sa.session_id "
    "JOIN treatment_area ta ON ta.id = sa.area_id WHERE ts.patient_id = ? ORDER BY sa.id",
    "SELECT f.* FROM follow_up f JOIN treatment_session ts ON ts.id = f.session_id "
    "WHERE ts.patient_id = ? ORDER BY f.recorded_at, f.id",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default="/tmp/bench-1m.sqlite3")
    parser.add_argument("--copy", default="/tmp/bench-1m-sessions.sqlite3")
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    source, copy = Path(args.source), Path(args.copy)
    if not source.exists():
        print(f"{source} is missing; create it with the demo command in this file's docstring.")
        return 2
    if not copy.exists():
        shutil.copyfile(source, copy)
        copy.chmod(0o600)
    database = open_database(f"sqlite:///{copy}")
    ctx = ServiceContext(database=database, zone=ZONE)
    patient = ensure_patient_with_200(ctx)
    day, _count = busiest_day(copy)
    low = datetime.combine(day, datetime.min.time(), tzinfo=ZONE)
    bounds = (utc_text(low), utc_text(low + timedelta(days=1)))

    raw = sqlite3.connect(copy)
    raw.execute("PRAGMA foreign_keys = ON")

    def raw_day() -> int:
        rows = raw.execute(RAW_DAY[0], bounds).fetchall()
        raw.execute(RAW_DAY[1], bounds).fetchall()
        return len(rows)

    def raw_history() -> int:
        rows = 0
        for sql in RAW_HISTORY:
            rows = max(rows, len(raw.execute(sql, (patient,)).fetchall()))
        return rows

    listed = day_sessions(ctx, day)
    history = patient_history(ctx, patient)
    assert len(listed.rows) == raw_day(), "the raw SQL must fetch the same day rows"
    assert len(history.sessions) == 200

    results = {
        "day list": (
            median_ms(lambda: day_sessions(ctx, day), args.runs),
            median_ms(raw_day, args.runs),
            f"{len(listed.rows)} sessions on {day:%d.%m.%Y}",
        ),
        "history": (
            median_ms(lambda: patient_history(ctx, patient), args.runs),
            median_ms(raw_history, args.runs),
            "200 sessions, 400 areas, 200 follow-ups",
        ),
    }
    with sqlite3.connect(copy) as check:
        total = check.execute("SELECT count(*) FROM treatment_session").fetchone()[0]
    print(f"database: {copy} ({total:,} sessions), median of {args.runs} runs")
    for name, (service, baseline, what) in results.items():
        print(
            f"{name:9s} {what}: service {service:.1f} ms, raw sqlite3 {baseline:.1f} ms, "
            f"ratio {service / baseline:.1f}x"
        )
    raw.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
