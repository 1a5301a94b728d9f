"""Drafting price quotes: create, re-price on every save, discard.

A draft is priced with the price list version that was current when the draft was created
(``Quote.price_list_id``), so publishing a new version changes new quotes only. Every save of a
draft re-prices its lines with that version. Every write is audited and checks ``row_version``.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import QuoteStatus
from db.models import Patient, PriceList, Quote, QuoteLine, TreatmentArea
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, allowed, require
from desktop.services.quotes.price_lists import NO_PRICE_LIST, current_in
from desktop.services.quotes.price_lists import detail_from as _price_detail
from desktop.services.quotes.records import (
    audit_summary,
    ensure_draft,
    ensure_version,
    flush_quote,
    load_patient,
    load_quote,
    quote_detail,
)
from desktop.services.quotes.rows import (
    QuoteDetail,
    QuoteInput,
    in_cents,
    price_input,
)
from desktop.services.sessions.catalog import _row as _area_row
from desktop.services.settings import store as settings


def create_draft(ctx: ServiceContext, patient_id: int, data: QuoteInput) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        patient = load_patient(session, patient_id)
        price_list = current_in(session)
        if price_list is None:
            raise NotFound(NO_PRICE_LIST)
        quote = Quote(
            patient_id=patient.id,
            price_list_id=price_list.id,
            status=QuoteStatus.DRAFT,
            created_by_id=ctx.actor.staff_id,
            created_at=ctx.now(),
            updated_at=ctx.now(),
        )
        _fill(session, quote, patient, price_list, data)
        _check_discount_limit(session, ctx, quote)
        session.add(quote)
        session.flush()
        record_event(
            session,
            ctx,
            "quote.create",
            entity="quote",
            entity_id=quote.id,
            patient_id=patient.id,
            details=audit_summary(quote),
        )
        return quote_detail(session, ctx, quote)


def update_draft(
    ctx: ServiceContext, quote_id: int, expected_version: int, data: QuoteInput
) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = load_quote(session, quote_id)
        ensure_version(quote, expected_version)
        ensure_draft(quote)
        patient = load_patient(session, quote.patient_id)
        _fill(session, quote, patient, session.get_one(PriceList, quote.price_list_id), data)
        _check_discount_limit(session, ctx, quote)
        quote.updated_at = ctx.now()  # always an UPDATE, so row_version moves on every save
        flush_quote(session)
        record_event(
            session,
            ctx,
            "quote.update",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details=audit_summary(quote),
        )
        return quote_detail(session, ctx, quote)


def discard_draft(ctx: ServiceContext, quote_id: int, expected_version: int) -> None:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = load_quote(session, quote_id)
        ensure_version(quote, expected_version)
        ensure_draft(quote)
        record_event(
            session,
            ctx,
            "quote.discard",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
        )
        session.delete(quote)


def _check_discount_limit(session: Session, ctx: ServiceContext, quote: Quote) -> None:
    """A manual discount above the clinic's limit needs a physician or an administrator.

    The share is the manual percent, or the manual amount over the quote's subtotal; the
    price list's own discounts (combinations, several sessions) are not the desk's choice
    and do not count.
    """
    if allowed(ctx, Permission.GIVE_LARGE_DISCOUNTS):
        return
    limit = Decimal(int(settings.get(session, "discount_limit_percent")))
    if quote.manual_discount_percent is not None:
        share = quote.manual_discount_percent
    elif quote.manual_discount_amount is not None and quote.subtotal > 0:
        share = quote.manual_discount_amount * 100 / quote.subtotal
    else:
        return
    if share > limit:
        raise ValidationError(
            {
                "manual_discount": msg(
                    "A discount above {limit} % needs a physician or an administrator. "
                    "Give at most {limit} %, or ask one of them to save the quote.",
                    limit=str(limit),
                )
            }
        )


def _fill(
    session: Session, quote: Quote, patient: Patient, price_list: PriceList, data: QuoteInput
) -> None:
    data = in_cents(data)
    areas = [
        _area_row(a)
        for a in session.scalars(
            select(TreatmentArea).where(
                TreatmentArea.id.in_([x.area_id for x in data.lines if x.area_id is not None])
            )
        )
    ]
    priced = price_input(_price_detail(price_list), areas, patient.language or "tr", data)
    quote.currency = price_list.currency
    quote.vat_rate_percent = price_list.vat_rate_percent
    quote.prices_include_vat = price_list.prices_include_vat
    quote.sessions = data.sessions
    quote.manual_discount_percent = data.discount_percent
    quote.manual_discount_amount = data.discount_amount
    quote.manual_discount_reason = data.discount_reason.strip()
    quote.subtotal = priced.subtotal
    quote.discount_total = priced.discount_total
    quote.vat_total = priced.vat_total
    quote.rounding_total = priced.rounding_total
    quote.total = priced.total
    quote.lines = [
        QuoteLine(
            position=position,
            area_id=source.area_id,
            area_code=line.area_code,
            description=line.description,
            size_cm2=line.size_cm2,
            band_label=line.band_label,
            unit_price=line.unit_price,
            sessions=line.sessions,
            discount_amount=line.discount,
            discount_label="; ".join(line.discount_labels)[:300],
            vat_amount=line.vat,
            rounding=line.rounding,
            line_total=line.total,
        )
        for position, (source, line) in enumerate(zip(data.lines, priced.lines, strict=True))
    ]
