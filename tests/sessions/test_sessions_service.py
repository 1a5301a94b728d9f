"""Booking, recording, safety checks and bad input for treatment sessions."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, TreatmentSession
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import catalog
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput, default_duration
from desktop.services.sessions.follow_ups import FollowUpInput, add_follow_up
from desktop.services.sessions.records import BookingInput, RecordInput
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from tests.sessions_support import add_staff, area_id, book, record_done, screened_patient

TOMORROW = date(2026, 11, 26)
ALL_SCREENING = frozenset({"screening_missing", "screening_old"})


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


@pytest.fixture
def patient(ctx) -> int:
    return screened_patient(ctx)


def _count(ctx: ServiceContext) -> int:
    with ctx.database.read() as session:
        return session.execute(select(func.count()).select_from(TreatmentSession)).scalar_one()


def _at(ctx, when: datetime):
    return dataclasses.replace(ctx, clock=lambda: when)


def _done_on(ctx, patient, doc, day: date, codes=("forehead",)):
    """A session done on ``day`` (booked and recorded with the clock set back)."""
    past = _at(ctx, datetime.combine(day, time(6, 0), tzinfo=UTC))
    detail = book(past, patient, doc, day, codes=codes, ack=frozenset(ALL_SCREENING))
    # Recorded once it has started (11:00 Istanbul): Done is refused before the start.
    return record_done(_at(ctx, datetime.combine(day, time(9, 0), tzinfo=UTC)), detail)


def test_book_stores_planned_session_with_default_duration_and_audit(ctx, doc, patient) -> None:
    detail = book(ctx, patient, doc, TOMORROW, codes=("forehead",))
    assert detail.status == "planned"
    assert detail.duration_minutes == 30  # forehead, 80 cm²
    assert detail.starts_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 11:00 Istanbul
    assert [a.names["en"] for a in detail.areas] == ["Forehead"]
    assert detail.physician_name == "Dr. Selin Aydın"
    with ctx.database.read() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "session.book" in actions


@pytest.mark.parametrize(
    ("total", "minutes"), [(Decimal(20), 15), (Decimal(80), 30), (Decimal(350), 45), (500, 60)]
)
def test_default_duration_grows_with_the_area(total, minutes) -> None:
    assert default_duration(Decimal(total)) == minutes


def test_duration_can_come_from_an_end_time(ctx, doc, patient) -> None:
    detail = book(ctx, patient, doc, TOMORROW, at=time(14, 0), ends_time=time(14, 50))
    assert detail.duration_minutes == 50


# --- safety checks ------------------------------------------------------------------------
def test_area_inside_healing_interval_needs_acknowledgement(ctx, doc, patient) -> None:
    _done_on(ctx, patient, doc, date(2026, 11, 10))
    before = _count(ctx)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW, codes=("forehead", "neck"))
    codes = [w.code for w in caught.value.warnings]
    assert codes == [f"healing:{area_id(ctx, 'forehead')}"]
    assert "10.11.2026" in caught.value.warnings[0].message
    assert "16 days before" in caught.value.warnings[0].message
    assert _count(ctx) == before
    saved = book(ctx, patient, doc, TOMORROW, codes=("forehead", "neck"), ack=frozenset(codes))
    assert saved.status == "planned"
    with ctx.database.read() as session:
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.entity_id == saved.id)
        ).one()
    assert json.loads(details)["acknowledged_warnings"] == codes


def test_healing_interval_other_area_or_after_interval_is_no_warning(ctx, doc, patient) -> None:
    _done_on(ctx, patient, doc, date(2026, 10, 20))  # 37 days before
    _done_on(ctx, patient, doc, date(2026, 11, 20), codes=("neck",))
    assert book(ctx, patient, doc, TOMORROW, codes=("forehead",)).status == "planned"


def test_planned_session_on_the_same_area_within_interval_is_warned(ctx, doc, patient) -> None:
    book(ctx, patient, doc, date(2026, 12, 3), codes=("forehead",))
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW, codes=("forehead",))
    assert [w.code for w in caught.value.warnings] == [f"healing:{area_id(ctx, 'forehead')}"]
    assert "already booked on 03.12.2026, 7 days after" in caught.value.warnings[0].message
    assert book(ctx, patient, doc, date(2027, 1, 5), codes=("forehead",)).status == "planned"


def test_full_face_covers_the_forehead_for_the_healing_interval(ctx, doc, patient) -> None:
    _done_on(ctx, patient, doc, date(2026, 11, 10), codes=("face_full",))
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW, codes=("forehead", "neck"))
    assert [w.code for w in caught.value.warnings] == [f"healing:{area_id(ctx, 'forehead')}"]
    assert "Forehead overlaps full face, which was treated on 10.11.2026" in str(caught.value)


def test_full_face_booking_after_a_forehead_session_is_warned(ctx, doc, patient) -> None:
    _done_on(ctx, patient, doc, date(2026, 11, 10), codes=("forehead",))
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW, codes=("face_full",))
    assert [w.code for w in caught.value.warnings] == [f"healing:{area_id(ctx, 'face_full')}"]
    assert book(ctx, patient, doc, TOMORROW, codes=("hands",)).status == "planned"


def test_healing_interval_is_a_setting(ctx, doc, patient) -> None:
    from desktop.services.settings import store as settings

    _done_on(ctx, patient, doc, date(2026, 10, 20))
    settings.update(ctx, {"healing_interval_days": 42})
    with pytest.raises(NeedsAcknowledgement):
        book(ctx, patient, doc, TOMORROW)


def test_cancelled_earlier_session_does_not_count_for_healing(ctx, doc, patient) -> None:
    past = _at(ctx, datetime(2026, 11, 10, 6, 0, tzinfo=UTC))
    earlier = book(past, patient, doc, date(2026, 11, 10))
    sessions.cancel_session(past, earlier.id, earlier.row_version)
    assert book(ctx, patient, doc, TOMORROW).status == "planned"


def test_missing_screening_needs_acknowledgement(ctx, doc) -> None:
    patient = screened_patient(ctx, "Can", "Demir", screened_on=None)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW)
    assert [w.code for w in caught.value.warnings] == ["screening_missing"]
    assert _count(ctx) == 0
    assert book(ctx, patient, doc, TOMORROW, ack=frozenset({"screening_missing"}))


def test_old_screening_needs_acknowledgement(ctx, doc) -> None:
    patient = screened_patient(ctx, "Can", "Demir", screened_on=date(2026, 1, 2))
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW)
    assert [w.code for w in caught.value.warnings] == ["screening_old"]
    assert "02.01.2026" in str(caught.value)


@pytest.mark.parametrize(
    "flag",
    [
        "isotretinoin",
        "pregnant_or_breastfeeding",
        "herpes_history",
        "anticoagulants",
        "keloid_history",
        "photosensitising_drugs",
        "current_tan",
    ],
)
def test_flagged_contraindication_needs_acknowledgement(ctx, doc, flag) -> None:
    patient = screened_patient(ctx, "Can", "Demir", **{flag: True})
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW)
    assert [w.code for w in caught.value.warnings] == [f"contraindication:{flag}"]
    assert _count(ctx) == 0
    assert book(ctx, patient, doc, TOMORROW, ack=frozenset({f"contraindication:{flag}"}))


def test_acknowledging_one_warning_does_not_cover_another(ctx, doc) -> None:
    patient = screened_patient(ctx, "Can", "Demir", screened_on=None, current_tan=True)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, TOMORROW, ack=frozenset({"screening_missing"}))
    assert [w.code for w in caught.value.warnings] == ["contraindication:current_tan"]


# --- bad input ----------------------------------------------------------------------------
def _booking(ctx, patient, doc, **changes) -> BookingInput:
    values = dict(
        patient_id=patient,
        physician_id=doc,
        starts_on=TOMORROW,
        starts_time=time(11, 0),
        areas=(AreaInput(area_id(ctx, "forehead")),),
    )
    values.update(changes)
    return BookingInput(**values)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"starts_on": date(2026, 11, 24)}, "starts_on", "already passed"),
        ({"starts_on": None}, "starts_on", "day.month.year"),
        ({"starts_time": None}, "starts_time", "hours:minutes"),
        ({"ends_time": time(10, 30)}, "ends_time", "after the start"),
        ({"ends_time": time(11, 0)}, "ends_time", "after the start"),
        ({"duration_minutes": 0}, "duration_minutes", "between"),
        ({"duration_minutes": 900}, "duration_minutes", "between"),
        ({"areas": ()}, "areas", "at least one area"),
        ({"areas": (AreaInput(999_999),)}, "areas[0].area", "not in the clinic's catalog"),
        ({"physician_id": None}, "physician_id", "Choose the physician"),
        ({"indications": ("botox",)}, "indications", "Unknown indication"),
    ],
)
def test_bad_booking_is_refused_and_nothing_saved(ctx, doc, patient, changes, field, words):
    desk = dataclasses.replace(ctx, actor=Actor(None, "Desk", "reception"))
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(desk, _booking(ctx, patient, doc, **changes))
    assert words in caught.value.field_errors[field]
    assert _count(ctx) == 0


def test_receptionist_is_not_a_physician(ctx, patient) -> None:
    desk = add_staff(ctx, "desk", "Şule Kaya", role="reception")
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(ctx, _booking(ctx, patient, desk))
    assert "physician" in caught.value.field_errors["physician_id"]


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (None, "Measure"),
        ("", "Measure"),
        ("0", "more than 0"),
        ("-3", "more than 0"),
        ("99999", "check the size"),
        ("abc", "number"),
    ],
)
def test_spot_or_scar_needs_a_sensible_measured_size(ctx, doc, patient, size, words) -> None:
    spot = AreaInput(area_id(ctx, "spot_scar"), size_cm2=size)
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(ctx, _booking(ctx, patient, doc, areas=(spot,)))
    assert words in caught.value.field_errors["areas[0].size_cm2"]
    assert _count(ctx) == 0


def test_spot_with_size_books_and_two_spots_are_allowed(ctx, doc, patient) -> None:
    spot = area_id(ctx, "spot_scar")
    data = _booking(ctx, patient, doc, areas=(AreaInput(spot, "4,5"), AreaInput(spot, "6")))
    detail = session_booking.book_session(ctx, data)
    assert [a.size_cm2 for a in detail.areas] == [Decimal("4.50"), Decimal("6.00")]
    assert detail.duration_minutes == 15


def test_same_catalog_area_twice_is_refused(ctx, doc, patient) -> None:
    forehead = AreaInput(area_id(ctx, "forehead"))
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(ctx, _booking(ctx, patient, doc, areas=(forehead, forehead)))
    assert "twice" in caught.value.field_errors["areas[1].area"]


def test_inactive_area_cannot_be_booked(ctx, doc, patient) -> None:
    nose = next(a for a in catalog.list_areas(ctx) if a.code == "nose")
    catalog.update_area(
        ctx,
        nose.id,
        nose.row_version,
        catalog.AreaEdit(
            nose.names["en"], nose.names["tr"], nose.region, nose.default_size_cm2, False
        ),
    )
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(ctx, _booking(ctx, patient, doc, areas=(AreaInput(nose.id),)))
    assert "no longer active" in caught.value.field_errors["areas[0].area"]


# --- recording ----------------------------------------------------------------------------
def _today_session(ctx, patient, doc):
    early = _at(ctx, datetime(2026, 11, 25, 5, 0, tzinfo=UTC))  # 08:00 in Istanbul
    return book(early, patient, doc, date(2026, 11, 25), at=time(9, 30), codes=("forehead", "neck"))


def test_record_done_with_depths_and_settings(ctx, doc, patient) -> None:
    planned = _today_session(ctx, patient, doc)
    forehead, neck = planned.areas
    data = RecordInput(
        status="done",
        anaesthesia="topical",
        indications=("wrinkles",),
        combined_procedures=("fractional_laser",),
        notes="Hasta işlemi iyi tolere etti.",
        follow_up_on=date(2026, 12, 2),
        areas=(
            AreaInput(
                forehead.area_id,
                depth_um=40,
                passes=2,
                device="Er:YAG",
                mode="micro",
                fluence_j_cm2="2,5",
                spot_size_mm="5",
                immediate_reaction="erythema",
            ),
            AreaInput(neck.area_id, depth_um=20, passes=1),
        ),
    )
    done = sessions.record_session(ctx, planned.id, planned.row_version, data)
    assert done.status == "done"
    assert done.row_version == planned.row_version + 1
    assert [(a.names["en"], a.depth_um, a.passes) for a in done.areas] == [
        ("Forehead", 40, 2),
        ("Neck", 20, 1),
    ]
    assert done.areas[0].fluence_j_cm2 == Decimal("2.50")
    assert done.anaesthesia == "topical"
    assert done.combined_procedures == ("fractional_laser",)
    assert sessions.get_session(ctx, planned.id).notes == "Hasta işlemi iyi tolere etti."


@pytest.mark.parametrize(
    ("depth", "words"), [(None, "Set the depth"), (5, "between 10 and 200"), (250, "between")]
)
def test_depth_missing_or_outside_the_clinic_range_is_refused(ctx, doc, patient, depth, words):
    planned = _today_session(ctx, patient, doc)
    areas = tuple(AreaInput(a.area_id, depth_um=depth) for a in planned.areas)
    with pytest.raises(ValidationError) as caught:
        sessions.record_session(ctx, planned.id, planned.row_version, RecordInput(areas=areas))
    assert words in caught.value.field_errors["areas[0].depth_um"]
    assert sessions.get_session(ctx, planned.id).status == "planned"
    assert sessions.get_session(ctx, planned.id).areas[0].depth_um is None


def test_depth_range_follows_the_settings(ctx, doc, patient) -> None:
    from desktop.services.settings import store as settings

    settings.update(ctx, {"depth_max_um": 60})
    planned = _today_session(ctx, patient, doc)
    with pytest.raises(ValidationError):
        record_done(ctx, planned, depth=80)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"anaesthesia": "general"}, "anaesthesia"),
        ({"status": "finished"}, "status"),
        ({"follow_up_on": date(2026, 11, 1)}, "follow_up_on"),
        ({"combined_procedures": ("tattoo",)}, "combined_procedures"),
        ({"notes": "x" * 5000}, "notes"),
    ],
)
def test_bad_record_input_is_refused(ctx, doc, patient, changes, field) -> None:
    planned = _today_session(ctx, patient, doc)
    areas = tuple(AreaInput(a.area_id, depth_um=30) for a in planned.areas)
    with pytest.raises(ValidationError) as caught:
        sessions.record_session(
            ctx, planned.id, planned.row_version, RecordInput(areas=areas, **changes)
        )
    assert field in caught.value.field_errors
    assert sessions.get_session(ctx, planned.id).status == "planned"


def test_future_session_cannot_be_recorded_as_done(ctx, doc, patient) -> None:
    planned = book(ctx, patient, doc, TOMORROW)
    with pytest.raises(ValidationError) as caught:
        record_done(ctx, planned)
    assert "not started yet" in caught.value.field_errors["status"]


def test_stale_session_is_not_overwritten_and_says_who(ctx, doc, patient) -> None:
    planned = _today_session(ctx, patient, doc)
    other_desk = dataclasses.replace(
        ctx, actor=Actor(staff_id=None, name="Dr. Weber", role="admin")
    )
    record_done(other_desk, planned, depth=60)
    with pytest.raises(StaleRecord) as caught:
        record_done(ctx, planned, depth=30)
    assert "Dr. Weber" in str(caught.value)
    assert sessions.get_session(ctx, planned.id).areas[0].depth_um == 60
    with pytest.raises(StaleRecord):
        sessions.cancel_session(ctx, planned.id, planned.row_version)


def test_cancel_and_no_show(ctx, doc, patient) -> None:
    one = book(ctx, patient, doc, TOMORROW)
    cancelled = sessions.cancel_session(ctx, one.id, one.row_version)
    assert cancelled.status == "cancelled"
    two = book(ctx, patient, doc, TOMORROW, at=time(15, 0))
    assert sessions.mark_no_show(ctx, two.id, two.row_version).status == "no_show"
    with ctx.database.read() as session:
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"session.cancelled", "session.no_show"} <= actions


def test_done_session_cannot_be_cancelled_at_the_desk(ctx, doc, patient) -> None:
    done = record_done(ctx, _today_session(ctx, patient, doc))
    with pytest.raises(ValidationError):
        sessions.cancel_session(ctx, done.id, done.row_version)


def test_copy_from_last_session_gives_areas_and_settings(ctx, doc, patient) -> None:
    assert sessions.last_session_template(ctx, patient) is None
    _done_on(ctx, patient, doc, date(2026, 9, 1), codes=("neck",))
    last = _done_on(ctx, patient, doc, date(2026, 10, 1), codes=("forehead", "chin"))
    template = sessions.last_session_template(ctx, patient)
    assert template is not None and template.source_session_id == last.id
    assert [a.area_id for a in template.areas] == [area_id(ctx, "forehead"), area_id(ctx, "chin")]
    assert {a.depth_um for a in template.areas} == {40}
    assert {a.device for a in template.areas} == {"Er:YAG"}


def test_session_to_record_prefers_todays_planned(ctx, doc, patient) -> None:
    book(ctx, patient, doc, TOMORROW, codes=("chin",))
    today = _today_session(ctx, patient, doc)
    assert sessions.session_to_record(ctx, patient) == today.id


# --- follow-ups ---------------------------------------------------------------------------
def test_follow_up_with_adverse_events(ctx, doc, patient) -> None:
    done = record_done(ctx, _today_session(ctx, patient, doc))
    row = add_follow_up(
        ctx,
        done.id,
        FollowUpInput("day_3_4", reaction="hafif kızarıklık", adverse_events=("herpes_flare",)),
    )
    assert row.adverse_events == ("herpes_flare",)
    assert sessions.get_session(ctx, done.id).follow_ups == (row,)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (FollowUpInput("month_6", notes="ok"), "kind"),
        (FollowUpInput("week_1", adverse_events=("sunburn",)), "adverse_events"),
        (FollowUpInput("week_1"), "notes"),
    ],
)
def test_bad_follow_up_is_refused(ctx, doc, patient, data, field) -> None:
    done = record_done(ctx, _today_session(ctx, patient, doc))
    with pytest.raises(ValidationError) as caught:
        add_follow_up(ctx, done.id, data)
    assert field in caught.value.field_errors
    assert sessions.get_session(ctx, done.id).follow_ups == ()


def test_follow_up_needs_a_done_session(ctx, doc, patient) -> None:
    planned = book(ctx, patient, doc, TOMORROW)
    with pytest.raises(ValidationError):
        add_follow_up(ctx, planned.id, FollowUpInput("other", notes="called"))


# --- permissions --------------------------------------------------------------------------
def test_reception_books_but_cannot_record_or_see_clinical_details(ctx, doc, patient) -> None:
    done = record_done(ctx, _today_session(ctx, patient, doc))
    desk = dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))
    assert book(desk, patient, doc, TOMORROW, codes=("chin",)).status == "planned"
    seen = sessions.get_session(desk, done.id)
    assert seen.clinical_hidden and seen.areas[0].depth_um is None
    with pytest.raises(PermissionDenied):
        record_done(desk, done)
    with pytest.raises(PermissionDenied):
        sessions.last_session_template(desk, patient)
    with pytest.raises(PermissionDenied):
        add_follow_up(desk, done.id, FollowUpInput("other", notes="x"))


# --- catalog administration ---------------------------------------------------------------
def test_update_area_edits_names_size_and_audits(ctx) -> None:
    forehead = next(a for a in catalog.list_areas(ctx) if a.code == "forehead")
    edit = catalog.AreaEdit("Forehead (full)", "Alın (tümü)", "face", "85,5", True)
    saved = catalog.update_area(ctx, forehead.id, forehead.row_version, edit)
    assert (saved.names["tr"], saved.default_size_cm2) == ("Alın (tümü)", Decimal("85.50"))
    with pytest.raises(StaleRecord):
        catalog.update_area(ctx, forehead.id, forehead.row_version, edit)
    with ctx.database.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditEvent.action == "catalog.area_update"))
            == 1
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name_tr": " "}, "name_tr"),
        ({"region": "feet"}, "region"),
        ({"default_size_cm2": "-1"}, "default_size_cm2"),
        ({"default_size_cm2": "x"}, "default_size_cm2"),
    ],
)
def test_bad_area_edit_is_refused(ctx, changes, field) -> None:
    area = next(a for a in catalog.list_areas(ctx) if a.code == "chin")
    values: dict[str, Any] = dict(
        name_en=area.names["en"],
        name_tr=area.names["tr"],
        region=area.region,
        default_size_cm2=area.default_size_cm2,
        active=True,
    )
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        catalog.update_area(ctx, area.id, area.row_version, catalog.AreaEdit(**values))
    assert field in caught.value.field_errors


def test_reception_cannot_edit_the_catalog(ctx) -> None:
    desk = dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))
    area = catalog.list_areas(ctx)[0]
    edit = catalog.AreaEdit("X", "X", "face", "10", True)
    with pytest.raises(PermissionDenied):
        catalog.update_area(desk, area.id, area.row_version, edit)


# --- changing a booking -------------------------------------------------------------------
def test_update_booking_moves_the_session_and_audits(ctx, doc, patient) -> None:
    planned = book(ctx, patient, doc, TOMORROW, codes=("forehead",), notes="Ön not")
    moved = session_booking.update_booking(
        ctx,
        planned.id,
        planned.row_version,
        _booking(
            ctx, patient, doc, starts_on=date(2026, 11, 27), starts_time=time(15, 30), notes=None
        ),
    )
    assert moved.starts_at == datetime(2026, 11, 27, 12, 30, tzinfo=UTC)
    assert moved.row_version == planned.row_version + 1
    assert moved.notes == "Ön not"  # kept when the form did not show it
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "session.update_booking")
        ).one()
    assert json.loads(event.details)["moved_from"].startswith("2026-11-26T08:00")
    with pytest.raises(StaleRecord):
        session_booking.update_booking(
            ctx, planned.id, planned.row_version, _booking(ctx, patient, doc)
        )


def test_update_booking_keeps_planned_depths_and_skips_its_own_healing_check(
    ctx, doc, patient
) -> None:
    planned = book(ctx, patient, doc, TOMORROW, codes=("forehead", "neck"))
    areas = tuple(AreaInput(a.area_id, depth_um=30) for a in planned.areas)
    with_depths = sessions.record_session(
        ctx, planned.id, planned.row_version, RecordInput(areas=areas, status="planned")
    )
    only_forehead = _booking(ctx, patient, doc, starts_on=date(2026, 11, 28))
    moved = session_booking.update_booking(ctx, planned.id, with_depths.row_version, only_forehead)
    assert [(a.names["en"], a.depth_um) for a in moved.areas] == [("Forehead", 30)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"starts_on": date(2026, 11, 20)}, "starts_on"), ({"areas": ()}, "areas")],
)
def test_bad_booking_change_is_refused(ctx, doc, patient, changes, field) -> None:
    planned = book(ctx, patient, doc, TOMORROW)
    desk = dataclasses.replace(ctx, actor=Actor(None, "Desk", "reception"))
    with pytest.raises(ValidationError) as caught:
        session_booking.update_booking(
            desk, planned.id, planned.row_version, _booking(ctx, patient, doc, **changes)
        )
    assert field in caught.value.field_errors
    assert sessions.get_session(ctx, planned.id).starts_at == planned.starts_at


def test_done_session_booking_cannot_be_changed(ctx, doc, patient) -> None:
    done = record_done(ctx, _today_session(ctx, patient, doc))
    with pytest.raises(ValidationError) as caught:
        session_booking.update_booking(ctx, done.id, done.row_version, _booking(ctx, patient, doc))
    assert "Only a planned session" in caught.value.field_errors["status"]
