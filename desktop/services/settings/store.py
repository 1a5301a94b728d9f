"""Reading and changing the clinic's settings (the typed ClinicSettings), checked and audited.

Services read inside their own transaction (``settings_in`` for several values, ``get``
for one); screens read with ``read_all``/``read`` and change them with ``update`` (any
subset of fields) or ``save`` (the Settings dialog's whole object). Every change is
checked against the rules declared in clinic_settings.py: one refused value and
nothing at all is saved.

VAT and currency are not settings on purpose: they belong to the price list (Admin →
Price list), versioned with the prices they apply to; the dialog only shows them
(``price_terms``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import Setting
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.quotes.price_lists import current_in
from desktop.services.settings.clinic_settings import (
    DEFAULTS,
    RULES,
    UI_LANGUAGES,
    ClinicSettings,
    bounds,
    value_problem,
)
from desktop.services.settings.clinic_zone import zone_problem
from desktop.services.settings.stale_setting import stale_setting

if TYPE_CHECKING:  # printing (ReportLab) is imported at first print, not with the services
    from desktop.printing.layout import ClinicIdentity

__all__ = [
    "DEFAULTS",
    "UI_LANGUAGES",
    "ClinicSettings",
    "PriceTerms",
    "bounds",
    "clinic_identity",
    "clinic_identity_in",
    "get",
    "load",
    "logo_problem",
    "price_terms",
    "put",
    "put_all",
    "read",
    "read_all",
    "save",
    "settings_in",
    "update",
]

LOGO_MAX_BYTES = 5 * 1024 * 1024
# pg_advisory_xact_lock(bigint) key of settings saves (the audit chain's is 0x5045454C).
_PG_SETTINGS_LOCK = 0x50455345
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class PriceTerms:
    """Currency and VAT of the price list new quotes use (None: none published yet)."""

    currency: str
    vat_rate_percent: str
    prices_include_vat: bool
    version: int


# --- reading ------------------------------------------------------------------------------
def _stored(key: str, value: Any) -> Any:
    """A stored value, or the default if a hand-edited row holds the wrong type."""
    rule = RULES[key]
    if rule.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        return DEFAULTS[key]
    return value if isinstance(value, rule.kind) else DEFAULTS[key]


def settings_in(session: Session) -> ClinicSettings:
    """Every setting at once (one query), inside the caller's transaction."""
    stored = {
        row.key: _stored(row.key, row.value)
        for row in session.scalars(select(Setting).where(Setting.key.in_(list(RULES))))
    }
    return ClinicSettings(**stored)


def get(session: Session, key: str) -> Any:
    """One setting inside the caller's transaction (``settings_in`` when you need several)."""
    if key not in RULES:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else _stored(key, row.value)


def read_all(ctx: ServiceContext) -> ClinicSettings:
    with ctx.database.read() as session:
        return settings_in(session)


def read(ctx: ServiceContext, key: str) -> Any:
    with ctx.database.read() as session:
        return get(session, key)


def load(ctx: ServiceContext) -> ClinicSettings:
    """What the Settings dialog edits (administrators only)."""
    require(ctx, Permission.MANAGE_SETTINGS)
    return read_all(ctx)


# --- changing -----------------------------------------------------------------------------
def _cleaned(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key == "ui_language":
        return value
    value = value.strip()
    return value.upper() if key == "default_region" else value


def _full_path(value: str) -> bool:
    """Either kind of full path: the desks may run Windows or Linux."""
    return PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute()


def _problems(current: ClinicSettings, changes: Mapping[str, Any]) -> dict[str, str]:
    """Field → what is wrong, for every changed value (all problems reported together)."""
    errors: dict[str, str] = {}
    for key, value in changes.items():
        problem: str | None = value_problem(key, value)
        if problem is None and key == "default_region":
            import phonenumbers

            if value not in phonenumbers.SUPPORTED_REGIONS:
                problem = msg(
                    "Enter a two-letter country code such as TR, DE or GB: phone numbers typed "
                    "without a country code are read as numbers of that country."
                )
        if problem is None and key == "clinic_logo_path" and value:
            problem = logo_problem(Path(value))
        if problem is None and key == "photo_inbox_folder" and value and not _full_path(value):
            problem = msg(
                "Enter the incoming photos folder as a full path, such as "
                "/home/clinic/Photos or D:\\Photos."
            )
        if problem is None and key == "clinic_time_zone" and value:
            problem = zone_problem(value)
        if problem is not None:
            errors[key] = problem
    if {"depth_min_um", "depth_max_um"} & changes.keys() and not errors.keys() & {
        "depth_min_um",
        "depth_max_um",
    }:
        wanted = dataclasses.replace(current, **changes)
        if wanted.depth_min_um >= wanted.depth_max_um:
            errors["depth_max_um"] = msg("The deepest depth must be greater than the shallowest.")
    return errors


def _write(
    session: Session, ctx: ServiceContext, current: ClinicSettings, key: str, value: Any
) -> None:
    before = getattr(current, key)
    row = session.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=value)
        session.add(row)
    row.value = value
    row.updated_at = ctx.now()
    if before != value:
        record_event(
            session, ctx, "setting.change", entity="setting", details={key: [before, value]}
        )


