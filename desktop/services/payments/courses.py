"""Courses: the sessions a patient bought by accepting a quote, and how many are left.

Accepting a quote opens its course in the same transaction (``open_course``, called from
desktop/services/quotes/issuing.py) and charges the quote's total to the patient
(a CHARGE money event). A session booked with ``BookingInput.course_id`` is linked to the
course in the booking's transaction (``attach_session``); planned and done sessions count,
cancelled and no-show ones give their place back. A course can be extended or closed early
with a reason (physician or administrator); nothing is deleted.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import CourseStatus, MoneyKind, SessionStatus
from db.models import Course, CourseSession, MoneyEvent, Quote, TreatmentSession
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.payments.amounts import CENT, checked_amount, required_reason
from desktop.services.payments.rows import CourseRow, SessionOfCourse

MAX_EXTRA_SESSIONS = 20
COUNTING = (SessionStatus.PLANNED, SessionStatus.DONE)
# ``extend_course``'s default price: what one session of the course cost on its quote.
COURSE_PRICE: Final = object()


def open_course(session: Session, ctx: ServiceContext, quote: Quote) -> Course:
    """The course an accepted quote stands for, with its charge; inside the caller's write."""
    course = Course(
        patient_id=quote.patient_id,
        quote_id=quote.id,
        sessions_bought=quote.sessions,
        sessions_added=0,
        price=quote.total,
        currency=quote.currency,
        status=CourseStatus.OPEN,
        closed_reason="",
        created_at=ctx.now(),
    )
    session.add(course)
    session.flush()
    charge = MoneyEvent(
        patient_id=quote.patient_id,
        course_id=course.id,
        kind=MoneyKind.CHARGE,
        method=None,
        amount=quote.total,
        currency=quote.currency,
        at=ctx.now(),
        staff_id=ctx.actor.staff_id,
        reason="",
    )
    session.add(charge)
    session.flush()
    record_event(
        session,
        ctx,
        "course.open",
        entity="course",
        entity_id=course.id,
        patient_id=course.patient_id,
        details={
            "quote": quote.number,
            "sessions": course.sessions_bought,
            "charge": str(quote.total),
            "currency": quote.currency,
            "money_event": charge.id,
        },
    )
    return course


def attach_session(
    session: Session, ctx: ServiceContext, course_id: int, row: TreatmentSession
) -> None:
    """Book ``row`` as the course's next session, inside the booking's transaction."""
    course = _load(session, course_id)
    if course.patient_id != row.patient_id:
        raise ValidationError({"course": msg("This course belongs to another patient.")})
    if course.status != CourseStatus.OPEN:
        raise ValidationError(
            {"course": msg("This course is closed; book the session without it.")}
        )
    total = course.sessions_bought + course.sessions_added
    if _booked(session, course.id) >= total:
        raise ValidationError(
            {
                "course": msg(
                    "All {total} sessions of this course are booked or done. Extend the "
                    "course or book the session without it.",
                    total=total,
                )
            }
        )
    session.add(CourseSession(course_id=course.id, session_id=row.id))
    session.flush()
    record_event(
        session,
        ctx,
        "course.book_session",
        entity="course",
        entity_id=course.id,
        patient_id=course.patient_id,
        details={"session": row.id},
    )


def courses_of(ctx: ServiceContext, patient_id: int) -> list[CourseRow]:
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        courses = session.scalars(
            select(Course).where(Course.patient_id == patient_id).order_by(Course.id)
        )
        return [course_row(session, c) for c in courses]


def get_course(ctx: ServiceContext, course_id: int) -> CourseRow:
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        return course_row(session, _load(session, course_id))


