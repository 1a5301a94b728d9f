"""The Settings dialog and its service: valid values saved (audited), invalid ones refused."""

from __future__ import annotations

from dataclasses import asdict, replace

import pytest
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.settings import store as clinic_settings
from desktop.services.settings import store as settings
from desktop.ui.backups.feature import BackupsFeature
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.shell.shell_feature import ShellFeature
from tests.helpers import type_text


@pytest.fixture
def png_logo(tmp_path):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5f59"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def _setting_events(ctx) -> list[str]:
    with ctx.database.read() as session:
        return [
            e.details for e in session.scalars(select(AuditEvent)) if e.action == "setting.change"
        ]


def test_service_saves_clean_values_and_audits_them(ctx, png_logo) -> None:
    wanted = replace(
        clinic_settings.load(ctx),
        clinic_name="  Işıl Klinik ",
        default_region="de",
        healing_interval_days=21,
        depth_min_um=20,
        depth_max_um=150,
        clinic_logo_path=str(png_logo),
        ui_language="tr",
    )
    clinic_settings.save(ctx, wanted, clinic_settings.read_all(ctx))
    stored = asdict(settings.read_all(ctx))
    assert stored["clinic_name"] == "Işıl Klinik"
    assert stored["default_region"] == "DE"
    assert stored["healing_interval_days"] == 21
    assert stored["ui_language"] == "tr"
    assert any("Işıl Klinik" in details for details in _setting_events(ctx))


def test_service_refuses_bad_values_all_at_once_and_changes_nothing(ctx, tmp_path) -> None:
    text_file = tmp_path / "logo.png"
    text_file.write_text("not an image")
    before = asdict(settings.read_all(ctx))
    wanted = replace(
        clinic_settings.load(ctx),
        clinic_name="Yeni Ad",
        default_region="ZZ",
        depth_min_um=200,
        depth_max_um=100,
        clinic_logo_path=str(text_file),
    )
    with pytest.raises(ValidationError) as caught:
        clinic_settings.save(ctx, wanted, clinic_settings.read_all(ctx))
    assert set(caught.value.field_errors) == {"default_region", "depth_max_um", "clinic_logo_path"}
    assert "PNG or JPEG" in caught.value.field_errors["clinic_logo_path"]
    assert asdict(settings.read_all(ctx)) == before


def test_missing_logo_file_is_reported(ctx, tmp_path) -> None:
    wanted = replace(clinic_settings.load(ctx), clinic_logo_path=str(tmp_path / "gone.png"))
    with pytest.raises(ValidationError, match="No file was found"):
        clinic_settings.save(ctx, wanted, clinic_settings.read_all(ctx))


def test_reception_may_not_change_settings_nor_sees_the_menu_item(qtbot, database) -> None:
    desk = ServiceContext(
        database=database, actor=Actor(staff_id=None, name="Desk", role="reception")
    )
    with pytest.raises(PermissionDenied):
        clinic_settings.load(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.feature(ShellFeature).action_settings.isVisible()


def test_dialog_saves_valid_values(qtbot, ctx, png_logo) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "Şifa Cilt Kliniği")
    dialog.logo_edit.setText(str(png_logo))
    dialog.healing_spin.setValue(30)
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = asdict(settings.read_all(ctx))
    assert stored["clinic_name"] == "Şifa Cilt Kliniği"
    assert stored["clinic_logo_path"] == str(png_logo)
    assert stored["healing_interval_days"] == 30


def test_dialog_refuses_invalid_values_with_messages(qtbot, ctx, tmp_path) -> None:
    fake = tmp_path / "logo.jpg"
    fake.write_bytes(b"GIF89a....")
    before = asdict(settings.read_all(ctx))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.region_edit.setText("Q1")
    dialog.logo_edit.setText(str(fake))
    dialog.depth_min_spin.setValue(150)
    dialog.depth_max_spin.setValue(100)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors["default_region"].isVisible()
    assert "two-letter country code" in dialog.errors["default_region"].text()
    assert "not a PNG or JPEG" in dialog.errors["clinic_logo_path"].text()
    assert "greater than the shallowest" in dialog.errors["depth_max_um"].text()
    assert "Nothing was saved" in dialog.general_error.text()
    assert asdict(settings.read_all(ctx)) == before


