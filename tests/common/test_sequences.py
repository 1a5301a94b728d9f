"""Gap-free counters shared by workstations: no duplicate, no gap, on both engines."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import Setting
from desktop.services.common.sequences import current_value, next_value

pytestmark = pytest.mark.both_engines


class _Rollback(Exception):
    pass


def test_counts_from_one_per_name(database) -> None:
    with database.write() as session:
        assert [next_value(session, "quote-2026") for _ in range(3)] == [1, 2, 3]
        assert next_value(session, "quote-2027") == 1
    with database.read() as session:
        assert current_value(session, "quote-2026") == 3
        assert current_value(session, "never-used") == 0


def test_a_rolled_back_number_is_handed_out_again(database) -> None:
    with database.write() as session:
        assert next_value(session, "quote-2026") == 1
    with pytest.raises(_Rollback), database.write() as session:
        assert next_value(session, "quote-2026") == 2
        raise _Rollback
    with database.write() as session:
        assert next_value(session, "quote-2026") == 2


def test_names_are_checked(database) -> None:
    with database.write() as session, pytest.raises(ValueError):
        next_value(session, "")


def _take_numbers(url: str, count: int, start, out: str) -> None:
    """One workstation: issue ``count`` numbers, rolling back every fourth attempt."""
    database = Database(url)
    with database.read() as session:
        current_value(session, "quote-2026")  # connect before the race starts
    taken: list[int] = []
    start.wait(60)  # both desks loaded and connected: go together
    attempt = 0
    while len(taken) < count:
        attempt += 1
        try:
            with database.write() as session:
                value = next_value(session, "quote-2026")
                if attempt % 4 == 0:
                    raise _Rollback  # e.g. the quote failed validation: number not used
                # The number is stored with the record that uses it, in the same transaction;
                # a duplicate would break this primary key.
                session.add(Setting(key=f"quote-2026:{value}", value=out))
            taken.append(value)
        except _Rollback:
            pass
    Path(out).write_text(json.dumps(taken))
    database.dispose()


def test_two_workstations_at_once_get_no_duplicate_and_no_gap(database, tmp_path) -> None:
    per_process = 40
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)
    outs = [str(tmp_path / f"desk{n}.json") for n in (1, 2)]
    desks = [
        spawn.Process(target=_take_numbers, args=(database.url, per_process, start, out))
        for out in outs
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(120)
        assert desk.exitcode == 0
    taken = [json.loads(Path(out).read_text()) for out in outs]
    every = sorted(taken[0] + taken[1])
    assert every == list(range(1, 2 * per_process + 1))  # no duplicate, no gap
    assert all(run == sorted(run) for run in taken)  # each desk's numbers only grow
    with database.read() as session:
        assert current_value(session, "quote-2026") == 2 * per_process
        stored = session.scalar(
            select(func.count()).select_from(Setting).where(Setting.key.like("quote-2026:%"))
        )
    assert stored == 2 * per_process
