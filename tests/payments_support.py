"""Helpers shared by the payment tests: a patient with an accepted quote and its course."""

from __future__ import annotations

from decimal import Decimal

from desktop.services.common.context import ServiceContext
from desktop.services.payments import courses
from desktop.services.payments.rows import CourseRow
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from tests.sessions_support import screened_patient


def accepted_course(
    ctx: ServiceContext, patient_id: int | None = None, sessions: int = 3
) -> CourseRow:
    """A patient's face quote for ``sessions`` sessions, issued and accepted: its course."""
    if patient_id is None:
        patient_id = screened_patient(ctx)
    areas = {a.code: a for a in quotes.builder_data(ctx, patient_id).areas}
    data = QuoteInput(
        lines=(QuoteLineInput(areas["face_full"].id, Decimal(350)),), sessions=sessions
    )
    draft = quote_drafts.create_draft(ctx, patient_id, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    (course,) = [c for c in courses.courses_of(ctx, patient_id) if c.quote_id == issued.id]
    return course
