"""Turning a stored quote into its printed PDF (used by the GUI and the CLI alike)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.common.context import ServiceContext
from desktop.services.quotes.records import QuoteDetail, get_quote
from desktop.services.settings.store import clinic_identity


@dataclass(frozen=True)
class QuotePdf:
    pdf: bytes
    quote: QuoteDetail

    @property
    def suggested_name(self) -> str:
        return f"{self.quote.number or f'quote-draft-{self.quote.id}'}.pdf"


def quote_pdf(ctx: ServiceContext, quote_id: int) -> QuotePdf:
    """Build the quote's PDF in the patient's language (ReportLab loaded only now)."""
    from desktop.printing.quote import QuotePrint, QuotePrintLine, build_quote_pdf

    quote = get_quote(ctx, quote_id)
    priced = quote.priced
    data = QuotePrint(
        clinic=clinic_identity(ctx),
        language=quote.language,
        number=quote.number,
        status=quote.status,
        patient_name=quote.patient_name,
        issued_on=quote.issued_on,
        created_on=quote.created_at.astimezone(ctx.zone).date(),
        valid_until=quote.valid_until,
        currency=priced.currency,
        vat_rate_percent=priced.vat_rate_percent,
        prices_include_vat=priced.prices_include_vat,
        lines=tuple(
            QuotePrintLine(
                description=line.description,
                size_cm2=line.size_cm2,
                band_label=line.band_label,
                unit_price=line.unit_price,
                sessions=line.sessions,
                discount=line.discount,
                discount_labels=line.discount_labels,
                vat=line.vat,
                total=line.total,
            )
            for line in priced.lines
        ),
        subtotal=priced.subtotal,
        discount_total=priced.discount_total,
        vat_total=priced.vat_total,
        rounding_total=priced.rounding_total,
        total=priced.total,
        manual_reason=quote.data.discount_reason,
    )
    return QuotePdf(pdf=build_quote_pdf(data), quote=quote)
