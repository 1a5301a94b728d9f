"""Input rules for treatment sessions, and the labels of their codes.

Validation problems (bad input) raise ValidationError and nothing is saved. Safety findings
(healing interval, screening, contraindications) are not input errors: safety_warnings.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from db.codes import (
    AdverseEvent,
    Anaesthesia,
    CombinedProcedure,
    FollowUpKind,
    Indication,
    Role,
    SessionStatus,
)
from db.models import LaserDevice, Room, Staff, TreatmentArea
from desktop.formatting import name_in
from desktop.services.common.context import ServiceContext
from desktop.services.common.input_checks import (
    finite_decimal,
    shown_code,
    unprintable,
    unprintable_message,
)
from desktop.services.common.messages import Message, Named, msg
from desktop.services.settings import store as settings

MIN_DURATION = 5
MAX_DURATION = 480
MIN_PASSES, MAX_PASSES = 1, 10
# Larger than any single area of an adult body treated in one go: a typo, not a size.
MAX_AREA_CM2 = Decimal("3000")
MAX_TEXT = 2000
MAX_SHORT = 80
CENT = Decimal("0.01")

# English labels, keyed by the codes of db/codes.py; the interface translates them
# through its vocabulary. Every member has a label (checked at import, so a new code
# cannot ship without one).
STATUS_LABELS: dict[str, str] = {
    SessionStatus.PLANNED: "Planned",
    SessionStatus.ARRIVED: "Arrived",
    SessionStatus.IN_TREATMENT: "In treatment",
    SessionStatus.DONE: "Done",
    SessionStatus.CANCELLED: "Cancelled",
    SessionStatus.NO_SHOW: "No-show",
}
ANAESTHESIA_LABELS: dict[str, str] = {
    Anaesthesia.NONE: "None",
    Anaesthesia.TOPICAL: "Topical cream",
    Anaesthesia.LOCAL: "Local injection",
}
INDICATIONS: dict[str, str] = {
    Indication.WRINKLES: "Wrinkles",
    Indication.ACNE_SCARS: "Acne scars",
    Indication.SURGICAL_SCARS: "Surgical scars",
    Indication.SUN_SPOTS: "Sun spots",
    Indication.ACTINIC_KERATOSES: "Actinic keratoses",
    Indication.PORES: "Enlarged pores",
    Indication.SKIN_TEXTURE: "Skin texture",
}
COMBINED_PROCEDURES: dict[str, str] = {
    CombinedProcedure.FRACTIONAL_LASER: "Fractional laser",
    CombinedProcedure.MICRONEEDLING: "Microneedling",
    CombinedProcedure.CHEMICAL_PEEL: "Chemical peel",
    CombinedProcedure.PRP: "PRP",
}
FOLLOW_UP_KIND_LABELS: dict[str, str] = {
    FollowUpKind.DAY_3_4: "Day 3–4 check",
    FollowUpKind.WEEK_1: "One-week review",
    FollowUpKind.OTHER: "Other",
}
ADVERSE_EVENT_LABELS: dict[str, str] = {
    AdverseEvent.PROLONGED_REDNESS: "Prolonged redness",
    AdverseEvent.BLISTERING: "Blistering",
    AdverseEvent.PIGMENT_CHANGE: "Pigment change",
    AdverseEvent.INFECTION: "Infection",
    AdverseEvent.HERPES_FLARE: "Herpes flare",
    AdverseEvent.SCARRING: "Scarring",
}
for _labels, _codes in (
    (STATUS_LABELS, SessionStatus),
    (ANAESTHESIA_LABELS, Anaesthesia),
    (INDICATIONS, Indication),
    (COMBINED_PROCEDURES, CombinedProcedure),
    (FOLLOW_UP_KIND_LABELS, FollowUpKind),
    (ADVERSE_EVENT_LABELS, AdverseEvent),
):
    assert set(_labels) == set(_codes), _codes
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
    """'12,5' or '12.5' → Decimal; None/'' → None; raises ValueError otherwise (NaN and
    Infinity too, typed or passed as a Decimal: they raise on every comparison)."""
    return finite_decimal(value)


def check_text(
    errors: dict[str, str],
    key: str,
    value: str,
    label: Message,
    limit: int,
    *,
    multiline: bool = True,
) -> str:
    """``label`` names the field for the sentence: msg("The note"). Line breaks and tabs are
    kept in a ``multiline`` field; other characters that cannot be printed are refused."""
    value = (value or "").strip()
    if len(value) > limit:
        errors[key] = msg(
            "{label} is too long: keep it under {limit} characters.", label=label, limit=limit
        )
    elif unprintable(value, multiline=multiline):
        errors[key] = unprintable_message(label)
    return value


def check_codes(
    errors: dict[str, str], key: str, values: Sequence[str], allowed: dict[str, str], what: Message
) -> list[str]:
    """The known codes among ``values``, as ``allowed``'s keys (members of a code enum),
    in the list's order. ``what`` names one such code for the sentence: msg("indication")."""
    unknown = [v for v in values if v not in allowed]
    if unknown:
        errors[key] = msg(
            "Unknown {what}: {codes}. Pick from the list.",
            what=what,
            codes=", ".join(shown_code(code) for code in unknown),
        )
    wanted = set(values)
    return [code for code in allowed if code in wanted]


