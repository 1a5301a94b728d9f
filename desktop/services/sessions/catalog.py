"""The clinic's treatment area catalog."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import TreatmentArea
from db.models.catalog import REGIONS
from desktop.formatting import name_in
from desktop.resources import resource_path
from desktop.services.common.audit import changed_fields, record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require


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
        return name_in(language, self.name_en, self.name_tr)


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


def default_areas() -> list[dict[str, Any]]:
    with resource_path("catalog", "areas.json").open(encoding="utf-8") as handle:
        areas: list[dict[str, Any]] = json.load(handle)["areas"]
    return areas


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


@dataclass(frozen=True)
class AreaEdit:
    """What the catalog admin form submits for one area."""

    name_en: str
    name_tr: str
    region: str
    default_size_cm2: Decimal | str
    active: bool


def update_area(
    ctx: ServiceContext, area_id: int, expected_version: int, data: AreaEdit
) -> AreaRow:
    """Edit one catalog area. Past sessions keep their own measured sizes."""
    require(ctx, Permission.MANAGE_CATALOG)
    with ctx.database.write() as session:
        area = session.get(TreatmentArea, area_id)
        if area is None:
            raise NotFound(msg("This area is no longer in the catalog. Reopen the catalog."))
        if area.row_version != expected_version:
            raise StaleRecord(
                msg(
                    "Someone changed this area after you opened it. Nothing was saved: "
                    "reopen the catalog and make your change again."
                )
            )
        errors: dict[str, str] = {}
        values: dict[str, Any] = {
            "name_en": " ".join(data.name_en.split()),
            "name_tr": " ".join(data.name_tr.split()),
            "region": data.region,
            "active": bool(data.active),
        }
        for key in ("name_en", "name_tr"):
            if not values[key]:
                errors[key] = msg("Give the area a name in both languages.")
            elif len(values[key]) > 100:
                errors[key] = msg("Keep the name under 100 characters.")
        if data.region not in REGIONS:
            errors["region"] = msg("Pick a region from the list.")
        try:
            size = Decimal(str(data.default_size_cm2).strip().replace(",", "."))
            if not size.is_finite():
                raise ArithmeticError
        except ArithmeticError:
            errors["default_size_cm2"] = msg("Type the size as a number of cm², e.g. 80.")
            size = Decimal(0)
        else:
            if size < 0 or size > 3000 or (size == 0 and not area.size_required):
                errors["default_size_cm2"] = msg(
                    "The default size must be between 0 and 3000 cm² "
                    "(0 only for areas measured each time)."
                )
        if errors:
            raise ValidationError(errors)
        values["default_size_cm2"] = size.quantize(Decimal("0.01"))
        before = {key: getattr(area, key) for key in values}
        changes = changed_fields(before, values)
        if not changes:
            return _row(area)
        for key, value in values.items():
            setattr(area, key, value)
        try:
            session.flush()
        except StaleDataError as error:
            raise StaleRecord(
                msg("Someone changed this area at the same time. Reopen the catalog and try again.")
            ) from error
        record_event(
            session,
            ctx,
            "catalog.area_update",
            entity="treatment_area",
            entity_id=area.id,
            details={"changes": changes},
        )
        return _row(area)
