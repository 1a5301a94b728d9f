"""Which session a handout is printed for: the candidates the desk may pick and the default.

Aftercare: today's session first (booked today, whether or not it is marked done yet),
otherwise the most recent done session; older done sessions may be picked. Pre-treatment:
the next planned session (today's included), later planned ones may be picked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from db.codes import OPEN_SESSION_STATUSES, SessionStatus
from db.models import SessionArea, TreatmentArea, TreatmentSession
from desktop.formatting import Names
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, require

# The picker lists at most this many sessions (newest first for aftercare).
MAX_CHOICES = 20
DOCUMENTS = ("aftercare", "pretreatment")


@dataclass(frozen=True)
class SessionChoice:
    session_id: int
    starts_at: datetime  # aware UTC
    local_day: date  # the session's day in the clinic's zone
    status: str  # a SessionStatus
    areas: tuple[Names, ...]
    is_today: bool


@dataclass(frozen=True)
class SessionChoices:
    sessions: tuple[SessionChoice, ...]  # in the order the picker lists them
    default_index: int  # meaningless when there are no sessions

    @property
    def default(self) -> SessionChoice | None:
        return self.sessions[self.default_index] if self.sessions else None


def session_choices(ctx: ServiceContext, patient_id: int, document: str) -> SessionChoices:
    """The sessions ``document`` may be printed for, and the one to print by default."""
    require(ctx, Permission.PRINT_HANDOUTS)
    if document not in DOCUMENTS:
        raise ValueError(f"unknown handout {document!r}")
    today = ctx.today()
    start_of_today = datetime.combine(today, time(), ctx.zone)
    start_of_tomorrow = datetime.combine(today + timedelta(days=1), time(), ctx.zone)
    stmt = select(TreatmentSession).where(TreatmentSession.patient_id == patient_id)
    if document == "aftercare":
        stmt = stmt.where(
            (TreatmentSession.status == SessionStatus.DONE)
            | (
                TreatmentSession.status.in_(OPEN_SESSION_STATUSES)
                & (TreatmentSession.starts_at >= start_of_today)
            ),
            TreatmentSession.starts_at < start_of_tomorrow,
        ).order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
    else:
        stmt = stmt.where(
            # An arrived patient (or one already in treatment) still gets the sheet.
            TreatmentSession.status.in_(OPEN_SESSION_STATUSES),
            TreatmentSession.starts_at >= ctx.now() - timedelta(hours=12),
        ).order_by(TreatmentSession.starts_at, TreatmentSession.id)
    with ctx.database.read() as session:
        treatments = list(session.scalars(stmt.limit(MAX_CHOICES)))
        names: dict[int, list[Names]] = {t.id: [] for t in treatments}
        if treatments:
            rows = session.execute(
                select(SessionArea.session_id, TreatmentArea.names)
                .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
                .where(SessionArea.session_id.in_(names))
                .order_by(SessionArea.id)
            )
            for session_id, area_names in rows:
                names[session_id].append(Names(area_names))
    choices = []
    for treatment in treatments:
        day = treatment.starts_at.astimezone(ctx.zone).date()
        choices.append(
            SessionChoice(
                session_id=treatment.id,
                starts_at=treatment.starts_at,
                local_day=day,
                status=str(treatment.status),
                areas=tuple(names[treatment.id]),
                is_today=day == today,
            )
        )
    default = next((i for i, choice in enumerate(choices) if choice.is_today), 0)
    return SessionChoices(tuple(choices), default)
