"""Account → Interface language…: each person chooses the language of their own desk.

No administrator is needed for one's own choice (the service refuses changing someone
else's). "The clinic's language" follows the ``ui_language`` setting the administrator sets.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import preferences
from desktop.services.common.context import ServiceContext
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.actions import attempt
from desktop.ui.shell.language_switch import switch_language
from desktop.ui.widgets.field_error import FieldError


class LanguageDialog(QDialog):
    """Picks ``staff_id``'s language (None: the clinic's); ``chosen`` is set once saved.

    Someone else's account only for an administrator (the service checks).
    """

    def __init__(self, ctx: ServiceContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._staff_id = staff_id
        self.saved = False
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Interface language"))
        self.setMinimumWidth(360)
        intro = QLabel(
            self.tr("The language of your own screens. Other people at this computer keep theirs.")
        )
        if staff_id != ctx.actor.staff_id:
            intro.setText(self.tr("The language of this person's screens, from their next log-in."))
        intro.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("ownLanguage")
        self.combo.addItem(self.tr("The clinic's language"), None)
        self.combo.addItem("Türkçe", "tr")
        self.combo.addItem("English", "en")
        self.combo.addItem(self.tr("Same as the computer"), "system")
        self.error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.combo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        done = attempt(
            self,
            self.windowTitle(),
            lambda: preferences.own_language(self._ctx, staff_id),
            inline=self.error.show_message,
        )
        if done is not None:
            self.combo.setCurrentIndex(max(self.combo.findData(done.value), 0))

    def save(self) -> None:
        staff_id = self._staff_id
        chosen = self.combo.currentData()
        done = attempt(
            self,
            self.windowTitle(),
            lambda: preferences.set_own_language(self._ctx, staff_id, chosen),
            inline=self.error.show_message,
        )
        if done is None:
            return
        self.chosen = chosen
        self.saved = True
        self.accept()


def choose_own_language(window: MainWindow) -> LanguageDialog | None:
    """Open the dialog; once saved, rebuild this desk in the language now in force."""
    staff_id = window.ctx.actor.staff_id
    if staff_id is None:
        return None  # the start-up check's window: nobody to choose for
    dialog = LanguageDialog(window.ctx, staff_id, window)

    def apply() -> None:
        if not dialog.saved:
            return
        ctx = window.ctx
        done = attempt(window, dialog.windowTitle(), lambda: preferences.language_for(ctx))
        if done is not None:
            # After the dialog has closed: the window it belongs to is replaced.
            QTimer.singleShot(0, lambda: switch_language(window, done.value, clinic_default=False))

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog
