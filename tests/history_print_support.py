"""A varied treatment history (Turkish names, several areas, every kind of detail) for the
history printout tests and for rendering it to look at."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.follow_ups import FollowUpInput, add_follow_up
from desktop.services.sessions.history import PatientHistory, patient_history
from desktop.services.sessions.records import BookingInput, RecordInput
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from tests.sessions_support import add_staff, area_id, screened_patient

# (day, areas, depth, status, anaesthesia, indications, combined procedures, notes)
_PLAN = (
    (date(2026, 3, 10), ("forehead", "cheeks", "eye_contour"), 20, "done", "topical",
     ("wrinkles", "skin_texture"), (), "İlk seans; hasta toleransı iyi."),
    (date(2026, 5, 12), ("forehead", "cheeks", "eye_contour", "neck"), 40, "done", "topical",
     ("wrinkles", "sun_spots"), ("fractional_laser",), ""),
    (date(2026, 7, 14), ("cheeks", "perioral", "spot_scar"), 60, "done", "local",
     ("acne_scars", "surgical_scars"), ("prp",), "Sol yanakta belirgin akne izi."),
    (date(2026, 9, 15), ("decollete", "back_of_hands", "neck"), 0, "no_show", "none",
     (), (), ""),
    (date(2026, 12, 8), ("face_full", "neck", "decollete"), 0, "planned", "none",
     ("pores",), (), "Kontrol sonrası karar verilecek."),
)  # fmt: skip


def rich_history(ctx) -> tuple[int, PatientHistory]:
    """İpek Şahin Yılmaz with five sessions (done, no-show, planned) on 3-4 areas each."""
    doctor = add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")
    patient = screened_patient(
        ctx, "İpek", "Şahin Yılmaz", skin_type=3, birth_date=date(1986, 4, 23)
    )
    for day, codes, depth, status, anaesthesia, indications, combined, notes in _PLAN:
        # Book the day before, record on the day, follow up three days later.
        at = datetime.combine(day, time(8, 30), tzinfo=UTC)
        earlier = dataclasses.replace(ctx, clock=lambda at=at: at - timedelta(days=1))
        booked = _book(earlier, patient, doctor, day, codes, indications)
        if status == "planned":
            continue
        areas = tuple(
            AreaInput(
                a.area_id,
                a.size_cm2,
                depth_um=depth + 10 * n if depth else None,
                passes=2 if depth else None,
                device="Er:YAG 2940 nm" if depth else "",
                mode="fraksiyonel" if n % 2 else "tam yüzey",
                fluence_j_cm2=Decimal("1.25") if depth else None,
                spot_size_mm=Decimal("5") if depth else None,
                immediate_reaction="hafif kızarıklık, ödem yok" if depth and n == 0 else "",
            )
            for n, a in enumerate(booked.areas)
        )
        treated = dataclasses.replace(ctx, clock=lambda at=at: at + timedelta(hours=2))
        done = sessions.record_session(
            treated,
            booked.id,
            booked.row_version,
            RecordInput(
                areas=areas if status == "done" else tuple(AreaInput(a.area_id) for a in areas),
                status=status,
                anaesthesia=anaesthesia,
                indications=indications,
                combined_procedures=combined,
                notes=notes,
                follow_up_on=day + timedelta(days=7) if status == "done" else None,
            ),
        )
        if status == "done":
            later = dataclasses.replace(ctx, clock=lambda at=at: at + timedelta(days=3))
            add_follow_up(
                later,
                done.id,
                FollowUpInput(
                    "day_3_4",
                    reaction="kabuklanma",
                    healing="iyi",
                    adverse_events=("prolonged_redness",) if depth == 60 else (),
                ),
            )
            add_follow_up(later, done.id, FollowUpInput("other", notes="Telefonla arandı."))
    return patient, patient_history(ctx, patient)


def _book(ctx, patient: int, doctor: int, day: date, codes, indications):
    data = BookingInput(
        patient_id=patient,
        physician_id=doctor,
        starts_on=day,
        starts_time=time(11, 30),
        areas=tuple(
            AreaInput(area_id(ctx, code), Decimal("7.5") if code == "spot_scar" else None)
            for code in codes
        ),
        indications=indications,
    )
    try:
        return session_booking.book_session(ctx, data)
    except NeedsAcknowledgement as asked:  # e.g. the healing interval: the physician agreed
        seen = frozenset(warning.code for warning in asked.warnings)
        return session_booking.book_session(ctx, data, acknowledged_warnings=seen)
