"""What every service call needs: the database, who is acting, and the time."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.engine import Database


@dataclass(frozen=True)
class Actor:
    """The person using the app (a staff account), or the system itself."""

    staff_id: int | None
    name: str
    role: str  # reception | physician | admin


SYSTEM_ACTOR = Actor(staff_id=None, name="PeelDesk", role="admin")


def system_zone() -> tzinfo:
    name = os.environ.get("TZ", "")
    if not name:
        try:
            name = os.path.realpath("/etc/localtime").split("zoneinfo/", 1)[1]
        except (IndexError, OSError):
            name = ""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass
class ServiceContext:
    database: Database
    actor: Actor = SYSTEM_ACTOR
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    zone: tzinfo = field(default_factory=system_zone)
    workstation: str = field(default_factory=socket.gethostname)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()
