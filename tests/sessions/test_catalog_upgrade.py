"""Upgrading a catalog written by the previous release: the measured area's name loses
"(measured)" where it is still the shipped one, and whole-region areas are marked."""

from __future__ import annotations

import json
from datetime import datetime

from alembic import command
from sqlalchemy import select, text

from db.engine import Database
from db.models import TreatmentArea
from db.schema import alembic_config
from desktop.services.bootstrap import open_database
from desktop.services.sessions.catalog import default_areas, list_areas

AT = datetime(2026, 12, 1, 9, 0)

_ROWS = [
    # (code, names as the previous release stored them, region, size_required)
    ("face_full", {"en": "Full face", "tr": "Tüm yüz"}, "face", False),
    ("eye_contour", {"en": "Eye contour", "tr": "Göz çevresi"}, "face", False),
    ("hands", {"en": "Hands (both)", "tr": "Eller (iki el)"}, "hands", False),
    ("spot_scar", {"en": "Spot or scar (measured)", "tr": "Leke veya iz (ölçülen)"}, "spot", True),
    # A clinic that renamed its English name keeps it; the Turkish default still changes.
    ("scar_own", {"en": "Scar (measure it!)", "tr": "Leke veya iz (ölçülen)"}, "spot", True),
]


def _previous_release_catalog(url: str) -> None:
    database = Database(url)
    config = alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_json_columns")
    with database.engine.begin() as conn:
        for order, (code, names, region, measured) in enumerate(_ROWS):
            conn.execute(
                text(
                    "INSERT INTO treatment_area (code, names, region, default_size_cm2, "
                    "size_required, active, sort_order, row_version, created_at, updated_at) "
                    "VALUES (:code, :names, :region, 1000, :measured, true, :order, 1, :at, :at)"
                ),
                {
                    "code": code,
                    "names": json.dumps(names, ensure_ascii=False),
                    "region": region,
                    "measured": measured,
                    "order": order,
                    "at": AT,
                },
            )
    database.dispose()


def test_upgrade_renames_shipped_names_only_and_marks_whole_regions(db_path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db_path}"
    _previous_release_catalog(url)
    database = open_database(url)
    with database.read() as session:
        areas = {a.code: a for a in session.scalars(select(TreatmentArea))}
        names = {code: dict(area.names) for code, area in areas.items()}
        covers = {code for code, area in areas.items() if area.covers_region}
        versions = {code: area.row_version for code, area in areas.items()}
    database.dispose()
    assert names["spot_scar"] == {"en": "Spot or scar", "tr": "Leke veya iz"}
    assert names["scar_own"] == {"en": "Scar (measure it!)", "tr": "Leke veya iz"}
    assert names["eye_contour"] == {"en": "Eye contour", "tr": "Göz çevresi"}
    assert versions["spot_scar"] == 2 and versions["eye_contour"] == 1  # open forms go stale
    assert covers == {"face_full", "hands"}


def test_shipped_catalog_names_carry_no_measuring_hint(ctx) -> None:
    for entry in default_areas():
        for name in entry["names"].values():
            assert "measured" not in name and "ölçülen" not in name
    by_code = {area.code: area for area in list_areas(ctx)}
    assert by_code["spot_scar"].names == {"en": "Spot or scar", "tr": "Leke veya iz"}
    assert {code for code, area in by_code.items() if area.covers_region} == {"face_full", "hands"}
