"""The clinic's identity on patient documents: asked for at first start, checked before printing.

Aftercare and pre-treatment sheets tell the patient whom to call; without a clinic name and
phone they say "PeelDesk" and "call us on —". So the first administrator log-in asks for the
identity (again at every administrator log-in until a name is saved: a set-up closed halfway
resumes there), and every patient document asks ``missing_clinic_details`` before it is
printed: the GUI then offers Settings or printing anyway, the command line warns.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import Message, msg
from desktop.services.common.permissions import Permission, allowed, require
from desktop.services.settings import store
from desktop.services.settings.clinic_settings import ClinicSettings


@dataclass(frozen=True)
class ClinicIdentityInput:
    """What the first-start set-up asks for (time zone "" = the computer's)."""

    name: str
    address: str
    phone: str
    logo_path: str = ""
    time_zone: str = ""
    ui_language: str = "system"


def needs_clinic_identity(ctx: ServiceContext) -> bool:
    """True when the acting administrator should be asked for the clinic's identity now."""
    if not allowed(ctx, Permission.MANAGE_SETTINGS):
        return False
    return not store.read(ctx, "clinic_name").strip()


def save_clinic_identity(ctx: ServiceContext, data: ClinicIdentityInput) -> ClinicSettings:
    """Store the first-start answers in one transaction; name and phone are required here.

    Every problem is reported at once, by field, and nothing is saved while one remains.
    """
    require(ctx, Permission.MANAGE_SETTINGS)
    required: dict[str, str] = {}
    if not data.name.strip():
        required["clinic_name"] = msg(
            "Enter the clinic's name: it is printed on every sheet patients take home."
        )
    if not data.phone.strip():
        required["clinic_phone"] = msg(
            "Enter the clinic's phone number: aftercare sheets tell patients to call it."
        )
    values = {
        "clinic_name": data.name,
        "clinic_address": data.address,
        "clinic_phone": data.phone,
        "clinic_logo_path": data.logo_path,
        "clinic_time_zone": data.time_zone,
        "ui_language": data.ui_language,
    }
    with ctx.database.write() as session:
        try:
            saved = store.put_all(session, ctx, values)
        except ValidationError as refused:
            raise ValidationError({**required, **refused.field_errors}) from refused
        if required:
            # Raised inside the transaction: what put_all wrote is rolled back.
            raise ValidationError(required)
        return saved


def missing_clinic_details(ctx: ServiceContext) -> Message | None:
    """What a patient document would lack without the clinic's name or phone, or None.

    Asked before any patient document (aftercare, pre-treatment, quote, history) is
    printed or saved; reading the settings needs no permission (anyone may print).
    """
    current = store.read_all(ctx)
    name, phone = current.clinic_name.strip(), current.clinic_phone.strip()
    if not name and not phone:
        return msg(
            "The clinic's name and phone number are not filled in, so this document would "
            "print “PeelDesk” instead of the clinic and give patients no number to call. "
            "An administrator enters them under Admin → Clinic settings."
        )
    if not name:
        return msg(
            "The clinic's name is not filled in, so this document would not say which clinic "
            "it comes from. An administrator enters it under Admin → Clinic settings."
        )
    if not phone:
        return msg(
            "The clinic's phone number is not filled in, so this document would give patients "
            "no number to call. An administrator enters it under Admin → Clinic settings."
        )
    return None
