"""Administration → encrypting the database, changing the clinic passphrase, re-keying.

Each runs on the GUI thread behind a wait cursor: they take a second or two (one argon2id
derivation, or a copy of the file) and nothing else may use the database meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.services.backups import sealing
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.backups.sealing_dialogs import PassphraseDialog, RecoveryKeyDialog
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.shell.feature import Feature

Submit = Callable[[str, str, str], str | None]


class SealingFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.last_dialog: PassphraseDialog | None = None

    def install(self) -> None:
        window = self.window
        may = allowed(self.ctx, Permission.MANAGE_BACKUPS) and self.ctx.database.path is not None
        window.add_separator(MenuName.ADMIN)
        self.action_seal = QAction(
            QCoreApplication.translate("SealingActions", "&Encrypt the database…"), window
        )
        self.action_seal.triggered.connect(self.seal)
        self.action_passphrase = QAction(
            QCoreApplication.translate("SealingActions", "Change the clinic &passphrase…"), window
        )
        self.action_passphrase.triggered.connect(self.change_passphrase)
        self.action_rekey = QAction(
            QCoreApplication.translate("SealingActions", "Re-&key the database (key leaked)…"),
            window,
        )
        self.action_rekey.triggered.connect(self.rekey)
        for action in (self.action_seal, self.action_passphrase, self.action_rekey):
            action.setEnabled(may)
            window.add_action(MenuName.ADMIN, action)
        self._show_state()

    def _show_state(self) -> None:
        sealed = sealing.is_sealed(self.ctx)
        self.action_seal.setVisible(not sealed)
        self.action_passphrase.setVisible(sealed)
        self.action_rekey.setVisible(sealed)

    def _ask(self, title: str, intro: str, submit: Submit, *, ask_current: bool) -> str | None:
        dialog = PassphraseDialog(title, intro, submit, ask_current=ask_current, parent=self.window)
        self.last_dialog = dialog
        dialog.exec()
        return (
            dialog.recovery_key if dialog.result() == PassphraseDialog.DialogCode.Accepted else None
        )

    def _show_key(self, recovery_key: str) -> None:
        RecoveryKeyDialog(recovery_key, str(self.ctx.database.path), self.window).exec()

    def seal(self) -> None:
        ctx = self.ctx
        found: list[list[object]] = []

        def submit(_current: str, new: str, again: str) -> str:
            sealed = sealing.seal(ctx, new, again)
            found.append(list(sealed.plaintext_backups))
            return sealed.recovery_key

        recovery_key = self._ask(
            QCoreApplication.translate("SealingActions", "Encrypt the database"),
            QCoreApplication.translate(
                "SealingActions",
                "The database is copied into an encrypted file, checked, and put in its "
                "place; the readable original is then removed. This cannot be undone. From "
                "now on the clinic passphrase is asked each time PeelDesk starts.",
            ),
            submit,
            ask_current=False,
        )
        if recovery_key is None:
            return
        self._show_state()
        self._show_key(recovery_key)
        if found and found[0]:
            self._offer_removing_backups(len(found[0]))

    def _offer_removing_backups(self, count: int) -> None:
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("SealingActions", "Backups made before"),
            QCoreApplication.translate(
                "SealingActions",
                "{count} backup(s) made before the database was encrypted can still be read "
                "by anyone who gets the files. Delete them now? (A new encrypted backup is "
                "made at the next backup.)",
            ).format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            removed = sealing.remove_plaintext_backups(self.ctx)
            self.window.show_status(
                QCoreApplication.translate(
                    "SealingActions", "{count} readable backup(s) deleted."
                ).format(count=removed),
                8000,
            )

    def change_passphrase(self) -> None:
        ctx = self.ctx

        def submit(current: str, new: str, again: str) -> None:
            sealing.change_passphrase(ctx, current, new, again)

        dialog_title = QCoreApplication.translate("SealingActions", "Change the clinic passphrase")
        self._ask(
            dialog_title,
            QCoreApplication.translate(
                "SealingActions",
                "The recovery key in the safe stays valid; the old passphrase stops working.",
            ),
            submit,
            ask_current=True,
        )
        if self.last_dialog is not None and self.last_dialog.result():
            self.window.show_status(
                QCoreApplication.translate("SealingActions", "The clinic passphrase was changed."),
                8000,
            )

    def rekey(self) -> None:
        ctx = self.ctx
        recovery_key = self._ask(
            QCoreApplication.translate("SealingActions", "Re-key the database"),
            QCoreApplication.translate(
                "SealingActions",
                "For when the passphrase or the recovery key may have been seen by someone "
                "else: the database is encrypted again with a new key, and a new recovery "
                "key replaces the one in the safe. Backups made before still open with the "
                "old passphrase or recovery key.",
            ),
            lambda current, new, again: sealing.rekey(ctx, current, new, again),
            ask_current=True,
        )
        if recovery_key is not None:
            self._show_key(recovery_key)
