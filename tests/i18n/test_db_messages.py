"""Sentences from the database layer, backups, the audit trail and the connection check reach
the Turkish interface in Turkish (not in English from a lower layer)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import text

from desktop.services.common.context import Actor
from desktop.services.common.errors import PermissionDenied, StaleRecord
from desktop.services.common.permissions import Permission, require
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.settings import store as settings
from desktop.ui.backups import startup
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner
from tests.backup_helpers import register
from tests.backups.test_startup_checks import Dialogs, _damaged_clinic


@pytest.fixture
def tasks(qapp):
    runner = TaskRunner()
    yield runner
    runner._pool.waitForDone()


def _test(qtbot, dialog) -> None:
    """Test the connection (off the GUI thread, like a click) and wait for the answer."""
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled)


def test_database_dialog_shows_validation_and_unreachable_in_turkish(
    qtbot, ctx, tasks, tmp_path, turkish
) -> None:
    from desktop.ui.settings.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.path_edit.clear()
    _test(qtbot, dialog)
    assert dialog.errors["path"].text() == "Veritabanı dosyasını seçin."

    dialog.server_radio.click()
    dialog.host_edit.setText("server/clinic")
    dialog.database_edit.clear()
    _test(qtbot, dialog)
    assert dialog.errors["host"].text() == (
        "Yalnızca sunucunun adını ya da adresini girin; boşluk ya da eğik çizgi kullanmayın."
    )
    assert dialog.errors["database"].text() == "Veritabanının adını girin (genellikle peeldesk)."

    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"these are not the pages of a database" * 100)
    dialog.sqlite_radio.click()
    dialog.path_edit.setText(str(junk))
    _test(qtbot, dialog)
    assert dialog.result_label.text() == (
        f"“{junk}” dosyası bir PeelDesk veritabanı değil ya da bozuk. Hiçbir şey "
        "değiştirilmedi. Başka bir dosya seçin ya da bir yedeği geri yükleyin (PeelDesk "
        "açılırken en yeni sağlam yedeği önerir)."
    )
    dialog.reject()


def test_start_up_restore_speaks_turkish(qapp, db_path, monkeypatch, turkish) -> None:
    _damaged_clinic(db_path)
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = startup.open_for_gui(f"sqlite:///{db_path}")
    assert opened is not None
    opened.close()
    (_kind, title, question), (_kind2, done_title, done) = dialogs.shown
    assert title == "Veritabanı bozuk"
    assert f"{db_path} veritabanı bütünlük denetiminden geçemedi." in question
    assert "(1 hasta) geri yüklensin mi?" in question
    # SQLite's own words stay as they are, inside a Turkish sentence.
    assert "Bulunan sorun: " in question
    assert done_title == "Yedek geri yüklendi"
    assert "tarihli yedek geri yüklendi. Önceki dosya" in done


def test_second_instance_and_missing_backup_are_refused_in_turkish(
    qapp, db_path, monkeypatch, turkish
) -> None:
    dialogs = Dialogs(monkeypatch)
    first = startup.open_for_gui(f"sqlite:///{db_path}")
    assert first is not None
    try:
        assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    finally:
        first.close()
    _kind, title, refused = dialogs.shown[0]
    assert title == "PeelDesk veritabanını açamıyor"
    assert refused.startswith(f"PeelDesk {db_path} veritabanıyla zaten çalışıyor (")
    assert "bu kopya veritabanını açamaz" in refused


def test_audit_verification_reports_a_deleted_event_in_turkish(
    qtbot, ctx, tasks, monkeypatch, turkish
) -> None:
    from desktop.ui.admin.audit_page import AuditPage

    for given in ("Ayşe", "Elif", "Can"):
        register(ctx, given, "Kaya")
    with ctx.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 2"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, body: shown.append((title, body))
    )
    page = AuditPage(ctx, tasks)
    qtbot.addWidget(page)
    assert page.user_filter.findText("PeelDesk (sistem, komut satırı)") >= 0
    page.verify()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=5000)
    title, body = shown[-1]
    assert title == "Denetim kaydı bozuk"
    assert (
        "• 3 numaralı olay 1 numaralı olayın ardından gelmiyor: 2 numaralı olay silinmiş "
        "(ya da 3 numaralı olay değiştirilmiş)."
    ) in body


def test_failed_backup_warning_is_in_turkish(qtbot, ctx, tasks, tmp_path, turkish) -> None:
    from desktop.ui.backups.scheduler import BackupScheduler

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.update(ctx, {"backup_folder": str(blocker / "backups")})
    parent = QWidget()
    qtbot.addWidget(parent)
    scheduler = BackupScheduler(ctx, tasks, QLabel(), parent)
    with qtbot.waitSignal(scheduler.sig_backup_failed, timeout=20_000) as signal:
        scheduler.backup_now()
    message = signal.args[0]
    assert message.startswith(f"Yedek klasörüne ({blocker / 'backups'}) yazılamıyor (")
    assert "Hiçbir şeyin yedeği alınmadı." in message
    assert scheduler.warning_box.text().startswith(message)
    scheduler.warning_box.close()


def test_refusals_and_stale_records_read_in_turkish(ctx, turkish) -> None:
    reception = dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))
    with pytest.raises(PermissionDenied) as refused:
        require(reception, Permission.MANAGE_BACKUPS)
    assert error_text(refused.value) == (
        "Hesabınızın (resepsiyon) şu işlem için yetkisi yok: yedekleri yönetme. "
        "Bir hekime ya da yöneticiye başvurun."
    )
    assert "is not allowed to manage backups" in str(refused.value)  # the CLI's English

    saved = patients.register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Işık"))
    patients.update_patient(
        ctx, saved.id, saved.row_version, PatientInput(given_name="Ayşe", family_name="Kaya")
    )
    with pytest.raises(StaleRecord) as stale:
        patients.update_patient(
            ctx, saved.id, saved.row_version, PatientInput(given_name="Ayşe", family_name="Şen")
        )
    assert error_text(stale.value) == (
        "Bu hasta, siz açtıktan sonra 25.11.2026 10:00 tarihinde PeelDesk tarafından "
        "değiştirildi. Değişiklikleriniz kaydedilmedi: hastayı yeniden yükleyin ve "
        "değişikliklerinizi yeniden yapın."
    )


def test_a_problem_inside_another_sentence_is_translated_too(ctx, monkeypatch, turkish) -> None:
    from db.errors import DatabaseFull
    from desktop.services.backups import operations as backups
    from desktop.services.common.messages import msg

    def disk_full(*_args, **_kwargs):
        raise DatabaseFull(
            msg(
                "The disk is full, so the last change was not saved. "
                "Free some space and try again; everything saved before is safe."
            )
        )

    monkeypatch.setattr(backups, "record_event", disk_full)
    with pytest.raises(backups.BackupNotRecorded) as caught:
        backups.backup_now(ctx)
    name = caught.value.result.path.name
    assert error_text(caught.value) == (
        f"{name} yedeği yazıldı ve doğrulandı, ancak denetim kaydına yazılamadı: Disk dolu, "
        "bu yüzden son değişiklik kaydedilmedi. Biraz yer açıp yeniden deneyin; daha önce "
        "kaydedilen her şey güvende."
    )
    assert str(caught.value).endswith("everything saved before is safe.")  # English for logs
