"""Record a follow-up note (day 3-4 check, one-week review) for a done session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.sessions.checks import ADVERSE_EVENT_LABELS, FOLLOW_UP_KIND_LABELS
from desktop.services.sessions.follow_ups import FollowUpInput, add_follow_up
from desktop.ui.shell.actions import attempt
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.vocabulary import words


class FollowUpDialog(QDialog):
    sig_saved = Signal(object)  # FollowUpRow

    def __init__(
        self, ctx: ServiceContext, session_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session_id = session_id
        self.setWindowTitle(self.tr("Follow-up — {title}").format(title=title))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        for code, label in words(FOLLOW_UP_KIND_LABELS).items():
            self.kind.addItem(label, code)
        self.reaction = QLineEdit()
        self.reaction.setObjectName("reaction")
        self.healing = QLineEdit()
        self.healing.setObjectName("healing")
        events = QWidget()
        grid = QGridLayout(events)
        grid.setContentsMargins(0, 0, 0, 0)
        self.events: dict[str, QCheckBox] = {}
        for n, (code, label) in enumerate(words(ADVERSE_EVENT_LABELS).items()):
            box = QCheckBox(label)
            box.setObjectName(code)
            self.events[code] = box
            grid.addWidget(box, n // 3, n % 3)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Which follow-up"), self.kind)
        form.addRow(self.tr("&Reaction"), self.reaction)
        form.addRow(self.tr("&Healing"), self.healing)
        form.addRow(self.tr("Adverse events"), events)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = FollowUpInput(
            kind=self.kind.currentData(),
            reaction=self.reaction.text(),
            healing=self.healing.text(),
            adverse_events=tuple(code for code, box in self.events.items() if box.isChecked()),
            notes=self.notes.toPlainText(),
        )
        done = attempt(
            self,
            self.windowTitle(),
            lambda: add_follow_up(self._ctx, self._session_id, data),
            inline=self.error.show_message,
        )
        if done is None:
            return
        self.sig_saved.emit(done.value)
        self.accept()
