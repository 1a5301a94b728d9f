"""The clinic passphrase on screen: the unlock dialog before the log-in (a wrong passphrase is
told as such and never offers a restore), a new clinic created sealed with its recovery key
shown once (and its sheet), and encrypting a plaintext clinic from the Administration menu."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from db import sealing
from desktop.services.backups import sealing as service
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.ui.backups import startup
from desktop.ui.backups.sealing_dialogs import (
    PassphraseDialog,
    RecoveryKeyDialog,
    UnlockDialog,
    ask_new_clinic_passphrase,
    ask_to_unlock,
)
from tests.backup_helpers import register
from tests.backups.test_startup_checks import Dialogs

PASSPHRASE = "orange tiger violin meadow"
FAMILY = "Karabulutoglu"


@pytest.fixture(autouse=True)
def _cheap_and_forgotten(monkeypatch):
    monkeypatch.setattr(sealing, "PASSPHRASE_COST", sealing.CHEAP_FOR_TESTS)
    sealing.forget_all()
    yield
    sealing.forget_all()


def _sealed_clinic(database) -> str:
    ctx = ServiceContext(database)
    register(ctx, "Zeynep", FAMILY)
    recovery = service.seal(ctx, PASSPHRASE, PASSPHRASE).recovery_key
    database.dispose()
    sealing.forget_all()
    return recovery


D = TypeVar("D", bound=QDialog)


def _when_shown(kind: type[D], act: Callable[[D], None], failures: list) -> None:
    tries = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            widget.activateWindow()
            try:
                act(widget)
            except AssertionError as failure:
                failures.append(failure)
                widget.done(QDialog.DialogCode.Rejected)
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(20, poll)
        elif isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, poll)


def test_wrong_passphrase_is_told_then_the_right_one_opens(qtbot, database, db_path) -> None:
    _sealed_clinic(database)
    before = db_path.read_bytes()
    failures: list[AssertionError] = []
    seen: dict[str, object] = {}

    def type_wrong_then_right(dialog: UnlockDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.focusWidget() is dialog.secret  # keyboard-first
        qtbot.keyClicks(dialog.secret, "orange tiger violin")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["still open"] = dialog.isVisible()
        seen["cleared"] = dialog.secret.text() == ""
        seen["unchanged"] = db_path.read_bytes() == before
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    _when_shown(UnlockDialog, type_wrong_then_right, failures)
    assert ask_to_unlock(db_path) is True
    if failures:
        raise failures[0]
    assert "The clinic passphrase is not right" in str(seen["error"])
    assert seen["still open"] and seen["cleared"] and seen["unchanged"]
    database = open_database(f"sqlite:///{db_path}")
    database.dispose()


def test_recovery_key_typed_in_the_unlock_dialog_opens(qtbot, database, db_path) -> None:
    recovery = _sealed_clinic(database)
    failures: list[AssertionError] = []

    def type_recovery(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.secret, recovery.lower())
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    _when_shown(UnlockDialog, type_recovery, failures)
    assert ask_to_unlock(db_path) is True
    assert not failures


def test_a_sealed_file_without_its_key_never_offers_a_restore(
    qapp, database, db_path, monkeypatch
) -> None:
    """Even when the day's check is due (a backup beside it), a locked file is no damage."""
    ctx = ServiceContext(database)
    register(ctx, "Zeynep", FAMILY)
    service.seal(ctx, PASSPHRASE, PASSPHRASE)
    from desktop.services.backups import operations as backups

    backups.backup_now(ctx, automatic=True)
    database.dispose()
    sealing.forget_all()
    startup.request_check_at_next_start(db_path)
    dialogs = Dialogs(monkeypatch)
    offered: list[object] = []

    def offer_restore(*args: object, **_kwargs: object) -> bool:
        offered.append(args)
        return False

    monkeypatch.setattr(startup, "offer_restore", offer_restore)
    before = db_path.read_bytes()
    assert startup.open_for_gui(f"sqlite:///{db_path}") is None
    assert offered == [] and "question" not in dialogs.kinds()
    assert dialogs.kinds() == ["critical"] and "is encrypted" in dialogs.shown[0][2]
    assert db_path.read_bytes() == before


def test_quitting_the_unlock_dialog_quits_the_app_without_a_restore_offer(
    qtbot, database, db_path, monkeypatch
) -> None:
    from desktop import app as app_module

    _sealed_clinic(database)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    dialogs = Dialogs(monkeypatch)
    failures: list[AssertionError] = []

    def wrong_then_quit(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.secret, "not the passphrase")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        assert "not right" in dialog.error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _when_shown(UnlockDialog, wrong_then_quit, failures)
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    if failures:
        raise failures[0]
    assert dialogs.shown == []


