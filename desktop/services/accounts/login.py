"""Log-in, unlocking an idle screen, lock-out after repeated wrong passwords, and the first
administrator of a new database.

Repeated wrong passwords lock the account for a while (settings
``login_max_failures`` / ``login_lockout_minutes``). Every log-in, failed
log-in and lock-out is an audit event. Failed attempts are committed before
the refusal is raised, so a refusal never rolls its own audit event back.
The hasher is read from staff.py at each call (``staff_accounts.HASHER``), so swapping it
there (tests use cheap parameters) changes log-in too.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.codes import Role
from db.models import Staff
from desktop.formatting import format_local_time
from desktop.services.accounts import staff as staff_accounts
from desktop.services.accounts.staff import (
    StaffInput,
    actor_of,
    clean_username,
    validate_account,
    validate_password,
)
from desktop.services.common.audit import record_event
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import Message, msg
from desktop.services.settings import store as settings

# The actor before anybody has logged in: no role, so no permission at all.
LOGIN_ACTOR = Actor(staff_id=None, name="PeelDesk log-in", role="")

# One dummy hash per hasher, to spend a real check's time on unknown user names.
_dummy_hash: dict[int, str] = {}


class LoginRefused(ServiceError):
    """Wrong user name or password, a locked or a deactivated account."""


# The one answer a log-in gets for an unknown user name, a wrong password and a locked
# account alike (each costs one password check), so nobody can find out which user names
# exist or which accounts are locked; the audit trail says which it was.
REFUSED = msg(
    "The user name or password is wrong, or the account is locked after too many wrong "
    "passwords. Check them and try again later, or ask an administrator."
)


# --- first start ------------------------------------------------------------------------
def _login_capable(session: Session) -> int:
    return session.execute(
        select(func.count())
        .select_from(Staff)
        .where(Staff.active.is_(True), Staff.password_hash.is_not(None))
    ).scalar_one()


def waits_for_file_check(ctx: ServiceContext) -> bool:
    """True while the start-up check of the database file holds every write (db/engine.py).

    A log-in writes (last log-in, failed attempts, audit), so the screens run it on a worker
    meanwhile, where it waits for the check instead of being refused."""
    return ctx.database.writes_held


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
        values = validate_account(session, StaffInput(username, full_name, Role.ADMIN))
        validate_password(
            session, password, password_again, values["username"], values["full_name"]
        )
        staff = Staff(
            **values, password_hash=staff_accounts.HASHER.hash(password), last_login_at=ctx.now()
        )
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
def authenticate(
    ctx: ServiceContext, username: str, password: str, *, switched_from: Actor | None = None
) -> Actor:
    """The actor for a correct user name and password; LoginRefused otherwise.

    ``switched_from``: the person whose desk stays open (locked) on this computer while
    this one logs in ("switch user"); the log-in event names them.
    """
    username, password = _typable(username), _typable(password)
    with ctx.database.write() as session:
        # FOR UPDATE (PostgreSQL) keeps two desks from losing a failure count; SQLite's
        # write transaction is already exclusive, and SQLAlchemy leaves the clause out there.
        staff = session.scalar(
            select(Staff).where(Staff.username == clean_username(username)).with_for_update()
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
            refusal: Message | None = REFUSED
            if knows_password:
                refusal = msg("This account has been deactivated. Ask an administrator.")
            actor = None
        else:
            extra = {}
            if switched_from is not None and switched_from.staff_id is not None:
                extra = {"switched_from": switched_from.staff_id}
            refusal = _check_password(session, ctx, staff, password, "login", "login.failed", extra)
            if refusal is not None:
                refusal = REFUSED  # attempts left and lock-out times only on the lock screen
            actor = actor_of(staff)
    if refusal:
        raise LoginRefused(refusal)
    assert actor is not None
    return actor


def verify_unlock(ctx: ServiceContext, password: str) -> None:
    """Unlock the idle-locked screen: only the logged-in account's own password works."""
    if ctx.actor.staff_id is None:
        raise LoginRefused(msg("Nobody is logged in on this screen. Restart PeelDesk to log in."))
    password = _typable(password)
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
    session: Session,
    ctx: ServiceContext,
    staff: Staff,
    password: str,
    ok: str,
    failed: str,
    ok_details: dict | None = None,
) -> Message | None:
    """Verify, count failures, lock out; audit it all. Returns a refusal sentence or None.

    Log-in bookkeeping is written with a plain UPDATE that leaves row_version alone:
    someone logging in must not make an administrator's open edit of that account stale.
    """
    now = ctx.now()
    if staff.locked_until is not None and staff.locked_until > now:
        # Checked and ignored: a locked account answers in a password check's time, and
        # even the right password does not get in until the lock-out ends.
        _matches(staff.password_hash, password)
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
        staff_accounts.HASHER.verify(staff.password_hash, password)
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
    details = dict(ok_details or {})
    if staff_accounts.HASHER.check_needs_rehash(staff.password_hash):
        values["password_hash"] = staff_accounts.HASHER.hash(password)
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
        key = id(staff_accounts.HASHER)
        if key not in _dummy_hash:
            _dummy_hash[key] = staff_accounts.HASHER.hash("not a real password, only for timing")
        password_hash = _dummy_hash[key]
        password = "\0" + password  # can never match the dummy
    try:
        return staff_accounts.HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _typable(text: str) -> str:
    """``text`` with what no keyboard types (a lone surrogate, pasted from a broken source)
    replaced: such a password is simply wrong, not a crash in the hasher or the driver."""
    return (text or "").encode("utf-8", "surrogatepass").decode("utf-8", "replace")
