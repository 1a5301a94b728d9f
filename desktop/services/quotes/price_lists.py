"""The clinic's price list: versioned; a draft is edited, then published and never changed.

Quotes use the newest *published* version at the time they are created (see
desktop/services/quotes/drafts.py), so publishing a new version changes new quotes only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from db.codes import PriceRuleKind, PricingMethod
from db.models import PriceBand, PriceList, PriceRule, TreatmentArea
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.input_checks import shown_code
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.stale import stale_record, stale_record_after_conflict
from desktop.services.quotes.price_list_specs import check_spec, checked_spec, default_spec
from desktop.services.quotes.pricing import (
    BandSpec,
    PriceListSpec,
    RuleSpec,
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
    # Saves of this draft so far; save_draft/publish are given the one the form read.
    row_version: int = 1

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
        row_version=price_list.row_version,
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


def _ensure_version(
    session: Session, ctx: ServiceContext, draft: PriceList, expected_version: int
) -> None:
    """StaleRecord (who saved it, when) if another administrator saved the draft since."""
    if draft.row_version != expected_version:
        raise stale_record(session, ctx, "price_list", draft.id, _NOUN, _REMEDY)


def _flush(session: Session, ctx: ServiceContext, draft: PriceList) -> None:
    # Only bands or rules may have changed: the draft's own row is updated all the same, so
    # its version counts every save and a concurrent save meets the version check.
    flag_modified(draft, "name")
    draft_id = draft.id  # read now: a failed flush expires the row
    try:
        session.flush()
    except StaleDataError as error:
        raise stale_record_after_conflict(ctx, "price_list", draft_id, _NOUN, _REMEDY) from error


_NOUN = msg("price list draft")
_REMEDY = msg("close the price list, open it again")


def save_draft(
    ctx: ServiceContext,
    price_list_id: int,
    name: str,
    spec: PriceListSpec,
    *,
    expected_version: int,
) -> PriceListDetail:
    """Replace a draft's contents; a bad price list raises ValidationError and saves nothing.

    ``expected_version`` is the draft's row_version the form read: if another administrator
    saved it since, StaleRecord says who and when, and nothing is overwritten."""
    require(ctx, Permission.MANAGE_PRICES)
    spec = checked_spec(name, spec)
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
        _ensure_version(session, ctx, draft, expected_version)
        before = spec_from(draft)
        _apply(draft, name, spec)
        _flush(session, ctx, draft)
        record_event(
            session,
            ctx,
            "price_list.update",
            entity="price_list",
            entity_id=draft.id,
            details={"version": draft.version, "changed": before != spec},
        )
        return detail_from(draft)


def publish(ctx: ServiceContext, price_list_id: int, *, expected_version: int) -> PriceListDetail:
    """Make a draft the current version. From now on it is immutable.

    Only the version the administrator last saw (``expected_version``) is published."""
    require(ctx, Permission.MANAGE_PRICES)
    with ctx.database.write() as session:
        draft = _load_draft(session, price_list_id)
        _ensure_version(session, ctx, draft, expected_version)
        check_spec(spec_from(draft))
        draft.published_at = ctx.now()
        _flush(session, ctx, draft)
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
