"""Upgrading a database made by the previous release (0001_baseline) to JSON columns.

Rows are written the way 0001 code wrote them (JSON by hand in Text columns, area names
in name_en/name_tr, a signed audit trail), then the database is opened by this release,
which upgrades it. Every value must read back as the same Python value, and the audit
chain signed before the upgrade must still verify. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from db.codes import AdverseEvent, Indication, SessionStatus
from db.engine import Database
from db.models import AuditEvent, FollowUp, PriceRule, Setting, TreatmentArea, TreatmentSession
from db.schema import HEAD_REVISION, alembic_config, current_revision
from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.bootstrap import open_database
from desktop.services.common.audit import KEY_ID_SETTING, chain_value, key_id, record_event
from desktop.services.common.audit_key import load_key
from desktop.services.common.context import ServiceContext
from desktop.services.sessions import history
from desktop.services.sessions.records import get_session
from desktop.services.settings import store as settings

pytestmark = pytest.mark.both_engines

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def empty_url(request, engine_name: str, db_path) -> str:
    """An empty database (no tables at all) on the engine under test."""
    if engine_name == "sqlite":
        db_path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{db_path}"
    from tests.conftest import _with_database

    pg_url, pg_admin = request.getfixturevalue("pg_url"), request.getfixturevalue("pg_admin")
    name = "peeldesk_upgrade_test"
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
    request.addfinalizer(lambda: _drop(pg_admin, name))
    return _with_database(pg_url, name)


def _drop(pg_admin, name: str) -> None:
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def _previous_release_database(url: str) -> list[str]:
    """A database at 0001_baseline holding rows as 0001 wrote them; returns the signed hashes."""
    database = Database(url)
    config = alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_baseline")
    key = load_key(create=True)
    assert key is not None
    # SQLite columns hold UTC without a zone, as the UTCDateTime type writes them.
    at = WHEN if url.startswith("postgresql") else WHEN.replace(tzinfo=None)
    stamp = {"at": at}
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (id, username, full_name, role, active, failed_logins, "
                "row_version, created_at, updated_at) VALUES "
                "(1, 'dr.ece', 'Dr. Ece Işık', 'physician', true, 0, 1, :at, :at)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO patient (id, given_name, family_name, sort_key, sex, language, "
                "isotretinoin, pregnant_or_breastfeeding, herpes_history, anticoagulants, "
                "keloid_history, photosensitising_drugs, current_tan, notes, archived, "
                "row_version, created_at, updated_at) VALUES (1, 'Ayşe', 'Yılmaz', "
                "'yilmaz ayse', 'female', 'tr', false, false, false, false, false, false, "
                "false, '', false, 1, :at, :at)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO treatment_area (id, code, name_en, name_tr, region, "
                "default_size_cm2, size_required, active, sort_order, row_version, created_at, "
                "updated_at) VALUES "
                "(1, 'forehead', 'Forehead', 'Alın', 'face', 8000, false, true, 0, 1, :at, :at),"
                "(2, 'neck', 'Neck', 'Boyun', 'neck', 15000, false, true, 1, 1, :at, :at)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO treatment_session (id, patient_id, physician_id, starts_at, "
                "duration_minutes, status, indications, anaesthesia, combined_procedures, "
                "aftercare_products, notes, row_version, created_at, updated_at) VALUES "
                "(1, 1, 1, :at, 30, 'done', '[\"wrinkles\", \"acne_scars\"]', 'topical', "
                "'[\"fractional_laser\"]', :products, '', 1, :at, :at),"
                "(2, 1, 1, :at, 30, 'planned', '[]', 'none', '[]', '', '', 1, :at, :at)"
            ),
            # 0001 wrote products with ensure_ascii=False.
            {**stamp, "products": json.dumps(["SPF 50+ güneş kremi"], ensure_ascii=False)},
        )
        conn.execute(
            text(
                "INSERT INTO session_area (id, session_id, area_id, size_cm2, depth_um, device, "
                "mode, immediate_reaction) VALUES (1, 1, 1, 8000, 40, '', '', ''),"
                "(2, 1, 2, 15000, 20, '', '', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO follow_up (id, session_id, kind, recorded_at, reaction, healing, "
                "adverse_events, notes) VALUES "
                "(1, 1, 'day_3_4', :at, 'kızarıklık', '', '[\"blistering\"]', '')"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO price_list (id, version, name, currency, method, vat_rate_percent, "
                "prices_include_vat, rounding_step, created_at, updated_at) VALUES "
                "(1, 1, 'Fiyatlar', 'TRY', 'band', 2000, true, 100, :at, :at)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO price_rule (id, price_list_id, kind, label, area_codes, percent) "
                "VALUES (1, 1, 'combination', 'Alın + boyun', '[\"forehead\", \"neck\"]', 1000)"
            )
        )
        stored_settings = {
            "healing_interval_days": 42,
            "clinic_name": "Işıltı Klinik",
            "demo_data": True,
            "backup_folder": "",
            KEY_ID_SETTING: key_id(key),
        }
        for name, value in stored_settings.items():
            conn.execute(
                text("INSERT INTO setting (key, value, updated_at) VALUES (:k, :v, :at)"),
                {"k": name, "v": json.dumps(value, ensure_ascii=False), "at": at},
            )
        if url.startswith("postgresql"):  # explicit ids above: move the sequences past them
            for table in (
                "staff",
                "patient",
                "treatment_area",
                "treatment_session",
                "session_area",
                "follow_up",
                "price_list",
                "price_rule",
            ):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 10)"))
        signed: list[str] = []
        previous = ""
        for number, details in enumerate(
            ({"clinic_name": ["", "Işıltı Klinik"]}, {"indications": ["[]", '["wrinkles"]']})
        ):
            event = AuditEvent(
                occurred_at=WHEN,
                actor_id=1,
                actor_name="Dr. Ece Işık",
                action="setting.change",
                entity="setting",
                entity_id=None,
                patient_id=1 if number else None,
                # As 0001's record_event serialised them.
                details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
                workstation="desk-1",
            )
            previous = chain_value(key, previous, event)
            conn.execute(
                text(
                    "INSERT INTO audit_event (occurred_at, actor_id, actor_name, action, entity, "
                    "entity_id, patient_id, details, workstation, chain_hmac) VALUES (:at, "
                    ":actor, :name, :action, :entity, :eid, :pid, :details, :ws, :chain)"
                ),
                {
                    "at": at,
                    "actor": event.actor_id,
                    "name": event.actor_name,
                    "action": event.action,
                    "entity": event.entity,
                    "eid": event.entity_id,
                    "pid": event.patient_id,
                    "details": event.details,
                    "ws": event.workstation,
                    "chain": previous,
                },
            )
            signed.append(event.details)
    database.dispose()
    return signed


def test_rows_of_the_previous_release_read_back_the_same(empty_url: str) -> None:
    signed = _previous_release_database(empty_url)
    database = open_database(empty_url)  # upgrades
    try:
        assert current_revision(database) == HEAD_REVISION
        with database.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("treatment_area")}
        assert "names" in columns and not {"name_en", "name_tr"} & columns

        with database.read() as session:
            # (Opening also added the default catalog's other areas, after these two.)
            areas = [session.get(TreatmentArea, 1), session.get(TreatmentArea, 2)]
            assert None not in areas
            assert [a.names for a in areas if a is not None] == [
                {"en": "Forehead", "tr": "Alın"},
                {"en": "Neck", "tr": "Boyun"},
            ]
            done, planned = session.scalars(
                select(TreatmentSession).order_by(TreatmentSession.id)
            ).all()
            assert done.status is SessionStatus.DONE and planned.status is SessionStatus.PLANNED
            assert done.indications == ["wrinkles", "acne_scars"]
            assert done.combined_procedures == ["fractional_laser"]
            assert done.aftercare_products == ["SPF 50+ güneş kremi"]
            # 0001 read an empty text as "nothing": the upgrade says so in JSON.
            assert planned.aftercare_products == []
            follow_up = session.get(FollowUp, 1)
            assert follow_up is not None and follow_up.adverse_events == ["blistering"]
            rule = session.get(PriceRule, 1)
            assert rule is not None and rule.area_codes == ["forehead", "neck"]
            key_setting, key = session.get(Setting, KEY_ID_SETTING), load_key(create=False)
            assert key_setting is not None and key is not None
            assert key_setting.value == key_id(key)
            details = session.scalars(select(AuditEvent.details).order_by(AuditEvent.id)).all()
        # The signed text is untouched, character for character.
        assert details == signed

        ctx = ServiceContext(database)
        current = settings.read_all(ctx)
        assert (current.healing_interval_days, current.clinic_name, current.demo_data) == (
            42,
            "Işıltı Klinik",
            True,
        )
        detail = get_session(ctx, 1)
        assert detail.indications == (Indication.WRINKLES, Indication.ACNE_SCARS)
        # Members, not merely equal strings: the DTOs carry the enums.
        assert {type(code) for code in detail.indications} == {Indication}
        assert detail.status is SessionStatus.DONE
        assert detail.follow_ups[0].adverse_events == (AdverseEvent.BLISTERING,)
        assert [a.names["tr"] for a in detail.areas] == ["Alın", "Boyun"]
        # Rebuilding treatment_session for its room and device kept its areas (no cascade);
        # a session booked before rooms and devices has neither.
        assert (detail.room_id, detail.device_id) == (None, None)
        past = history.patient_history(ctx, 1)
        assert [(a.names["en"], a.sessions) for a in past.area_summary] == [
            ("Forehead", 1),
            ("Neck", 1),
        ]

        # The chain signed before the upgrade verifies, and new events extend it.
        report = verify_chain(ctx)
        assert report.ok and report.checked == 2
        with database.write() as session:
            record_event(session, ctx, "setting.change", details={"clinic_name": ["a", "b"]})
        report = verify_chain(ctx)
        assert report.ok and report.checked == 3
    finally:
        database.dispose()
