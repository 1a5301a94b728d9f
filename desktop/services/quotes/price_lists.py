"""The clinic's price list: versioned; a draft is edited, then published and never changed.

Quotes use the newest *published* version at the time they are created (see
desktop/services/quotes/drafts.py), so publishing a new version changes new quotes only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import PriceRuleKind, PricingMethod
from db.models import PriceBand, PriceList, PriceRule, TreatmentArea
from desktop.resources import resource_path
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.input_checks import shown_code, unprintable
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.quotes.pricing import (
    BandSpec,
    PriceListSpec,
    RuleSpec,
    cents,
    validate_price_list,
)

NO_PRICE_LIST = msg("No price list is published yet. Ask an administrator to publish one.")


@dataclass(frozen=True)
class PriceListDetail:
    id: int
    version: int
    name: str
    spec: PriceListSpec
    published_at: datetime | None
    created_at: datetime

    @property
    def published(self) -> bool:
        return self.published_at is not None


def spec_from(price_list: PriceList) -> PriceListSpec:
    return PriceListSpec(
        method=price_list.method,
        bands=tuple(
            BandSpec(lower=b.lower_cm2, upper=b.upper_cm2, price=b.price)
            # The full key: rows load in no set order, and equal lower edges must not swap.
            for b in sorted(
                price_list.bands,
                key=lambda b: (b.lower_cm2, b.upper_cm2 is None, b.upper_cm2 or 0, b.price),
            )
        ),
        per_cm2_price=price_list.per_cm2_price,
        minimum_charge=price_list.minimum_charge,
        vat_rate_percent=price_list.vat_rate_percent,
        prices_include_vat=price_list.prices_include_vat,
        rounding_step=price_list.rounding_step,
        currency=price_list.currency,
        rules=tuple(
            RuleSpec(
                kind=r.kind,
                label=r.label,
                percent=r.percent,
                area_codes=tuple(r.area_codes or ()),
                min_sessions=r.min_sessions,
            )
            for r in sorted(price_list.rules, key=lambda r: r.id or 0)
        ),
    )


def detail_from(price_list: PriceList) -> PriceListDetail:
    return PriceListDetail(
        id=price_list.id,
        version=price_list.version,
        name=price_list.name,
        spec=spec_from(price_list),
        published_at=price_list.published_at,
        created_at=price_list.created_at,
    )


def _apply(price_list: PriceList, name: str, spec: PriceListSpec) -> None:
    price_list.name = name.strip()[:100]
    price_list.currency = spec.currency
    # Checked by validate_price_list (or the bundled list) before it gets here.
    price_list.method = PricingMethod(spec.method)
    price_list.per_cm2_price = spec.per_cm2_price
    price_list.minimum_charge = spec.minimum_charge
    price_list.vat_rate_percent = spec.vat_rate_percent
    price_list.prices_include_vat = spec.prices_include_vat
    price_list.rounding_step = spec.rounding_step
    price_list.bands = [
        PriceBand(lower_cm2=b.lower, upper_cm2=b.upper, price=b.price) for b in spec.bands
    ]
    price_list.rules = [
        PriceRule(
            kind=PriceRuleKind(r.kind),
            label=r.label.strip()[:100],
            area_codes=list(r.area_codes),
            min_sessions=r.min_sessions,
            percent=r.percent,
        )
        for r in spec.rules
    ]


def _check(spec: PriceListSpec) -> None:
    errors = validate_price_list(spec)
    if errors:
        raise ValidationError(errors)


def _checked(name: str, spec: PriceListSpec) -> PriceListSpec:
    """``spec`` as it will be stored (every figure to the cent), checked before and after: a
    0.004 % discount must not be stored as a 0 % one."""
    errors = validate_price_list(spec)
    if unprintable(name) or len(name.strip()) > 100:
        errors["name"] = msg("Give the price list a name of printable characters (at most 100).")
    if errors:
        raise ValidationError(errors)
    stored = in_cents(spec)
    _check(stored)
    return stored


def in_cents(spec: PriceListSpec) -> PriceListSpec:
    """Every figure rounded half up to the two places its column keeps."""

    def cent(value: Decimal | None) -> Decimal | None:
        return None if value is None else cents(value)

    return replace(
        spec,
        bands=tuple(BandSpec(cents(b.lower), cent(b.upper), cents(b.price)) for b in spec.bands),
        per_cm2_price=cent(spec.per_cm2_price),
        minimum_charge=cent(spec.minimum_charge),
        vat_rate_percent=cents(spec.vat_rate_percent),
        rounding_step=cents(spec.rounding_step),
        rules=tuple(replace(r, percent=cents(r.percent)) for r in spec.rules),
    )


# --- seeding ------------------------------------------------------------------------------


def default_spec() -> tuple[str, PriceListSpec]:
    with resource_path("catalog", "prices.json").open(encoding="utf-8") as handle:
        data = json.load(handle)

    def dec(value: object) -> Decimal:
        return Decimal(str(value))

    def optional_dec(value: object) -> Decimal | None:
        return None if value is None else dec(value)

    spec = PriceListSpec(
        method=data["method"],
        bands=tuple(
            BandSpec(dec(b["lower_cm2"]), optional_dec(b["upper_cm2"]), dec(b["price"]))
            for b in data["bands"]
        ),
        per_cm2_price=optional_dec(data.get("per_cm2_price")),
        minimum_charge=optional_dec(data.get("minimum_charge")),
        vat_rate_percent=dec(data["vat_rate_percent"]),
        prices_include_vat=bool(data["prices_include_vat"]),
        rounding_step=dec(data["rounding_step"]),
        currency=data["currency"],
        rules=tuple(
            RuleSpec(
                kind=r["kind"],
                label=r["label"],
                percent=dec(r["percent"]),
                area_codes=tuple(r.get("area_codes", ())),
                min_sessions=r.get("min_sessions"),
            )
            for r in data["rules"]
        ),
    )
    return data["name"], spec


def seed_default_price_list(session: Session, now: datetime) -> bool:
    """Publish the bundled example price list if the database has none. True if added."""
    if session.scalar(select(func.count()).select_from(PriceList)):
        return False
    name, spec = default_spec()
    price_list = PriceList(version=1, published_at=now)
    _apply(price_list, name, spec)
    session.add(price_list)
    return True


# --- reading ------------------------------------------------------------------------------


def current_in(session: Session) -> PriceList | None:
    return session.scalars(
        select(PriceList)
        .where(PriceList.published_at.is_not(None))
        .order_by(PriceList.version.desc())
        .limit(1)
    ).first()


def current_price_list(ctx: ServiceContext) -> PriceListDetail:
    """The newest published version: what a new quote is priced with."""
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.read() as session:
        price_list = current_in(session)
        if price_list is None:
            raise NotFound(NO_PRICE_LIST)
        return detail_from(price_list)


def get_price_list(ctx: ServiceContext, price_list_id: int) -> PriceListDetail:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.read() as session:
        return detail_from(_load(session, price_list_id))


def list_price_lists(ctx: ServiceContext) -> list[PriceListDetail]:
    require(ctx, Permission.MANAGE_QUOTES)
    with ctx.database.read() as session:
        rows = session.scalars(select(PriceList).order_by(PriceList.version.desc()))
        return [detail_from(p) for p in rows]


def _load(session: Session, price_list_id: int) -> PriceList:
    price_list = session.get(PriceList, price_list_id)
    if price_list is None:
        raise NotFound(
            msg("This price list version no longer exists. Close the price list and open it again.")
        )
    return price_list


def _load_draft(session: Session, price_list_id: int) -> PriceList:
    price_list = _load(session, price_list_id)
    if price_list.published_at is not None:
        raise ValidationError(
            {
                "version": msg(
                    "Version {version} is published and cannot be changed. "
                    "Start a new version from it instead.",
                    version=price_list.version,
                )
            }
        )
    return price_list


# --- editing ------------------------------------------------------------------------------


def start_new_version(ctx: ServiceContext) -> PriceListDetail:
    """A draft copied from the current version (or the unpublished draft already open)."""
    require(ctx, Permission.MANAGE_PRICES)
    with ctx.database.write() as session:
        draft = session.scalars(
            select(PriceList).where(PriceList.published_at.is_(None)).limit(1)
        ).first()
        if draft is not None:
            return detail_from(draft)
        current = current_in(session)
        if current is not None:
            name, spec = current.name, spec_from(current)
        else:
            name, spec = default_spec()
        last = session.scalar(select(func.max(PriceList.version))) or 0
        draft = PriceList(version=last + 1, created_by_id=ctx.actor.staff_id)
        _apply(draft, name, spec)
        session.add(draft)
        session.flush()
        record_event(
            session,
            ctx,
            "price_list.create",
            entity="price_list",
            entity_id=draft.id,
            details={"version": draft.version, "from_version": current and current.version},
        )
        return detail_from(draft)


def area_codes(ctx: ServiceContext) -> list[str]:
    """Codes of the catalog's areas, for combination rules."""
    with ctx.database.read() as session:
        return list(
            session.scalars(
                select(TreatmentArea.code).order_by(TreatmentArea.sort_order, TreatmentArea.id)
            )
        )