def test_new_clinic_is_created_sealed_and_shows_its_recovery_key_once(
    qtbot, db_path, monkeypatch
) -> None:
    monkeypatch.delenv("PEELDESK_PLAINTEXT_NEW_DATABASES")
    failures: list[AssertionError] = []
    seen: dict[str, object] = {}

    def choose_passphrase(dialog: PassphraseDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.focusWidget() is dialog.passphrase
        qtbot.keyClicks(dialog.passphrase, "1234567890")
        qtbot.keyClicks(dialog.again, "1234567890")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        seen["weak"] = dialog.errors["passphrase"].text()
        assert dialog.isVisible() and not sealing.is_sealed(db_path)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        _when_shown(RecoveryKeyDialog, confirm_key, failures)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    def confirm_key(dialog: RecoveryKeyDialog) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen["key"] = dialog.key_label.text()
        seen["sheet"] = dialog.sheet_pdf()
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Esc before confirming does not lose the key unseen
        assert dialog.isVisible()
        dialog.confirmed.setChecked(True)
        dialog.continue_button.click()

    _when_shown(PassphraseDialog, choose_passphrase, failures)
    assert ask_new_clinic_passphrase(db_path) is True
    if failures:
        raise failures[0]
    assert "too easy to guess" in str(seen["weak"])
    key = str(seen["key"])
    assert len(key.split("-")) == 8
    from pypdf import PdfReader

    sheet = seen["sheet"]
    assert isinstance(sheet, bytes)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet)).pages)
    assert key.split("-")[0] in text and "safe" in text
    database = open_database(f"sqlite:///{db_path}")
    register(ServiceContext(database), "Zeynep", FAMILY)
    database.dispose()
    assert FAMILY.encode() not in db_path.read_bytes()
    sealing.forget_all()
    sealing.unlock(db_path, key)


def test_administrator_encrypts_a_plaintext_clinic_from_the_menu(
    qtbot, database, db_path, monkeypatch
) -> None:
    from desktop.services.backups import operations as backups
    from desktop.ui.backups.sealing_feature import SealingFeature
    from desktop.ui.main_window import MainWindow

    ctx = ServiceContext(database)
    register(ctx, "Zeynep", FAMILY)
    backups.backup_now(ctx, automatic=True)
    window = MainWindow(ctx, features=[SealingFeature])
    qtbot.addWidget(window)
    feature = window.feature(SealingFeature)
    assert feature.action_seal.isVisible() and not feature.action_passphrase.isVisible()
    dialogs = Dialogs(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    failures: list[AssertionError] = []

    def choose(dialog: PassphraseDialog) -> None:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        _when_shown(RecoveryKeyDialog, confirm, failures)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    def confirm(dialog: RecoveryKeyDialog) -> None:
        dialog.confirmed.setChecked(True)
        dialog.continue_button.click()

    _when_shown(PassphraseDialog, choose, failures)
    feature.action_seal.trigger()
    if failures:
        raise failures[0]
    assert sealing.is_sealed(db_path)
    assert feature.action_passphrase.isVisible() and not feature.action_seal.isVisible()
    assert dialogs.kinds() == ["question"]  # delete the plaintext backups made before?
    assert service.plaintext_backups(ctx) == []
    register(ctx, "Ali", FAMILY)  # the open window keeps working on the sealed file
    database.dispose()
    assert FAMILY.encode() not in db_path.read_bytes()


def test_an_unlocked_sealed_file_passes_the_days_check_and_reaches_the_log_in(
    qtbot, database, db_path, monkeypatch
) -> None:
    """The start of the day on a sealed file: unlock, the file check on a worker (keyed like
    every other connection), then the log-in; no damage is reported."""
    from desktop import app as app_module
    from desktop.ui.accounts.login_dialog import SetupDialog

    _sealed_clinic(database)
    startup.request_check_at_next_start(db_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    dialogs = Dialogs(monkeypatch)
    failures: list[AssertionError] = []
    reached: list[str] = []

    def unlock(dialog: UnlockDialog) -> None:
        dialog.secret.setText(PASSPHRASE)
        _when_shown(SetupDialog, first_log_in, failures)
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    def first_log_in(dialog: SetupDialog) -> None:
        reached.append("log-in")
        dialog.reject()

    _when_shown(UnlockDialog, unlock, failures)
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    if failures:
        raise failures[0]
    assert reached == ["log-in"] and dialogs.shown == []
    assert startup.checked_marker(db_path).exists()  # the keyed check passed
