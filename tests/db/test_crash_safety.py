"""Crash safety: SIGKILL at random moments never loses or half-writes a commit.

A child process registers and renames patients through the services, printing
each transaction after it committed, and is killed with SIGKILL at a random
moment. After every kill the database must pass ``integrity_check``, hold
every transaction the child reported, and hold no half of one: each patient
has exactly the search words of its current name and phone, and exactly one
``patient.create`` audit event; the audit trail's HMAC chain verifies.

CI runs PEELDESK_CRASH_KILLS kills (default 20). The full run:

    PEELDESK_CRASH_KILLS=200 QT_QPA_PLATFORM=offscreen python -m pytest -q tests/db/test_crash_safety.py
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.engine import Database
from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients.tokens import patient_tokens

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PEELDESK_CRASH_KILLS", "20"))


def _run_child_and_kill(url: str, seed: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_child.py"), url, str(seed)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    reported = []
    wanted = rng.randint(1, 25)
    for line in child.stdout:
        reported.append(line.strip())
        if len(reported) >= wanted:
            break
    if child.poll() is not None:
        pytest.fail(f"the child stopped by itself: {child.stderr.read()[-2000:]}")
    # Kill mid-way through whatever it is doing now (often inside a commit).
    time.sleep(rng.random() * 0.03)
    child.send_signal(signal.SIGKILL)
    rest, _err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    reported.extend(line.strip() for line in rest.splitlines() if line.strip())
    return reported


def _check(path: Path, created: set[int], renamed: dict[int, str]) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        patients = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT id, given_name, family_name, phone_e164 FROM patient"
            )
        }
        assert created <= patients.keys(), "a reported commit is missing"
        for patient_id, family in renamed.items():
            # The reported rename, or a later one whose print the kill cut off.
            assert _step(patients[patient_id][1]) >= _step(family), "a reported rename is lost"
        tokens: dict[int, set[str]] = {}
        for token, patient_id in connection.execute(
            "SELECT token, patient_id FROM patient_search_token"
        ):
            tokens.setdefault(patient_id, set()).add(token)
        creates: dict[int, int] = {}
        for (patient_id,) in connection.execute(
            "SELECT patient_id FROM audit_event WHERE action = 'patient.create'"
        ):
            creates[patient_id] = creates.get(patient_id, 0) + 1
        for patient_id, (given, family, phone) in patients.items():
            assert tokens.get(patient_id, set()) == patient_tokens(given, family, phone), (
                f"patient {patient_id} is half-written (search words do not match)"
            )
            assert creates.get(patient_id) == 1, f"patient {patient_id} lacks its audit event"
        assert set(creates) == set(patients), "an audit event without its patient"
        total_events = connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    finally:
        connection.close()
    # The tamper-evident chain links every event that survived, with no gap.
    database = Database(f"sqlite:///{path}")
    try:
        report = verify_chain(ServiceContext(database))
        assert report.ok, [p.message for p in report.problems]
        assert report.checked == total_events
    finally:
        database.dispose()


def _step(family: str) -> tuple[int, int]:
    """(child, step) of a name the child gave: "Öztürk3x17" -> (3, 17)."""
    if not family.startswith("Öztürk"):
        return (0, 0)
    child, step = family.removeprefix("Öztürk").split("x")
    return (int(child), int(step))


@pytest.mark.timeout(1800)
def test_sigkill_never_loses_or_half_writes_a_commit(db_path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).dispose()  # schema and catalog in place before the first child
    rng = random.Random(20261125)
    created: set[int] = set()
    renamed: dict[int, str] = {}
    for kill in range(KILLS):
        for line in _run_child_and_kill(url, kill + 1, rng):
            kind, patient_id, *rest = line.split()
            if kind == "c":
                created.add(int(patient_id))
            else:
                renamed[int(patient_id)] = rest[0]
        _check(db_path, created, renamed)
    assert len(created) >= KILLS
