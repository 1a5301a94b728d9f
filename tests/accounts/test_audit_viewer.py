"""The admin audit viewer: filters by patient, user and dates, pages, verification."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.accounts import audit_trail, staff
from desktop.services.accounts.audit_trail import SYSTEM_ACTOR_FILTER, AuditFilter, ChainReport
from desktop.services.patients.records import register_patient, update_patient
from desktop.services.patients.validation import PatientInput
from desktop.ui.accounts.feature import open_audit
from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.main_window import MainWindow
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401
from tests.helpers import model_rows

pytestmark = pytest.mark.usefixtures("fast_hashing")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def trail(ctx):
    """Two people's work on two days: Ayşe yesterday, the system today."""
    ayse = staff.actor_of(add_account(ctx, "ayse", "reception"))
    yesterday = dataclasses.replace(ctx, actor=ayse, clock=lambda: ctx.now() - timedelta(days=1))
    elif_ = register_patient(yesterday, PatientInput(given_name="Elif", family_name="Şahin"))
    update_patient(
        yesterday,
        elif_.id,
        elif_.row_version,
        PatientInput(given_name="Elif", family_name="Şahin-Kaya"),
    )
    can = register_patient(ctx, PatientInput(given_name="Can", family_name="Öz"))
    return {"ayse": ayse, "elif": elif_, "can": can}


def _actions(page) -> list[str]:
    return [row.action for row in page.rows]


def _wait_for_report(qtbot, page: AuditPage) -> ChainReport:
    """The verification's result, once the background check has delivered it."""
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=5000)
    assert page.last_report is not None
    return page.last_report


def test_filters_by_patient_user_and_dates(ctx, trail) -> None:
    everything = audit_trail.list_events(ctx, AuditFilter())
    assert _actions(everything) == [
        "patient.create",
        "patient.update",
        "patient.create",
        "staff.create",
    ]
    by_patient = audit_trail.list_events(ctx, AuditFilter(patient_ids=(trail["elif"].id,)))
    assert _actions(by_patient) == ["patient.update", "patient.create"]
    assert by_patient.rows[0].patient_name == "Elif Şahin-Kaya"
    assert "family_name: Şahin → Şahin-Kaya" in by_patient.rows[0].summary
    by_user = audit_trail.list_events(ctx, AuditFilter(actor_id=trail["ayse"].staff_id))
    assert _actions(by_user) == ["patient.update", "patient.create"]
    system = audit_trail.list_events(ctx, AuditFilter(actor_id=SYSTEM_ACTOR_FILTER))
    assert _actions(system) == ["patient.create", "staff.create"]
    today = ctx.today()
    only_yesterday = AuditFilter(
        date_from=today - timedelta(days=1), date_to=today - timedelta(days=1)
    )
    assert _actions(audit_trail.list_events(ctx, only_yesterday)) == [
        "patient.update",
        "patient.create",
    ]
    assert audit_trail.list_events(ctx, AuditFilter(date_from=date(2030, 1, 1))).rows == []
    assert audit_trail.list_events(ctx, AuditFilter(patient_ids=())).rows == []


def test_pages_follow_each_other_without_gaps(ctx, trail) -> None:
    first = audit_trail.list_events(ctx, AuditFilter(), limit=3)
    assert len(first.rows) == 3 and first.next_before_id == first.rows[-1].id
    second = audit_trail.list_events(ctx, AuditFilter(), before_id=first.next_before_id, limit=3)
    assert second.next_before_id is None
    ids = [r.id for r in first.rows + second.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 4


def test_viewer_filters_pages_and_verifies(qtbot, ctx, trail, monkeypatch) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = open_audit(window)
    assert page is not None
    qtbot.addWidget(page)
    assert page.model.rowCount() == 4
    page.page_size = 1
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 2
    assert "scroll down" in page.status.text()

    page.page_size = 200
    page.patient_filter.setText("sahin")
    page.apply_filter()
    assert [row.action for row in model_rows(page.model)] == [
        "patient.update",
        "patient.create",
    ]
    assert page.model.index(0, page.model.COL_PATIENT).data() == "Elif Şahin-Kaya"
    page.user_filter.setCurrentIndex(page.user_filter.findData(SYSTEM_ACTOR_FILTER))
    page.apply_filter()
    assert page.model.rowCount() == 0
    page.clear_filters()
    page.date_to.setText("31.02.2026")
    page.apply_filter()
    assert "must be a date" in page.error.text()
    page.clear_filters()
    assert page.model.rowCount() == 4

    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    page.verify()
    assert _wait_for_report(qtbot, page).ok and "intact" in shown[-1]
    with ctx.database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor_name = 'X' WHERE id = 2"))
    page.last_report = None
    page.verify()
    assert not _wait_for_report(qtbot, page).ok and "Event 2" in shown[-1]
    window.tasks.wait()


def test_smoke_start_on_a_database_with_accounts_needs_no_log_in(ctx, db_path) -> None:
    add_account(ctx, "selin", "admin")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(db_path), "--smoke"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    events = audit_trail.list_events(ctx, AuditFilter())
    assert _actions(events) == ["staff.create"]
    assert PASSWORD not in result.stderr + result.stdout
