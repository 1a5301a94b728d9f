"""Issuing a quote and recording its outcome (accepted / declined / expired).

- Issuing takes the next number ``Q-YYYY-NNNN`` from a gap-free counter inside the same
  transaction (desktop/services/common/sequences.py), freezes the lines (prices, bands, discounts,
  VAT and totals are stored on the quote and never recomputed) and sets ``valid_until`` =
  issue date + setting ``quote_validity_days``.
- Accepting opens the quote's course and charges its total in the same transaction
  (desktop/services/payments/courses.py). Accepting or declining an expired quote is refused; ``expire_overdue`` stores the status
  for reports that read the table directly.
- Every write is audited and checks ``row_version`` (StaleRecord if someone else saved first).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from db.codes import QuoteStatus
from db.models import Quote
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.sequences import next_value
from desktop.services.payments.courses import open_course
from desktop.services.quotes.records import (
    effective_status,
    ensure_draft,
    ensure_version,
    flush_quote,
    load_quote,
    quote_detail,
)
from desktop.services.quotes.rows import (
    QuoteDetail,
)
from desktop.services.settings import store as settings

OUTCOMES = (QuoteStatus.ACCEPTED, QuoteStatus.DECLINED)


def issue_quote(ctx: ServiceContext, quote_id: int, expected_version: int) -> QuoteDetail:
    """Number, freeze and date a draft. The number is taken in this transaction only."""
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = load_quote(session, quote_id)
        ensure_version(quote, expected_version)
        ensure_draft(quote)
        if not quote.lines:
            raise ValidationError({"lines": msg("Add at least one area before issuing the quote.")})
        today = ctx.today()
        value = next_value(session, f"quote-{today.year}")
        quote.number = f"Q-{today.year}-{value:04d}"
        quote.status = QuoteStatus.ISSUED
        quote.issued_on = today
        days = settings.get(session, "quote_validity_days")
        quote.valid_until = today + timedelta(days=int(days))
        quote.updated_at = ctx.now()
        flush_quote(session)
        record_event(
            session,
            ctx,
            "quote.issue",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details={"number": quote.number, "total": str(quote.total)},
        )
        return quote_detail(session, ctx, quote)


def set_outcome(
    ctx: ServiceContext, quote_id: int, expected_version: int, outcome: str
) -> QuoteDetail:
    """The patient accepted or declined an issued quote (not after it expired)."""
    require(ctx, Permission.MANAGE_QUOTES)
    if outcome not in OUTCOMES:
        raise ValidationError({"status": msg("A quote can only be marked accepted or declined.")})
    with ctx.database.write() as session:
        quote = load_quote(session, quote_id)
        ensure_version(quote, expected_version)
        status = effective_status(quote.status, quote.valid_until, ctx.today())
        if status == QuoteStatus.EXPIRED:
            raise ValidationError(
                {
                    "status": msg(
                        "Quote {number} expired on {date}; make a new quote for the patient.",
                        number=quote.number,
                        date=format_user_date(quote.valid_until),
                    )
                }
            )
        if status != QuoteStatus.ISSUED:
            raise ValidationError({"status": _not_issued(status)})
        quote.status = QuoteStatus(outcome)  # one of OUTCOMES, checked above
        quote.updated_at = ctx.now()
        flush_quote(session)
        if quote.status == QuoteStatus.ACCEPTED:
            open_course(session, ctx, quote)  # the course and its charge, in this transaction
        record_event(
            session,
            ctx,
            f"quote.{'accept' if outcome == 'accepted' else 'decline'}",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details={"number": quote.number},
        )
        return quote_detail(session, ctx, quote)


def expire_overdue(ctx: ServiceContext) -> int:
    """Store 'expired' on issued quotes past their date (reads already show it). Audited."""
    require(ctx, Permission.MANAGE_QUOTES)
    today = ctx.today()
    with ctx.database.write() as session:
        ids = list(
            session.scalars(
                select(Quote.id).where(
                    Quote.status == QuoteStatus.ISSUED, Quote.valid_until < today
                )
            )
        )
        if ids:
            session.execute(
                update(Quote)
                .where(Quote.id.in_(ids))
                .values(status=QuoteStatus.EXPIRED, row_version=Quote.row_version + 1)
                .execution_options(synchronize_session=False)
            )
            record_event(session, ctx, "quote.expire", entity="quote", details={"quote_ids": ids})
        return len(ids)


def _not_issued(status: str) -> str:
    """Why a quote in ``status`` cannot be marked accepted or declined."""
    if status == QuoteStatus.DRAFT:
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is still a "
            "draft. Issue it first."
        )
    if status == QuoteStatus.ACCEPTED:
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is already accepted."
        )
    if status == QuoteStatus.DECLINED:
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is already declined."
        )
    return msg("Only an issued quote can be marked accepted or declined.")
