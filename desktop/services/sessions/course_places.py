"""Where each session booked from a course stands in it ("session 2 of 3"), for lists that
show many sessions at once (the calendar, the day list): one query per chunk of sessions,
never one per row. Counted as services/payments/courses.py counts: planned and done
sessions of the course, in time order."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import SessionStatus
from db.models import Course, CourseSession, TreatmentSession

# SQLite allows 32,766 parameters; a busy week is a few hundred sessions.
_IDS_PER_QUERY = 5_000


def course_places(session: Session, session_ids: list[int]) -> dict[int, tuple[int, int]]:
    """session id → (its place, the course's sessions) for those booked from a course."""
    places: dict[int, tuple[int, int]] = {}
    shown = set(session_ids)
    for start in range(0, len(session_ids), _IDS_PER_QUERY):
        chunk = session_ids[start : start + _IDS_PER_QUERY]
        of_shown = select(CourseSession.course_id).where(CourseSession.session_id.in_(chunk))
        rows = session.execute(
            select(
                CourseSession.course_id,
                CourseSession.session_id,
                Course.sessions_bought + Course.sessions_added,
            )
            .join(TreatmentSession, TreatmentSession.id == CourseSession.session_id)
            .join(Course, Course.id == CourseSession.course_id)
            .where(CourseSession.course_id.in_(of_shown))
            .where(TreatmentSession.status.in_((SessionStatus.PLANNED, SessionStatus.DONE)))
            .order_by(CourseSession.course_id, TreatmentSession.starts_at, TreatmentSession.id)
        ).all()
        ordinal: dict[int, int] = defaultdict(int)
        for course_id, session_id, total in rows:
            ordinal[course_id] += 1
            if session_id in shown:
                places[session_id] = (ordinal[course_id], int(total))
    return places
