"""Admin → Audit trail: a reported cut at the end is acknowledged from the viewer."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import text

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.ui.accounts.feature import open_audit
from desktop.ui.main_window import MainWindow
from tests.accounts.test_audit_viewer import _wait_for_report


def test_a_reported_cut_is_acknowledged_with_a_reason(qtbot, ctx, monkeypatch) -> None:
    for name in ("Ali", "Veli", "Ece"):
        register_patient(ctx, PatientInput(given_name=name, family_name="Kaya"))
    with ctx.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 3"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = open_audit(window)
    assert page is not None
    qtbot.addWidget(page)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not page.acknowledge_button.isVisibleTo(page)
    page.verify()
    report = _wait_for_report(qtbot, page)
    assert [p.kind for p in report.problems] == ["truncated"]
    assert "ends at event 2 but event 3 was recorded" in shown[-1]
    assert page.acknowledge_button.isVisibleTo(page)

    # Cancelled: nothing recorded.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    page.acknowledge_button.click()
    assert page.acknowledge_button.isVisibleTo(page)

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("restored test data, see ticket 12", True)
    )
    page.last_report = None
    page.acknowledge_button.click()
    assert _wait_for_report(qtbot, page).ok and "intact" in shown[-1]
    assert not page.acknowledge_button.isVisibleTo(page)
    assert page.model.index(0, page.model.COL_ACTION).data() == "audit.gap_acknowledged"
    window.tasks.wait()