def save_draft(
    ctx: ServiceContext, price_list_id: int, name: str, spec: PriceListSpec
) -> PriceListDetail:
    """Replace a draft's contents; a bad price list raises ValidationError and saves nothing."""
    require(ctx, Permission.MANAGE_PRICES)
    spec = _checked(name, spec)
    with ctx.database.write() as session:
        known = set(session.scalars(select(TreatmentArea.code)))
        for index, rule in enumerate(spec.rules, start=1):
            unknown = sorted(set(rule.area_codes) - known)
            if unknown:
                raise ValidationError(
                    {
                        f"rules.{index}": msg(
                            "Rule {index} ({name}): the area code(s) {codes} are not in the "
                            "catalog; check the spelling.",
                            index=index,
                            name=rule.label,
                            codes=", ".join(shown_code(code) for code in unknown),
                        )
                    }
                )
        draft = _load_draft(session, price_list_id)
        before = spec_from(draft)
        _apply(draft, name, spec)
        session.flush()
        record_event(
            session,
            ctx,
            "price_list.update",
            entity="price_list",
            entity_id=draft.id,
            details={"version": draft.version, "changed": before != spec},
        )
        return detail_from(draft)


def publish(ctx: ServiceContext, price_list_id: int) -> PriceListDetail:
    """Make a draft the current version. From now on it is immutable."""
    require(ctx, Permission.MANAGE_PRICES)
    with ctx.database.write() as session:
        draft = _load_draft(session, price_list_id)
        _check(spec_from(draft))
        draft.published_at = ctx.now()
        record_event(
            session,
            ctx,
            "price_list.publish",
            entity="price_list",
            entity_id=draft.id,
            details={"version": draft.version},
        )
        return detail_from(draft)


def discard_draft(ctx: ServiceContext, price_list_id: int) -> None:
    require(ctx, Permission.MANAGE_PRICES)
    with ctx.database.write() as session:
        draft = _load_draft(session, price_list_id)
        record_event(
            session,
            ctx,
            "price_list.discard",
            entity="price_list",
            entity_id=draft.id,
            details={"version": draft.version},
        )
        session.delete(draft)


def parse_decimal(text: str, field: str, label: str, *, optional: bool = False) -> Decimal | None:
    """'1.250,50' / '1250.50' / '1250' → Decimal; ValidationError({field: ...}) otherwise.

    ``label`` names the figure as the object of "Enter …" ("the VAT rate"): a ``msg()``
    from a service, or text the interface has already translated.
    """
    cleaned = text.strip().replace(" ", "").replace("₺", "").replace("%", "")
    if not cleaned:
        if optional:
            return None
        raise ValidationError({field: msg("Enter {label}.", label=label)})
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            {field: msg("“{text}” is not a number; enter {label}.", text=text.strip(), label=label)}
        ) from None
    if not value.is_finite():
        raise ValidationError({field: msg("Enter {label} as a plain number.", label=label)})
    return value
