"""The pricing engine: plain dataclasses in, priced lines out. Decimal only, no database.

How a quote is priced (the rules the clinic can rely on; tests pin each one):

1. **Unit price per session.** With ``method="band"`` an area of size *s* takes the
   price of the band with ``lower < s <= upper`` (lower edge exclusive, upper edge
   inclusive; the first band starts at 0, the last may have no upper edge). So exactly
   25 cm² is in "up to 25" and 25.01 cm² in the next band. With ``method="per_cm2"`` the
   unit price is ``size × per_cm2_price``, but never less than ``minimum_charge``.
2. **Gross** of a line = unit price × sessions (prices are in the price list's terms:
   VAT included or not, see 6).
3. **Rule discounts**, on each line:
   - *combination*: a rule applies when every area code it lists is on the quote; it
     discounts the lines of those areas. If several apply to a line, the best one wins.
   - *package*: a rule applies to a line whose sessions >= ``min_sessions``; the best
     applicable rule wins.
   A combination and a package discount **stack multiplicatively**:
   ``gross × (1 − c) × (1 − p)`` (never more than 100 % in total).
4. **Manual discount** (optional, with a reason): a percent compounds after the rules on
   every line; or an amount (in the price list's terms) is spread over the lines in
   proportion to what they cost after the rules (largest remainder, to the cent). It may
   not exceed that amount.
5. The **discount** of a line is ``gross − after-discounts`` to the cent.
6. **VAT.** If prices include VAT the payable amount is the discounted amount; otherwise
   VAT is added to it (``× (1 + rate)``), to the cent.
7. **Rounding happens once**, as the very last step, on each line's payable amount, to
   the clinic's ``rounding_step`` (half up). ``rounding`` of a line is that difference
   (less than half a step).
8. The quote's **total is the sum of the line totals**; every other total (subtotal,
   discounts, VAT, rounding) is the sum of the same column, so the lines always add up.
   Since every line total is a multiple of the step, so is the quote total.
9. **VAT is taken out of the quote's total once**: ``total − total / (1 + rate)``, that is
   ``total × rate / (100 + rate)``, rounded half up to the cent (25,510.00 at 20 % →
   4,251.67). The VAT of each line is its share of that figure: the exact VAT of each line
   rounded down to the cent, the cents left over going to the lines with the largest
   remainders, so the line VATs add up to the quote's VAT. (Rounding each line on its own
   and adding them up could differ from the total's VAT by a cent per line: 13,080 + 8,720
   + 3,710 gave 4,251.66.)

This module stays one piece (about 520 lines, over the usual 400) on purpose: it is the whole
engine those rules describe, pure and read top to bottom against them, and
``price_quote`` checks its own price list with ``validate_price_list``, so splitting the
checks from the specs and the arithmetic would only make the modules import each other.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from db.codes import PriceRuleKind, PricingMethod
from desktop.services.common.input_checks import is_finite, unprintable
from desktop.services.common.messages import msg

CENT = Decimal("0.01")
ZERO = Decimal(0)
HUNDRED = Decimal(100)
MAX_SIZE_CM2 = Decimal(2000)
MAX_SESSIONS = 20
# No price, size edge or discount in a clinic's list comes near this; far above it a figure
# is a typo (and 1e30 would overflow the columns).
MAX_FIGURE = Decimal(1_000_000_000)
CURRENCIES = ("TRY", "EUR", "USD")
METHODS = tuple(PricingMethod)


@dataclass(frozen=True)
class BandSpec:
    """Areas with ``lower < size <= upper`` (``upper=None``: no limit) cost ``price``."""

    lower: Decimal
    upper: Decimal | None
    price: Decimal

    @property
    def label(self) -> str:
        """Language-neutral: '≤25 cm²', '25–100 cm²', '>300 cm²'."""
        if self.upper is None:
            return f">{_plain(self.lower)} cm²"
        if self.lower == 0:
            return f"≤{_plain(self.upper)} cm²"
        return f"{_plain(self.lower)}–{_plain(self.upper)} cm²"


@dataclass(frozen=True)
class RuleSpec:
    kind: str  # a PriceRuleKind
    label: str
    percent: Decimal
    area_codes: tuple[str, ...] = ()
    min_sessions: int | None = None


@dataclass(frozen=True)
class PriceListSpec:
    method: str = PricingMethod.BAND
    bands: tuple[BandSpec, ...] = ()
    per_cm2_price: Decimal | None = None
    minimum_charge: Decimal | None = None
    vat_rate_percent: Decimal = Decimal(20)
    prices_include_vat: bool = True
    rounding_step: Decimal = Decimal(1)
    currency: str = "TRY"
    rules: tuple[RuleSpec, ...] = ()


@dataclass(frozen=True)
class LineSpec:
    description: str
    size_cm2: Decimal
    sessions: int = 1
    area_code: str | None = None  # None: a custom area (no combination rules)


@dataclass(frozen=True)
class ManualDiscount:
    percent: Decimal | None = None
    amount: Decimal | None = None
    reason: str = ""

    @property
    def active(self) -> bool:
        return bool(self.percent) or bool(self.amount)


@dataclass(frozen=True)
class PricedLine:
    description: str
    area_code: str | None
    size_cm2: Decimal
    band_label: str
    unit_price: Decimal
    sessions: int
    gross: Decimal
    discount: Decimal
    discount_labels: tuple[str, ...]  # codes; discount_text() words them per language
    vat: Decimal
    rounding: Decimal
    total: Decimal


@dataclass(frozen=True)
class PricedQuote:
    lines: tuple[PricedLine, ...]
    currency: str
    vat_rate_percent: Decimal
    prices_include_vat: bool
    subtotal: Decimal  # sum of gross
    discount_total: Decimal
    vat_total: Decimal
    rounding_total: Decimal
    total: Decimal

    @property
    def vat_added(self) -> Decimal:
        """VAT added on top of the prices (zero when prices include VAT)."""
        return (
            ZERO
            if self.prices_include_vat
            else self.total - self.rounding_total - (self.subtotal - self.discount_total)
        )


class PricingError(ValueError):
    """Input the engine cannot price; ``field_errors`` reads like ValidationError's."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Nearest multiple of ``step``, halves up (step 10: 1234.99 → 1230, 1235 → 1240)."""
    units = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return cents(units * step)


