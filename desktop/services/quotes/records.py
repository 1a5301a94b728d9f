"""Price quotes for a patient: draft → issued → accepted / declined / expired.

- A draft is priced with the price list version that was current when the draft was
  created (``Quote.price_list_id``), so publishing a new version changes new quotes only.
  Every save of a draft re-prices its lines with that version.
- Issuing takes the next number ``Q-YYYY-NNNN`` from a gap-free counter inside the same
  transaction (desktop/services/common/sequences.py), freezes the lines (prices, bands, discounts,
  VAT and totals are stored on the quote and never recomputed) and sets ``valid_until`` =
  issue date + setting ``quote_validity_days``.
- *Expired* is derived from the date when a quote is read: an issued quote past its
  ``valid_until`` shows as expired everywhere (list, detail, printout) without any write.
  Accepting or declining an expired quote is refused; ``expire_overdue`` stores the status
  for reports that read the table directly. Reads never write, so viewing is never audited.
- Every write is audited and checks ``row_version`` (StaleRecord if someone else saved first).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import Patient, PriceList, Quote, QuoteLine, TreatmentArea
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.sequences import next_value
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
    parse_size,
    price_input,
)
from desktop.services.sessions.catalog import _row as _area_row
from desktop.services.settings import store as settings

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
    "create_draft",
    "discard_draft",
    "effective_status",
    "expire_overdue",
    "find_by_number",
    "get_quote",
    "issue_quote",
    "list_quotes",
    "parse_size",
    "price_input",
    "set_outcome",
    "update_draft",
]

OUTCOMES = ("accepted", "declined")


# --- reading ------------------------------------------------------------------------------


def effective_status(status: str, valid_until: date | None, today: date) -> str:
    if status == "issued" and valid_until is not None and today > valid_until:
        return "expired"
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


def _detail(session: Session, ctx: ServiceContext, quote: Quote) -> QuoteDetail:
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
        patient = _patient(session, patient_id)
        if quote_id is not None:
            price_list = session.get(PriceList, _load(session, quote_id).price_list_id)
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
        return _detail(session, ctx, _load(session, quote_id))


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
        return _detail(session, ctx, quote)


def booking_plan(ctx: ServiceContext, quote_id: int) -> BookingPlan:
    """The sessions an accepted quote stands for, ready for the booking form.

    Catalog lines keep their area and measured size. A custom line (a spot or a scar) is
    booked under the catalog's measured area (one with ``size_required``) with its size;
    without such an area it is listed in ``skipped`` for the receptionist to add by hand.
    """
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        quote = _load(session, quote_id)
        status = effective_status(quote.status, quote.valid_until, ctx.today())
        if status != "accepted":
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


# --- writing ------------------------------------------------------------------------------


def create_draft(ctx: ServiceContext, patient_id: int, data: QuoteInput) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        patient = _patient(session, patient_id)
        price_list = current_in(session)
        if price_list is None:
            raise NotFound(NO_PRICE_LIST)
        quote = Quote(
            patient_id=patient.id,
            price_list_id=price_list.id,
            status="draft",
            created_by_id=ctx.actor.staff_id,
            created_at=ctx.now(),
            updated_at=ctx.now(),
        )
        _fill(session, quote, patient, price_list, data)
        session.add(quote)
        session.flush()
        record_event(
            session,
            ctx,
            "quote.create",
            entity="quote",
            entity_id=quote.id,
            patient_id=patient.id,
            details=_audit_summary(quote),
        )
        return _detail(session, ctx, quote)


def update_draft(
    ctx: ServiceContext, quote_id: int, expected_version: int, data: QuoteInput
) -> QuoteDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = _load(session, quote_id)
        _ensure_version(quote, expected_version)
        _ensure_draft(quote)
        patient = _patient(session, quote.patient_id)
        _fill(session, quote, patient, session.get_one(PriceList, quote.price_list_id), data)
        quote.updated_at = ctx.now()  # always an UPDATE, so row_version moves on every save
        _flush(session)
        record_event(
            session,
            ctx,
            "quote.update",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details=_audit_summary(quote),
        )
        return _detail(session, ctx, quote)


def issue_quote(ctx: ServiceContext, quote_id: int, expected_version: int) -> QuoteDetail:
    """Number, freeze and date a draft. The number is taken in this transaction only."""
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = _load(session, quote_id)
        _ensure_version(quote, expected_version)
        _ensure_draft(quote)
        if not quote.lines:
            raise ValidationError({"lines": msg("Add at least one area before issuing the quote.")})
        today = ctx.today()
        value = next_value(session, f"quote-{today.year}")
        quote.number = f"Q-{today.year}-{value:04d}"
        quote.status = "issued"
        quote.issued_on = today
        days = settings.get(session, "quote_validity_days")
        quote.valid_until = today + timedelta(days=int(days))
        quote.updated_at = ctx.now()
        _flush(session)
        record_event(
            session,
            ctx,
            "quote.issue",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details={"number": quote.number, "total": str(quote.total)},
        )
        return _detail(session, ctx, quote)


def set_outcome(
    ctx: ServiceContext, quote_id: int, expected_version: int, outcome: str
) -> QuoteDetail:
    """The patient accepted or declined an issued quote (not after it expired)."""
    require(ctx, Permission.MANAGE_QUOTES)
    if outcome not in OUTCOMES:
        raise ValidationError({"status": msg("A quote can only be marked accepted or declined.")})
    with ctx.database.write() as session:
        quote = _load(session, quote_id)
        _ensure_version(quote, expected_version)
        status = effective_status(quote.status, quote.valid_until, ctx.today())
        if status == "expired":
            raise ValidationError(
                {
                    "status": msg(
                        "Quote {number} expired on {date}; make a new quote for the patient.",
                        number=quote.number,
                        date=format_user_date(quote.valid_until),
                    )
                }
            )
        if status != "issued":
            raise ValidationError({"status": _not_issued(status)})
        quote.status = outcome
        quote.updated_at = ctx.now()
        _flush(session)
        record_event(
            session,
            ctx,
            f"quote.{'accept' if outcome == 'accepted' else 'decline'}",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
            details={"number": quote.number},
        )
        return _detail(session, ctx, quote)


def discard_draft(ctx: ServiceContext, quote_id: int, expected_version: int) -> None:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.write() as session:
        quote = _load(session, quote_id)
        _ensure_version(quote, expected_version)
        _ensure_draft(quote)
        record_event(
            session,
            ctx,
            "quote.discard",
            entity="quote",
            entity_id=quote.id,
            patient_id=quote.patient_id,
        )
        session.delete(quote)


def expire_overdue(ctx: ServiceContext) -> int:
    """Store 'expired' on issued quotes past their date (reads already show it). Audited."""
    require(ctx, Permission.MANAGE_QUOTES)
    today = ctx.today()
    with ctx.database.write() as session:
        ids = list(
            session.scalars(
                select(Quote.id).where(Quote.status == "issued", Quote.valid_until < today)
            )
        )
        if ids:
            session.execute(
                update(Quote)
                .where(Quote.id.in_(ids))
                .values(status="expired", row_version=Quote.row_version + 1)
                .execution_options(synchronize_session=False)
            )
            record_event(session, ctx, "quote.expire", entity="quote", details={"quote_ids": ids})
        return len(ids)


# --- helpers ------------------------------------------------------------------------------


def _fill(
    session: Session, quote: Quote, patient: Patient, price_list: PriceList, data: QuoteInput
) -> None:
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


def _audit_summary(quote: Quote) -> dict:
    return {
        "lines": len(quote.lines),
        "sessions": quote.sessions,
        "total": str(quote.total),
        "manual_discount": bool(quote.manual_discount_percent or quote.manual_discount_amount),
    }


def _patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    return patient


def _load(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFound(msg("This quote no longer exists. Reopen the patient's quotes."))
    return quote


def _ensure_draft(quote: Quote) -> None:
    if quote.status != "draft":
        raise ValidationError(
            {
                "status": msg(
                    "Quote {number} is already issued; its lines cannot change.",
                    number=quote.number,
                )
            }
        )


def _not_issued(status: str) -> str:
    """Why a quote in ``status`` cannot be marked accepted or declined."""
    if status == "draft":
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is still a "
            "draft. Issue it first."
        )
    if status == "accepted":
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is already accepted."
        )
    if status == "declined":
        return msg(
            "Only an issued quote can be marked accepted or declined; this one is already declined."
        )
    return msg("Only an issued quote can be marked accepted or declined.")


_STALE = msg(
    "This quote was changed on another workstation after you opened it. "
    "Nothing was saved: reopen the quote and make your change again."
)


def _ensure_version(quote: Quote, expected_version: int) -> None:
    if quote.row_version != expected_version:
        raise StaleRecord(_STALE)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(_STALE) from error
