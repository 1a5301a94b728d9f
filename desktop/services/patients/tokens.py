"""The searchable words stored for each patient (see PatientSearchToken)."""

from __future__ import annotations

from db.text import fold, words

PHONE_PREFIX = "#"
MIN_PHONE_DIGITS = 3
MAX_TOKEN = 120


def sort_key(given_name: str, family_name: str) -> str:
    return fold(f"{family_name} {given_name}")[:210]


def phone_tokens(phone_e164: str | None) -> set[str]:
    """Every suffix of the phone's digits: 'any part of the number' becomes a prefix match."""
    if not phone_e164:
        return set()
    digits = "".join(ch for ch in phone_e164 if ch.isdigit())
    return {PHONE_PREFIX + digits[start:] for start in range(len(digits) - MIN_PHONE_DIGITS + 1)}


def patient_tokens(given_name: str, family_name: str, phone_e164: str | None) -> set[str]:
    name_words = {w[:MAX_TOKEN] for w in words(given_name) + words(family_name)}
    return name_words | phone_tokens(phone_e164)
