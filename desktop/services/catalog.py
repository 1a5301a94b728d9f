"""The clinic's treatment area catalog."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import TreatmentArea
from desktop.resources import resource_path
from desktop.services.context import ServiceContext


@dataclass(frozen=True)
class AreaRow:
    id: int
    code: str
    name_en: str
    name_tr: str
    region: str
    default_size_cm2: Decimal
    size_required: bool
    active: bool
    row_version: int

    def name(self, language: str) -> str:
        return self.name_tr if language == "tr" else self.name_en


def _row(area: TreatmentArea) -> AreaRow:
    return AreaRow(
        id=area.id,
        code=area.code,
        name_en=area.name_en,
        name_tr=area.name_tr,
        region=area.region,
        default_size_cm2=area.default_size_cm2,
        size_required=area.size_required,
        active=area.active,
        row_version=area.row_version,
    )


def default_areas() -> list[dict]:
    with resource_path("catalog", "areas.json").open(encoding="utf-8") as handle:
        return json.load(handle)["areas"]


def seed_default_areas(session: Session) -> int:
    """Add catalog areas missing from the database (by code). Returns how many were added."""
    existing = set(session.scalars(select(TreatmentArea.code)))
    added = 0
    for order, entry in enumerate(default_areas()):
        if entry["code"] in existing:
            continue
        session.add(
            TreatmentArea(
                code=entry["code"],
                name_en=entry["name_en"],
                name_tr=entry["name_tr"],
                region=entry["region"],
                default_size_cm2=Decimal(entry["default_size_cm2"]),
                size_required=bool(entry.get("size_required", False)),
                active=True,
                sort_order=order,
            )
        )
        added += 1
    return added


def list_areas(ctx: ServiceContext, *, include_inactive: bool = False) -> list[AreaRow]:
    with ctx.database.read() as session:
        stmt = select(TreatmentArea).order_by(TreatmentArea.sort_order, TreatmentArea.id)
        if not include_inactive:
            stmt = stmt.where(TreatmentArea.active.is_(True))
        return [_row(a) for a in session.scalars(stmt)]
