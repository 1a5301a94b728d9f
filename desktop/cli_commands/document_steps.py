"""Steps every document command shares: the day asked for, and the clinic-details warning."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext


def day_asked(ctx: ServiceContext, text: str | None, command: str) -> date | None:
    """The day asked for (today when none), or None after saying why it is not a date."""
    from desktop.services.common.dates import parse_user_date

    if not text:
        return ctx.today()
    day = parse_user_date(text)
    if day is None:
        print(
            f"{command}: “{text}” is not a date; write it as 31.12.2026 or 2026-12-31",
            file=sys.stderr,
        )
    return day


def warn_missing_clinic_details(ctx: ServiceContext, command: str) -> None:
    """The document is written anyway (as the app's "Print anyway"): say what it lacks."""
    from desktop.services.settings.clinic_identity import missing_clinic_details

    missing = missing_clinic_details(ctx)
    if missing:
        print(f"{command}: warning: {missing}", file=sys.stderr)
