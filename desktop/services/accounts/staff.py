"""Staff accounts: first-start setup, log-in, unlock, and administration of accounts.

Passwords are hashed with Argon2id (argon2-cffi) and never logged or audited.
Repeated wrong passwords lock the account for a while (settings
``login_max_failures`` / ``login_lockout_minutes``). Every log-in, failed
log-in and lock-out is an audit event. Failed attempts are committed before
the refusal is raised, so a refusal never rolls its own audit event back.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import Staff
from db.models.staff import ROLES
from desktop.formatting import format_local_time
from desktop.services.common.audit import changed_fields, record_event
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import NotFound, ServiceError, StaleRecord, ValidationError
from desktop.services.common.messages import Message, msg
from desktop.services.common.permissions import ROLE_NAMES, Permission, require
from desktop.services.settings import store as settings

# The actor before anybody has logged in: no role, so no permission at all.
LOGIN_ACTOR = Actor(staff_id=None, name="PeelDesk log-in", role="")
MAX_PASSWORD = 256
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

# Module-level so tests can swap in cheap parameters; check_needs_rehash then shows
# how stored hashes are upgraded when the parameters change.
HASHER = PasswordHasher()
_dummy_hash: dict[int, str] = {}


class LoginRefused(ServiceError):
    """Wrong user name or password, a locked or a deactivated account."""


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: str
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
    role: str


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


# --- first start ------------------------------------------------------------------------
def _login_capable(session: Session) -> int:
    return session.execute(
        select(func.count())
        .select_from(Staff)
        .where(Staff.active.is_(True), Staff.password_hash.is_not(None))
    ).scalar_one()


def needs_setup(ctx: ServiceContext) -> bool:
    """True while no active account can log in: the app then asks for the first admin."""
    with ctx.database.read() as session:
        return _login_capable(session) == 0


def create_first_admin(
    ctx: ServiceContext, full_name: str, username: str, password: str, password_again: str
) -> Actor:
    """Create the administrator on first start and log them in. Refused once anyone can log in."""
    with ctx.database.write() as session:
        if _login_capable(session):
            raise LoginRefused(
                msg("PeelDesk already has an account that can log in. Log in with it instead.")
            )
        values = _validate(session, StaffInput(username, full_name, "admin"))
        _validate_password(session, password, password_again, values["username"])
        staff = Staff(**values, password_hash=HASHER.hash(password), last_login_at=ctx.now())
        session.add(staff)
        session.flush()
        actor = actor_of(staff)
        as_admin = dataclasses.replace(ctx, actor=actor)
        record_event(
            session,
            as_admin,
            "staff.create",
            entity="staff",
            entity_id=staff.id,
            details={**values, "first_start": True},
        )
        record_event(session, as_admin, "login", entity="staff", entity_id=staff.id)
        return actor


# --- log-in and unlock ------------------------------------------------------------------
def authenticate(ctx: ServiceContext, username: str, password: str) -> Actor:
    """The actor for a correct user name and password; LoginRefused otherwise."""
    with ctx.database.write() as session:
        # FOR UPDATE (PostgreSQL) keeps two desks from losing a failure count; SQLite's
        # write transaction is already exclusive, and SQLAlchemy leaves the clause out there.
        staff = session.scalar(
            select(Staff).where(Staff.username == _clean_username(username)).with_for_update()
        )
        if staff is None or not staff.active or staff.password_hash is None:
            # Say "deactivated" only to someone who knows the password; anyone else gets
            # the same answer, in the same time, as for a wrong password.
            knows_password = _matches(staff.password_hash if staff else None, password)
            # The typed user name is not stored: people sometimes type their password there.
            details = {"reason": "unknown user name"}
            if staff is not None:
                details = {"reason": "account cannot log in", "account": staff.username}
            record_event(
                session,
                ctx,
                "login.failed",
                entity="staff",
                entity_id=staff.id if staff else None,
                details=details,
            )
            refusal: Message | None = msg(
                "The user name or password is wrong. Check them and try again."
            )
            if knows_password:
                refusal = msg("This account has been deactivated. Ask an administrator.")
            actor = None
        else:
            refusal = _check_password(session, ctx, staff, password, "login", "login.failed")
            actor = actor_of(staff)
    if refusal:
        raise LoginRefused(refusal)
    assert actor is not None
    return actor


def verify_unlock(ctx: ServiceContext, password: str) -> None:
    """Unlock the idle-locked screen: only the logged-in account's own password works."""
    if ctx.actor.staff_id is None:
        raise LoginRefused(msg("Nobody is logged in on this screen. Restart PeelDesk to log in."))
    with ctx.database.write() as session:
        staff = session.get(Staff, ctx.actor.staff_id, with_for_update=True)
        if staff is None or not staff.active or staff.password_hash is None:
            record_event(
                session,
                ctx,
                "unlock.failed",
                entity="staff",
                entity_id=ctx.actor.staff_id,
                details={"reason": "account cannot log in"},
            )
            refusal: Message | None = msg(
                "This account can no longer log in. Close PeelDesk and ask an administrator."
            )
        else:
            refusal = _check_password(session, ctx, staff, password, "unlock", "unlock.failed")
    if refusal:
        raise LoginRefused(refusal)