# --- price list checks -------------------------------------------------------------------


def _unusable_numbers(spec: PriceListSpec) -> dict[str, str]:
    """NaN, Infinity and absurdly large figures, checked before anything compares them (NaN
    raises on ``<``) or a column stores them (1e30 overflows quantize)."""
    errors: dict[str, str] = {}
    figures: list[tuple[str, Decimal | None]] = [
        ("per_cm2_price", spec.per_cm2_price),
        ("minimum_charge", spec.minimum_charge),
        ("vat_rate_percent", spec.vat_rate_percent),
        ("rounding_step", spec.rounding_step),
    ]
    figures += [("bands", v) for b in spec.bands for v in (b.lower, b.upper, b.price)]
    figures += [(f"rules.{i}", r.percent) for i, r in enumerate(spec.rules, start=1)]
    for field, value in figures:
        if not is_finite(value) or (value is not None and abs(value) > MAX_FIGURE):
            errors.setdefault(
                field, msg("Enter a plain number up to {limit}.", limit=_plain(MAX_FIGURE))
            )
    return errors


def validate_price_list(spec: PriceListSpec) -> dict[str, str]:
    """Field → message for everything wrong with a price list (empty dict: usable)."""
    errors = _unusable_numbers(spec)
    if errors:
        return errors
    if spec.currency not in CURRENCIES:
        errors["currency"] = msg(
            "Choose one of the currencies {currencies}.", currencies=", ".join(CURRENCIES)
        )
    if spec.method not in METHODS:
        errors["method"] = msg("Choose pricing by size band or per cm².")
    if not (ZERO <= spec.vat_rate_percent <= HUNDRED):
        errors["vat_rate_percent"] = msg("The VAT rate must be between 0 and 100 %.")
    if not (CENT <= spec.rounding_step <= Decimal(1000)):
        errors["rounding_step"] = msg(
            "The rounding step must be between 0.01 and 1000 (e.g. 1 or 10)."
        )
    if spec.method == PricingMethod.BAND:
        message = _band_problem(spec.bands)
        if message:
            errors["bands"] = message
    elif spec.method == PricingMethod.PER_CM2:
        if spec.per_cm2_price is None or spec.per_cm2_price <= 0:
            errors["per_cm2_price"] = msg("Enter a price per cm² greater than zero.")
        if spec.minimum_charge is not None and spec.minimum_charge < 0:
            errors["minimum_charge"] = msg("The minimum charge cannot be negative.")
    for index, rule in enumerate(spec.rules, start=1):
        message = _rule_problem(rule)
        if message:
            errors[f"rules.{index}"] = msg(
                "Rule {index} ({name}): {problem}",
                index=index,
                name=(rule.label.strip() if not unprintable(rule.label) else "") or msg("no name"),
                problem=message,
            )
    return errors


