"""The codes PeelDesk stores for statuses, roles, kinds and clinical choices.

Each is a ``StrEnum``: a member *is* its stored string (``SessionStatus.DONE == "done"``),
so databases written before these types existed read back unchanged, and JSON, Qt
item data and audit details see plain strings. Services validate input against these
classes and DTOs carry the members. Labels for people live with the services
(desktop/services/sessions/checks.py) and the interface, not here.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

E = TypeVar("E", bound=enum.StrEnum)


class Role(enum.StrEnum):
    RECEPTION = "reception"
    PHYSICIAN = "physician"
    ADMIN = "admin"


class Language(enum.StrEnum):
    """Languages patients are served in (printouts, handouts, catalog names)."""

    ENGLISH = "en"
    TURKISH = "tr"


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSTATED = ""


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    # The day at the desk: the patient is here, then on the couch (still open sessions).
    ARRIVED = "arrived"
    IN_TREATMENT = "in_treatment"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


# Sessions booked and not yet finished one way or the other (what "planned" meant before the
# desk could mark arrivals): they keep their slot, and are the ones to record.
OPEN_SESSION_STATUSES = (SessionStatus.PLANNED, SessionStatus.ARRIVED, SessionStatus.IN_TREATMENT)


class Anaesthesia(enum.StrEnum):
    NONE = "none"
    TOPICAL = "topical"
    LOCAL = "local"


class Indication(enum.StrEnum):
    WRINKLES = "wrinkles"
    ACNE_SCARS = "acne_scars"
    SURGICAL_SCARS = "surgical_scars"
    SUN_SPOTS = "sun_spots"
    ACTINIC_KERATOSES = "actinic_keratoses"
    PORES = "pores"
    SKIN_TEXTURE = "skin_texture"


class CombinedProcedure(enum.StrEnum):
    FRACTIONAL_LASER = "fractional_laser"
    MICRONEEDLING = "microneedling"
    CHEMICAL_PEEL = "chemical_peel"
    PRP = "prp"


class ConsentKind(enum.StrEnum):
    """What a signed consent form covers; each kind has its own versioned template."""

    TREATMENT_STANDARD = "treatment_standard"
    # A deep peel, usually under local anaesthesia (light bleeding is expected).
    TREATMENT_DEEP = "treatment_deep"
    # A peel combined with fractional laser in the same session.
    TREATMENT_COMBINED = "treatment_combined"
    PHOTOGRAPHY = "photography"
    MARKETING = "marketing"


class PhotoKind(enum.StrEnum):
    """When a treatment photo was taken, relative to the session it belongs to."""

    BEFORE = "before"
    AFTER = "after"
    FOLLOW_UP = "follow_up"


class PhotoAngle(enum.StrEnum):
    """Where the camera stood, so photos of one area compare like with like."""

    FRONT = "front"
    LEFT = "left"
    RIGHT = "right"
    LEFT_45 = "left_45"
    RIGHT_45 = "right_45"
    OTHER = "other"


class PhotoRendition(enum.StrEnum):
    """The stored forms of one photo: made once at import, never recomputed."""

    ORIGINAL = "original"
    SCREEN = "screen"
    THUMB = "thumb"


class FollowUpKind(enum.StrEnum):
    DAY_3_4 = "day_3_4"
    WEEK_1 = "week_1"
    OTHER = "other"


class AdverseEvent(enum.StrEnum):
    PROLONGED_REDNESS = "prolonged_redness"
    BLISTERING = "blistering"
    PIGMENT_CHANGE = "pigment_change"
    INFECTION = "infection"
    HERPES_FLARE = "herpes_flare"
    SCARRING = "scarring"


class Region(enum.StrEnum):
    """Where a catalog area lies on the body (groups areas in pickers and intervals)."""

    FACE = "face"
    NECK = "neck"
    DECOLLETE = "decollete"
    HANDS = "hands"
    BODY = "body"
    SPOT = "spot"


class QuoteStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"


class PricingMethod(enum.StrEnum):
    BAND = "band"
    PER_CM2 = "per_cm2"


class PriceRuleKind(enum.StrEnum):
    COMBINATION = "combination"
    PACKAGE = "package"


def code_of(kind: type[E], value: object) -> E | None:
    """``value`` as a member of ``kind``, or None for anything else (an unknown code)."""
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def codes_of(kind: type[E], stored: Iterable[object] | None) -> tuple[E, ...]:
    """A stored list of codes as members of ``kind``; a code this release does not know
    (written by hand, or by a newer release) is kept as its string rather than lost."""
    return tuple(code_of(kind, value) or value for value in stored or ())  # type: ignore[misc]


class CourseStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class MoneyKind(enum.StrEnum):
    """What a money event is. The signed amount is its effect on what the patient owes."""

    CHARGE = "charge"  # the course's price, when the quote is accepted
    DEPOSIT = "deposit"
    PAYMENT = "payment"
    REFUND = "refund"
    # The counter-entry of a payment whose receipt was cancelled.
    CORRECTION = "correction"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
