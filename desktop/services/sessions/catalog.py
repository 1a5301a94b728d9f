"""The clinic's treatment area catalog."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.codes import Region, code_of
from db.models import TreatmentArea
from desktop.formatting import Names, name_in
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
    names: Names
    region: Region
    default_size_cm2: Decimal
    size_required: bool
    active: bool
    row_version: int
    # Takes in every other area of its region (the full face holds the eye contour).
    covers_region: bool = False

    def name(self, language: str) -> str:
        return name_in(language, self.names)


def _row(area: TreatmentArea) -> AreaRow:
    return AreaRow(
        id=area.id,
        code=area.code,
        names=Names(area.names),
        region=area.region,
        default_size_cm2=area.default_size_cm2,
        size_required=area.size_required,
        active=area.active,
        row_version=area.row_version,
        covers_region=area.covers_region,
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
                names=dict(entry["names"]),
                region=Region(entry["region"]),
                default_size_cm2=Decimal(entry["default_size_cm2"]),
                size_required=bool(entry.get("size_required", False)),
                covers_region=bool(entry.get("covers_region", False)),
                active=True,
                sort_order=order,
            )
        )
        added += 1
    return added


def catalog_rows(session: Session, area_ids: Iterable[int]) -> list[AreaRow]:
    """The catalog areas with these ids (inside a service's transaction)."""
    wanted = set(area_ids)
    if not wanted:
        return []
    return [
        _row(a) for a in session.scalars(select(TreatmentArea).where(TreatmentArea.id.in_(wanted)))
    ]


def list_areas(ctx: ServiceContext, *, include_inactive: bool = False) -> list[AreaRow]:
    with ctx.database.read() as session:
        stmt = select(TreatmentArea).order_by(TreatmentArea.sort_order, TreatmentArea.id)
        if not include_inactive:
            stmt = stmt.where(TreatmentArea.active.is_(True))
        return [_row(a) for a in session.scalars(stmt)]


def covers(outer: AreaRow, inner: AreaRow) -> bool:
    """Whether ``outer`` takes in ``inner``'s skin: a whole-region area (the catalog's
    ``covers_region``) holds every other area of its region. A spot or scar is only
    itself: it can lie anywhere."""
    return (
        outer.id != inner.id
        and outer.covers_region
        and outer.region == inner.region
        and outer.region != Region.SPOT
    )


def areas_inside_others(
    catalog: Iterable[AreaRow], area_ids: Iterable[int]
) -> list[tuple[AreaRow, AreaRow]]:
    """(outer, inner) for each chosen area that lies inside another chosen one, in the
    order chosen: the full face with the eye contour treats (and charges) that skin twice."""
    by_id = {area.id: area for area in catalog}
    chosen = [by_id[i] for i in dict.fromkeys(area_ids) if i in by_id]
    return [(outer, inner) for outer in chosen for inner in chosen if covers(outer, inner)]


@dataclass(frozen=True)
class AreaEdit:
    """What the catalog admin form submits for one area (it edits English and Turkish)."""

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
        # The form's field names (and the audit's) stay name_en/name_tr; other languages
        # already in the map are kept as they are.
        typed = {"name_en": data.name_en, "name_tr": data.name_tr}
        names = {key: " ".join(text.split()) for key, text in typed.items()}
        for key, text in names.items():
            if not text:
                errors[key] = msg("Give the area a name in both languages.")
            elif len(text) > 100:
                errors[key] = msg("Keep the name under 100 characters.")
        region = code_of(Region, data.region)
        if region is None:
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
        values = {
            "region": region,
            "active": bool(data.active),
            "default_size_cm2": size.quantize(Decimal("0.01")),
        }
        before = {key: getattr(area, key) for key in values}
        before |= {f"name_{lang}": area.names.get(lang, "") for lang in ("en", "tr")}
        changes = changed_fields(before, values | names)
        if not changes:
            return _row(area)
        for key, value in values.items():
            setattr(area, key, value)
        # A new dict, not an in-place change: the ORM notices assignment only.
        area.names = {**area.names, "en": names["name_en"], "tr": names["name_tr"]}
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
