"""Validating a patient form in the service layer (widgets only display the messages)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import phonenumbers

from db.codes import Language, Sex, code_of
from desktop.services.common.errors import ValidationError
from desktop.services.common.input_checks import unprintable
from desktop.services.common.messages import Message, msg

MAX_NAME = 100
MAX_NOTES = 4000
OLDEST_BIRTH_DATE = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PatientInput:
    """What the patient form submits; every field is checked before saving."""

    given_name: str
    family_name: str
    birth_date: date | None = None
    sex: str = ""
    phone: str = ""
    email: str = ""
    language: str = "tr"
    skin_type: int | None = None
    screened_on: date | None = None
    isotretinoin: bool = False
    isotretinoin_last_dose: date | None = None
    pregnant_or_breastfeeding: bool = False
    herpes_history: bool = False
    anticoagulants: bool = False
    keloid_history: bool = False
    photosensitising_drugs: bool = False
    current_tan: bool = False
    consent_treatment_on: date | None = None
    consent_photos_on: date | None = None
    notes: str = ""


# The typed dates of the form, with the words that name them in messages.
DATE_FIELDS: dict[str, Message] = {
    "birth_date": msg("Birth date"),
    "screened_on": msg("Screening date"),
    "isotretinoin_last_dose": msg("Last isotretinoin dose"),
    "consent_treatment_on": msg("Date of the paper treatment consent"),
    "consent_photos_on": msg("Date of the paper photo consent"),
}

CONTRAINDICATION_FIELDS = (
    "isotretinoin",
    "pregnant_or_breastfeeding",
    "herpes_history",
    "anticoagulants",
    "keloid_history",
    "photosensitising_drugs",
    "current_tan",
)


def _clean_name(value: str, label: Message, errors: dict[str, str], key: str) -> str:
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", value or "")).strip()
    if not cleaned:
        errors[key] = msg("{label} is required.", label=label)
    elif unprintable(cleaned):
        errors[key] = msg("{label} contains characters that cannot be printed.", label=label)
    elif len(cleaned) > MAX_NAME:
        errors[key] = msg(
            "{label} is too long (at most {limit} characters).", label=label, limit=MAX_NAME
        )
    elif not any(ch.isalpha() for ch in cleaned):
        errors[key] = msg("{label} must contain letters.", label=label)
    return cleaned


def normalise_phone(raw: str, region: str) -> str | None:
    """E.164 form of a phone number, or None if it is not a valid number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None) -> str:
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _check_past_date(
    value: date | None, label: Message, key: str, today: date, errors: dict[str, str]
) -> None:
    if value is None:
        return
    if value > today:
        errors[key] = msg("{label} cannot be in the future.", label=label)
    elif value < OLDEST_BIRTH_DATE:
        errors[key] = msg("{label} is before 1900; please check it.", label=label)


def validate_patient(data: PatientInput, *, today: date, default_region: str) -> dict[str, Any]:
    """Column values for a valid patient, or ValidationError with one message per field."""
    errors: dict[str, str] = {}
    given = _clean_name(data.given_name, msg("Given name"), errors, "given_name")
    family = _clean_name(data.family_name, msg("Family name"), errors, "family_name")

    for key, label in DATE_FIELDS.items():
        _check_past_date(getattr(data, key), label, key, today, errors)
    if (
        data.birth_date
        and data.screened_on
        and "screened_on" not in errors
        and data.screened_on < data.birth_date
    ):
        errors["screened_on"] = msg("Screening date is before the birth date.")
    if data.isotretinoin_last_dose and not data.isotretinoin:
        errors["isotretinoin_last_dose"] = msg(
            "A last isotretinoin dose is given, but isotretinoin is not ticked."
        )

    if code_of(Sex, data.sex) is None:
        errors["sex"] = msg("Choose female, male or other.")
    if code_of(Language, data.language) is None:
        errors["language"] = msg("Choose English or Turkish as the preferred language.")
    if data.skin_type is not None and data.skin_type not in range(1, 7):
        errors["skin_type"] = msg("Skin type must be Fitzpatrick I to VI.")

    phone_e164 = None
    raw_phone = (data.phone or "").strip()
    if raw_phone:
        phone_e164 = normalise_phone(raw_phone, default_region)
        if phone_e164 is None:
            errors["phone"] = msg(
                "“{phone}” is not a valid phone number. "
                "Write it as 0532 123 45 67, or with the country code (+44 …).",
                phone=raw_phone[:40],
            )

    email = (data.email or "").strip()
    if email and (len(email) > 254 or not _EMAIL.match(email) or unprintable(email)):
        errors["email"] = msg("E-mail address is not valid (it should look like name@example.com).")

    notes = unicodedata.normalize("NFC", (data.notes or "").replace("\r\n", "\n")).strip()
    if len(notes) > MAX_NOTES:
        errors["notes"] = msg("Notes are too long (at most {limit} characters).", limit=MAX_NOTES)
    elif unprintable(notes, multiline=True):
        errors["notes"] = msg("Notes contain characters that cannot be printed.")

    if errors:
        raise ValidationError(errors)

    values = {f.name: getattr(data, f.name) for f in fields(PatientInput)}
    values.pop("phone")
    values.update(
        given_name=given,
        family_name=family,
        phone_e164=phone_e164,
        email=email or None,
        notes=notes,
    )
    for key in CONTRAINDICATION_FIELDS:
        values[key] = bool(values[key])
    return values


def input_from_form(values: dict[str, Any]) -> PatientInput:
    """Build a PatientInput from form values where dates are typed text.

    Unreadable dates are reported per field, in the same ValidationError form
    as every other check.
    """
    from desktop.services.common.dates import parse_user_date

    errors: dict[str, str] = {}
    converted = dict(values)
    for key, label in DATE_FIELDS.items():
        raw = values.get(key)
        if isinstance(raw, str):
            text = raw.strip()
            parsed = parse_user_date(text) if text else None
            if text and parsed is None:
                errors[key] = msg(
                    "{label}: write a real date as day.month.year, e.g. 31.12.1980.", label=label
                )
            converted[key] = parsed
    if errors:
        raise ValidationError(errors)
    return PatientInput(**converted)


def name_print_warning(given_name: str, family_name: str) -> str:
    """A warning for the form, never a block: letters of the name printouts cannot show.

    Printed sheets, quotes and exports use the bundled DejaVu Sans, which has no Chinese,
    Japanese, Korean, Thai or Devanagari letters, and ReportLab lays Arabic and Hebrew out
    unjoined and left to right. "" when the whole name prints.
    """
    name = f"{given_name}{family_name}"
    if all(ord(ch) < 0x0250 for ch in name):  # Latin letters: the font has them all
        return ""
    from desktop.printing.layout import unprintable_letters  # ReportLab: only for such names

    letters = unprintable_letters(name)
    if not letters:
        return ""
    return msg(
        "Printed sheets, quotes and exports cannot show the letters {letters} of this name: "
        "they would come out as empty boxes or in the wrong order. If the patient needs "
        "printed documents, write the name in Latin letters, as in the passport.",
        letters=" ".join(letters),
    )