def _check_password(
    session: Session, ctx: ServiceContext, staff: Staff, password: str, ok: str, failed: str
) -> Message | None:
    """Verify, count failures, lock out; audit it all. Returns a refusal sentence or None.

    Log-in bookkeeping is written with a plain UPDATE that leaves row_version alone:
    someone logging in must not make an administrator's open edit of that account stale.
    """
    now = ctx.now()
    if staff.locked_until is not None and staff.locked_until > now:
        record_event(
            session,
            ctx,
            failed,
            entity="staff",
            entity_id=staff.id,
            details={"reason": "account locked", "account": staff.username},
        )
        return _locked_message(ctx, staff.locked_until)
    assert staff.password_hash is not None
    try:
        HASHER.verify(staff.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        limit = settings.get(session, "login_max_failures")
        failures = (staff.failed_logins or 0) + 1
        record_event(
            session,
            ctx,
            failed,
            entity="staff",
            entity_id=staff.id,
            details={"reason": "wrong password", "account": staff.username, "failures": failures},
        )
        if failures >= limit:
            minutes = settings.get(session, "login_lockout_minutes")
            until = now + timedelta(minutes=minutes)
            _bookkeep(session, staff, failed_logins=0, locked_until=until)
            record_event(
                session,
                ctx,
                "login.lockout",
                entity="staff",
                entity_id=staff.id,
                details={"account": staff.username, "failures": limit, "minutes": minutes},
            )
            return _locked_message(ctx, until)
        _bookkeep(session, staff, failed_logins=failures)
        left = limit - failures
        if left == 1:
            return msg(
                "The user name or password is wrong. Check them and try again "
                "(1 attempt left before the account is locked)."
            )
        return msg(
            "The user name or password is wrong. Check them and try again "
            "({count} attempts left before the account is locked).",
            count=left,
        )
    values: dict = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    details = {}
    if HASHER.check_needs_rehash(staff.password_hash):
        values["password_hash"] = HASHER.hash(password)
        details["rehashed"] = True
    _bookkeep(session, staff, **values)
    as_staff = dataclasses.replace(ctx, actor=actor_of(staff))
    record_event(session, as_staff, ok, entity="staff", entity_id=staff.id, details=details)
    return None


def _bookkeep(session: Session, staff: Staff, **values: object) -> None:
    session.execute(
        update(Staff).where(Staff.id == staff.id).values(**values),
        execution_options={"synchronize_session": False},
    )


def _locked_message(ctx: ServiceContext, until: datetime) -> Message:
    return msg(
        "This account is locked after too many wrong passwords. Try again after "
        "{time}, or ask an administrator to unlock it.",
        time=format_local_time(until, ctx.zone),
    )


def _matches(password_hash: str | None, password: str) -> bool:
    """Verify, spending a real check's time even without a hash (unknown user names)."""
    if password_hash is None:
        key = id(HASHER)
        if key not in _dummy_hash:
            _dummy_hash[key] = HASHER.hash("not a real password, only for timing")
        password_hash = _dummy_hash[key]
        password = "\0" + password  # can never match the dummy
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


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
        values = _validate(session, data)
        password_hash = None
        if password:
            _validate_password(session, password, password_again or "", values["username"])
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
        values = _validate(session, data, exclude_id=staff_id)
        before = {key: getattr(staff, key) for key in values}
        changes = changed_fields(before, values)
        if not changes:
            return _row(staff)
        if "role" in changes and staff.role == "admin":
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
            if staff.role == "admin":
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
        _validate_password(session, password, password_again, staff.username)
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
            Staff.role == "admin",
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


def _clean_username(value: str) -> str:
    return unicodedata.normalize("NFC", value or "").strip().lower()


def _validate(session: Session, data: StaffInput, exclude_id: int | None = None) -> dict:
    errors: dict[str, str] = {}
    username = _clean_username(data.username)
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
    elif len(full_name) > 200 or any(unicodedata.category(ch) == "Cc" for ch in full_name):
        errors["full_name"] = msg(
            "Full name is too long or contains characters that cannot be printed."
        )
    if data.role not in ROLES:
        errors["role"] = msg("Choose a role: reception, physician or administrator.")
    if errors:
        raise ValidationError(errors)
    return {"username": username, "full_name": full_name, "role": data.role}


def _validate_password(session: Session, password: str, again: str, username: str) -> None:
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
    if password.strip().lower() == username:
        raise ValidationError({"password": msg("The password must not be the user name.")})
    if password != again:
        raise ValidationError(
            {"password_again": msg("The two passwords are not the same. Type them again.")}
        )
