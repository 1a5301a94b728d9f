"""Input rules and booking safety checks for treatment sessions.

Validation problems (bad input) raise ValidationError and nothing is saved.
Safety findings (healing interval, screening, contraindications) are
warnings: the person booking must acknowledge them, then the booking goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from db.models import Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from db.models.treatment import ADVERSE_EVENTS, ANAESTHESIA, FOLLOW_UP_KINDS
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import Message, Named, join, msg
from desktop.services.settings import store as settings

MIN_DURATION = 5
MAX_DURATION = 480
MIN_PASSES, MAX_PASSES = 1, 10
# Larger than any single area of an adult body treated in one go: a typo, not a size.
MAX_AREA_CM2 = Decimal("3000")
MAX_TEXT = 2000
MAX_SHORT = 80
# A whole-region area covers every other area of its region (for the healing interval).
WHOLE_REGION_CODES = frozenset({"face_full", "hands"})

STATUS_LABELS = {
    "planned": "Planned",
    "done": "Done",
    "cancelled": "Cancelled",
    "no_show": "No-show",
}
ANAESTHESIA_LABELS = {"none": "None", "topical": "Topical cream", "local": "Local injection"}
assert set(ANAESTHESIA_LABELS) == set(ANAESTHESIA)
INDICATIONS = {
    "wrinkles": "Wrinkles",
    "acne_scars": "Acne scars",
    "surgical_scars": "Surgical scars",
    "sun_spots": "Sun spots",
    "actinic_keratoses": "Actinic keratoses",
    "pores": "Enlarged pores",
    "skin_texture": "Skin texture",
}
COMBINED_PROCEDURES = {
    "fractional_laser": "Fractional laser",
    "microneedling": "Microneedling",
    "chemical_peel": "Chemical peel",
    "prp": "PRP",
}
FOLLOW_UP_KIND_LABELS = {
    "day_3_4": "Day 3–4 check",
    "week_1": "One-week review",
    "other": "Other",
}
assert set(FOLLOW_UP_KIND_LABELS) == set(FOLLOW_UP_KINDS)
ADVERSE_EVENT_LABELS = {
    "prolonged_redness": "Prolonged redness",
    "blistering": "Blistering",
    "pigment_change": "Pigment change",
    "infection": "Infection",
    "herpes_flare": "Herpes flare",
    "scarring": "Scarring",
}
assert set(ADVERSE_EVENT_LABELS) == set(ADVERSE_EVENTS)
# Messages: they complete "The screening says the patient …" in safety warnings (and the
# interface also shows them through its vocabulary).
CONTRAINDICATION_LABELS: dict[str, Message] = {
    "isotretinoin": msg("takes or recently took isotretinoin"),
    "pregnant_or_breastfeeding": msg("is pregnant or breast-feeding"),
    "herpes_history": msg("has a history of herpes (cold sores)"),
    "anticoagulants": msg("takes anticoagulants"),
    "keloid_history": msg("has keloid or hypertrophic scars"),
    "photosensitising_drugs": msg("takes photosensitising drugs"),
    "current_tan": msg("is currently tanned"),
}


@dataclass(frozen=True)
class AreaInput:
    """One planned or treated area as the form submits it."""

    area_id: int
    size_cm2: Decimal | str | None = None  # None or "": the catalog's default size
    depth_um: int | None = None
    passes: int | None = None
    device: str = ""
    mode: str = ""
    fluence_j_cm2: Decimal | str | None = None
    spot_size_mm: Decimal | str | None = None
    immediate_reaction: str = ""


@dataclass(frozen=True)
class SafetyWarning:
    code: str  # stable: what the caller acknowledges
    message: Message


class NeedsAcknowledgement(ServiceError):
    """Safety warnings the user has not acknowledged yet; nothing was saved."""

    def __init__(self, warnings: Sequence[SafetyWarning]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(
            msg(
                "Please confirm before booking: {warnings}",
                warnings=join(*(w.message for w in self.warnings)),
            )
        )


def default_duration(total_cm2: Decimal) -> int:
    """Expected minutes from the total area: small spots 15, a full face and neck 60."""
    if total_cm2 <= 50:
        return 15
    if total_cm2 <= 150:
        return 30
    if total_cm2 <= 350:
        return 45
    return 60


def parse_decimal(value: Decimal | str | int | None) -> Decimal | None:
    """'12,5' or '12.5' → Decimal; None/'' → None; raises ValueError otherwise."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    text = str(value).strip().replace(",", ".")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not number.is_finite():
        raise ValueError(text)
    return number


