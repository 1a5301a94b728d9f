"""The clinic's time zone: stored in Settings, used as ``ServiceContext.zone``.

Dates people see and print (a session's day, the recovery dates of an aftercare sheet,
"today") depend on the zone. It is the clinic's, not the computer's: a desk whose clock
is set to UTC must print the same dates as one set to Istanbul time. Until an
administrator chooses one, the computer's zone is used.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from desktop.services.common.context import ServiceContext, system_zone
from desktop.services.common.errors import DatabaseProblem
from desktop.services.common.messages import Message, msg


@lru_cache(maxsize=1)
def time_zone_names() -> tuple[str, ...]:
    """Every IANA zone name this computer knows, sorted (for the Settings list)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def computer_zone_name() -> str:
    """The computer's own zone as an IANA name ("UTC" when it cannot be told)."""
    return str(getattr(system_zone(), "key", "UTC"))


def zone_problem(name: str) -> Message | None:
    """None if ``name`` is a zone PeelDesk can use, else what to do."""
    if name in time_zone_names():
        return None
    return msg(
        "“{zone}” is not a time zone PeelDesk knows. Choose one from the list, such as "
        "Europe/Istanbul.",
        zone=name,
    )


def zone_named(name: str) -> tzinfo:
    """The zone called ``name``, or the computer's when it is empty or unknown here."""
    if not name:
        return system_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return system_zone()


def apply_clinic_zone(ctx: ServiceContext) -> None:
    """Set ``ctx.zone`` from the stored setting (at start, and after Settings changed it).

    An unreadable database keeps the zone the context has: the caller reports the database
    problem at its first real use.
    """
    from desktop.services.settings import store

    try:
        name = store.read(ctx, "clinic_time_zone")
    except DatabaseProblem:
        return
    ctx.zone = zone_named(name)
