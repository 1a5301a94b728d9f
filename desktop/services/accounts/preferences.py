"""A staff member's own choices: the interface language.

Anyone may change their own; an administrator (who manages staff accounts) may change
anyone's. NULL means "the clinic's default" (the ``ui_language`` setting), so a clinic that
never chooses per person behaves as before.
"""

from __future__ import annotations

from sqlalchemy import update

from db.models import Staff
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, allowed
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_settings import UI_LANGUAGES


def own_language(ctx: ServiceContext, staff_id: int) -> str | None:
    """The account's own language choice, None when it follows the clinic's default."""
    with ctx.database.read() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(msg("This staff account no longer exists."))
        return staff.ui_language


def language_for(ctx: ServiceContext) -> str:
    """The language setting for the logged-in actor: their own, else the clinic's default."""
    chosen = own_language(ctx, ctx.actor.staff_id) if ctx.actor.staff_id is not None else None
    if chosen is not None:
        return chosen
    default: str = settings.read(ctx, "ui_language")
    return default


def set_own_language(ctx: ServiceContext, staff_id: int, language: str | None) -> None:
    """Choose ``staff_id``'s interface language (None: the clinic's default).

    Changing one's own needs no permission; another account's needs MANAGE_STAFF.
    The account's row_version is left alone: a preference must not make an
    administrator's open edit of that account stale.
    """
    own = ctx.actor.staff_id is not None and ctx.actor.staff_id == staff_id
    if not own and not allowed(ctx, Permission.MANAGE_STAFF):
        raise PermissionDenied(
            msg(
                "You can change only your own interface language. "
                "Ask an administrator to change someone else's."
            )
        )
    if language is not None and language not in UI_LANGUAGES:
        raise ValidationError(
            {"ui_language": msg("Choose Turkish, English or the computer's language.")}
        )
    with ctx.database.write() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(msg("This staff account no longer exists."))
        before = staff.ui_language
        session.execute(
            update(Staff).where(Staff.id == staff_id).values(ui_language=language),
            execution_options={"synchronize_session": False},
        )
        record_event(
            session,
            ctx,
            "staff.language",
            entity="staff",
            entity_id=staff_id,
            details={"account": staff.username, "from": before, "to": language},
        )
