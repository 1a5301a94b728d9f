"""The clinic's settings as one typed object, each field declared once with its rule.

A field's default, type and bounds live here and nowhere else: the service refuses a
value outside them (desktop/services/settings/store.py), and dialogs take their spin-box
ranges from ``bounds()``. Stored values are JSON in the ``setting`` table, one row per
field; a field without a row has its default.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from desktop.services.common.messages import Message, msg

UI_LANGUAGES = ("system", "tr", "en")


@dataclass(frozen=True)
class Rule:
    """What a field accepts. ``label`` names it in a sentence ("the healing interval")."""

    kind: type
    label: Message
    low: int | None = None
    high: int | None = None
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    # Said when the value is out of bounds (or too long, or not one of the choices).
    problem: Message | None = None


def _number(default: int, low: int, high: int, label: Message, problem: Message) -> Any:
    return field(default=default, metadata={"rule": Rule(int, label, low, high, problem=problem)})


def _text(default: str, max_length: int, label: Message, problem: Message) -> Any:
    rule = Rule(str, label, max_length=max_length, problem=problem)
    return field(default=default, metadata={"rule": rule})


@dataclass(frozen=True)
class ClinicSettings:
    clinic_name: str = _text(
        "", 120, msg("the clinic name"), msg("Keep the clinic name under 120 characters.")
    )
    clinic_address: str = _text(
        "", 400, msg("the address"), msg("Keep the address under 400 characters.")
    )
    clinic_phone: str = _text(
        "", 40, msg("the phone number"), msg("Keep the phone number under 40 characters.")
    )
    # A PNG or JPEG file; checked on disk when it changes (store.logo_problem).
    clinic_logo_path: str = _text(
        "", 4096, msg("the logo file"), msg("Keep the logo's path under 4096 characters.")
    )
    # phonenumbers region for numbers typed without a country code; checked against
    # phonenumbers' list when it changes.
    default_region: str = _text(
        "TR", 2, msg("the phone region"), msg("Enter a two-letter country code such as TR.")
    )
    # A new session on an area inside this interval after the last one is warned about.
    healing_interval_days: int = _number(
        28,
        1,
        365,
        msg("the healing interval"),
        msg("Enter a healing interval between 1 and 365 days."),
    )
    # Contraindication screening older than this is warned about at booking.
    screening_max_age_days: int = _number(
        180,
        1,
        3650,
        msg("how long a screening stays valid"),
        msg("Enter a number of days between 1 and 3650."),
    )
    depth_min_um: int = _number(
        10,
        1,
        2000,
        msg("the shallowest depth"),
        msg("Enter a shallowest depth between 1 and 2000 µm."),
    )
    depth_max_um: int = _number(
        200,
        1,
        2000,
        msg("the deepest depth"),
        msg("Enter a deepest depth between 1 and 2000 µm."),
    )
    quote_validity_days: int = _number(
        30,
        1,
        365,
        msg("how long a quote stays valid"),
        msg("Enter how many days a quote stays valid, from 1 to 365."),
    )
    # Reception may give a manual quote discount up to this share of the quote; more needs a
    # physician or an administrator (desktop/services/quotes/drafts.py).
    discount_limit_percent: int = _number(
        10,
        0,
        100,
        msg("the largest discount reception may give"),
        msg("Enter a discount limit between 0 and 100 %."),
    )
    # The clinic's time zone (an IANA name such as Europe/Istanbul; "" = the computer's).
    # Every date and time shown or printed is in it; checked against zoneinfo when it changes.
    clinic_time_zone: str = _text(
        "",
        64,
        msg("the time zone"),
        msg("Choose the time zone from the list, for example Europe/Istanbul."),
    )
    # Interface language: "system" follows the computer's locale, else "tr" or "en".
    # Read at start-up (and remembered per computer); Settings switches it at once.
    ui_language: str = field(
        default="system",
        metadata={
            "rule": Rule(
                str,
                msg("the interface language"),
                choices=UI_LANGUAGES,
                problem=msg("Choose Turkish, English or the computer's language."),
            )
        },
    )
    # True only for databases filled by `peeldesk demo`.
    demo_data: bool = field(
        default=False, metadata={"rule": Rule(bool, msg("the demonstration data mark"))}
    )
    # Backups (SQLite): folder ("" = the user data folder's "backups"), how often, how many.
    backup_folder: str = _text(
        "",
        4096,
        msg("the backup folder"),
        msg("Keep the backup folder's path under 4096 characters."),
    )
    backup_interval_hours: int = _number(
        4,
        0,
        168,
        msg("the time between backups"),
        msg(
            "Enter how many hours between backups, from 1 to 168 (a week), or 0 for a backup "
            "only when PeelDesk starts."
        ),
    )
    backup_keep_daily: int = _number(
        7, 1, 90, msg("the daily backups kept"), msg("Keep between 1 and 90 daily backups.")
    )
    backup_keep_weekly: int = _number(
        4, 0, 104, msg("the weekly backups kept"), msg("Keep between 0 and 104 weekly backups.")
    )
    # Treatment records are kept this many years after a patient's last session,
    # also when the patient's identity was removed on request (see the admin guide).
    legal_retention_years: int = _number(
        10,
        1,
        100,
        msg("how long records are kept"),
        msg("Keep treatment records between 1 and 100 years."),
    )
    # Staff accounts: shortest password accepted, and the lock-out after wrong passwords.
    password_min_length: int = _number(
        10,
        8,
        128,
        msg("the shortest password"),
        msg("The shortest password must be between 8 and 128 characters."),
    )
    login_max_failures: int = _number(
        5,
        3,
        20,
        msg("the wrong passwords before a lock-out"),
        msg("Lock an account after between 3 and 20 wrong passwords."),
    )
    login_lockout_minutes: int = _number(
        15,
        1,
        1440,
        msg("the lock-out time"),
        msg("Lock an account for between 1 and 1440 minutes (a day)."),
    )
    # The screen locks after this many minutes without keyboard or mouse use (0: never).
    idle_lock_minutes: int = _number(
        10,
        0,
        240,
        msg("the screen lock time"),
        msg("Lock the screen after between 1 and 240 minutes, or 0 for never."),
    )

    # Treatment photos: a folder where the clinic's camera or phone drops files ("" = none),
    # offered in the history's Photos tab to assign to a session's area; rescanned this often
    # besides the file-system watcher (network folders do not always report changes).
    photo_inbox_folder: str = _text(
        "",
        4096,
        msg("the incoming photos folder"),
        msg("Keep the incoming photos folder's path under 4096 characters."),
    )
    photo_inbox_rescan_seconds: int = _number(
        30,
        5,
        3600,
        msg("how often the incoming photos folder is looked at"),
        msg("Look at the incoming photos folder every 5 to 3600 seconds."),
    )


RULES: dict[str, Rule] = {f.name: f.metadata["rule"] for f in fields(ClinicSettings)}
DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(ClinicSettings)}


def bounds(name: str) -> tuple[int, int]:
    """The lowest and highest value of a number setting (for spin boxes)."""
    rule = RULES[name]
    assert rule.low is not None and rule.high is not None, name
    return rule.low, rule.high


def value_problem(name: str, value: Any) -> Message | None:
    """What is wrong with ``value`` for the setting ``name`` on its own, or None."""
    rule = RULES.get(name)
    if rule is None:
        return msg("Unknown setting “{key}”.", key=name)
    if rule.kind is int:
        # bool is an int in Python, and NaN or 2.0 are not whole numbers of anything.
        if isinstance(value, bool) or not isinstance(value, int):
            return msg("Enter {setting} as a whole number.", setting=rule.label)
        assert rule.low is not None and rule.high is not None
        return None if rule.low <= value <= rule.high else rule.problem
    if rule.kind is bool:
        return (
            None
            if isinstance(value, bool)
            else msg("Choose yes or no for {setting}.", setting=rule.label)
        )
    if not isinstance(value, str):
        return msg("Enter {setting} as text.", setting=rule.label)
    if rule.choices and value not in rule.choices:
        return rule.problem
    if rule.max_length is not None and len(value) > rule.max_length:
        return rule.problem
    return None
