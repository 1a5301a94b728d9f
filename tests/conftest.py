from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db.engine import Database
from desktop.services.bootstrap import open_database
from desktop.services.context import ServiceContext

ISTANBUL = ZoneInfo("Europe/Istanbul")
# A fixed "now" keeps date checks reproducible: 25 Nov 2026, 10:00 in Istanbul.
FIXED_NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch) -> None:
    # Never touch the real user's data or config folder from a test.
    monkeypatch.setenv("PEELDESK_DATA_DIR", str(tmp_path_factory.mktemp("peeldesk-data")))
    monkeypatch.delenv("PEELDESK_DATABASE", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic" / "peeldesk.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def ctx(database: Database) -> ServiceContext:
    return ServiceContext(database=database, clock=lambda: FIXED_NOW, zone=ISTANBUL)
