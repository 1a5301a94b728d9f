"""Two administrators at two desks save the same setting at the same moment: one is saved,
the other refused, never one silently lost (each desk its own process and connection)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db.engine import Database
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import StaleRecord
from desktop.services.settings import store as settings

pytestmark = pytest.mark.both_engines


def _desk(url: str, name: str, changes: dict, ready, out: str) -> None:
    database = Database(url)
    ctx = ServiceContext(
        database=database,
        actor=Actor(staff_id=None, name=name, role="admin"),
        zone=ZoneInfo("Europe/Istanbul"),
        workstation=name,
    )
    read = settings.load(ctx)  # both dialogs open on the same values
    ready.wait(60)  # both press Save together
    try:
        settings.update(ctx, changes, read=read)
        result: dict[str, bool | str] = {"saved": True}
    except StaleRecord as refused:
        result = {"refused": str(refused)}
    Path(out).write_text(json.dumps(result))
    database.dispose()


def _both_save(ctx, tmp_path, changes: dict[str, dict]) -> dict[str, dict]:
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    outs = {name: str(tmp_path / f"{name}.json") for name in changes}
    desks = [
        spawn.Process(target=_desk, args=(ctx.database.url, name, wanted, ready, outs[name]))
        for name, wanted in changes.items()
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(120)
        assert desk.exitcode == 0
    return {name: json.loads(Path(out).read_text()) for name, out in outs.items()}


@pytest.mark.parametrize("attempt", range(2))
def test_the_same_setting_from_two_desks_is_saved_once(ctx, tmp_path, attempt) -> None:
    results = _both_save(
        ctx,
        tmp_path,
        {"Selin": {"clinic_name": "Işıl Klinik"}, "Mert": {"clinic_name": "Mert Klinik"}},
    )
    saved = [name for name, result in results.items() if "saved" in result]
    refused = [name for name, result in results.items() if "refused" in result]
    assert len(saved) == 1 and len(refused) == 1, results
    assert saved[0] in results[refused[0]]["refused"]
    expected = "Işıl Klinik" if saved == ["Selin"] else "Mert Klinik"
    assert settings.read_all(ctx).clinic_name == expected


def test_different_settings_from_two_desks_are_both_saved(ctx, tmp_path) -> None:
    results = _both_save(
        ctx,
        tmp_path,
        {"Selin": {"clinic_name": "Işıl Klinik"}, "Mert": {"healing_interval_days": 21}},
    )
    assert all("saved" in result for result in results.values()), results
    now = settings.read_all(ctx)
    assert (now.clinic_name, now.healing_interval_days) == ("Işıl Klinik", 21)