def check_text(errors: dict[str, str], key: str, value: str, label: Message, limit: int) -> str:
    """``label`` names the field for the sentence: msg("The note")."""
    value = (value or "").strip()
    if len(value) > limit:
        errors[key] = msg(
            "{label} is too long: keep it under {limit} characters.", label=label, limit=limit
        )
    return value


def check_codes(
    errors: dict[str, str], key: str, values: Sequence[str], allowed: dict[str, str], what: Message
) -> list[str]:
    """``what`` names one such code for the sentence: msg("indication")."""
    unknown = [v for v in values if v not in allowed]
    if unknown:
        errors[key] = msg(
            "Unknown {what}: {codes}. Pick from the list.", what=what, codes=", ".join(unknown)
        )
    return sorted(set(values) & allowed.keys(), key=list(allowed).index)


def check_physician(session: Session, errors: dict[str, str], physician_id: int | None) -> None:
    if physician_id is None:
        errors["physician_id"] = msg("Choose the physician for this session.")
        return
    staff = session.get(Staff, physician_id)
    if staff is None or staff.role != "physician" or not staff.active:
        errors["physician_id"] = msg("Choose an active physician from the list.")


def resolve_areas(
    session: Session,
    errors: dict[str, str],
    areas: Sequence[AreaInput],
    *,
    recording: bool,
) -> list[dict]:
    """Checked SessionArea values for each input row (errors keyed ``areas[i].field``)."""
    if not areas:
        errors["areas"] = msg("Pick at least one area from the catalog.")
        return []
    ids = {a.area_id for a in areas}
    catalog = {
        a.id: a for a in session.scalars(select(TreatmentArea).where(TreatmentArea.id.in_(ids)))
    }
    depth_min = settings.get(session, "depth_min_um")
    depth_max = settings.get(session, "depth_max_um")
    rows: list[dict] = []
    seen: set[int] = set()
    for i, item in enumerate(areas):
        key = f"areas[{i}]"
        area = catalog.get(item.area_id)
        if area is None or not area.active:
            errors[f"{key}.area"] = msg(
                "This area is not in the clinic's catalog (or no longer active). "
                "Pick an area from the list."
            )
            continue
        if item.area_id in seen and not area.size_required:
            errors[f"{key}.area"] = msg(
                "{area} is listed twice. Remove one of the rows.", area=area_name(area)
            )
        seen.add(item.area_id)
        try:
            size = parse_decimal(item.size_cm2)
        except ValueError:
            errors[f"{key}.size_cm2"] = msg("Type the size as a number of cm², e.g. 12.5.")
            continue
        if size is None:
            if area.size_required:
                errors[f"{key}.size_cm2"] = msg(
                    "Measure the {area} and type its size in cm².",
                    area=area_name(area, lowercase=True),
                )
                continue
            size = area.default_size_cm2
        if size <= 0:
            errors[f"{key}.size_cm2"] = msg("The size must be more than 0 cm².")
        elif size > MAX_AREA_CM2:
            errors[f"{key}.size_cm2"] = msg(
                "{size} cm² is more than any single area ({largest} cm²); check the size.",
                size=str(size),
                largest=str(MAX_AREA_CM2),
            )
        row = {"area_id": area.id, "size_cm2": size.quantize(Decimal("0.01"))}
        row.update(_clinical(errors, key, item, depth_min, depth_max, recording=recording))
        rows.append(row)
    return rows


