"""Staff accounts: their administration (create, edit, deactivate, reset a password,
unlock) and the account rules login.py shares (validation, the password hasher).

Passwords are hashed with Argon2id (argon2-cffi) and never logged or audited.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.codes import Role, code_of
from db.models import Staff
from desktop.services.accounts.password_strength import weakness
from desktop.services.common.audit import changed_fields, record_event
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import ROLE_NAMES, Permission, require
from desktop.services.settings import store as settings

MAX_PASSWORD = 256
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

# Module-level so tests can swap in cheap parameters; check_needs_rehash then shows
# how stored hashes are upgraded when the parameters change.
HASHER = PasswordHasher()


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    can_log_in: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    row_version: int

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


@dataclass(frozen=True)
class StaffInput:
    username: str
    full_name: str
    role: str  # a Role's code, as the form offers it; validated


def _row(staff: Staff) -> StaffRow:
    return StaffRow(
        id=staff.id,
        username=staff.username,
        full_name=staff.full_name,
        role=staff.role,
        active=staff.active,
        can_log_in=staff.password_hash is not None,
        locked_until=staff.locked_until,
        last_login_at=staff.last_login_at,
        row_version=staff.row_version,
    )


def actor_of(staff: Staff | StaffRow) -> Actor:
    return Actor(staff_id=staff.id, name=staff.full_name, role=staff.role)


# --- administration -------------------------------------------------------------------
def list_staff(ctx: ServiceContext, *, include_inactive: bool = True) -> list[StaffRow]:
    require(ctx, Permission.MANAGE_STAFF)
    stmt = select(Staff).order_by(Staff.active.desc(), Staff.full_name)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    with ctx.database.read() as session:
        return [_row(s) for s in session.scalars(stmt)]


def create_staff(
    ctx: ServiceContext,
    data: StaffInput,
    password: str | None = None,
    password_again: str | None = None,
) -> StaffRow:
    """A new account. Without a password the person is only listed (cannot log in)."""
    require(ctx, Permission.MANAGE_STAFF)
    with ctx.database.write() as session:
        values = validate_account(session, data)
        password_hash = None
        if password:
            validate_password(
                session, password, password_again or "", values["username"], values["full_name"]
            )
            password_hash = HASHER.hash(password)
        staff = Staff(**values, password_hash=password_hash)
        session.add(staff)
        session.flush()
        record_event(
            session,
            ctx,
            "staff.create",
            entity="staff",
            entity_id=staff.id,
            details={**values, "can_log_in": password_hash is not None},
        )
        return _row(staff)


def update_staff(
    ctx: ServiceContext, staff_id: int, expected_version: int, data: StaffInput
) -> StaffRow:
    require(ctx, Permission.MANAGE_STAFF)
    with ctx.database.write() as session:
        staff = _load(session, staff_id, expected_version)
        values = validate_account(session, data, exclude_id=staff_id)
        before = {key: getattr(staff, key) for key in values}
        changes = changed_fields(before, values)
        if not changes:
            return _row(staff)
        if "role" in changes and staff.role == Role.ADMIN:
            _keep_one_admin(session, staff, "role")
        for key, value in values.items():
            setattr(staff, key, value)
        _flush(session)
        record_event(
            session,
            ctx,
            "staff.update",
            entity="staff",
            entity_id=staff.id,
            details={"changes": changes},
        )
        return _row(staff)


def set_active(ctx: ServiceContext, staff_id: int, expected_version: int, active: bool) -> StaffRow:
    """Deactivate (or reactivate) an account. Accounts are never deleted: the trail names them."""
    require(ctx, Permission.MANAGE_STAFF)
    with ctx.database.write() as session:
        staff = _load(session, staff_id, expected_version)
        if staff.active == active:
            return _row(staff)
        if not active:
            if staff.id == ctx.actor.staff_id:
                raise ValidationError(
                    {
                        "active": msg(
                            "You cannot deactivate your own account while logged in with it."
                        )
                    }
                )
            if staff.role == Role.ADMIN:
                _keep_one_admin(session, staff, "active")
        staff.active = active
        _flush(session)
        action = "staff.reactivate" if active else "staff.deactivate"
        record_event(
            session,
            ctx,
            action,
            entity="staff",
            entity_id=staff.id,
            details={"active": [not active, active]},
        )
        return _row(staff)


def set_password(
    ctx: ServiceContext, staff_id: int, password: str, password_again: str
) -> StaffRow:
    """An administrator sets (or resets) a password; this also lifts a lock-out."""
    require(ctx, Permission.MANAGE_STAFF)
    with ctx.database.write() as session:
        staff = _load(session, staff_id, None)
        validate_password(session, password, password_again, staff.username, staff.full_name)
        staff.password_hash = HASHER.hash(password)
        staff.failed_logins = 0
        staff.locked_until = None
        _flush(session)
        # Which account got a new password, never the password itself.
        record_event(session, ctx, "staff.password_set", entity="staff", entity_id=staff.id)
        return _row(staff)


def unlock_account(ctx: ServiceContext, staff_id: int) -> StaffRow:
    require(ctx, Permission.MANAGE_STAFF)
    with ctx.database.write() as session:
        staff = _load(session, staff_id, None)
        if staff.locked_until is None and not staff.failed_logins:
            return _row(staff)
        staff.locked_until = None
        staff.failed_logins = 0
        _flush(session)
        record_event(session, ctx, "staff.unlock", entity="staff", entity_id=staff.id)
        return _row(staff)


# --- helpers ----------------------------------------------------------------------------
def _load(session: Session, staff_id: int, expected_version: int | None) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(msg("This staff account no longer exists. Reload the list."))
    if expected_version is not None and staff.row_version != expected_version:
        raise StaleRecord(
            msg(
                "This account was changed by someone else after you opened it. "
                "Nothing was saved: reload the list and make your change again."
            )
        )
    return staff


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(
            msg(
                "This account was changed by someone else meanwhile. Nothing was saved: "
                "reload the list and try again."
            )
        ) from error


def _keep_one_admin(session: Session, staff: Staff, field: str) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(
            Staff.role == Role.ADMIN,
            Staff.active.is_(True),
            Staff.password_hash.is_not(None),
            Staff.id != staff.id,
        )
    )
    if not others:
        raise ValidationError(
            {
                field: msg(
                    "PeelDesk needs at least one active administrator who can log in. "
                    "Make another account an administrator first."
                )
            }
        )


def clean_username(value: str) -> str:
    return unicodedata.normalize("NFC", value or "").strip().lower()


def validate_account(session: Session, data: StaffInput, exclude_id: int | None = None) -> dict:
    errors: dict[str, str] = {}
    username = clean_username(data.username)
    full_name = " ".join(unicodedata.normalize("NFC", data.full_name or "").split())
    if not username:
        errors["username"] = msg("User name is required.")
    elif not _USERNAME.match(username):
        errors["username"] = msg(
            "User name: 2 to 64 characters, English letters, digits, dot, dash or "
            "underscore (for example ayse.kaya)."
        )
    else:
        clash = select(Staff.id).where(Staff.username == username)
        if exclude_id is not None:
            clash = clash.where(Staff.id != exclude_id)
        if session.scalar(clash) is not None:
            errors["username"] = msg(
                "The user name “{username}” is already taken; choose another.", username=username
            )
    if not full_name:
        errors["full_name"] = msg("Full name is required.")
    elif len(full_name) > 200 or any(unicodedata.category(ch) in ("Cc", "Cs") for ch in full_name):
        errors["full_name"] = msg(
            "Full name is too long or contains characters that cannot be printed."
        )
    role = code_of(Role, data.role)
    if role is None:
        errors["role"] = msg("Choose a role: reception, physician or administrator.")
    if errors:
        raise ValidationError(errors)
    return {"username": username, "full_name": full_name, "role": role}


def validate_password(
    session: Session, password: str, again: str, username: str, full_name: str = ""
) -> None:
    """Long enough (the clinic's setting), not too long, not guessable (password_strength.py,
    which knows the person's, the account's and the clinic's names), typed twice alike."""
    minimum = settings.get(session, "password_min_length")
    if len(password or "") < minimum:
        raise ValidationError(
            {"password": msg("The password must have at least {count} characters.", count=minimum)}
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            {
                "password": msg(
                    "The password must be at most {count} characters long.", count=MAX_PASSWORD
                )
            }
        )
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in password):
        raise ValidationError(
            {
                "password": msg(
                    "The password contains characters that cannot be typed. Type it again."
                )
            }
        )
    if password.strip().lower() == username:
        raise ValidationError({"password": msg("The password must not be the user name.")})
    weak = weakness(password, (username, full_name, settings.get(session, "clinic_name")))
    if weak is not None:
        raise ValidationError({"password": weak})
    if password != again:
        raise ValidationError(
            {"password_again": msg("The two passwords are not the same. Type them again.")}
        )
