"""A price list's figures: checked, stored to the cent, the shipped default, typed numbers."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from db.codes import PriceRuleKind
from desktop.resources import resource_path
from desktop.services.common.errors import ValidationError
from desktop.services.common.input_checks import unprintable
from desktop.services.common.messages import msg
from desktop.services.quotes.pricing import (
    BandSpec,
    PriceListSpec,
    RuleSpec,
    cents,
    validate_price_list,
)


def check_spec(spec: PriceListSpec) -> None:
    errors = validate_price_list(spec)
    if errors:
        raise ValidationError(errors)


def checked_spec(name: str, spec: PriceListSpec) -> PriceListSpec:
    """``spec`` as it will be stored (every figure to the cent), checked before and after: a
    0.004 % discount must not be stored as a 0 % one."""
    spec = used_parts(spec)
    errors = validate_price_list(spec)
    if unprintable(name) or len(name.strip()) > 100:
        errors["name"] = msg("Give the price list a name of printable characters (at most 100).")
    if errors:
        raise ValidationError(errors)
    stored = in_cents(spec)
    check_spec(stored)
    return stored


def used_parts(spec: PriceListSpec) -> PriceListSpec:
    """Each rule with only what its kind uses, as the price-list form sends it: a combination
    has no minimum of sessions and a package no areas (an unused value, however absurd, was
    stored: 2**63 overflowed SQLite's integer column)."""

    def kept(rule: RuleSpec) -> RuleSpec:
        if rule.kind == PriceRuleKind.COMBINATION:
            return replace(rule, min_sessions=None)
        if rule.kind == PriceRuleKind.PACKAGE:
            return replace(rule, area_codes=())
        return rule

    return replace(spec, rules=tuple(kept(r) for r in spec.rules))


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