def check_physician(session: Session, errors: dict[str, str], physician_id: int | None) -> None:
    if physician_id is None:
        errors["physician_id"] = msg("Choose the physician for this session.")
        return
    staff = session.get(Staff, physician_id)
    if staff is None or staff.role != Role.PHYSICIAN or not staff.active:
        errors["physician_id"] = msg("Choose an active physician from the list.")


def check_resources(
    session: Session, errors: dict[str, str], room_id: int | None, device_id: int | None
) -> None:
    """A room and a device are chosen whenever the clinic keeps any in service."""
    for key, table, missing, unknown in (
        (
            "room_id",
            Room,
            msg("Choose the room for this session."),
            msg("Choose a room from the list."),
        ),
        (
            "device_id",
            LaserDevice,
            msg("Choose the laser device for this session."),
            msg("Choose a device from the list."),
        ),
    ):
        chosen = room_id if key == "room_id" else device_id
        if chosen is None:
            offered = session.scalar(select(table.id).where(table.in_service.is_(True)).limit(1))
            if offered is not None:
                errors[key] = missing
        elif session.get(table, chosen) is None:
            errors[key] = unknown


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
    current = settings.settings_in(session)
    depth_min, depth_max = current.depth_min_um, current.depth_max_um
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
        # Bounded before quantize: 1e30 would overflow it (28 digits). 0.004 cm² would be
        # stored as 0.00: refused like 0.
        if size > MAX_AREA_CM2:
            errors[f"{key}.size_cm2"] = msg(
                "{size} cm² is more than any single area ({largest} cm²); check the size.",
                size=_shown(size),
                largest=str(MAX_AREA_CM2),
            )
            continue
        if size <= 0 or size.quantize(CENT) <= 0:
            errors[f"{key}.size_cm2"] = msg("The size must be more than 0 cm².")
            continue
        size = size.quantize(CENT)
        row = {"area_id": area.id, "size_cm2": size}
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
            number = None  # bounded before quantize: 1e30 would overflow it
        values[name] = number.quantize(CENT) if number is not None else None
    values["device"] = check_text(
        errors, f"{key}.device", item.device, msg("Device"), MAX_SHORT, multiline=False
    )
    values["mode"] = check_text(errors, f"{key}.mode", item.mode, msg("Mode"), 40, multiline=False)
    values["immediate_reaction"] = check_text(
        errors, f"{key}.immediate_reaction", item.immediate_reaction, msg("Reaction"), MAX_TEXT
    )
    return values


def _shown(number: Decimal) -> str:
    """A refused number for a message: 1E+30 rather than thirty-one digits."""
    return str(number) if len(str(number)) <= 12 else f"{number:.3g}"


def local_start(ctx: ServiceContext, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ctx.zone)


def area_name(area: TreatmentArea | Row[Any], *, lowercase: bool = False) -> Named:
    """A catalog area's name for a message, in the interface's language when it is shown.

    ``lowercase``: inside an English sentence ("Measure the forehead"); the Turkish name
    keeps the clinic's spelling (lowering Turkish needs its own İ/I rules, and a name such
    as "Alın" would read as a verb).
    """
    english = name_in("en", area.names)
    return Named(english.lower() if lowercase else english, area.names)