def _apply(session: Session, ctx: ServiceContext, values: Mapping[str, Any]) -> ClinicSettings:
    current = settings_in(session)
    cleaned = {key: _cleaned(key, value) for key, value in values.items()}
    # Only what changes is checked: a value stored before a rule existed (or tightened)
    # must not block saving something else.
    # (28.0 == 28 and True == 1 in Python: a different type is a change, and is checked.)
    changes = {k: v for k, v in cleaned.items() if k not in RULES or _differs(current, k, v)}
    errors = _problems(current, changes)
    if errors:
        raise ValidationError(errors)
    for key, value in cleaned.items():
        _write(session, ctx, current, key, value)
    return dataclasses.replace(current, **cleaned)


def _differs(current: ClinicSettings, key: str, value: Any) -> bool:
    stored = getattr(current, key)
    return type(stored) is not type(value) or stored != value


def put(session: Session, ctx: ServiceContext, key: str, value: Any) -> None:
    """Store one setting inside the caller's transaction, checked and audited."""
    _apply(session, ctx, {key: value})


def put_all(session: Session, ctx: ServiceContext, values: Mapping[str, Any]) -> ClinicSettings:
    """Store several settings inside the caller's transaction, checked and audited."""
    return _apply(session, ctx, values)


def update(
    ctx: ServiceContext, values: Mapping[str, Any], *, read: ClinicSettings | None = None
) -> ClinicSettings:
    """Change some settings as a user action: administrators only, each change audited.

    Every value is checked first; if any is refused, a ValidationError names each
    field that is wrong and nothing is saved.

    ``read``: the settings as the dialog showed them. Only the values changed since are
    written, so another administrator's change to other settings stays; one changed both
    here and by someone else since is a StaleRecord, and nothing is saved (optimistic
    locking per setting: the values read are the version).
    """
    require(ctx, Permission.MANAGE_SETTINGS)
    with ctx.database.write() as session:
        if read is not None:
            values = _changed_since_read(session, ctx, values, read)
        return _apply(session, ctx, values)


def save(ctx: ServiceContext, wanted: ClinicSettings, read: ClinicSettings) -> ClinicSettings:
    """The Settings dialog's save: the whole object, against what it read (see update)."""
    return update(ctx, dataclasses.asdict(wanted), read=read)


def _changed_since_read(
    session: Session, ctx: ServiceContext, values: Mapping[str, Any], read: ClinicSettings
) -> dict[str, Any]:
    """The values the person changed; StaleRecord if another desk changed one of them."""
    # PostgreSQL: another desk's settings save waits for this one to commit, also for a
    # setting without a row yet (nothing to lock with FOR UPDATE). SQLite's write
    # transaction is exclusive already.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SETTINGS_LOCK})
    current = settings_in(session)
    changed = {k: v for k, v in values.items() if k not in RULES or _differs(read, k, v)}
    for key, value in changed.items():
        if key not in RULES:
            continue
        theirs = getattr(current, key)
        if _differs(read, key, theirs) and _differs(current, key, value):
            raise stale_setting(session, ctx, key)
    return changed


# --- what the Settings dialog shows beside the settings ------------------------------------
def price_terms(ctx: ServiceContext) -> PriceTerms | None:
    """What the Settings dialog shows of the current price list (read only there)."""
    require(ctx, Permission.MANAGE_SETTINGS)
    with ctx.database.read() as session:
        current = current_in(session)
        if current is None:
            return None
        return PriceTerms(
            currency=current.currency,
            vat_rate_percent=f"{current.vat_rate_percent.normalize():f}",
            prices_include_vat=current.prices_include_vat,
            version=current.version,
        )


def logo_problem(path: Path) -> str | None:
    """None if ``path`` is a readable PNG or JPEG of sensible size, else what to do about it."""
    if not path.is_file():
        return msg("No file was found at “{path}”. Choose the logo file again.", path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return msg(
            "“{name}” cannot be read. Check its permissions or copy it elsewhere.", name=path.name
        )
    if size > LOGO_MAX_BYTES:
        return msg("The logo file is larger than 5 MB. Save a smaller version of it.")
    if not (head.startswith(_PNG_MAGIC) or head.startswith(_JPEG_MAGIC)):
        return msg(
            "“{name}” is not a PNG or JPEG image. Save the logo as PNG or JPEG.", name=path.name
        )
    return None


def clinic_identity_in(session: Session) -> ClinicIdentity:
    """The clinic header for printouts (desktop.printing.layout.ClinicIdentity)."""
    from desktop.printing.layout import ClinicIdentity

    current = settings_in(session)
    return ClinicIdentity(
        name=current.clinic_name,
        address=current.clinic_address,
        phone=current.clinic_phone,
        logo_path=current.clinic_logo_path,
    )


def clinic_identity(ctx: ServiceContext) -> ClinicIdentity:
    """The clinic header for printouts, from Settings.

    Any staff member may print, so this needs no permission beyond reading the settings.
    """
    with ctx.database.read() as session:
        return clinic_identity_in(session)
