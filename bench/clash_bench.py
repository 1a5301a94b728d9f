"""Clash check bench: the check a booking runs (physician, room and device busy, device out
of service, hours) on a 1,000,000-session SQLite database, against one raw indexed lookup.

    python -m bench.clash_bench [--runs 200]

The big database is built once with raw ``executemany`` (the ORM's bulk insert splits rows
by their None pattern: docs/architecture.md, Known facts) and cached under the temp dir. Goal: the check is at most
2x the raw lookup, timed interleaved in the same run.

First result (2 shared cores, load ~7): the check 6.7 ms against 0.06 ms raw, ratio ~113: NOT
met. The check sends about seven ORM statements (three occupied_between range lookups with
joins, the room and device, the out-of-service periods, the hours); building and compiling
them in SQLAlchemy, not SQLite, is most of the time (the per-call ``aliased(Staff)`` alone
was 2.3x and is gone). Meeting 2x needs one union statement per booking run through a cached
compiled form, or the goal restated against the same statements replayed raw.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.measure import interleaved_medians_ms
from db.models import LaserDevice, Room, Staff
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions.clashes import booking_problems

ZONE = ZoneInfo("Europe/Istanbul")
SESSIONS = 1_000_000
PHYSICIANS, ROOMS, DEVICES = 20, 10, 10
FIRST_DAY = date(2020, 1, 6)
RAW = (
    "SELECT id, starts_at, duration_minutes FROM treatment_session "
    "WHERE device_id = ? AND starts_at >= ? AND starts_at < ? AND status NOT IN (?, ?)"
)


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path) -> None:
    database = open_database(f"sqlite:///{path}")
    with database.write() as session:
        for i in range(PHYSICIANS):
            session.add(Staff(username=f"dr{i}", full_name=f"Dr {i}", role="physician"))
        for i in range(ROOMS):
            session.add(Room(name=f"Room {i}", in_service=True))
        for i in range(DEVICES):
            session.add(LaserDevice(name=f"Laser {i}", in_service=True))
    register_patient(
        ServiceContext(database=database, zone=ZONE),
        PatientInput(given_name="Bench", family_name="Patient"),
    )
    database.engine.dispose()
    raw = sqlite3.connect(path)
    columns = raw.execute("PRAGMA table_info(treatment_session)").fetchall()
    patient = raw.execute("SELECT min(id) FROM patient").fetchone()[0]
    now = utc_text(datetime(2026, 1, 1, tzinfo=UTC))
    fixed = {
        "patient_id": patient,
        "status": "done",
        "indications": "[]",
        "anaesthesia": "none",
        "combined_procedures": "[]",
        "aftercare_products": "[]",
        "notes": "",
        "row_version": 1,
        "created_at": now,
        "updated_at": now,
        "duration_minutes": 30,
    }
    names = [c[1] for c in columns if c[1] != "id"]
    sql = (
        f"INSERT INTO treatment_session ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )

    def rows():  # type: ignore[no-untyped-def]
        # 20 physicians x 16 half-hour slots a day, each with a room and a device
        slot = 0
        while slot < SESSIONS:
            day, rest = divmod(slot, PHYSICIANS * 16)
            physician, half = divmod(rest, 16)
            starts = datetime.combine(FIRST_DAY + timedelta(days=day), time(9), ZONE) + timedelta(
                minutes=30 * half
            )
            values = dict(fixed)
            values.update(
                physician_id=physician + 1,
                room_id=physician % ROOMS + 1,
                device_id=(physician + half) % DEVICES + 1,
                starts_at=utc_text(starts),
            )
            yield tuple(values.get(n) for n in names)
            slot += 1

    with raw:
        raw.executemany(sql, rows())
    raw.execute("ANALYZE")
    raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "peeldesk-bench" / "clash-1m.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} ({SESSIONS:,} sessions)…", flush=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        build(building)
        building.rename(path)
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database=database, zone=ZONE)
    day = FIRST_DAY + timedelta(days=1500)
    starts = datetime.combine(day, time(10, 0), ZONE)
    ends = starts + timedelta(minutes=30)
    raw = sqlite3.connect(path)
    bounds = (3, utc_text(starts - timedelta(minutes=480)), utc_text(ends), "cancelled", "no_show")

    def check() -> int:
        with database.read() as session:
            return len(booking_problems(session, ctx, starts, 30, 1, 1, 3))

    def lookup() -> int:
        return len(raw.execute(RAW, bounds).fetchall())

    print("problems found:", check(), "raw rows:", lookup())
    service, baseline = interleaved_medians_ms(check, lookup, repeat=args.runs)
    print(
        f"clash check {service:.3f} ms, raw indexed lookup {baseline:.3f} ms, "
        f"ratio {service / baseline:.2f} (goal ≤ 2)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
