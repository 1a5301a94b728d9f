"""Quote DTOs and the pure pricing of a typed quote (no database here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from db.codes import QuoteStatus
from desktop.services.common.errors import ValidationError
from desktop.services.common.input_checks import is_finite, unprintable, unprintable_message
from desktop.services.common.messages import Message, msg
from desktop.services.quotes.price_list_specs import parse_decimal
from desktop.services.quotes.price_lists import PriceListDetail
from desktop.services.quotes.pricing import (
    MAX_FIGURE,
    MAX_SIZE_CM2,
    LineSpec,
    ManualDiscount,
    PricedQuote,
    PricingError,
    cents,
    price_quote,
)
from desktop.services.sessions.catalog import AreaRow
from desktop.services.sessions.safety_warnings import inside_warnings


@dataclass(frozen=True)
class QuoteLineInput:
    """An area from the catalog (``area_id``) or a custom one (``description`` + size)."""

    area_id: int | None
    size_cm2: Decimal
    description: str = ""


@dataclass(frozen=True)
class QuoteInput:
    lines: tuple[QuoteLineInput, ...]
    sessions: int = 1
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None
    discount_reason: str = ""

    @property
    def manual(self) -> ManualDiscount:
        return ManualDiscount(
            percent=self.discount_percent,
            amount=self.discount_amount,
            reason=self.discount_reason,
        )


@dataclass(frozen=True)
class BuilderData:
    """What the quote builder needs to price locally while the receptionist types."""

    patient_id: int
    patient_name: str
    language: str
    price_list: PriceListDetail
    areas: tuple[AreaRow, ...]


@dataclass(frozen=True)
class QuoteRow:
    id: int
    number: str | None
    status: QuoteStatus  # effective: an overdue issued quote reads "expired"
    created_on: date
    issued_on: date | None
    valid_until: date | None
    total: Decimal
    currency: str
    row_version: int


@dataclass(frozen=True)
class QuoteDetail:
    id: int
    number: str | None
    patient_id: int
    patient_name: str
    language: str
    status: str
    issued_on: date | None
    valid_until: date | None
    price_list_id: int
    price_list_version: int
    data: QuoteInput
    priced: PricedQuote
    created_at: datetime
    row_version: int

    @property
    def is_draft(self) -> bool:
        return self.status == QuoteStatus.DRAFT


# --- pricing an input (pure; the builder calls it on every keystroke) ----------------------


def overlap_warnings(areas: Sequence[AreaRow], data: QuoteInput) -> list[Message]:
    """Lines whose area lies inside another line's (the eye contour with the full face):
    that skin is charged twice. Shown beside the lines; the quote may still be saved."""
    chosen = [line.area_id for line in data.lines if line.area_id is not None]
    return [warning.message for warning in inside_warnings(areas, chosen, quote=True)]


def in_cents(data: QuoteInput) -> QuoteInput:
    """Sizes and the manual discount to the two places their columns keep, so the quote is
    priced with what is stored (1.005 cm² is 1.01 cm² in both). Figures the pricing will
    refuse (NaN, 1e30) are left as they are, for its messages."""

    def cent(value: Decimal) -> Decimal:
        if not is_finite(value) or abs(value) > MAX_FIGURE:
            return value
        return cents(Decimal(value))

    def optional(value: Decimal | None) -> Decimal | None:
        return None if value is None else cent(value)

    return replace(
        data,
        lines=tuple(replace(line, size_cm2=cent(line.size_cm2)) for line in data.lines),
        discount_percent=optional(data.discount_percent),
        discount_amount=optional(data.discount_amount),
    )


def price_input(
    price_list: PriceListDetail, areas: Sequence[AreaRow], language: str, data: QuoteInput
) -> PricedQuote:
    """Price ``data``; ValidationError with field messages for anything wrong."""
    by_id = {area.id: area for area in areas}
    errors: dict[str, str] = {}
    specs: list[LineSpec] = []
    for index, line in enumerate(data.lines, start=1):
        area = by_id.get(line.area_id) if line.area_id is not None else None
        if line.area_id is not None and (area is None or not area.active):
            errors[f"lines.{index}.area"] = msg(
                "Line {index}: this area is no longer in the catalog; remove it.", index=index
            )
            continue
        description = area.name(language) if area else line.description.strip()
        if not description:
            errors[f"lines.{index}.description"] = msg(
                "Line {index}: name the custom area.", index=index
            )
        if len(description) > 200:
            errors[f"lines.{index}.description"] = msg(
                "Line {index}: keep the area name under 200 characters.", index=index
            )
        elif unprintable(description):
            errors[f"lines.{index}.description"] = unprintable_message(
                msg("Line {index}: the area name", index=index)
            )
        specs.append(
            LineSpec(
                description=description[:200],
                size_cm2=line.size_cm2,
                sessions=data.sessions,
                area_code=area.code if area else None,
            )
        )
    if len(data.discount_reason) > 500:
        errors["manual_discount_reason"] = msg("Keep the discount reason under 500 characters.")
    elif unprintable(data.discount_reason, multiline=True):
        errors["manual_discount_reason"] = unprintable_message(msg("The discount reason"))
    try:
        priced = price_quote(price_list.spec, specs, data.manual) if not errors else None
    except PricingError as error:
        errors.update(error.field_errors)
        priced = None
    if errors or priced is None:
        raise ValidationError(errors)
    return priced


def parse_size(text: str, field: str = "size_cm2") -> Decimal:
    """A size typed by a person ('25', '25,5') → Decimal; ValidationError when absurd."""
    value = parse_decimal(text, field, msg("the size in cm²"))
    assert value is not None
    if value <= 0 or value > MAX_SIZE_CM2:
        raise ValidationError(
            {
                field: msg(
                    "Enter a size between 0 and {limit} cm² (check the measurement).",
                    limit=f"{MAX_SIZE_CM2:.0f}",
                )
            }
        )
    return value


@dataclass(frozen=True)
class BookingArea:
    area_id: int
    size_cm2: Decimal
    name: str


@dataclass(frozen=True)
class BookingPlan:
    """What an accepted quote books: its areas (catalog ids, measured sizes) per session."""

    quote_id: int
    number: str
    patient_id: int
    sessions: int
    areas: tuple[BookingArea, ...]
    skipped: tuple[str, ...]  # custom areas with no catalog area to book them under
