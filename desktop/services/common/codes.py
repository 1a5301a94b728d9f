"""The codes PeelDesk stores (statuses, roles, kinds…), for the interface and printouts.

They are defined in db/codes.py, the lowest layer that needs them; desktop/ui and
desktop/printing never import ``db`` (tests/test_architecture.py), so they import the
same classes from here.
"""

from db.codes import (
    AdverseEvent,
    Anaesthesia,
    CombinedProcedure,
    ConsentKind,
    CourseStatus,
    FollowUpKind,
    Indication,
    Language,
    MoneyKind,
    PaymentMethod,
    PhotoAngle,
    PhotoKind,
    PhotoRendition,
    PriceRuleKind,
    PricingMethod,
    QuoteStatus,
    Region,
    Role,
    SessionStatus,
    Sex,
    code_of,
    codes_of,
)

__all__ = [
    "AdverseEvent",
    "Anaesthesia",
    "CombinedProcedure",
    "ConsentKind",
    "CourseStatus",
    "FollowUpKind",
    "Indication",
    "Language",
    "MoneyKind",
    "PaymentMethod",
    "PhotoAngle",
    "PhotoKind",
    "PhotoRendition",
    "PriceRuleKind",
    "PricingMethod",
    "QuoteStatus",
    "Region",
    "Role",
    "SessionStatus",
    "Sex",
    "code_of",
    "codes_of",
]
