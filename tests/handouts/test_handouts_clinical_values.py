"""The desk prints handouts but does not read the clinical record through the handout service."""

from __future__ import annotations

from datetime import UTC, datetime

from pypdf import PdfReader

from desktop.services.common.context import Actor, ServiceContext
from desktop.services.handouts import session_data as handout_sessions
from desktop.services.handouts import sheets as handouts
from tests import handout_fixtures as hf

SESSION_AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _reception(clinic: ServiceContext) -> ServiceContext:
    return ServiceContext(
        clinic.database,
        actor=Actor(staff_id=None, name="Desk", role="reception"),
        clock=clinic.clock,
        zone=clinic.zone,
    )


def _text(pdf: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_reception_reads_no_depth_or_anaesthesia_but_prints_the_same_sheet(ctx) -> None:
    hf.clinic(ctx)
    clinic = ctx
    pid = hf.patient(clinic, "Ada", "Kaya", "en")
    sid = hf.make_session(
        clinic, pid, SESSION_AT, [("neck", 120), ("forehead", 60)], anaesthesia="local"
    )
    desk = _reception(clinic)
    seen = handout_sessions.read_handout_session(desk, sid)
    assert [a.depth_um for a in seen.areas] == [None, None]
    assert seen.deepest_um is None
    assert seen.anaesthesia == ""
    assert seen.patient_name == "Ada Kaya" and len(seen.areas) == 2  # what the sheet names
    full = handout_sessions.read_handout_session(clinic, sid)
    assert full.deepest_um == 120 and full.anaesthesia == "local"
    # The desk's printout is the physician's: built from the full record inside the service.
    assert _text(handouts.build_aftercare(desk, sid).pdf) == _text(
        handouts.build_aftercare(clinic, sid).pdf
    )