def test_dialog_sets_receptions_discount_limit(qtbot, ctx) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.discount_limit_spin.value() == 10
    assert (dialog.discount_limit_spin.minimum(), dialog.discount_limit_spin.maximum()) == (0, 100)
    dialog.discount_limit_spin.setValue(25)
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.read_all(ctx).discount_limit_percent == 25


def test_dialog_refuses_a_damaged_image_with_a_valid_header(qtbot, ctx, tmp_path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.logo_edit.setText(str(broken))
    dialog.save_button.click()
    assert "damaged" in dialog.errors["clinic_logo_path"].text()
    assert settings.read_all(ctx).clinic_logo_path == ""


def test_printouts_get_the_clinic_identity_from_settings(ctx, png_logo) -> None:
    wanted = replace(
        clinic_settings.load(ctx),
        clinic_name="Işık Klinik",
        clinic_address="Bağdat Cd. 1, İstanbul",
        clinic_logo_path=str(png_logo),
    )
    clinic_settings.save(ctx, wanted, clinic_settings.read_all(ctx))
    identity = clinic_settings.clinic_identity(ctx)
    assert (identity.name, identity.address, identity.logo_path) == (
        "Işık Klinik",
        "Bağdat Cd. 1, İstanbul",
        str(png_logo),
    )


def test_backup_schedule_is_set_in_settings_and_applies_at_once(qtbot, ctx) -> None:
    from desktop.ui.shell.shell_feature import open_settings

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    scheduler = window.feature(BackupsFeature).scheduler
    with qtbot.waitSignal(scheduler.sig_backup_done, timeout=20_000):
        scheduler.start()
    assert scheduler.timer.interval() == 4 * 3_600_000
    dialog = open_settings(window)
    assert dialog.backup_hours_spin.value() == 4
    dialog.backup_hours_spin.setValue(2)
    dialog.keep_daily_spin.setValue(14)
    dialog.keep_weekly_spin.setValue(8)
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = asdict(settings.read_all(ctx))
    assert (stored["backup_interval_hours"], stored["backup_keep_daily"]) == (2, 14)
    assert stored["backup_keep_weekly"] == 8
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 2 * 3_600_000
    assert not scheduler._running  # the new interval set no extra backup going

    dialog = open_settings(window)
    dialog.backup_hours_spin.setValue(0)  # shown as "only at start"
    assert dialog.backup_hours_spin.text() == "only at start"
    dialog.save_button.click()
    assert not scheduler.timer.isActive()
    window.tasks.wait()


def test_service_refuses_a_bad_backup_schedule(ctx) -> None:
    before = asdict(settings.read_all(ctx))
    wanted = replace(
        clinic_settings.load(ctx),
        backup_interval_hours=500,
        backup_keep_daily=0,
        backup_keep_weekly=-1,
    )
    with pytest.raises(ValidationError) as refused:
        clinic_settings.save(ctx, wanted, clinic_settings.read_all(ctx))
    assert set(refused.value.field_errors) == {
        "backup_interval_hours",
        "backup_keep_daily",
        "backup_keep_weekly",
    }
    assert asdict(settings.read_all(ctx)) == before


def test_settings_show_the_price_lists_currency_and_vat(qtbot, ctx) -> None:
    from desktop.ui.quotes.price_list_dialog import PriceListDialog
    from tests.translation_helpers import wait_for_dialog

    terms = clinic_settings.price_terms(ctx)
    assert terms is not None and terms.currency == "TRY"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.prices_label.text()
    assert "TRY" in text and f"VAT {terms.vat_rate_percent} %" in text
    assert f"version {terms.version}" in text
    dialog.price_list_button.click()
    shown = wait_for_dialog(qtbot, PriceListDialog)
    shown.reject()
