"""Who may do what. Enforced in services (not only by hiding widgets).

Roles nest: a physician may do everything reception may, an admin everything.
"""

from __future__ import annotations

import enum

from db.codes import Role
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import PermissionDenied
from desktop.services.common.messages import msg


class Permission(enum.StrEnum):
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"
    BOOK_SESSIONS = "book_sessions"
    PRINT_HANDOUTS = "print_handouts"
    MANAGE_QUOTES = "manage_quotes"
    # Deposits and payments, receipts, the day's cash-up.
    TAKE_PAYMENTS = "take_payments"
    # Refunds, cancelled receipts, closing a course early, discounts above the clinic's limit.
    REFUND_PAYMENTS = "refund_payments"
    CANCEL_RECEIPTS = "cancel_receipts"
    MANAGE_COURSES = "manage_courses"
    GIVE_LARGE_DISCOUNTS = "give_large_discounts"
    # Clinical: depths, device settings, reactions, follow-ups, history, clinical notes.
    VIEW_CLINICAL = "view_clinical"
    RECORD_TREATMENT = "record_treatment"
    # Book over a clash, out-of-service device or outside working hours, with a reason.
    OVERRIDE_BOOKING_RULES = "override_booking_rules"
    # Administration.
    MANAGE_CATALOG = "manage_catalog"
    MANAGE_PRICES = "manage_prices"
    MANAGE_TEMPLATES = "manage_templates"
    # Publish a new version of a consent form (what patients sign).
    MANAGE_CONSENT_FORMS = "manage_consent_forms"
    MANAGE_STAFF = "manage_staff"
    MANAGE_RESOURCES = "manage_resources"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_AUDIT = "view_audit"
    EXPORT_PATIENT_DATA = "export_patient_data"
    ANONYMISE_PATIENTS = "anonymise_patients"


_RECEPTION = frozenset(
    {
        Permission.VIEW_PATIENTS,
        Permission.EDIT_PATIENTS,
        Permission.BOOK_SESSIONS,
        Permission.PRINT_HANDOUTS,
        Permission.MANAGE_QUOTES,
        Permission.TAKE_PAYMENTS,
    }
)
_PHYSICIAN = _RECEPTION | {
    Permission.VIEW_CLINICAL,
    Permission.RECORD_TREATMENT,
    Permission.OVERRIDE_BOOKING_RULES,
    Permission.REFUND_PAYMENTS,
    Permission.CANCEL_RECEIPTS,
    Permission.MANAGE_COURSES,
    Permission.GIVE_LARGE_DISCOUNTS,
}
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.RECEPTION: _RECEPTION,
    Role.PHYSICIAN: frozenset(_PHYSICIAN),
    Role.ADMIN: frozenset(Permission),
}
ROLE_NAMES: dict[str, str] = {
    Role.RECEPTION: "reception",
    Role.PHYSICIAN: "physician",
    Role.ADMIN: "administrator",
}
# The same names inside a refusal (the interface translates them with the sentence).
_ROLE_WORDS: dict[str, str] = {
    Role.RECEPTION: msg("reception"),
    Role.PHYSICIAN: msg("physician"),
    Role.ADMIN: msg("administrator"),
}
# What each permission lets someone do, completing "is not allowed to …".
_ACTIONS = {
    Permission.VIEW_PATIENTS: msg("view patients"),
    Permission.EDIT_PATIENTS: msg("edit patients"),
    Permission.BOOK_SESSIONS: msg("book sessions"),
    Permission.PRINT_HANDOUTS: msg("print handouts"),
    Permission.MANAGE_QUOTES: msg("manage quotes"),
    Permission.TAKE_PAYMENTS: msg("take payments"),
    Permission.REFUND_PAYMENTS: msg("refund payments"),
    Permission.CANCEL_RECEIPTS: msg("cancel receipts"),
    Permission.MANAGE_COURSES: msg("extend or close courses"),
    Permission.GIVE_LARGE_DISCOUNTS: msg("give a discount above the clinic's limit"),
    Permission.VIEW_CLINICAL: msg("view clinical records"),
    Permission.RECORD_TREATMENT: msg("record treatments"),
    Permission.OVERRIDE_BOOKING_RULES: msg("book over a clash or outside working hours"),
    Permission.MANAGE_CATALOG: msg("manage the treatment area catalog"),
    Permission.MANAGE_PRICES: msg("manage prices"),
    Permission.MANAGE_TEMPLATES: msg("manage handout templates"),
    Permission.MANAGE_CONSENT_FORMS: msg("publish consent forms"),
    Permission.MANAGE_STAFF: msg("manage staff accounts"),
    Permission.MANAGE_RESOURCES: msg("manage rooms, devices and working hours"),
    Permission.MANAGE_SETTINGS: msg("manage settings"),
    Permission.MANAGE_BACKUPS: msg("manage backups"),
    Permission.VIEW_AUDIT: msg("view the audit trail"),
    Permission.EXPORT_PATIENT_DATA: msg("export patient data"),
    Permission.ANONYMISE_PATIENTS: msg("anonymise patients"),
}


def allowed(ctx: ServiceContext, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(ctx.actor.role, frozenset())


def require(ctx: ServiceContext, permission: Permission) -> None:
    """Raise PermissionDenied (a sentence for the user) unless the actor's role allows it."""
    if not allowed(ctx, permission):
        raise PermissionDenied(
            msg(
                "Your account ({role}) is not allowed to {action}. "
                "Ask a physician or an administrator.",
                role=_ROLE_WORDS.get(ctx.actor.role, ctx.actor.role),
                action=_ACTIONS.get(permission, permission.value.replace("_", " ")),
            )
        )
