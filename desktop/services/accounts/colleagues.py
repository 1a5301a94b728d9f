"""The staff a desk may name as a witness or helper: active people, by name.

Open to every role (unlike the staff administration in staff.py): reception picks the
colleague who watched a patient sign.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.models import Staff
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, require


@dataclass(frozen=True)
class ColleagueOption:
    id: int
    full_name: str


def active_colleagues(ctx: ServiceContext) -> list[ColleagueOption]:
    """Every active staff member, the person at the desk included, by name."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        stmt = select(Staff.id, Staff.full_name).where(Staff.active.is_(True))
        rows = session.execute(stmt.order_by(Staff.full_name, Staff.id)).all()
        return [ColleagueOption(staff_id, name) for staff_id, name in rows]