def _band_problem(bands: Sequence[BandSpec]) -> str:
    if not bands:
        return msg("Add at least one size band.")
    ordered = sorted(bands, key=lambda b: (b.lower, b.upper is None, b.upper or ZERO))
    if any(b.price < 0 for b in ordered):
        return msg("Band prices cannot be negative.")
    if ordered[0].lower != 0:
        return msg(
            "The first band must start at 0 cm², not {size} cm².", size=_plain(ordered[0].lower)
        )
    for band in ordered:
        if band.lower < 0 or (band.upper is not None and band.upper <= band.lower):
            return msg(
                "The band {band} is empty: its upper size must be above its lower size.",
                band=band.label,
            )
    for previous, band in itertools.pairwise(ordered):
        if previous.upper is None or band.lower < previous.upper:
            return msg(
                "The bands {first} and {second} overlap.", first=previous.label, second=band.label
            )
        if band.lower > previous.upper:
            return msg(
                "Sizes between {lower} and {upper} cm² have no band: make each band start "
                "where the previous one ends.",
                lower=_plain(previous.upper),
                upper=_plain(band.lower),
            )
    if ordered[-1].upper is not None and ordered[-1].upper < MAX_SIZE_CM2:
        return msg(
            "Areas above {size} cm² have no band: leave the last band's upper size empty "
            "(no limit).",
            size=_plain(ordered[-1].upper),
        )
    return ""


def _rule_problem(rule: RuleSpec) -> str:
    if not rule.label.strip():
        return msg("give the rule a name.")
    if unprintable(rule.label) or len(rule.label.strip()) > 100:
        return msg("give the rule a name of printable characters (at most 100).")
    if not (ZERO < rule.percent <= HUNDRED):
        return msg("the discount must be more than 0 and at most 100 %.")
    if rule.kind == PriceRuleKind.COMBINATION:
        if len(set(rule.area_codes)) < 2:
            return msg("a combination needs at least two different areas.")
    elif rule.kind == PriceRuleKind.PACKAGE:
        if rule.min_sessions is None or rule.min_sessions < 2:
            return msg("a package needs a minimum of 2 sessions or more.")
        if rule.min_sessions > MAX_SESSIONS:  # no quote has more: it would never apply
            return msg("a package can ask for at most {limit} sessions.", limit=MAX_SESSIONS)
    else:
        return msg("the kind must be combination or package.")
    return ""


# --- pricing ------------------------------------------------------------------------------


def unit_price(spec: PriceListSpec, size: Decimal) -> tuple[Decimal, str]:
    """Price of one session on an area of ``size`` cm², and the band label to show."""
    if spec.method == PricingMethod.PER_CM2:
        rate = spec.per_cm2_price or ZERO
        price = cents(size * rate)
        minimum = spec.minimum_charge or ZERO
        if price < minimum:
            return minimum, "min."
        return price, f"{_plain(rate)}/cm²"
    for band in spec.bands:
        if band.lower < size and (band.upper is None or size <= band.upper):
            return band.price, band.label
    if size == 0 and spec.bands:  # a zero size is refused earlier; keep the engine total
        first = min(spec.bands, key=lambda b: b.lower)
        return first.price, first.label
    raise PricingError({"size_cm2": msg("No price band covers {size} cm².", size=_plain(size))})


