"""Who may do what, checked at the service layer for every role."""

from __future__ import annotations

import pytest

from desktop.services.accounts import audit_trail, staff
from desktop.services.accounts.audit_trail import AuditFilter
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.common.permissions import ROLE_PERMISSIONS, Permission, allowed, require
from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.validation import PatientInput
from desktop.services.settings import store as settings
from tests.accounts_helpers import as_role, fast_hashing  # noqa: F401

ROLES = ("reception", "physician", "admin")
# The intended matrix, written out independently of permissions.py.
EXPECTED = {
    Permission.VIEW_PATIENTS: ROLES,
    Permission.EDIT_PATIENTS: ROLES,
    Permission.BOOK_SESSIONS: ROLES,
    Permission.PRINT_HANDOUTS: ROLES,
    Permission.MANAGE_QUOTES: ROLES,
    Permission.TAKE_PAYMENTS: ROLES,
    Permission.REFUND_PAYMENTS: ("physician", "admin"),
    Permission.CANCEL_RECEIPTS: ("physician", "admin"),
    Permission.MANAGE_COURSES: ("physician", "admin"),
    Permission.GIVE_LARGE_DISCOUNTS: ("physician", "admin"),
    Permission.VIEW_CLINICAL: ("physician", "admin"),
    Permission.RECORD_TREATMENT: ("physician", "admin"),
    Permission.OVERRIDE_BOOKING_RULES: ("physician", "admin"),
    Permission.MANAGE_CATALOG: ("admin",),
    Permission.MANAGE_PRICES: ("admin",),
    Permission.MANAGE_TEMPLATES: ("admin",),
    Permission.MANAGE_CONSENT_FORMS: ("admin",),
    Permission.MANAGE_STAFF: ("admin",),
    Permission.MANAGE_RESOURCES: ("admin",),
    Permission.MANAGE_SETTINGS: ("admin",),
    Permission.MANAGE_BACKUPS: ("admin",),
    Permission.VIEW_AUDIT: ("admin",),
    Permission.EXPORT_PATIENT_DATA: ("admin",),
    Permission.ANONYMISE_PATIENTS: ("admin",),
}


def test_matrix_covers_every_permission() -> None:
    assert set(EXPECTED) == set(Permission)
    assert set(ROLE_PERMISSIONS) == set(ROLES)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", list(Permission))
def test_require_follows_the_matrix(ctx, role, permission) -> None:
    acting = as_role(ctx, role)
    assert (permission in ROLE_PERMISSIONS[role]) == (role in EXPECTED[permission])
    if role in EXPECTED[permission]:
        require(acting, permission)
    else:
        with pytest.raises(PermissionDenied, match="not allowed"):
            require(acting, permission)


def test_roles_nest() -> None:
    assert ROLE_PERMISSIONS["reception"] < ROLE_PERMISSIONS["physician"] < ROLE_PERMISSIONS["admin"]


@pytest.mark.parametrize("role", ["", "guest", "ADMIN"])
def test_unknown_or_empty_roles_may_do_nothing(ctx, role) -> None:
    acting = as_role(ctx, role)
    assert not any(allowed(acting, p) for p in Permission)
    for call in (
        lambda: patient_search.search_patients(acting, "kaya"),
        lambda: patients.find_duplicates(acting, PatientInput("Elif", "Kaya", phone="05321112233")),
        lambda: patients.get_patient(acting, 1),
        lambda: patients.register_patient(acting, PatientInput("Elif", "Kaya")),
    ):
        with pytest.raises(PermissionDenied):
            call()


def _patient(ctx):
    return patients.register_patient(
        ctx,
        PatientInput(given_name="Elif", family_name="Kaya", notes="Reacted to 40 µm on cheeks."),
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_role_registers_finds_and_edits_patients(ctx, role) -> None:
    acting = as_role(ctx, role)
    saved = patients.register_patient(acting, PatientInput(given_name="Can", family_name="Er"))
    assert [r.id for r in patient_search.search_patients(acting, "can").rows] == [saved.id]
    updated = patients.update_patient(
        acting, saved.id, saved.row_version, PatientInput(given_name="Can", family_name="Eren")
    )
    patients.set_archived(acting, updated.id, updated.row_version, True)


def test_reception_never_receives_clinical_notes(ctx) -> None:
    saved = _patient(ctx)
    reception = as_role(ctx, "reception")
    seen = patients.get_patient(reception, saved.id)
    assert seen.data.notes == "" and seen.clinical_hidden
    physician = as_role(ctx, "physician")
    assert patients.get_patient(physician, saved.id).data.notes == "Reacted to 40 µm on cheeks."


def test_reception_saving_a_patient_keeps_the_notes_it_cannot_see(ctx) -> None:
    saved = _patient(ctx)
    reception = as_role(ctx, "reception")
    seen = patients.get_patient(reception, saved.id)
    changed = PatientInput(given_name="Elif", family_name="Kaya-Şen", notes="")
    patients.update_patient(reception, saved.id, seen.row_version, changed)
    stored = patients.get_patient(ctx, saved.id)
    assert stored.data.family_name == "Kaya-Şen"
    assert stored.data.notes == "Reacted to 40 µm on cheeks."


def test_reception_cannot_write_clinical_notes(ctx) -> None:
    with pytest.raises(ValidationError, match="physicians"):
        patients.register_patient(
            as_role(ctx, "reception"), PatientInput(given_name="A", family_name="B", notes="x")
        )


@pytest.mark.parametrize("role", ["reception", "physician"])
def test_non_admins_are_refused_admin_actions(ctx, role) -> None:
    acting = as_role(ctx, role)
    refused = [
        lambda: settings.update(acting, {"idle_lock_minutes": 1}),
        lambda: staff.list_staff(acting),
        lambda: audit_trail.list_events(acting, AuditFilter()),
        lambda: audit_trail.verify_chain(acting),
        lambda: audit_trail.actor_choices(acting),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()
    assert settings.read(ctx, "idle_lock_minutes") == 10


@pytest.mark.usefixtures("fast_hashing")
def test_admin_may_do_the_admin_actions(ctx) -> None:
    admin = as_role(ctx, "admin")
    settings.update(admin, {"idle_lock_minutes": 1})
    staff.create_staff(admin, staff.StaffInput("dr.ak", "Dr Ak", "physician"))
    assert [r.username for r in staff.list_staff(admin)] == ["dr.ak"]
    assert audit_trail.list_events(admin, AuditFilter()).rows
    assert audit_trail.verify_chain(admin).ok
