"""Clash check bench: the check a booking runs (physician, room and device busy, device out
of service, hours) on a 1,000,000-session database, against one raw indexed lookup.

    python -m bench.clash_bench [--runs 200]      (or: python -m bench --only clash)

The big database is built once with raw ``executemany`` (the ORM's bulk insert splits rows
by their None pattern: docs/architecture.md, Known facts) and cached in bench/.cache/ under
the schema's fingerprint. Goal: the check is at most 2x the raw lookup, timed interleaved in
the same run.

History: the first version sent about seven ORM statements and measured ~113x (6.7 ms
against 0.06 ms). The check is now one statement run on the transaction's own driver
connection (desktop/services/sessions/clash_query.py); the floor of that statement alone,
replayed raw, is ~2.5-3x one lookup, since it does three index range lookups and reads the
room, device, hours and out-of-service rows too.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter_ns as time_ns
from zoneinfo import ZoneInfo

from bench.data import CACHE, _fingerprint
from bench.measure import Row, table
from db.models import LaserDevice, Room, Staff
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions.clash_query import STATEMENT_SQL
from desktop.services.sessions.clashes import booking_problems

GOAL = 2.0
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


def clash_database(log: Callable[[str], None] = print) -> Path:
    """The 1,000,000-session database, built once per schema (bench/.cache, like the demo
    databases: a copy built by another schema version would be refused as newer)."""
    path = CACHE / f"clash-1m-{_fingerprint()}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob("clash-1m-*.sqlite3*"):
        stale.unlink()
    log(f"building {path.name} ({SESSIONS:,} sessions)…")
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    build(building)
    building.rename(path)
    return path


def paired_ms(*actions: Callable[[], object], repeat: int, warmup: int = 3) -> list[list[float]]:
    """Each action's times (ms), timed in turn within one loop (as interleaved_medians_ms),
    kept per round so that ratios can be taken round by round."""
    for _ in range(warmup):
        for action in actions:
            action()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, kept in zip(actions, times, strict=True):
            started = time_ns()
            action()
            kept.append((time_ns() - started) / 1e6)
    return times


def ratio_spread(values: list[float], baseline: list[float]) -> str:
    """The round-by-round ratio: median and the 10th–90th percentile range."""
    ratios = sorted(v / b for v, b in zip(values, baseline, strict=True) if b > 0)
    if not ratios:
        return "—"
    at = lambda q: ratios[min(len(ratios) - 1, int(q * len(ratios)))]  # noqa: E731
    return f"{statistics.median(ratios):.2f}× (10–90%: {at(0.1):.2f}–{at(0.9):.2f}×)"


def clash_rows(*, repeat: int, log: Callable[[str], None] = print) -> tuple[list[Row], str]:
    """The check for one booking that clashes on all three resources (5 problems), inside
    the booking's transaction and in a read transaction of its own, against one raw
    indexed lookup and against its own statement replayed through sqlite3."""
    path = clash_database(log)
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database=database, zone=ZONE)
    day = FIRST_DAY + timedelta(days=1500)
    starts = datetime.combine(day, time(10, 0), ZONE)
    ends = starts + timedelta(minutes=30)
    raw = sqlite3.connect(path)
    bounds = (3, utc_text(starts - timedelta(minutes=480)), utc_text(ends), "cancelled", "no_show")
    same = {
        "physician": 1, "room": 1, "device": 3, "since": bounds[1], "until": bounds[2],
        "cancelled": "cancelled", "no_show": "no_show", "exclude": -1,
        "first_day": day.isoformat(), "last_day": day.isoformat(),
    }  # fmt: skip
    open_tx = database.read()
    session = open_tx.__enter__()

    def in_booking() -> int:  # the booking's transaction is already open
        return len(booking_problems(session, ctx, starts, 30, 1, 1, 3))

    def own_read() -> int:
        with database.read() as own:
            return len(booking_problems(own, ctx, starts, 30, 1, 1, 3))

    def lookup() -> int:
        return len(raw.execute(RAW, bounds).fetchall())

    def replay() -> int:
        return len(raw.execute(STATEMENT_SQL, same).fetchall())

    found = (in_booking(), own_read(), lookup(), replay())
    log(f"  problems found {found[0]}, raw lookup rows {found[2]}, statement rows {found[3]}")
    check, own, base, replayed = paired_ms(in_booking, own_read, lookup, replay, repeat=repeat)
    open_tx.__exit__(None, None, None)
    database.dispose()
    raw.close()
    med = statistics.median
    lookup_name = "raw sqlite3, one indexed lookup"
    rows = [
        Row("clash", "check, one booking, 1,000,000 sessions (in the booking's transaction)",
            med(check), lookup_name, med(base), goal=GOAL,
            cause="the check needs three index range lookups (physician, room, device) and "
            "the room, device, hours and out-of-service rows, where the baseline does one "
            "lookup; that statement alone, replayed raw, is the next-but-one line"),
        Row("clash", "check in a read transaction of its own", med(own), lookup_name,
            med(base), goal=GOAL,
            cause="opening and closing a session and its transaction (BEGIN, ROLLBACK) costs "
            "several raw lookups by itself"),
        Row("clash", "the check's one statement, replayed raw", med(replayed), lookup_name,
            med(base)),
        Row("clash", "check (in the booking's transaction) against its statement replayed raw",
            med(check), "raw sqlite3, the same statement", med(replayed), goal=GOAL,
            cause="Python turns the rows into values and writes the five problems in the "
            "user's words, times in the clinic's zone"),
    ]  # fmt: skip
    note = "\n".join(
        [
            "Round-by-round ratios (median and 10th–90th percentile):",
            "",
            f"- check in the booking's transaction / one lookup: {ratio_spread(check, base)}",
            f"- check in its own read transaction / one lookup: {ratio_spread(own, base)}",
            f"- check / its statement replayed raw: {ratio_spread(check, replayed)}",
        ]
    )
    return rows, note


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    rows, note = clash_rows(repeat=args.runs)
    print(table(rows))
    print()
    print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
