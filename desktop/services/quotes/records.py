"""Reading price quotes (draft → issued → accepted / declined / expired), and the guards
every quote change goes through (drafts.py drafts, issuing.py issues and records outcomes).

*Expired* is derived from the date when a quote is read: an issued quote past its
``valid_until`` shows as expired everywhere (list, detail, printout) without any write.
Reads never write, so viewing is never audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.codes import QuoteStatus
from db.models import Patient, PriceList, Quote, TreatmentArea
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.quotes.price_lists import NO_PRICE_LIST, current_in
from desktop.services.quotes.price_lists import detail_from as _price_detail
from desktop.services.quotes.pricing import (
    PricedLine,
    PricedQuote,
    summarise,
)
from desktop.services.quotes.rows import (
    BookingArea,
    BookingPlan,
    BuilderData,
    QuoteDetail,
    QuoteInput,
    QuoteLineInput,
    QuoteRow,
    overlap_warnings,
    parse_size,
    price_input,
)
from desktop.services.sessions.catalog import _row as _area_row

# Callers import the DTOs from here too (one place to look for a quote use case).
__all__ = [
    "BookingArea",
    "BookingPlan",
    "BuilderData",
    "QuoteDetail",
    "QuoteInput",
    "QuoteLineInput",
    "QuoteRow",
    "booking_plan",
    "builder_data",
    "effective_status",
    "find_by_number",
    "get_quote",
    "list_quotes",
    "overlap_warnings",
    "parse_size",
    "price_input",
]


# --- reading ------------------------------------------------------------------------------


def effective_status(status: QuoteStatus, valid_until: date | None, today: date) -> QuoteStatus:
    if status == QuoteStatus.ISSUED and valid_until is not None and today > valid_until:
        return QuoteStatus.EXPIRED
    return status


def _priced_from_rows(quote: Quote) -> PricedQuote:
    lines = [
        PricedLine(
            description=line.description,
            area_code=line.area_code,
            size_cm2=line.size_cm2,
            band_label=line.band_label,
            unit_price=line.unit_price,
            sessions=line.sessions,
            gross=line.unit_price * line.sessions,
            discount=line.discount_amount,
            discount_labels=tuple(x for x in line.discount_label.split("; ") if x),
            vat=line.vat_amount,
            rounding=line.rounding,
            total=line.line_total,
        )
        for line in quote.lines
    ]
    return summarise(lines, quote.currency, quote.vat_rate_percent, quote.prices_include_vat)


def quote_detail(session: Session, ctx: ServiceContext, quote: Quote) -> QuoteDetail:
    patient = session.get(Patient, quote.patient_id)
    price_list = session.get(PriceList, quote.price_list_id)
    data = QuoteInput(
        lines=tuple(
            QuoteLineInput(
                area_id=line.area_id,
                size_cm2=line.size_cm2,
                description="" if line.area_id else line.description,
            )
            for line in quote.lines
        ),
        sessions=quote.sessions,
        discount_percent=quote.manual_discount_percent,
        discount_amount=quote.manual_discount_amount,
        discount_reason=quote.manual_discount_reason,
    )
    return QuoteDetail(
        id=quote.id,
        number=quote.number,
        patient_id=quote.patient_id,
        patient_name=f"{patient.given_name} {patient.family_name}" if patient else "",
        language=patient.language if patient else "tr",
        status=effective_status(quote.status, quote.valid_until, ctx.today()),
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        price_list_id=quote.price_list_id,
        price_list_version=price_list.version if price_list else 0,
        data=data,
        priced=_priced_from_rows(quote),
        created_at=quote.created_at,
        row_version=quote.row_version,
    )


def builder_data(ctx: ServiceContext, patient_id: int, quote_id: int | None = None) -> BuilderData:
    """Patient, price list (the draft's own, or the current one) and active areas."""
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.read() as session:
        patient = load_patient(session, patient_id)
        if quote_id is not None:
            price_list = session.get(PriceList, load_quote(session, quote_id).price_list_id)
        else:
            price_list = current_in(session)
        if price_list is None:
            raise NotFound(NO_PRICE_LIST)
        areas = session.scalars(
            select(TreatmentArea)
            .where(TreatmentArea.active.is_(True))
            .order_by(TreatmentArea.sort_order, TreatmentArea.id)
        )
        return BuilderData(
            patient_id=patient.id,
            patient_name=f"{patient.given_name} {patient.family_name}",
            language=patient.language or "tr",
            price_list=_price_detail(price_list),
            areas=tuple(_area_row(a) for a in areas),
        )


def list_quotes(ctx: ServiceContext, patient_id: int) -> list[QuoteRow]:
    require(ctx, Permission.MANAGE_QUOTES)
    today = ctx.today()
    with ctx.database.read() as session:
        rows = session.scalars(
            select(Quote).where(Quote.patient_id == patient_id).order_by(Quote.id.desc())
        )
        return [
            QuoteRow(
                id=q.id,
                number=q.number,
                status=effective_status(q.status, q.valid_until, today),
                created_on=q.created_at.astimezone(ctx.zone).date(),
                issued_on=q.issued_on,
                valid_until=q.valid_until,
                total=q.total,
                currency=q.currency,
                row_version=q.row_version,
            )
            for q in rows
        ]


def get_quote(ctx: ServiceContext, quote_id: int) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.read() as session:
        return quote_detail(session, ctx, load_quote(session, quote_id))


def find_by_number(ctx: ServiceContext, number: str) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    wanted = number.strip().upper()
    with ctx.database.read() as session:
        quote = session.scalars(select(Quote).where(Quote.number == wanted)).first()
        if quote is None:
            raise NotFound(
                msg(
                    "There is no quote numbered “{number}”. Check the number.",
                    number=number.strip(),
                )
            )
        return quote_detail(session, ctx, quote)


def booking_plan(ctx: ServiceContext, quote_id: int) -> BookingPlan:
    """The sessions an accepted quote stands for, ready for the booking form.

    Catalog lines keep their area and measured size. A custom line (a spot or a scar) is
    booked under the catalog's measured area (one with ``size_required``) with its size;
    without such an area it is listed in ``skipped`` for the receptionist to add by hand.
    """
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        quote = load_quote(session, quote_id)
        status = effective_status(quote.status, quote.valid_until, ctx.today())
        if status != QuoteStatus.ACCEPTED:
            raise ValidationError(
                {
                    "status": msg(
                        "Only an accepted quote can book its sessions; mark it accepted first."
                    )
                }
            )
        active = {
            a.id: a
            for a in session.scalars(select(TreatmentArea).where(TreatmentArea.active.is_(True)))
        }
        measured = next(
            (a for a in sorted(active.values(), key=lambda a: a.sort_order) if a.size_required),
            None,
        )
        areas: list[BookingArea] = []
        skipped: list[str] = []
        for line in quote.lines:
            area = active.get(line.area_id) if line.area_id is not None else measured
            if area is None:
                skipped.append(line.description)
                continue
            areas.append(BookingArea(area.id, line.size_cm2, line.description))
        return BookingPlan(
            quote_id=quote.id,
            number=quote.number or "",
            patient_id=quote.patient_id,
            sessions=quote.sessions,
            areas=tuple(areas),
            skipped=tuple(skipped),
        )


# --- shared by drafts.py and issuing.py -------------------------------------------------


def audit_summary(quote: Quote) -> dict:
    return {
        "lines": len(quote.lines),
        "sessions": quote.sessions,
        "total": str(quote.total),
        "manual_discount": bool(quote.manual_discount_percent or quote.manual_discount_amount),
    }


def load_patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    return patient


def load_quote(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFound(msg("This quote no longer exists. Reopen the patient's quotes."))
    return quote


def ensure_draft(quote: Quote) -> None:
    if quote.status != QuoteStatus.DRAFT:
        raise ValidationError(
            {
                "status": msg(
                    "Quote {number} is already issued; its lines cannot change.",
                    number=quote.number,
                )
            }
        )


_STALE = msg(
    "This quote was changed on another workstation after you opened it. "
    "Nothing was saved: reopen the quote and make your change again."
)


def ensure_version(quote: Quote, expected_version: int) -> None:
    if quote.row_version != expected_version:
        raise StaleRecord(_STALE)


def flush_quote(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(_STALE) from error
