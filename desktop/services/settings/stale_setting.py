"""The "another administrator changed this setting first" error, naming who and when."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent
from desktop.formatting import format_local_datetime
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import StaleRecord
from desktop.services.common.messages import msg
from desktop.services.settings.clinic_settings import RULES

# Settings changes are rare: the last few events are enough to find who changed one.
_LOOK_BACK = 200


def stale_setting(session: Session, ctx: ServiceContext, key: str) -> StaleRecord:
    """StaleRecord for setting ``key``; the audit trail says who changed it last, and when."""
    last = None
    for event in session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "setting.change")
        .order_by(AuditEvent.id.desc())
        .limit(_LOOK_BACK)
    ):
        try:
            details = json.loads(event.details)
        except ValueError:
            continue
        if isinstance(details, dict) and key in details:
            last = event
            break
    setting = RULES[key].label
    if last is None or not last.actor_name:
        return StaleRecord(
            msg(
                "The value of {setting} was changed after you opened these settings. "
                "Nothing was saved: close them, open them again and make your change again.",
                setting=setting,
            )
        )
    return StaleRecord(
        msg(
            "The value of {setting} was changed by {who} at {when} after you opened these "
            "settings. Nothing was saved: close them, open them again and make your change "
            "again.",
            setting=setting,
            who=last.actor_name,
            when=format_local_datetime(last.occurred_at, ctx.zone),
        )
    )