def _validate_lines(lines: Sequence[LineSpec], manual: ManualDiscount) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not lines:
        errors["lines"] = msg("Add at least one area to the quote.")
    for index, line in enumerate(lines, start=1):
        if not is_finite(line.size_cm2) or line.size_cm2 <= 0:
            errors[f"lines.{index}.size_cm2"] = msg(
                "Line {index}: enter the measured size in cm² (more than 0).", index=index
            )
        elif line.size_cm2 > MAX_SIZE_CM2:
            errors[f"lines.{index}.size_cm2"] = msg(
                "Line {index}: {size} cm² is more than the {limit} cm² any area can be; "
                "check the measurement.",
                index=index,
                size=_plain(line.size_cm2),
                limit=_plain(MAX_SIZE_CM2),
            )
        if not (1 <= line.sessions <= MAX_SESSIONS):
            errors["sessions"] = msg(
                "The number of sessions must be between 1 and {limit}.", limit=MAX_SESSIONS
            )
    if manual.percent is not None and manual.amount is not None:
        errors["manual_discount"] = msg(
            "Give the manual discount as a percent or an amount, not both."
        )
    # At least a cent (0.01 %): the column keeps two places, and 1e-30 would read back as 0.
    if manual.percent is not None and not (
        is_finite(manual.percent) and CENT <= manual.percent <= HUNDRED
    ):
        errors["manual_discount"] = msg("A percent discount must be more than 0 and at most 100 %.")
    if manual.amount is not None and not (is_finite(manual.amount) and manual.amount >= CENT):
        errors["manual_discount"] = msg("A discount amount must be more than zero.")
    if manual.active and not manual.reason.strip():
        errors["manual_discount_reason"] = msg("Say why the manual discount is given.")
    return errors


def price_quote(
    spec: PriceListSpec, lines: Sequence[LineSpec], manual: ManualDiscount | None = None
) -> PricedQuote:
    """Price ``lines`` with ``spec`` following the module rules; PricingError on bad input."""
    manual = manual or ManualDiscount()
    errors = validate_price_list(spec)
    errors.update(_validate_lines(lines, manual))
    if errors:
        raise PricingError(errors)

    present = {line.area_code for line in lines if line.area_code}
    units: list[tuple[Decimal, str]] = [unit_price(spec, line.size_cm2) for line in lines]
    grosses = [cents(unit * line.sessions) for (unit, _), line in zip(units, lines, strict=True)]
    factors: list[Decimal] = []
    labels: list[list[str]] = []
    for line in lines:
        factor = Decimal(1)
        names: list[str] = []
        combo = _best(
            rule
            for rule in spec.rules
            if rule.kind == PriceRuleKind.COMBINATION
            and line.area_code in rule.area_codes
            and set(rule.area_codes) <= present
        )
        package = _best(
            rule
            for rule in spec.rules
            if rule.kind == PriceRuleKind.PACKAGE and line.sessions >= (rule.min_sessions or 0)
        )
        for rule in (combo, package):
            if rule is not None:
                factor *= 1 - rule.percent / HUNDRED
                names.append(
                    f"package:{rule.min_sessions}:{_plain(rule.percent)}"
                    if rule.kind == PriceRuleKind.PACKAGE
                    else f"combination:{_plain(rule.percent)}"
                )
        if manual.percent is not None:
            factor *= 1 - manual.percent / HUNDRED
            names.append(f"manual:{_plain(manual.percent)}")
        factors.append(factor)
        labels.append(names)
    after = [cents(g * f) for g, f in zip(grosses, factors, strict=True)]

    if manual.amount is not None:
        available = sum(after, ZERO)
        if manual.amount > available:
            raise PricingError(
                {
                    "manual_discount": msg(
                        "The discount amount is more than the quote costs after its other "
                        "discounts ({available}); enter a smaller amount.",
                        available=f"{available:.2f}",
                    )
                }
            )
        shares = _spread(manual.amount, after)
        after = [a - s for a, s in zip(after, shares, strict=True)]
        for names, share in zip(labels, shares, strict=True):
            if share:
                names.append("manual_amount")

    rate = spec.vat_rate_percent
    priced: list[PricedLine] = []
    for line, (unit, band), gross, net, names in zip(
        lines, units, grosses, after, labels, strict=True
    ):
        payable = net if spec.prices_include_vat else cents(net * (1 + rate / HUNDRED))
        total = round_to_step(payable, spec.rounding_step)
        priced.append(
            PricedLine(
                description=line.description,
                area_code=line.area_code,
                size_cm2=line.size_cm2,
                band_label=band,
                unit_price=unit,
                sessions=line.sessions,
                gross=gross,
                discount=gross - net,
                discount_labels=tuple(names),
                vat=ZERO,  # set below from the quote's VAT (rule 9)
                rounding=total - payable,
                total=total,
            )
        )
    shares = vat_shares([line.total for line in priced], rate)
    priced = [replace(line, vat=share) for line, share in zip(priced, shares, strict=True)]
    return summarise(priced, spec.currency, rate, spec.prices_include_vat)


