"""Admin → Database connection…, through the real widgets."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.paths import resolve_database_url, workstation_file
from desktop.services.common.context import Actor
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.settings.database_dialog import DatabaseDialog
from desktop.ui.settings.database_feature import DatabaseConnectionFeature


def _open(qtbot, window) -> DatabaseDialog:
    action = window.feature(DatabaseConnectionFeature).action_database
    assert action in window.findChild(type(window.menu(MenuName.ADMIN)), "adminMenu").actions()
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DatabaseDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def _test_and_wait(qtbot, dialog: DatabaseDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    return dialog.result_label.text()


def test_choose_a_file_test_it_and_save_for_the_next_start(qtbot, window, ctx, tmp_path) -> None:
    dialog = _open(qtbot, window)
    assert dialog.sqlite_radio.isChecked()
    assert dialog.path_edit.text() == str(ctx.database.path)  # nothing saved yet: in use

    # The database in use is a PeelDesk database of this version.
    assert "this version" in _test_and_wait(qtbot, dialog)

    target = tmp_path / "desk-two" / "clinic.sqlite3"
    dialog.path_edit.clear()
    assert dialog.result_label.text() == ""  # a result is forgotten when the fields change
    qtbot.keyClicks(dialog.path_edit, str(target))
    assert "create it" in _test_and_wait(qtbot, dialog)
    assert not target.exists()  # testing writes nothing

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert json.loads(workstation_file().read_text()) == {"database_url": f"sqlite:///{target}"}
    assert resolve_database_url() == f"sqlite:///{target}"
    assert "next start" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox, "databaseSavedMessage")
    assert box is not None and str(target) in box.text()
    box.close()


def test_server_fields_are_checked_before_connecting(qtbot, window) -> None:
    dialog = _open(qtbot, window)
    dialog.server_radio.click()
    assert dialog.server_box.isEnabled() and not dialog.file_box.isEnabled()
    dialog.database_edit.clear()
    _test_and_wait(qtbot, dialog)
    assert "address" in dialog.errors["host"].text()
    assert "database name" in dialog.errors["database"].text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not workstation_file().exists()
    dialog.reject()


def test_reception_does_not_see_the_action(qtbot, ctx) -> None:
    reception = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    window = MainWindow(reception)
    qtbot.addWidget(window)
    assert not window.feature(DatabaseConnectionFeature).action_database.isVisible()


def test_a_root_certificate_asks_for_a_verified_server(qtbot, window, tmp_path) -> None:
    dialog = _open(qtbot, window)
    dialog.server_radio.click()
    dialog.host_edit.setText("db.clinic.lan")
    dialog.root_edit.setText(str(tmp_path / "missing-root.crt"))
    _test_and_wait(qtbot, dialog)
    assert "root certificate" in dialog.errors["root_certificate"].text()
    certificate = tmp_path / "root.crt"
    certificate.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.root_edit.setText(str(certificate))
    choice = dialog.choice()
    from desktop.services.settings.database_connection import build_url

    assert "sslmode=verify-full" in build_url(choice)
    dialog.reject()
