"""A database from before signed consents: sessions booked then are still recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import text

from db.models import SessionArea, Setting, TreatmentSession
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.consent.rule import ConsentMissing
from desktop.services.sessions import records as sessions
from tests.conftest import FIXED_NOW, ISTANBUL
from tests.sessions_support import add_staff, area_id, book, record_done, screened_patient

pytestmark = pytest.mark.consent_rule


def test_upgrading_keeps_earlier_bookings_recordable_and_asks_for_new_ones(db_path) -> None:
    database = open_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(database=database, clock=lambda: FIXED_NOW, zone=ISTANBUL)
    doctor = add_staff(ctx, "dr.ece", "Dr Ece Işık")
    patient = screened_patient(ctx)
    forehead = area_id(ctx, "forehead")
    with database.write() as session:  # booked by the previous release (no consent rule)
        row = TreatmentSession(
            patient_id=patient,
            physician_id=doctor,
            starts_at=datetime(2026, 11, 25, 6, 0, tzinfo=UTC),
            status="planned",
            areas=[SessionArea(area_id=forehead, size_cm2=60)],
        )
        session.add(row)
        session.flush()
        old_session = row.id
    with database.engine.begin() as conn:  # back to the schema of release 0006
        # Tables of later releases go too (children before parents).
        later = (
            "audit_personal_value",
            "photo_blob",
            "treatment_photo",
            "receipt_cancellation",
            "receipt",
            "course_session",
            "money_event",
            "course",
        )
        for table in (*later, "consent_withdrawal", "signed_consent", "consent_template"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("ALTER TABLE price_list DROP COLUMN row_version"))  # 0010
        conn.execute(text("UPDATE alembic_version SET version_num = '0006_device_log'"))
    database.dispose()

    database = open_database(f"sqlite:///{db_path}")  # upgrades
    ctx = ServiceContext(database=database, clock=lambda: FIXED_NOW, zone=ISTANBUL)
    with database.read() as session:
        assert session.get(Setting, "consent_rule_since") is not None
    detail = sessions.get_session(ctx, old_session)
    assert record_done(ctx, detail).status == "done"  # booked under the paper consent
    with pytest.raises(ConsentMissing):
        book(ctx, patient, doctor, date(2026, 11, 27), at=time(11, 0))
    database.dispose()
