"""The clinic's time zone: stored in Settings, used for every date whatever the desk's clock."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop.services.bootstrap import make_context, open_database
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.handouts import sheets as handouts
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_zone import apply_clinic_zone
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.feature import SessionsFeature
from tests import handout_fixtures as hf

ROOT = Path(__file__).resolve().parents[2]
# 22:30 UTC on 25 November is 01:30 on Thursday 26 November in Istanbul.
LATE_SESSION = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_an_unknown_zone_is_refused_and_nothing_changes(ctx) -> None:
    before = asdict(settings.read_all(ctx))
    with pytest.raises(ValidationError) as refused:
        settings.update(ctx, {"clinic_time_zone": "Mars/Olympus", "clinic_name": "Işıl"})
    assert "“Mars/Olympus” is not a time zone" in refused.value.field_errors["clinic_time_zone"]
    assert asdict(settings.read_all(ctx)) == before
    settings.update(ctx, {"clinic_time_zone": "Europe/Istanbul"})
    assert settings.read(ctx, "clinic_time_zone") == "Europe/Istanbul"


def test_context_takes_the_stored_zone_and_falls_back_to_the_computers(
    database, monkeypatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    assert make_context(database).zone == ZoneInfo("UTC")  # nothing stored: the computer's
    settings.update(ServiceContext(database), {"clinic_time_zone": "Europe/Istanbul"})
    ctx = make_context(database)
    assert ctx.zone == ZoneInfo("Europe/Istanbul")
    settings.update(ctx, {"clinic_time_zone": "Asia/Tokyo"})
    apply_clinic_zone(ctx)
    assert ctx.zone == ZoneInfo("Asia/Tokyo")


def test_a_utc_desk_prints_the_clinic_day_in_the_app_and_the_cli(tmp_path, monkeypatch) -> None:
    """The bug: the same session printed its recovery dates a day earlier on a UTC computer."""
    monkeypatch.setenv("TZ", "UTC")
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        hf.clinic(ServiceContext(database))
        settings.update(ServiceContext(database), {"clinic_time_zone": "Europe/Istanbul"})
        ctx = make_context(database)  # what the app and every command build
        pid = hf.patient(ctx, "Ada", "Kaya", "en")
        sid = hf.make_session(ctx, pid, LATE_SESSION, [("neck", 20)])  # superficial tier
        text = _text(handouts.build_aftercare(ctx, sid).pdf)
    finally:
        database.dispose()
    assert "Thursday, 26 November 2026" in text
    assert "until 10 December 2026" in text  # sun avoidance to day 14, from the clinic's day

    out = tmp_path / "aftercare.pdf"
    command = [sys.executable, "-m", "desktop", "--database", str(path)]
    result = subprocess.run(
        [*command, "print", "aftercare", str(sid), "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "UTC"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    cli_text = _text(out.read_bytes())
    assert "Thursday, 26 November 2026" in cli_text
    assert "until 10 December 2026" in cli_text
    assert "warning" not in result.stderr  # the clinic's name and phone are set


def test_settings_dialog_changes_the_zone_and_the_window_follows(qtbot, ctx) -> None:
    from desktop.ui.shell.shell_feature import open_settings

    ctx.zone = ZoneInfo("UTC")
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    window = MainWindow(ctx)  # not given to qtbot: the new zone rebuilds it
    window.show()
    window.feature(SessionsFeature).open_workspace(pid)
    dialog = open_settings(window)
    assert dialog.zone_combo.zone_name() == ""  # nothing stored: "Same as the computer"
    dialog.zone_combo.setEditText("Mars/Olympus")
    dialog.save_button.click()
    assert "not a time zone" in dialog.errors["clinic_time_zone"].text()
    assert settings.read(ctx, "clinic_time_zone") == ""
    # Typing part of a name, in any case, finds the zone in the list.
    dialog.zone_combo.setEditText("europe/istanbul")
    assert dialog.zone_combo.zone_name() == "Europe/Istanbul"
    dialog.save_button.click()
    assert settings.read(ctx, "clinic_time_zone") == "Europe/Istanbul"
    assert ctx.zone == ZoneInfo("Europe/Istanbul")
    qtbot.waitUntil(lambda: not window.isVisible())
    [rebuilt] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.addWidget(rebuilt)
    assert list(rebuilt.feature(SessionsFeature).workspaces) == [pid]
    assert rebuilt.ctx.zone == ZoneInfo("Europe/Istanbul")
