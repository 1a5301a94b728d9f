"""Pick the session a handout is printed for: the default is selected, Enter prints it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_local_datetime, name_in
from desktop.services.common.context import ServiceContext
from desktop.services.handouts.session_choice import SessionChoice, SessionChoices
from desktop.ui.shell.i18n import current_language


def session_label(ctx: ServiceContext, choice: SessionChoice) -> str:
    """'25.11.2026 11:30 — Forehead, Chin (today)': how the desk names a session."""
    when = format_local_datetime(choice.starts_at, ctx.zone)
    areas = ", ".join(name_in(current_language(), names) for names in choice.areas)
    if not areas:
        areas = QCoreApplication.translate("handouts", "no areas recorded")
    if choice.is_today:
        return QCoreApplication.translate("handouts", "{when} — {areas} (today)").format(
            when=when, areas=areas
        )
    return QCoreApplication.translate("handouts", "{when} — {areas}").format(when=when, areas=areas)


class SessionPickerDialog(QDialog):
    """Lists the sessions a sheet may be printed for, the default one selected."""

    sig_session_chosen = Signal(object)  # SessionChoice

    def __init__(
        self,
        ctx: ServiceContext,
        title: str,
        choices: SessionChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 320)
        self._choices = choices
        self._chosen_once = False
        heading = QLabel(
            self.tr("Which session is this sheet for? Press Enter to print the selected one.")
        )
        heading.setWordWrap(True)
        self.sessions = QListWidget()
        for choice in choices.sessions:
            item = QListWidgetItem(session_label(ctx, choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.session_id)
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(choices.default_index)
        heading.setBuddy(self.sessions)
        self.sessions.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Print this session"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.sessions)
        layout.addWidget(buttons)
        self.sessions.setFocus()

    def chosen(self) -> SessionChoice | None:
        row = self.sessions.currentRow()
        return self._choices.sessions[row] if 0 <= row < len(self._choices.sessions) else None

    def accept(self) -> None:
        # Enter in the list both activates the item and presses the default button.
        choice = self.chosen()
        if choice is None or self._chosen_once:
            return
        self._chosen_once = True
        super().accept()
        self.sig_session_chosen.emit(choice)
