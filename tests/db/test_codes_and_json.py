"""Code columns come back as their StrEnum members and JSON columns as the values written,
stored as the same strings and JSON text as before (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from db.codes import (
    Anaesthesia,
    Language,
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
from db.models import (
    Patient,
    PriceList,
    PriceRule,
    Quote,
    Setting,
    Staff,
    TreatmentArea,
    TreatmentSession,
)
from desktop.formatting import Names, name_in

pytestmark = pytest.mark.both_engines

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _session_row(database) -> int:
    with database.write() as session:
        staff = Staff(username="dr.ece", full_name="Dr. Ece", role=Role.PHYSICIAN)
        patient = Patient(
            given_name="Ayşe", family_name="Yılmaz", sort_key="yilmaz ayse", sex=Sex.FEMALE
        )
        session.add_all([staff, patient])
        session.flush()
        row = TreatmentSession(
            patient_id=patient.id,
            physician_id=staff.id,
            starts_at=WHEN,
            status="no_show",  # a plain string is stored the same way
            anaesthesia=Anaesthesia.LOCAL,
            indications=["wrinkles", "sun_spots"],
            aftercare_products=["Güneş kremi SPF 50+", "Nemlendirici — hassas"],
        )
        session.add(row)
        session.flush()
        return row.id


def test_codes_read_back_as_members_and_are_stored_as_their_strings(database) -> None:
    session_id = _session_row(database)
    with database.read() as session:
        row = session.get(TreatmentSession, session_id)
        assert row.status is SessionStatus.NO_SHOW
        assert row.anaesthesia is Anaesthesia.LOCAL
        staff = session.get(Staff, row.physician_id)
        # Equal to its plain string first: after the `is` check mypy would take the role for
        # a literal that never equals a str (it does not know StrEnum members do).
        assert staff.role == "physician" and staff.role is Role.PHYSICIAN
        patient = session.get(Patient, row.patient_id)
        assert (patient.sex, patient.language) == (Sex.FEMALE, Language.TURKISH)
        raw = session.execute(
            text("SELECT status, anaesthesia FROM treatment_session WHERE id = :id"),
            {"id": session_id},
        ).one()
        assert tuple(raw) == ("no_show", "local")
        # Filtering by a member finds rows written as strings, and the other way round.
        assert (
            session.scalar(
                select(TreatmentSession.id).where(TreatmentSession.status == SessionStatus.NO_SHOW)
            )
            == session_id
        )


def test_an_unknown_stored_code_reads_as_its_string_not_an_error(database) -> None:
    session_id = _session_row(database)
    with database.write() as session:
        session.execute(
            text("UPDATE treatment_session SET status = 'rescheduled' WHERE id = :id"),
            {"id": session_id},
        )
    with database.read() as session:
        assert session.get(TreatmentSession, session_id).status == "rescheduled"
    assert code_of(SessionStatus, "rescheduled") is None
    assert codes_of(SessionStatus, ["done", "rescheduled"]) == (SessionStatus.DONE, "rescheduled")


def test_json_columns_keep_lists_maps_and_non_ascii_text(database) -> None:
    session_id = _session_row(database)
    with database.write() as session:
        area = TreatmentArea(
            code="jaw",
            names={"en": "Jawline", "tr": "Çene hattı", "de": "Kieferlinie"},
            region=Region.FACE,
            default_size_cm2=Decimal("40"),
        )
        price_list = PriceList(version=99, method=PricingMethod.BAND)
        price_list.rules = [
            PriceRule(
                kind=PriceRuleKind.COMBINATION,
                label="Çene + boyun",
                area_codes=["jaw", "neck"],
                percent=Decimal(10),
            )
        ]
        session.add_all([area, price_list])
        session.add(Setting(key="clinic_name", value="Işıltı", updated_at=WHEN))
        session.add(Setting(key="healing_interval_days", value=35, updated_at=WHEN))
        session.add(Setting(key="demo_data", value=True, updated_at=WHEN))
    with database.read() as session:
        row = session.get(TreatmentSession, session_id)
        assert row.indications == ["wrinkles", "sun_spots"]
        assert row.combined_procedures == []  # the default
        assert row.aftercare_products == ["Güneş kremi SPF 50+", "Nemlendirici — hassas"]
        area = session.scalar(select(TreatmentArea).where(TreatmentArea.code == "jaw"))
        # A third language needed no column: it is one more key.
        assert name_in("de", area.names) == "Kieferlinie"
        assert name_in("fr", area.names) == "Jawline"
        assert area.region is Region.FACE
        rule = session.scalar(select(PriceRule).where(PriceRule.label == "Çene + boyun"))
        assert (rule.kind, rule.area_codes) == (PriceRuleKind.COMBINATION, ["jaw", "neck"])
        values = {
            s.key: s.value
            for s in session.scalars(
                select(Setting).where(
                    Setting.key.in_(["clinic_name", "healing_interval_days", "demo_data"])
                )
            )
        }
        assert values == {"clinic_name": "Işıltı", "healing_interval_days": 35, "demo_data": True}
        assert type(values["healing_interval_days"]) is int


def test_quote_status_default_is_a_member(ctx, database) -> None:
    with database.write() as session:
        patient = Patient(given_name="Can", family_name="Er", sort_key="er can")
        price_list = PriceList(version=7)
        session.add_all([patient, price_list])
        session.flush()
        quote = Quote(patient_id=patient.id, price_list_id=price_list.id)
        session.add(quote)
        session.flush()
        quote_id = quote.id
    with database.read() as session:
        assert session.get(Quote, quote_id).status is QuoteStatus.DRAFT


def test_names_pick_the_language_then_english_then_any() -> None:
    names = Names({"en": "Forehead", "tr": "Alın"})
    assert (name_in("tr", names), name_in("en", names), name_in("ar", names)) == (
        "Alın",
        "Forehead",
        "Forehead",
    )
    assert name_in("en", {"en": "", "tr": "Alın"}) == "Alın"
    assert name_in("tr", {}) == ""
    # Frozen DTOs holding names stay hashable, and equal maps are equal names.
    assert hash(names) == hash(Names({"tr": "Alın", "en": "Forehead"}))
    assert names == {"en": "Forehead", "tr": "Alın"}


def test_a_list_column_refuses_hand_written_json_text(database) -> None:
    session_id = _session_row(database)
    # (SQLAlchemy wraps the TypeError in a StatementError; the message is the point.)
    with (
        pytest.raises(Exception, match="a list is stored here, not str"),
        database.write() as session,
    ):
        session.get(TreatmentSession, session_id).indications = '["wrinkles"]'
    with database.read() as session:
        assert session.get(TreatmentSession, session_id).indications == ["wrinkles", "sun_spots"]


def test_the_interface_finds_every_code_class_in_the_services() -> None:
    import enum

    import db.codes
    from desktop.services.common import codes as for_the_interface

    defined = {
        name
        for name, value in vars(db.codes).items()
        if isinstance(value, type) and issubclass(value, enum.StrEnum) and value is not enum.StrEnum
    }
    assert len(defined) >= 13
    assert defined <= set(for_the_interface.__all__)