def _clinical(
    errors: dict[str, str],
    key: str,
    item: AreaInput,
    depth_min: int,
    depth_max: int,
    *,
    recording: bool,
) -> dict:
    values: dict = {}
    depth = item.depth_um
    if depth is None:
        if recording:
            errors[f"{key}.depth_um"] = msg("Set the depth (µm) used on this area.")
    elif not depth_min <= depth <= depth_max:
        errors[f"{key}.depth_um"] = msg(
            "The depth must be between {low} and {high} µm (the clinic's range).",
            low=depth_min,
            high=depth_max,
        )
    values["depth_um"] = depth
    passes = item.passes
    if passes is not None and not MIN_PASSES <= passes <= MAX_PASSES:
        errors[f"{key}.passes"] = msg(
            "Passes must be between {low} and {high}.", low=MIN_PASSES, high=MAX_PASSES
        )
    values["passes"] = passes
    for name, label, low, high in (
        ("fluence_j_cm2", msg("Fluence"), Decimal("0.01"), Decimal("100")),
        ("spot_size_mm", msg("Spot size"), Decimal("0.01"), Decimal("50")),
    ):
        try:
            number = parse_decimal(getattr(item, name))
        except ValueError:
            errors[f"{key}.{name}"] = msg("{label} must be a number, e.g. 2.5.", label=label)
            number = None
        if number is not None and not low <= number <= high:
            errors[f"{key}.{name}"] = msg(
                "{label} must be between {low} and {high}.",
                label=label,
                low=str(low),
                high=str(high),
            )
        values[name] = number.quantize(Decimal("0.01")) if number is not None else None
    values["device"] = check_text(errors, f"{key}.device", item.device, msg("Device"), MAX_SHORT)
    values["mode"] = check_text(errors, f"{key}.mode", item.mode, msg("Mode"), 40)
    values["immediate_reaction"] = check_text(
        errors, f"{key}.immediate_reaction", item.immediate_reaction, msg("Reaction"), MAX_TEXT
    )
    return values


def booking_warnings(
    session: Session,
    ctx: ServiceContext,
    patient: Patient,
    starts_at: datetime,
    area_ids: Sequence[int],
    *,
    exclude_session_id: int | None = None,
) -> list[SafetyWarning]:
    """What a careful physician would want pointed out before this booking."""
    found: list[SafetyWarning] = []
    session_day = starts_at.astimezone(ctx.zone).date()

    healing_days = settings.get(session, "healing_interval_days")
    if area_ids and healing_days > 0:
        found.extend(
            _healing_warnings(
                session, ctx, patient.id, starts_at, area_ids, healing_days, exclude_session_id
            )
        )

    max_age = settings.get(session, "screening_max_age_days")
    if patient.screened_on is None:
        found.append(
            SafetyWarning(
                "screening_missing",
                msg(
                    "This patient has no contraindication screening on file. "
                    "Ask the screening questions and record them on the patient form."
                ),
            )
        )
    elif (session_day - patient.screened_on).days > max_age:
        found.append(
            SafetyWarning(
                "screening_old",
                msg(
                    "The contraindication screening is from {date}, older than {days} days. "
                    "Ask the questions again.",
                    date=format_user_date(patient.screened_on),
                    days=max_age,
                ),
            )
        )
    for field, words in CONTRAINDICATION_LABELS.items():
        if getattr(patient, field):
            if field == "isotretinoin" and patient.isotretinoin_last_dose:
                sentence = msg(
                    "The screening says the patient {condition} (last dose {date}); "
                    "the physician must decide whether peeling is safe.",
                    condition=words,
                    date=format_user_date(patient.isotretinoin_last_dose),
                )
            else:
                sentence = msg(
                    "The screening says the patient {condition}; "
                    "the physician must decide whether peeling is safe.",
                    condition=words,
                )
            found.append(SafetyWarning(code=f"contraindication:{field}", message=sentence))
    return found


def area_name(area: TreatmentArea | Row[Any], *, lowercase: bool = False) -> Named:
    """A catalog area's name for a message, in the interface's language when it is shown.

    ``lowercase``: inside an English sentence ("Measure the forehead"); the Turkish name
    keeps the clinic's spelling (lowering Turkish needs its own İ/I rules, and a name such
    as "Alın" would read as a verb).
    """
    english = area.name_en.lower() if lowercase else area.name_en
    return Named(english, {"tr": area.name_tr})


def overlapping_areas(session: Session, area_ids: Sequence[int]) -> dict[int, dict[int, Named]]:
    """For each area, the catalog areas that cover the same skin, with their names.

    An area overlaps itself; a whole-region area (the full face, both hands) also overlaps
    every other area of its region. A spot or scar is only itself: it can be anywhere.
    """
    catalog = {
        row.id: row
        for row in session.execute(
            select(
                TreatmentArea.id,
                TreatmentArea.code,
                TreatmentArea.region,
                TreatmentArea.name_en,
                TreatmentArea.name_tr,
            )
        )
    }
    result: dict[int, dict[int, Named]] = {}
    for area_id in area_ids:
        mine = catalog.get(area_id)
        if mine is None:
            continue
        covered = {area_id: area_name(mine)}
        if mine.region != "spot":
            for other in catalog.values():
                if other.region == mine.region and (
                    mine.code in WHOLE_REGION_CODES or other.code in WHOLE_REGION_CODES
                ):
                    covered[other.id] = area_name(other)
        result[area_id] = covered
    return result


