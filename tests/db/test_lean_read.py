"""The lean read path (db.lean) returns what the ORM session returns, on both engines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Select, bindparam, column, select, table

from db.errors import SchemaMismatch
from db.models import Patient, SessionArea, TreatmentSession
from desktop.services.patients import records as patients
from desktop.services.patients.search import page_query, parse_query
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions import history
from tests.sessions_support import add_staff, book, screened_patient

pytestmark = pytest.mark.both_engines

_P = Patient.__table__.c
# Dates, booleans, aware datetimes (UTCDateTime), JSON and plain columns: every processor kind.
_PATIENTS = (
    select(
        _P.id,
        _P.given_name,
        _P.birth_date,
        _P.archived,
        _P.created_at,
        _P.phone_e164,
        _P.isotretinoin_last_dose,
    )
    .where(_P.id >= bindparam("low"))
    .order_by(_P.id)
)
_S = TreatmentSession.__table__.c
_A = SessionArea.__table__.c
_SESSIONS = (
    select(_S.id, _S.starts_at, _S.indications, _S.follow_up_on, _A.size_cm2, _A.fluence_j_cm2)
    .join_from(TreatmentSession.__table__, SessionArea.__table__, _A.session_id == _S.id)
    .where(_S.patient_id == bindparam("patient_id"))
    .order_by(_A.id)
)


def _orm_rows(database, statement, values) -> list[tuple]:
    with database.read() as session:
        return [tuple(row) for row in session.execute(statement, values)]


def test_lean_rows_equal_the_orm_rows_for_every_column_kind(ctx) -> None:
    for given, born in (("Ayşe", date(1990, 5, 6)), ("İsmail", None)):
        patients.register_patient(
            ctx, PatientInput(given_name=given, family_name="Işık", birth_date=born)
        )
    with ctx.database.lean_read() as reader:
        lean = reader.rows(_PATIENTS, {"low": 0})
    orm = _orm_rows(ctx.database, _PATIENTS, {"low": 0})
    assert lean == orm
    assert [type(value) for value in lean[0]] == [type(value) for value in orm[0]]
    assert isinstance(lean[0][2], date) and lean[0][3] is False
    assert lean[0][4].tzinfo is not None


def test_lean_rows_equal_the_orm_rows_for_sessions_and_areas(ctx) -> None:
    doctor = add_staff(ctx, "dr.a", "Dr. Aydın")
    patient = screened_patient(ctx, "Çağla", "Öztürk")
    book(ctx, patient, doctor, date(2026, 12, 30), codes=("neck", "forehead"))
    values = {"patient_id": patient}
    with ctx.database.lean_read(snapshot=True) as reader:
        lean = reader.rows(_SESSIONS, values)
        assert reader.first(_SESSIONS, {"patient_id": -1}) is None
    orm = _orm_rows(ctx.database, _SESSIONS, values)
    assert len(lean) == 2
    assert lean == orm
    assert isinstance(lean[0][4], Decimal) and lean[0][1].tzinfo is not None


@pytest.mark.parametrize("typed", ["ay", "ayşe yıl", "IŞI", "532", "zzq", "ayşe 06.05.1990"])
def test_search_statement_gives_the_same_rows_lean_and_through_the_orm(ctx, typed) -> None:
    for given, family, phone, born in (
        ("Ayşe", "Yılmaz", "0532 123 45 67", date(1990, 5, 6)),
        ("Ayşe Nur", "YILDIZ", "", None),
        ("Işıl", "Çağlar", "0555 532 00 11", None),
    ):
        patients.register_patient(
            ctx,
            PatientInput(given_name=given, family_name=family, phone=phone, birth_date=born),
        )
    query = parse_query(typed)
    statement, values = page_query(query)
    with ctx.database.lean_read() as reader:
        lean = reader.rows(statement, values)
    assert lean == _orm_rows(ctx.database, statement, values)


def test_a_snapshot_read_leaves_no_transaction_open(ctx) -> None:
    """After a lean snapshot (and after one that failed) the next write goes through."""
    patient = screened_patient(ctx, "Çağla", "Öztürk")
    history.patient_history(ctx, patient)
    with pytest.raises(RuntimeError), ctx.database.lean_read(snapshot=True) as reader:
        reader.rows(_PATIENTS, {"low": 0})
        raise RuntimeError("a service check failed mid-read")
    patients.register_patient(ctx, PatientInput(given_name="Yeni", family_name="Hasta"))
    with ctx.database.lean_read() as reader:
        assert len(reader.rows(_PATIENTS, {"low": 0})) == 2


def test_a_driver_error_reaches_the_user_as_the_usual_message(ctx) -> None:
    missing: Select = select(column("id")).select_from(table("no_such_table"))
    with pytest.raises(SchemaMismatch), ctx.database.lean_read() as reader:
        reader.rows(missing)


def test_insert_many_refuses_rows_it_would_store_wrongly(ctx) -> None:
    from db.lean import insert_many
    from db.models import Base

    tokens = Base.metadata.tables["patient_search_token"]
    patient = screened_patient(ctx, "Çağla", "Öztürk")
    with pytest.raises(ValueError), ctx.database.write() as session:
        insert_many(
            session.connection(),
            tokens,
            [
                {"token": "x", "sort_key": "x", "patient_id": patient},
                {"token": "y", "patient_id": patient, "sort_key": "y", "extra": 1},
            ],
        )
    sessions = Base.metadata.tables["treatment_session"]
    if ctx.database.is_sqlite:  # PostgreSQL takes Core's insert, which fills defaults
        with pytest.raises(ValueError), ctx.database.write() as session:
            insert_many(session.connection(), sessions, [{"patient_id": patient}])
    with ctx.database.write() as session:
        insert_many(
            session.connection(),
            tokens,
            [
                {"token": t, "sort_key": "öztürk çağla", "patient_id": patient}
                for t in ("zz1", "zz2")
            ],
        )
    with ctx.database.read() as session:
        stored = session.execute(
            select(tokens.c.token).where(tokens.c.token.startswith("zz")).order_by(tokens.c.token)
        ).scalars()
        assert list(stored) == ["zz1", "zz2"]
