"""One open patient: a summary, their sessions, and the Patient menu's actions as buttons."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.patients import records as patients
from desktop.services.patients.records import PatientDetail
from desktop.services.sessions import day_list
from desktop.services.sessions.checks import CONTRAINDICATION_LABELS
from desktop.services.sessions.day_list import SessionListRow
from desktop.ui.sessions.day_list_model import SessionListModel
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.flow_layout import FlowLayout, height_for_width_policy
from desktop.ui.widgets.vocabulary import word

SKIN = ("I", "II", "III", "IV", "V", "VI")


class PatientWorkspace(QWidget):
    sig_open_session = Signal(int)
    sig_close = Signal(object)  # self
    sig_loaded = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        patient_id: int,
        actions: list[QAction],
        parent: QWidget | None = None,
        *,
        sections: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.patient_id = patient_id
        self.patient: PatientDetail | None = None
        self._generation = 0

        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("workspaceTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("workspaceDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)

        # Buttons wrap onto a second row on a narrow screen instead of widening the window.
        button_box = QWidget()
        button_box.setSizePolicy(height_for_width_policy())
        buttons = FlowLayout(button_box)
        self.action_buttons: dict[str, QPushButton] = {}
        for action in actions:
            text = action.text()
            button = QPushButton(text)
            shortcut = action.shortcut().toString()
            button.setToolTip(
                self.tr("{action} ({keys})").format(action=text.replace("&", ""), keys=shortcut)
                if shortcut
                else ""
            )
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.changed.connect(lambda a=action, b=button: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
            self.action_buttons[text.replace("&", "").rstrip("…")] = button
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.setToolTip(self.tr("Close this patient (Ctrl+W)"))
        close.clicked.connect(lambda: self.sig_close.emit(self))
        buttons.addWidget(close)

        self.model = SessionListModel(ctx.zone, with_date=True, parent=self)
        self.table = QTableView()
        self.table.setObjectName("patientSessions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring ~1,000 rows costs a visible pause.
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(SessionListModel.COL_AREAS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(SessionListModel.COL_PATIENT, True)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(button_box)
        layout.addWidget(QLabel(self.tr("<b>Sessions</b> (newest first; Enter opens)")))
        if sections:
            # Other features' parts of the patient (consents...) share the height below.
            split = QSplitter(Qt.Orientation.Vertical)
            split.setChildrenCollapsible(False)
            split.addWidget(self.table)
            for section in sections:
                split.addWidget(section)
            split.setStretchFactor(0, 3)
            for n in range(1, split.count()):
                split.setStretchFactor(n, 2)
            layout.addWidget(split, 1)
        else:
            layout.addWidget(self.table, 1)
        self.sections = list(sections)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def current_patient_id(self) -> int:
        return self.patient_id

    def selected_session_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def focus_sessions(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, patient_id = self._generation, self._ctx, self.patient_id

        def load() -> tuple[PatientDetail, list[SessionListRow]]:
            return patients.get_patient(ctx, patient_id), day_list.patient_sessions(ctx, patient_id)

        def done(result: tuple[PatientDetail, list[SessionListRow]]) -> None:
            if generation != self._generation:
                return
            patient, rows = result
            selected = self.selected_session_id()
            self._show_patient(patient)
            self.model.reset_rows(rows)
            row = self.model.row_of(selected) if selected is not None else -1
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            self.sig_loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.details.setText(
                    escape(
                        self.tr("This patient could not be loaded: {error}").format(
                            error=error_text(error)
                        )
                    )
                )

        self._tasks.submit(load, done, failed)

    def _show_patient(self, patient: PatientDetail) -> None:
        self.patient = patient
        data = patient.data
        self.title.setText(patient.full_name + (self.tr(" (archived)") if patient.archived else ""))
        facts = []
        if data.birth_date:
            facts.append(self.tr("born {date}").format(date=format_user_date(data.birth_date)))
        if patient.phone_display:
            facts.append(escape(patient.phone_display))
        if data.skin_type:
            facts.append(self.tr("skin type {type}").format(type=SKIN[data.skin_type - 1]))
        facts.append("Türkçe" if data.language == "tr" else "English")
        lines = [" · ".join(facts)]
        if data.screened_on:
            lines.append(
                self.tr("Screening asked on {date}.").format(
                    date=format_user_date(data.screened_on)
                )
            )
        else:
            lines.append(
                "<span style='color:#b00020'>"
                + self.tr("No contraindication screening on file.")
                + "</span>"
            )
        flags = [
            word(words) for key, words in CONTRAINDICATION_LABELS.items() if getattr(data, key)
        ]
        if flags:
            lines.append(
                "<span style='color:#b00020'>⚠ "
                + escape(self.tr("The patient {facts}.").format(facts="; ".join(flags)))
                + "</span>"
            )
        self.details.setText("<br>".join(lines))

    def _open_row(self, row: int) -> None:
        session = self.model.row_at(row)
        if session is not None:
            self.sig_open_session.emit(session.id)
