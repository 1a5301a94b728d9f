"""The main window's backup status and schedule, and the patient data-protection actions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services.backups import operations as backups
from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.settings import store as settings
from desktop.ui.backups.feature import BackupsFeature
from desktop.ui.main_window import MainWindow
from tests.backup_helpers import add_clinical_record, register
from tests.helpers import submenu


def test_backup_at_start_then_every_few_hours_shows_in_status_bar(qtbot, window, ctx) -> None:
    scheduler = window.feature(BackupsFeature).scheduler
    assert window.feature(BackupsFeature).label.text() == "No backup yet"
    with qtbot.waitSignal(scheduler.sig_backup_done, timeout=20_000) as blocker:
        scheduler.start()
    result = blocker.args[0]
    assert result.path.exists()
    assert result.path.parent == backups.default_backup_folder(ctx.database.path)
    # The fixed test clock: 25.11.2026 10:00 in Istanbul.
    assert window.feature(BackupsFeature).label.text() == "Last backup: 25.11.2026 10:00"
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 4 * 3_600_000
    assert backups.last_backup_time(ctx) == result.created_at


def test_failed_automatic_backup_warns_and_the_desk_keeps_working(
    qtbot, window, ctx, tmp_path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.update(ctx, {"backup_folder": str(blocker / "backups")})
    scheduler = window.feature(BackupsFeature).scheduler
    with qtbot.waitSignal(scheduler.sig_backup_failed, timeout=20_000) as signal:
        scheduler.backup_now()
    assert "cannot be written" in signal.args[0]
    assert window.feature(BackupsFeature).label.text() == "Last backup FAILED"
    assert scheduler.warning_box.isVisible()
    assert "Your work is still saved" in scheduler.warning_box.text()
    scheduler.warning_box.close()
    register(ctx, "Hâlâ", "Çalışıyor")
    assert patient_search.search_patients(ctx, "calisiyor").rows


def test_export_action_writes_the_files_for_the_current_patient(
    qtbot, window, ctx, tmp_path, monkeypatch
) -> None:
    patient_id = register(ctx)
    add_clinical_record(ctx, patient_id)
    monkeypatch.setattr(window, "current_patient_id", lambda: patient_id)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "usb")
    )
    window.feature(BackupsFeature).action_export.trigger()
    qtbot.waitUntil(lambda: len(list((tmp_path / "usb").glob("*.pdf"))) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: window.feature(BackupsFeature).last_export is not None, timeout=20_000)
    assert window.feature(BackupsFeature).last_export.json_path.exists()
    assert "Exported to" in window.statusBar().currentMessage()
    assert not window.feature(
        BackupsFeature
    ).progress.running  # the export ran behind a progress dialog


def test_anonymise_action_asks_why_and_confirms(qtbot, window, ctx, monkeypatch) -> None:
    patient_id = register(ctx)
    monkeypatch.setattr(window, "current_patient_id", lambda: patient_id)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Written request, 20.11.2026", True)
    )
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    window.feature(
        BackupsFeature
    ).action_anonymise.trigger()  # "No" at the confirmation: nothing happens
    assert patients.get_patient(ctx, patient_id).data.given_name == "Ayşe"
    window.feature(BackupsFeature).action_anonymise.trigger()
    assert patients.get_patient(ctx, patient_id).data.given_name == "Anonymised"
    assert "kept until" in window.statusBar().currentMessage()


def test_actions_without_a_selected_patient_say_what_to_do(window, monkeypatch) -> None:
    monkeypatch.setattr(window, "current_patient_id", lambda: None)
    window.feature(BackupsFeature).action_export.trigger()
    assert window.statusBar().currentMessage() == "Find and select a patient first."


def test_back_up_now_is_in_the_admin_menu_and_for_administrators_only(qtbot, ctx) -> None:
    from dataclasses import replace

    from desktop.services.common.context import Actor

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    admin = [submenu(a) for a in window.menuBar().actions() if a.text().replace("&", "") == "Admin"]
    assert len(admin) == 1  # shared with other features, not a second one
    assert window.feature(BackupsFeature).action_backup_now in admin[0].actions()
    with qtbot.waitSignal(
        window.feature(BackupsFeature).scheduler.sig_backup_done, timeout=20_000
    ) as done:
        window.feature(BackupsFeature).action_backup_now.trigger()
        # Someone waits for a manual backup: it runs behind a progress dialog.
        assert window.feature(BackupsFeature).scheduler.progress.running
    assert not window.feature(BackupsFeature).scheduler.progress.running
    assert window.statusBar().currentMessage() == (
        f"Backup saved and checked: {done.args[0].path.name}"
    )
    window.tasks.wait()
    desk = MainWindow(replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception")))
    qtbot.addWidget(desk)
    assert not desk.feature(BackupsFeature).action_backup_now.isEnabled()
    assert not desk.feature(BackupsFeature).action_export.isEnabled()
    assert not desk.feature(BackupsFeature).action_anonymise.isEnabled()


def test_backup_that_cannot_be_audited_is_kept_and_flagged(qtbot, window, ctx, monkeypatch) -> None:
    from db.errors import DatabaseProblem
    from desktop.services.backups import operations as service

    def refuse(*args, **kwargs):
        raise DatabaseProblem("This computer's audit key is not the clinic's.")

    monkeypatch.setattr(service, "record_event", refuse)
    with pytest.raises(service.BackupNotRecorded) as caught:
        service.backup_now(ctx, automatic=True)
    assert caught.value.result.path.exists()  # the verified copy is kept
    scheduler = window.feature(BackupsFeature).scheduler
    with qtbot.waitSignal(scheduler.sig_backup_failed, timeout=20_000) as signal:
        scheduler.backup_now()
    assert "was written and verified" in signal.args[0] and "audit key" in signal.args[0]
    assert (
        window.feature(BackupsFeature).label.text() == "Last backup: 25.11.2026 10:00 (not audited)"
    )
    assert scheduler.warning_box.windowTitle() == "Backup not recorded"
    scheduler.warning_box.close()


def test_a_failed_manual_backup_is_reported_every_time(qtbot, window, ctx, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.update(ctx, {"backup_folder": str(blocker / "backups")})
    scheduler = window.feature(BackupsFeature).scheduler
    for _attempt in range(2):  # the automatic warning comes once; a manual one each time
        with qtbot.waitSignal(scheduler.sig_backup_failed, timeout=20_000):
            scheduler.backup_now(manual=True)
        assert scheduler.warning_box.isVisible()
        assert scheduler.warning_box.windowTitle() == "The backup failed"
        assert not scheduler.progress.running
        scheduler.warning_box.close()