def vat_included(total: Decimal, rate_percent: Decimal) -> Decimal:
    """The VAT inside a gross ``total`` at ``rate_percent``, half up to the cent (rule 9)."""
    return cents(total * rate_percent / (HUNDRED + rate_percent))


def vat_shares(totals: Sequence[Decimal], rate_percent: Decimal) -> list[Decimal]:
    """Each line's share of the VAT in the sum of ``totals``; the shares add up to it."""
    return _spread(vat_included(sum(totals, ZERO), rate_percent), totals)


def summarise(
    lines: Sequence[PricedLine], currency: str, vat_rate: Decimal, prices_include_vat: bool
) -> PricedQuote:
    """Totals as plain column sums, so frozen lines re-add to exactly the stored totals."""
    return PricedQuote(
        lines=tuple(lines),
        currency=currency,
        vat_rate_percent=vat_rate,
        prices_include_vat=prices_include_vat,
        subtotal=sum((x.gross for x in lines), ZERO),
        discount_total=sum((x.discount for x in lines), ZERO),
        vat_total=sum((x.vat for x in lines), ZERO),
        rounding_total=sum((x.rounding for x in lines), ZERO),
        total=sum((x.total for x in lines), ZERO),
    )


_DISCOUNT_WORDS = {
    "combination": {"en": "areas together −{p} %", "tr": "birlikte uygulama −%{p}"},
    "package": {"en": "{n}+ sessions −{p} %", "tr": "{n}+ seans paketi −%{p}"},
    "manual": {"en": "extra discount −{p} %", "tr": "ek indirim −%{p}"},
    "manual_amount": {"en": "extra discount", "tr": "ek indirim"},
}


def discount_text(code: str, language: str) -> str:
    """'package:3:15' → '3+ sessions −15 %' / '3+ seans paketi −%15' (unknown codes as is)."""
    kind, *values = code.split(":")
    words = _DISCOUNT_WORDS.get(kind)
    if words is None:
        return code
    template = words.get(language, words["en"])
    percent = values[-1] if values else ""
    if language == "tr":
        percent = percent.replace(".", ",")
    return template.format(p=percent, n=values[0] if len(values) > 1 else "")


def _best(rules: Iterable[RuleSpec]) -> RuleSpec | None:
    best = None
    for rule in rules:
        if best is None or rule.percent > best.percent:
            best = rule
    return best


def _spread(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``amount`` over ``weights`` in proportion, to the cent (largest remainder)."""
    whole = sum(weights, ZERO)
    if whole == 0:
        return [ZERO for _ in weights]
    raw = [amount * w / whole for w in weights]
    shares = [r.quantize(CENT, rounding=ROUND_DOWN) for r in raw]
    left = int((amount - sum(shares, ZERO)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - shares[i], reverse=True)
    for i in order[:left]:
        shares[i] += CENT
    # Never take more from a line than it costs (rounding the remainder could).
    return [min(s, w) for s, w in zip(shares, weights, strict=True)]
