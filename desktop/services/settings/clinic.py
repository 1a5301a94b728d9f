"""The Settings dialog's use case: clinic identity, desk defaults and the backup schedule,
checked and saved at once.

VAT and currency are not stored here on purpose: they belong to the price list (Admin → Price
list), versioned with the prices they apply to; the dialog only shows them (``price_terms``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.quotes.price_lists import current_in
from desktop.services.settings import store as settings

if TYPE_CHECKING:  # printing (ReportLab) is imported at first print, not with the services
    from desktop.printing.layout import ClinicIdentity

UI_LANGUAGES = ("system", "tr", "en")
LOGO_MAX_BYTES = 5 * 1024 * 1024
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class ClinicSettings:
    clinic_name: str
    clinic_address: str
    clinic_phone: str
    clinic_logo_path: str
    default_region: str
    healing_interval_days: int
    screening_max_age_days: int
    depth_min_um: int
    depth_max_um: int
    ui_language: str
    backup_interval_hours: int
    backup_keep_daily: int
    backup_keep_weekly: int


@dataclass(frozen=True)
class PriceTerms:
    """Currency and VAT of the price list new quotes use (None: none published yet)."""

    currency: str
    vat_rate_percent: str
    prices_include_vat: bool
    version: int


FIELDS = tuple(ClinicSettings.__dataclass_fields__)


def load(ctx: ServiceContext) -> ClinicSettings:
    require(ctx, Permission.MANAGE_SETTINGS)
    values = settings.get_all(ctx)
    return ClinicSettings(**{key: values[key] for key in FIELDS})


def save(ctx: ServiceContext, wanted: ClinicSettings) -> ClinicSettings:
    """Check every field (all problems reported together), then store them in one transaction."""
    require(ctx, Permission.MANAGE_SETTINGS)
    cleaned = _check(wanted)
    settings.update(ctx, asdict(cleaned))
    return cleaned


def _check(wanted: ClinicSettings) -> ClinicSettings:
    import phonenumbers

    errors: dict[str, str] = {}
    name = wanted.clinic_name.strip()
    if len(name) > 120:
        errors["clinic_name"] = msg("Keep the clinic name under 120 characters.")
    address = wanted.clinic_address.strip()
    if len(address) > 400:
        errors["clinic_address"] = msg("Keep the address under 400 characters.")
    phone = wanted.clinic_phone.strip()
    if len(phone) > 40:
        errors["clinic_phone"] = msg("Keep the phone number under 40 characters.")
    logo = wanted.clinic_logo_path.strip()
    if logo:
        problem = logo_problem(Path(logo))
        if problem:
            errors["clinic_logo_path"] = problem
    region = wanted.default_region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        errors["default_region"] = msg(
            "Enter a two-letter country code such as TR, DE or GB: phone numbers typed "
            "without a country code are read as numbers of that country."
        )
    if not 1 <= wanted.healing_interval_days <= 365:
        errors["healing_interval_days"] = msg("Enter a healing interval between 1 and 365 days.")
    if not 1 <= wanted.screening_max_age_days <= 3650:
        errors["screening_max_age_days"] = msg("Enter a number of days between 1 and 3650.")
    if not 1 <= wanted.depth_min_um <= 2000:
        errors["depth_min_um"] = msg("Enter a shallowest depth between 1 and 2000 µm.")
    if not 1 <= wanted.depth_max_um <= 2000:
        errors["depth_max_um"] = msg("Enter a deepest depth between 1 and 2000 µm.")
    elif wanted.depth_min_um >= wanted.depth_max_um:
        errors["depth_max_um"] = msg("The deepest depth must be greater than the shallowest.")
    if not 0 <= wanted.backup_interval_hours <= 168:
        errors["backup_interval_hours"] = msg(
            "Enter how many hours between backups, from 1 to 168 (a week), or 0 for a backup "
            "only when PeelDesk starts."
        )
    if not 1 <= wanted.backup_keep_daily <= 90:
        errors["backup_keep_daily"] = msg("Keep between 1 and 90 daily backups.")
    if not 0 <= wanted.backup_keep_weekly <= 104:
        errors["backup_keep_weekly"] = msg("Keep between 0 and 104 weekly backups.")
    if wanted.ui_language not in UI_LANGUAGES:
        errors["ui_language"] = msg("Choose Turkish, English or the computer's language.")
    if errors:
        raise ValidationError(errors)
    return ClinicSettings(
        clinic_name=name,
        clinic_address=address,
        clinic_phone=phone,
        clinic_logo_path=logo,
        default_region=region,
        healing_interval_days=wanted.healing_interval_days,
        screening_max_age_days=wanted.screening_max_age_days,
        depth_min_um=wanted.depth_min_um,
        depth_max_um=wanted.depth_max_um,
        ui_language=wanted.ui_language,
        backup_interval_hours=wanted.backup_interval_hours,
        backup_keep_daily=wanted.backup_keep_daily,
        backup_keep_weekly=wanted.backup_keep_weekly,
    )


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


def clinic_identity(ctx: ServiceContext) -> ClinicIdentity:
    """The clinic header for printouts (desktop.printing.layout.ClinicIdentity), from Settings.

    Any staff member may print, so this needs no permission beyond reading the settings.
    """
    with ctx.database.read() as session:
        return settings.clinic_identity_in(session)
