"""Treatment rooms and laser devices: what a session books besides the physician.

Administrators add them, rename them and take them out of service (never delete: old
sessions keep naming them). Booking offers only those in service.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import LaserDevice, Room
from db.text import fold
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require

MAX_NAME = 80
MAX_MODEL = 120
MAX_SERIAL = 80


class ResourceKind(enum.StrEnum):
    ROOM = "room"
    DEVICE = "device"


@dataclass(frozen=True)
class EquipmentRow:
    """A room (model and serial empty) or a laser device."""

    id: int
    kind: ResourceKind
    name: str
    model: str
    serial: str
    in_service: bool
    row_version: int


@dataclass(frozen=True)
class EquipmentInput:
    name: str
    model: str = ""
    serial: str = ""
    in_service: bool = True


def _table(kind: ResourceKind) -> type[Room] | type[LaserDevice]:
    return Room if kind == ResourceKind.ROOM else LaserDevice


def _row(kind: ResourceKind, item: Room | LaserDevice) -> EquipmentRow:
    return EquipmentRow(
        id=item.id,
        kind=kind,
        name=item.name,
        model=getattr(item, "model", ""),
        serial=getattr(item, "serial", ""),
        in_service=item.in_service,
        row_version=item.row_version,
    )


def list_equipment(
    ctx: ServiceContext, kind: ResourceKind, *, in_service_only: bool = False
) -> list[EquipmentRow]:
    """Rooms or devices by name; the booking form asks for those in service only."""
    require(ctx, Permission.BOOK_SESSIONS)
    table = _table(kind)
    with ctx.database.read() as session:
        stmt = select(table).order_by(table.name)
        if in_service_only:
            stmt = stmt.where(table.in_service.is_(True))
        return [_row(kind, cast(Room | LaserDevice, item)) for item in session.scalars(stmt)]


def save_equipment(
    ctx: ServiceContext,
    kind: ResourceKind,
    data: EquipmentInput,
    existing_id: int | None = None,
    expected_version: int | None = None,
) -> EquipmentRow:
    """Add a room or device (``existing_id`` None) or change one; audited."""
    require(ctx, Permission.MANAGE_RESOURCES)
    table = _table(kind)
    with ctx.database.write() as session:
        values = _validated(session, kind, data, existing_id)
        item: Room | LaserDevice
        if existing_id is None:
            item = table(**values)
            session.add(item)
            action = f"{kind.value}.create"
        else:
            found = cast(Room | LaserDevice | None, session.get(table, existing_id))
            if found is None:
                raise NotFound(msg("This room or device no longer exists. Reload the list."))
            if expected_version is not None and found.row_version != expected_version:
                raise StaleRecord(_STALE)
            item = found
            for key, value in values.items():
                setattr(item, key, value)
            action = f"{kind.value}.update"
        try:
            session.flush()
        except StaleDataError as error:
            raise StaleRecord(_STALE) from error
        record_event(session, ctx, action, entity=kind.value, entity_id=item.id, details=values)
        return _row(kind, item)


_STALE = msg(
    "This room or device was changed by someone else after you opened it. "
    "Nothing was saved: reload the list and make your change again."
)


def _validated(
    session: Session, kind: ResourceKind, data: EquipmentInput, existing_id: int | None
) -> dict:
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = msg("Type a name, e.g. “Room 2” or “CO2 laser”.")
    elif len(name) > MAX_NAME:
        errors["name"] = msg("Keep the name under {limit} characters.", limit=MAX_NAME)
    else:
        table = _table(kind)
        for other_id, other_name in session.execute(select(table.id, table.name)):
            if other_id != existing_id and fold(other_name) == fold(name):
                errors["name"] = msg("“{name}” is already in the list.", name=other_name)
    values: dict = {"name": name, "in_service": bool(data.in_service)}
    if kind == ResourceKind.DEVICE:
        model, serial = data.model.strip(), data.serial.strip()
        if len(model) > MAX_MODEL:
            errors["model"] = msg("Keep the model under {limit} characters.", limit=MAX_MODEL)
        if len(serial) > MAX_SERIAL:
            errors["serial"] = msg(
                "Keep the serial number under {limit} characters.", limit=MAX_SERIAL
            )
        values.update(model=model, serial=serial)
    if errors:
        raise ValidationError(errors)
    return values
