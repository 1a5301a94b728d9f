"""`peeldesk print day-sheet --date DATE --physician NAME|--room NAME --out FILE.pdf`."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from datetime import time
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from tests import handout_fixtures as hf
from tests.day_sheet_support import add_session, clinic_day

ROOT = Path(__file__).resolve().parents[2]


def _peeldesk(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Istanbul"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_day_sheet_for_a_physician_and_a_room(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    hf.clinic(ctx)
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    add_session(ctx, place, time(10, 0), "Ali", "Kaya", physician_id=place.other_physician_id)
    database.dispose()

    out = tmp_path / "day.pdf"
    result = _peeldesk(
        "--database", str(path), "print", "day-sheet", "--date", "08.12.2026",
        "--physician", "selin", "--language", "tr", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Dr. Selin Arslan" in result.stdout and "(sessions: 1)" in result.stdout
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "İpek Işıkoğlu" in text and "Ali Kaya" not in text
    assert "8 Aralık 2026" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    room_out = tmp_path / "room.pdf"
    result = _peeldesk(
        "--database", str(path), "print", "day-sheet", "--date", "2026-12-08",
        "--room", "Oda 1", "--language", "en", "--out", str(room_out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = PdfReader(io.BytesIO(room_out.read_bytes())).pages[0].extract_text()
    assert "İpek Işıkoğlu" in text and "Ali Kaya" in text and "Dr. İsmail Işık" in text

    database = open_database(f"sqlite:///{path}")
    with ServiceContext(database).database.read() as session:
        saves = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.save")
        ).all()
    database.dispose()
    assert len(saves) == 2 and all('"day_sheet"' in e.details for e in saves)


def test_day_sheet_refuses_bad_input_without_a_traceback(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    clinic_day(ServiceContext(database))
    database.dispose()
    out = str(tmp_path / "x.pdf")
    base = ("--database", str(path), "print", "day-sheet")
    both = _peeldesk(*base, "--physician", "selin", "--room", "Oda 1", "--out", out)
    assert both.returncode == 2 and "either --physician" in both.stderr
    bad_date = _peeldesk(*base, "--date", "31.02.2026", "--room", "Oda 1", "--out", out)
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr
    nobody = _peeldesk(*base, "--physician", "Dr. Nobody", "--out", out)
    assert nobody.returncode == 3 and "No physician is called" in nobody.stderr
    for result in (both, bad_date, nobody):
        assert "Traceback" not in result.stderr
    assert not Path(out).exists()
