"""The treatment rule: which consents a session needs, and refusing it when one is missing.

Booking and recording a session call ``require_consents`` inside their own transaction, so
every path (the dialogs, the quote's "Book sessions", the command line) obeys the same rule.

Databases from before signed consents: the upgrade (migration 0007_signed_consents) stores
when the rule began (setting ``consent_rule_since``). Sessions booked before then were booked
under the paper consent whose date is on the patient's form ("recorded on paper"); they can
still be recorded without a signature on screen. Every booking made from then on, and the
recording of such sessions, needs the signed consents.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from db.codes import Anaesthesia, CombinedProcedure, ConsentKind
from db.models import Setting
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import join, msg
from desktop.services.consent.signing import missing_in_session
from desktop.services.consent.templates import KIND_WORDS

# Deeper than the handouts' "medium" depth tier (80 µm, resources/handouts/depth_tiers.txt) is
# a deep peel: the tier whose sheets mention local anaesthesia and light bleeding.
DEEP_PEEL_OVER_UM = 80
RULE_SINCE_SETTING = "consent_rule_since"

TREATMENT_KINDS = (
    ConsentKind.TREATMENT_STANDARD,
    ConsentKind.TREATMENT_DEEP,
    ConsentKind.TREATMENT_COMBINED,
)


class ConsentMissing(ServiceError):
    """The patient has not signed (a valid version of) a consent this session needs.

    ``kinds`` lists them so the interface can offer to sign them now.
    """

    def __init__(self, patient_id: int, kinds: Iterable[ConsentKind]) -> None:
        self.patient_id = patient_id
        self.kinds = tuple(kinds)
        sentences = [
            msg(
                "The patient has not signed the consent form for {procedure} (or signed a "
                "version that must be signed again).",
                procedure=KIND_WORDS[kind],
            )
            for kind in self.kinds
        ]
        super().__init__(
            join(*sentences, msg("Ask the patient to sign it first; nothing was saved."))
        )


def required_kinds(
    *,
    depths_um: Iterable[int | None] = (),
    anaesthesia: str | None = None,
    combined_procedures: Iterable[str] = (),
) -> set[ConsentKind]:
    """The consents a session needs: the standard treatment consent always; the deep-peel
    consent when it is done under local anaesthesia or any area goes deeper than 80 µm; the
    combination consent when fractional laser is added."""
    kinds = {ConsentKind.TREATMENT_STANDARD}
    deepest = max((d for d in depths_um if d is not None), default=0)
    if anaesthesia == Anaesthesia.LOCAL or deepest > DEEP_PEEL_OVER_UM:
        kinds.add(ConsentKind.TREATMENT_DEEP)
    if CombinedProcedure.FRACTIONAL_LASER in set(combined_procedures):
        kinds.add(ConsentKind.TREATMENT_COMBINED)
    return kinds


def require_consents(session: Session, patient_id: int, kinds: Iterable[ConsentKind]) -> None:
    """Raise ConsentMissing unless the patient has a valid signature for every kind."""
    missing = missing_in_session(session, patient_id, kinds)
    if missing:
        raise ConsentMissing(patient_id, missing)


def booked_under_paper_consent(session: Session, booked_at: datetime | None) -> bool:
    """Whether a session was booked before the signed-consent rule began (see above)."""
    row = session.get(Setting, RULE_SINCE_SETTING)
    if row is None or booked_at is None or not isinstance(row.value, str):
        return False
    try:
        since = datetime.fromisoformat(row.value)
    except ValueError:
        return False
    return booked_at < since
