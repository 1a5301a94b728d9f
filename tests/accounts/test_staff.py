"""Staff accounts: first start, log-in, lock-out, re-hashing, administration, audit."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from db.models import AuditEvent, Staff
from desktop.services.accounts import login as staff_login
from desktop.services.accounts import staff
from desktop.services.accounts.login import LoginRefused
from desktop.services.accounts.staff import StaffInput
from desktop.services.common.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.services.settings import store as settings
from tests.accounts_helpers import PASSWORD, add_account, as_role, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _events(ctx, prefix: str = "") -> list[AuditEvent]:
    with ctx.database.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    return [e for e in rows if e.action.startswith(prefix)]


def _all_audit_text(ctx) -> str:
    with ctx.database.read() as session:
        return " ".join(
            f"{e.action} {e.details} {e.actor_name}" for e in session.scalars(select(AuditEvent))
        )


def test_first_start_creates_the_admin_once_and_logs_in(ctx) -> None:
    assert staff_login.needs_setup(ctx)
    actor = staff_login.create_first_admin(ctx, "Selin Aydın", "Selin", PASSWORD, PASSWORD)
    assert (actor.name, actor.role) == ("Selin Aydın", "admin")
    assert not staff_login.needs_setup(ctx)
    with ctx.database.read() as session:
        stored = session.scalars(select(Staff)).one()
    assert stored.username == "selin"
    assert stored.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored.password_hash
    assert [e.action for e in _events(ctx)] == ["staff.create", "login"]
    with pytest.raises(LoginRefused, match="already has an account"):
        staff_login.create_first_admin(ctx, "Eve", "eve", PASSWORD, PASSWORD)


def test_listed_staff_without_password_still_need_setup(ctx) -> None:
    staff.create_staff(ctx, StaffInput("dr.kaya", "Dr Kaya", "physician"))
    assert staff_login.needs_setup(ctx)


@pytest.mark.parametrize(
    ("password", "again", "field"),
    [
        ("short", "short", "password"),
        ("", "", "password"),
        ("long enough pw", "long enough px", "password_again"),
        ("selin.admin", "selin.admin", "password"),
    ],
)
def test_setup_refuses_weak_or_mismatched_passwords(ctx, password, again, field) -> None:
    with pytest.raises(ValidationError) as error:
        staff_login.create_first_admin(ctx, "Selin", "selin.admin", password, again)
    assert field in error.value.field_errors
    assert staff_login.needs_setup(ctx)


def test_minimum_length_comes_from_settings(ctx) -> None:
    settings.update(ctx, {"password_min_length": 16})
    with pytest.raises(ValidationError, match="at least 16"):
        staff_login.create_first_admin(ctx, "Selin", "selin", PASSWORD, PASSWORD)


def test_login_success_and_wrong_password_are_audited_without_the_password(ctx) -> None:
    add_account(ctx, "ayse", "reception")
    with pytest.raises(LoginRefused, match="wrong"):
        staff_login.authenticate(ctx, "ayse", "wrong password!")
    with pytest.raises(LoginRefused, match="wrong"):
        staff_login.authenticate(ctx, "nobody", "my secret password")
    actor = staff_login.authenticate(ctx, " AYSE ", PASSWORD)
    assert actor.role == "reception"
    actions = [e.action for e in _events(ctx, "login")]
    assert actions == ["login.failed", "login.failed", "login"]
    assert json.loads(_events(ctx, "login")[0].details)["account"] == "ayse"
    login = _events(ctx, "login")[-1]
    assert login.actor_id == actor.staff_id and login.actor_name == "Ayse"
    text = _all_audit_text(ctx)
    assert "wrong password!" not in text and "my secret password" not in text
    assert PASSWORD not in text and "nobody" not in text


def test_five_failures_lock_the_account_for_the_configured_time(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong"):
            staff_login.authenticate(ctx, "ayse", "not it at all")
    with pytest.raises(LoginRefused, match="locked"):
        staff_login.authenticate(ctx, "ayse", "not it at all")
    # Even the right password is refused while locked.
    with pytest.raises(LoginRefused, match="locked"):
        staff_login.authenticate(ctx, "ayse", PASSWORD)
    assert [e.action for e in _events(ctx, "login.lockout")] == ["login.lockout"]
    later = dataclasses.replace(ctx, clock=lambda: ctx.now() + timedelta(minutes=16))
    assert staff_login.authenticate(later, "ayse", PASSWORD).staff_id == row.id


def test_admin_unlock_lifts_a_lock_out(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    settings.update(ctx, {"login_max_failures": 3})  # the fewest the setting allows
    for _ in range(3):
        with pytest.raises(LoginRefused):
            staff_login.authenticate(ctx, "ayse", "not it at all")
    with pytest.raises(LoginRefused, match="locked"):
        staff_login.authenticate(ctx, "ayse", PASSWORD)
    staff.unlock_account(ctx, row.id)
    assert staff_login.authenticate(ctx, "ayse", PASSWORD).staff_id == row.id


def test_changed_hash_parameters_rehash_on_login(ctx, monkeypatch) -> None:
    row = add_account(ctx, "ayse", "reception")
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(staff, "HASHER", stronger)
    staff_login.authenticate(ctx, "ayse", PASSWORD)
    with ctx.database.read() as session:
        stored = session.get(Staff, row.id).password_hash
    assert not stronger.check_needs_rehash(stored)
    assert "t=2" in stored
    assert json.loads(_events(ctx, "login")[-1].details) == {"rehashed": True}
    staff_login.authenticate(ctx, "ayse", PASSWORD)
    assert json.loads(_events(ctx, "login")[-1].details) == {}


def test_deactivated_account_cannot_log_in_or_unlock(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    staff.set_active(ctx, row.id, row.row_version, False)
    with pytest.raises(LoginRefused, match="deactivated"):
        staff_login.authenticate(ctx, "ayse", PASSWORD)
    # A guesser learns nothing about the account.
    with pytest.raises(LoginRefused, match="user name or password is wrong"):
        staff_login.authenticate(ctx, "ayse", "some guess or other")
    as_ayse = as_role(ctx, "reception", row.id)
    with pytest.raises(LoginRefused):
        staff_login.verify_unlock(as_ayse, PASSWORD)


def test_unlock_accepts_only_the_logged_in_accounts_password(ctx) -> None:
    ayse = add_account(ctx, "ayse", "reception")
    add_account(ctx, "mert", "physician", "mert's password")
    as_ayse = as_role(ctx, "reception", ayse.id)
    with pytest.raises(LoginRefused):
        staff_login.verify_unlock(as_ayse, "mert's password")
    staff_login.verify_unlock(as_ayse, PASSWORD)
    assert [e.action for e in _events(ctx, "unlock")] == ["unlock.failed", "unlock"]


def test_update_audits_changes_before_and_after(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    updated = staff.update_staff(
        ctx, row.id, row.row_version, StaffInput("ayse", "Ayşe Kaya", "physician")
    )
    assert (updated.full_name, updated.role) == ("Ayşe Kaya", "physician")
    details = json.loads(_events(ctx, "staff.update")[-1].details)
    assert details == {
        "changes": {"full_name": ["Ayse", "Ayşe Kaya"], "role": ["reception", "physician"]}
    }
    with pytest.raises(StaleRecord):
        staff.update_staff(ctx, row.id, row.row_version, StaffInput("ayse", "A", "reception"))


def test_setting_changes_are_audited_before_and_after(ctx) -> None:
    settings.update(ctx, {"idle_lock_minutes": 5})
    details = json.loads(_events(ctx, "setting.change")[-1].details)
    assert details == {"idle_lock_minutes": [10, 5]}


def test_the_last_admin_cannot_be_demoted_or_deactivated(ctx) -> None:
    actor = staff_login.create_first_admin(ctx, "Selin", "selin", PASSWORD, PASSWORD)
    admin_ctx = dataclasses.replace(ctx, actor=actor)
    other = add_account(admin_ctx, "deniz", "admin")
    [me] = [r for r in staff.list_staff(admin_ctx) if r.username == "selin"]
    with pytest.raises(ValidationError, match="own account"):
        staff.set_active(admin_ctx, me.id, me.row_version, False)
    staff.set_active(admin_ctx, other.id, other.row_version, False)
    with pytest.raises(ValidationError, match="at least one active administrator"):
        staff.update_staff(
            admin_ctx, me.id, me.row_version, StaffInput("selin", "Selin", "reception")
        )


def test_usernames_are_checked_and_unique(ctx) -> None:
    add_account(ctx, "ayse", "reception")
    with pytest.raises(ValidationError, match="already taken"):
        add_account(ctx, "AYSE", "reception")
    with pytest.raises(ValidationError, match="English letters"):
        add_account(ctx, "ay şe", "reception")
    with pytest.raises(ValidationError, match="Choose a role"):
        staff.create_staff(ctx, StaffInput("x.y", "X Y", "boss"))


def test_password_reset_is_audited_without_the_password(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    staff.set_password(ctx, row.id, "brand new secret", "brand new secret")
    assert staff_login.authenticate(ctx, "ayse", "brand new secret").staff_id == row.id
    assert "brand new secret" not in _all_audit_text(ctx)
    assert _events(ctx, "staff.password_set")[0].entity_id == row.id


@pytest.mark.parametrize("role", ["reception", "physician"])
def test_only_admins_manage_staff(ctx, role) -> None:
    row = add_account(ctx, "ayse", "reception")
    other = as_role(ctx, role)
    for call in (
        lambda: staff.list_staff(other),
        lambda: add_account(other, "new.one", "admin"),
        lambda: staff.update_staff(
            other, row.id, row.row_version, StaffInput("ayse", "A", "admin")
        ),
        lambda: staff.set_active(other, row.id, row.row_version, False),
        lambda: staff.set_password(other, row.id, PASSWORD, PASSWORD),
        lambda: staff.unlock_account(other, row.id),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_logging_in_does_not_make_an_admins_open_edit_stale(ctx) -> None:
    row = add_account(ctx, "ayse", "reception")
    staff_login.authenticate(ctx, "ayse", PASSWORD)
    with pytest.raises(LoginRefused):
        staff_login.authenticate(ctx, "ayse", "not it at all")
    updated = staff.update_staff(
        ctx, row.id, row.row_version, StaffInput("ayse", "Ayşe", "reception")
    )
    assert updated.full_name == "Ayşe"
