"""Clinic-wide settings stored in the database, with sensible defaults."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require

if TYPE_CHECKING:  # printing (ReportLab) is imported at first print, not with the services
    from desktop.printing.layout import ClinicIdentity

DEFAULTS: dict[str, Any] = {
    "clinic_name": "",
    "clinic_address": "",
    "clinic_phone": "",
    "clinic_logo_path": "",
    # phonenumbers region for numbers typed without a country code.
    "default_region": "TR",
    # A new session on an area inside this interval after the last one is warned about.
    "healing_interval_days": 28,
    # Contraindication screening older than this is warned about at booking.
    "screening_max_age_days": 180,
    "depth_min_um": 10,
    "depth_max_um": 200,
    "quote_validity_days": 30,
    # Interface language: "system" follows the computer's locale, else "tr" or "en".
    # Read at start-up (and remembered per computer); Settings switches it at once.
    "ui_language": "system",
    # True only for databases filled by `peeldesk demo`.
    "demo_data": False,
    # Backups (SQLite): folder ("" = the user data folder's "backups"), how often, how many.
    "backup_folder": "",
    "backup_interval_hours": 4,
    "backup_keep_daily": 7,
    "backup_keep_weekly": 4,
    # Treatment records are kept this many years after a patient's last session,
    # also when the patient's identity was removed on request (docs/admin-guide.md, data requests).
    "legal_retention_years": 10,
    # Staff accounts: shortest password accepted, and the lock-out after wrong passwords.
    "password_min_length": 10,
    "login_max_failures": 5,
    "login_lockout_minutes": 15,
    # The screen locks after this many minutes without keyboard or mouse use.
    "idle_lock_minutes": 10,
}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else json.loads(row.value)


def clinic_identity_in(session: Session) -> ClinicIdentity:
    """The clinic header for printouts (desktop.printing.layout.ClinicIdentity)."""
    from desktop.printing.layout import ClinicIdentity

    return ClinicIdentity(
        name=get(session, "clinic_name"),
        address=get(session, "clinic_address"),
        phone=get(session, "clinic_phone"),
        logo_path=get(session, "clinic_logo_path"),
    )


def get_all(ctx: ServiceContext) -> dict[str, Any]:
    with ctx.database.read() as session:
        stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


def read(ctx: ServiceContext, key: str) -> Any:
    with ctx.database.read() as session:
        return get(session, key)


def put(session: Session, ctx: ServiceContext, key: str, value: Any) -> None:
    """Store one setting inside the caller's transaction, audited."""
    if key not in DEFAULTS:
        raise ValidationError({key: msg("Unknown setting “{key}”.", key=key)})
    expected = type(DEFAULTS[key])
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ValidationError(
            {key: msg("Setting “{key}” must be a {kind}.", key=key, kind=expected.__name__)}
        )
    row = session.get(Setting, key)
    before = DEFAULTS[key] if row is None else json.loads(row.value)
    if row is None:
        row = Setting(key=key, value="null")
        session.add(row)
    row.value = json.dumps(value, ensure_ascii=False)
    row.updated_at = ctx.now()
    if before != value:
        record_event(
            session, ctx, "setting.change", entity="setting", details={key: [before, value]}
        )


def update(ctx: ServiceContext, values: dict[str, Any]) -> None:
    """Change settings as a user action: administrators only, each change audited."""
    require(ctx, Permission.MANAGE_SETTINGS)
    with ctx.database.write() as session:
        for key, value in values.items():
            put(session, ctx, key, value)
