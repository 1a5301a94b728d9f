"""`peeldesk print aftercare|pretreatment SESSION_ID --out FILE.pdf`."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from tests import handout_fixtures as hf

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


def _database_with_sessions(path: Path) -> tuple[int, int]:
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    hf.clinic(ctx)
    pid = hf.patient(ctx, "Şule", "Çağlar", "tr")
    done = hf.make_session(ctx, pid, datetime(2026, 11, 25, 8, 30, tzinfo=UTC), [("neck", 50)])
    planned = hf.make_session(
        ctx, pid, datetime(2026, 12, 9, 11, 0, tzinfo=UTC), [("neck", 50)], status="planned"
    )
    database.dispose()
    return done, planned


def test_print_both_sheets_to_owner_only_files_and_audit_them(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    done, planned = _database_with_sessions(path)
    out = tmp_path / "aftercare.pdf"
    result = _peeldesk("--database", str(path), "print", "aftercare", str(done), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"session {done}" in result.stdout
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Şule Çağlar" in " ".join(text.split())
    assert "28 Kasım 2026" in text  # medium tier, first days end on day 3 (clinic zone)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out2 = tmp_path / "pre.pdf"
    result = _peeldesk(
        "--database", str(path), "print", "pretreatment", str(planned), "--out", str(out2)
    )
    assert result.returncode == 0, result.stderr
    assert "9 Aralık 2026 Çarşamba, 14:00" in " ".join(
        PdfReader(str(out2)).pages[0].extract_text().split()
    )
    database = open_database(f"sqlite:///{path}")
    with database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.save")
        ).all()
    database.dispose()
    assert [
        (e.entity_id, e.details.count(str(out)) + e.details.count(str(out2))) for e in events
    ] == [
        (done, 1),
        (planned, 1),
    ]


def test_unknown_session_and_unwritable_path_give_sentences(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    done, _planned = _database_with_sessions(path)
    result = _peeldesk(
        "--database", str(path), "print", "aftercare", "9999", "--out", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 3
    assert "no session number 9999" in result.stderr
    assert "Traceback" not in result.stderr
    missing = tmp_path / "no-such-folder" / "x.pdf"
    result = _peeldesk(
        "--database", str(path), "print", "aftercare", str(done), "--out", str(missing)
    )
    assert result.returncode == 2
    assert "could not be saved" in result.stderr and "Choose another folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists()