def _healing_warnings(
    session: Session,
    ctx: ServiceContext,
    patient_id: int,
    starts_at: datetime,
    area_ids: Sequence[int],
    healing_days: int,
    exclude_session_id: int | None,
) -> list[SafetyWarning]:
    interval = timedelta(days=healing_days)
    overlaps = overlapping_areas(session, area_ids)
    wanted = {other for covered in overlaps.values() for other in covered}
    # Done sessions before this one, and planned ones on either side: two bookings a week
    # apart on the same skin are as much a mistake as one soon after a done session.
    stmt = (
        select(SessionArea.area_id, TreatmentSession.starts_at, TreatmentSession.status)
        .join(TreatmentSession, TreatmentSession.id == SessionArea.session_id)
        .where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.starts_at > starts_at - interval,
            TreatmentSession.starts_at < starts_at + interval,
            SessionArea.area_id.in_(wanted),
            (TreatmentSession.status == "planned")
            | ((TreatmentSession.status == "done") & (TreatmentSession.starts_at <= starts_at)),
        )
    )
    if exclude_session_id is not None:
        stmt = stmt.where(TreatmentSession.id != exclude_session_id)
    nearest: dict[int, tuple[int, datetime, str]] = {}
    for other_id, other_at, status in session.execute(stmt):
        for area_id, covered in overlaps.items():
            if other_id not in covered:
                continue
            known = nearest.get(area_id)
            if known is None or abs(other_at - starts_at) < abs(known[1] - starts_at):
                nearest[area_id] = (other_id, other_at, status)
    session_day = starts_at.astimezone(ctx.zone).date()
    warnings = []
    for area_id, (other_id, other_at, status) in sorted(nearest.items()):
        name, other_name = overlaps[area_id][area_id], overlaps[area_id][other_id]
        other_day = other_at.astimezone(ctx.zone).date()
        gap = abs((session_day - other_day).days)
        kind = "done" if status == "done" else ("before" if other_at < starts_at else "after")
        days = msg("1 day") if gap == 1 else msg("{count} days", count=gap)
        sentence = _healing_sentence(
            kind,
            area=name,
            other=Named(other_name.lower(), other_name.forms) if other_id != area_id else None,
            date=format_user_date(other_day),
            days=days,
            interval=healing_days,
        )
        warnings.append(SafetyWarning(code=f"healing:{area_id}", message=sentence))
    return warnings


def _healing_sentence(kind: str, *, other: Named | None, **values: object) -> Message:
    """``kind``: the other session was done, or is booked before/after this one.

    ``other`` names the other area when it is not the same one but covers the same skin.
    Each case is a whole sentence: languages order "before/after" and "which" differently.
    """
    if other is None:
        if kind == "done":
            return msg(
                "{area} was treated on {date}, {days} before this session; "
                "the clinic waits {interval} days for the skin to heal.",
                **values,
            )
        if kind == "before":
            return msg(
                "{area} is already booked on {date}, {days} before this session; "
                "the clinic waits {interval} days for the skin to heal.",
                **values,
            )
        return msg(
            "{area} is already booked on {date}, {days} after this session; "
            "the clinic waits {interval} days for the skin to heal.",
            **values,
        )
    if kind == "done":
        return msg(
            "{area} overlaps {other}, which was treated on {date}, {days} before this session; "
            "the clinic waits {interval} days for the skin to heal.",
            other=other,
            **values,
        )
    if kind == "before":
        return msg(
            "{area} overlaps {other}, which is already booked on {date}, {days} before this "
            "session; the clinic waits {interval} days for the skin to heal.",
            other=other,
            **values,
        )
    return msg(
        "{area} overlaps {other}, which is already booked on {date}, {days} after this "
        "session; the clinic waits {interval} days for the skin to heal.",
        other=other,
        **values,
    )


def local_start(ctx: ServiceContext, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ctx.zone)