def session_of_course(ctx: ServiceContext, session_id: int) -> SessionOfCourse | None:
    """ "Session 2 of 3" for a booked session, or None when it was not booked from a course."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        course_id = session.scalar(
            select(CourseSession.course_id).where(CourseSession.session_id == session_id)
        )
        if course_id is None:
            return None
        course = _load(session, course_id)
        ids = list(
            session.scalars(
                select(TreatmentSession.id)
                .join(CourseSession, CourseSession.session_id == TreatmentSession.id)
                .where(CourseSession.course_id == course_id)
                .where(TreatmentSession.status.in_(COUNTING))
                .order_by(TreatmentSession.starts_at, TreatmentSession.id)
            )
        )
        if session_id not in ids:
            return None  # cancelled: it no longer counts
        return SessionOfCourse(
            course_id=course_id,
            session_id=session_id,
            ordinal=ids.index(session_id) + 1,
            total=course.sessions_bought + course.sessions_added,
            areas=_areas(session, course.quote_id),
        )


def extend_course(
    ctx: ServiceContext,
    course_id: int,
    expected_version: int,
    extra_sessions: int,
    reason: str,
    *,
    price_per_session: object = COURSE_PRICE,
) -> CourseRow:
    """Add sessions to a course and charge them in the same transaction.

    ``price_per_session`` is what one extra session costs: by default (``COURSE_PRICE``) what
    one session of the course cost on its quote (``per_session_price``); a ``Decimal`` or the
    typed text ("1 250,50") for another price, checked by ``amounts.checked_amount``; ``None``
    adds the sessions free of charge. The charge is a CHARGE money event of
    ``price × extra_sessions``, in the course's currency, with the reason.
    """
    require(ctx, Permission.MANAGE_COURSES)
    if isinstance(extra_sessions, bool) or not 1 <= extra_sessions <= MAX_EXTRA_SESSIONS:
        raise ValidationError(
            {"sessions": msg("Add between 1 and {limit} sessions.", limit=MAX_EXTRA_SESSIONS)}
        )
    why = required_reason(reason)
    chosen: Decimal | None = None
    if price_per_session is not COURSE_PRICE and price_per_session is not None:
        chosen = checked_amount(price_per_session, "price")
    with ctx.database.write() as session:
        course = _load(session, course_id)
        _ensure_version(course, expected_version)
        if course.status != CourseStatus.OPEN:
            raise ValidationError({"course": msg("A closed course cannot be extended.")})
        if price_per_session is COURSE_PRICE:
            chosen = _per_session_price(session.get_one(Quote, course.quote_id))
        charge = None
        if chosen is not None and chosen > 0:
            # Within MAX_AMOUNT × MAX_EXTRA_SESSIONS: far inside the scaled integer column.
            charge = MoneyEvent(
                patient_id=course.patient_id,
                course_id=course.id,
                kind=MoneyKind.CHARGE,
                method=None,
                amount=chosen * extra_sessions,
                currency=course.currency,
                at=ctx.now(),
                staff_id=ctx.actor.staff_id,
                reason=why,
            )
            session.add(charge)
        course.sessions_added += extra_sessions
        session.flush()
        details: dict[str, object] = {"sessions": extra_sessions, "reason": why}
        if charge is not None:
            details.update(
                charge=str(charge.amount),
                price_per_session=str(chosen),
                currency=course.currency,
                money_event=charge.id,
            )
        record_event(
            session,
            ctx,
            "course.extend",
            entity="course",
            entity_id=course.id,
            patient_id=course.patient_id,
            details=details,
        )
        return course_row(session, course)


def per_session_price(ctx: ServiceContext, course_id: int) -> Decimal:
    """What one session of the course cost on its quote: the price an extension offers."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        course = _load(session, course_id)
        return _per_session_price(session.get_one(Quote, course.quote_id))


def _per_session_price(quote: Quote) -> Decimal:
    # Each line's total (after its discounts, VAT and rounding) over its own sessions, so an
    # extra session costs what one session of the course cost; rounded to the cent once.
    per_session = sum((line.line_total / max(line.sessions, 1) for line in quote.lines), Decimal(0))
    return per_session.quantize(CENT, rounding=ROUND_HALF_UP)


def close_course(
    ctx: ServiceContext, course_id: int, expected_version: int, reason: str
) -> CourseRow:
    """Close a course early; what was paid stays, a refund is its own event."""
    require(ctx, Permission.MANAGE_COURSES)
    why = required_reason(reason)
    with ctx.database.write() as session:
        course = _load(session, course_id)
        _ensure_version(course, expected_version)
        if course.status != CourseStatus.OPEN:
            raise ValidationError({"course": msg("This course is already closed.")})
        course.status = CourseStatus.CLOSED
        course.closed_reason = why
        course.closed_at = ctx.now()
        session.flush()
        record_event(
            session,
            ctx,
            "course.close",
            entity="course",
            entity_id=course.id,
            patient_id=course.patient_id,
            details={"reason": why},
        )
        return course_row(session, course)


def course_row(session: Session, course: Course) -> CourseRow:
    found = session.execute(
        select(TreatmentSession.status, func.count())
        .join(CourseSession, CourseSession.session_id == TreatmentSession.id)
        .where(CourseSession.course_id == course.id)
        .group_by(TreatmentSession.status)
    ).all()
    counts: dict[str, int] = {str(status): int(n) for status, n in found}
    number = session.scalar(select(Quote.number).where(Quote.id == course.quote_id))
    return CourseRow(
        id=course.id,
        patient_id=course.patient_id,
        quote_id=course.quote_id,
        quote_number=number or "",
        areas=_areas(session, course.quote_id),
        sessions_total=course.sessions_bought + course.sessions_added,
        sessions_booked=sum(counts.get(str(s), 0) for s in COUNTING),
        sessions_done=counts.get(str(SessionStatus.DONE), 0),
        price=course.price,
        currency=course.currency,
        status=course.status,
        closed_reason=course.closed_reason,
        row_version=course.row_version,
    )


def _areas(session: Session, quote_id: int) -> tuple[str, ...]:
    quote = session.get_one(Quote, quote_id)
    return tuple(line.description for line in quote.lines)


def _booked(session: Session, course_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(CourseSession)
            .join(TreatmentSession, CourseSession.session_id == TreatmentSession.id)
            .where(CourseSession.course_id == course_id)
            .where(TreatmentSession.status.in_(COUNTING))
        )
        or 0
    )


def _load(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(msg("This course no longer exists."))
    return course


def _ensure_version(course: Course, expected_version: int) -> None:
    if course.row_version != expected_version:
        raise StaleRecord(
            msg("Someone else changed this course meanwhile. Reload it and try again.")
        )
