"""The day list: one day's sessions by time; PgUp/PgDn (or Alt+←/→) change the day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.sessions import day_list
from desktop.services.sessions.day_list import DayList
from desktop.ui.sessions.day_list_model import SessionListModel
from desktop.ui.sessions.desk_steps import take_desk_step
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, error_text
from desktop.ui.tasks import TaskRunner

AUTO_REFRESH_MS = 60_000
WEEKDAYS = (
    QT_TRANSLATE_NOOP("DayListPage", "Monday"),
    QT_TRANSLATE_NOOP("DayListPage", "Tuesday"),
    QT_TRANSLATE_NOOP("DayListPage", "Wednesday"),
    QT_TRANSLATE_NOOP("DayListPage", "Thursday"),
    QT_TRANSLATE_NOOP("DayListPage", "Friday"),
    QT_TRANSLATE_NOOP("DayListPage", "Saturday"),
    QT_TRANSLATE_NOOP("DayListPage", "Sunday"),
)


class DayListPage(QWidget):
    sig_open_session = Signal(int)
    sig_day_loaded = Signal(object)  # DayList

    def __init__(
        self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._generation = 0
        self.day = ctx.today()
        self.loaded: DayList | None = None

        self.previous_button = self._button("◀", self.tr("Previous day (PgUp, Alt+Left)"), -1)
        self.next_button = self._button("▶", self.tr("Next day (PgDn, Alt+Right)"), 1)
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.today_button.setAutoDefault(False)
        self.today_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.today_button.clicked.connect(self.go_today)
        # The day at the desk, on the selected row (F6, F7); Done is recorded with Enter.
        self.arrived_button = self._step_button(
            self.tr("A&rrived"), self.tr("The patient has arrived (F6)"), "arrived", "F6"
        )
        self.start_button = self._step_button(
            self.tr("&Start treatment"),
            self.tr("The treatment starts now (F7)"),
            "in_treatment",
            "F7",
        )
        self.day_label = QLabel(self)
        self.day_label.setObjectName("dayLabel")
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)

        self.model = SessionListModel(ctx.zone, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("dayList")
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring ~1,000 rows costs a visible pause.
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(SessionListModel.COL_AREAS, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("dayStatus")
        self.status_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.day_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()  # under the list: the top row must fit a narrow window
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.arrived_button)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)

        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_day(step))
        # Other desks book too: reload the shown day now and then (two small queries).
        self._auto_refresh = QTimer(self)
        self._auto_refresh.setInterval(AUTO_REFRESH_MS)
        self._auto_refresh.timeout.connect(self._refresh_if_visible)
        self._auto_refresh.start()
        self._show_day()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def _button(self, text: str, tip: str, step: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setFixedWidth(36)
        button.clicked.connect(lambda: self.move_day(step))
        return button

    def _step_button(self, text: str, tip: str, status: str, keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.take_step(status))
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.take_step(status))
        return button

    def take_step(self, status: str) -> None:
        """Mark the selected session arrived / in treatment, then show the list again."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        if take_desk_step(self, self._ctx, row.id, row.row_version, status) is not None:
            self.refresh(select_session=row.id)

    # --- keyboard -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.table.currentIndex()
                if index.isValid():
                    self._open_row(index.row())
                return True
            if key == Qt.Key.Key_PageUp:
                self.move_day(-1)
                return True
            if key == Qt.Key.Key_PageDown:
                self.move_day(1)
                return True
        return super().eventFilter(watched, event)

    # --- days -----------------------------------------------------------------------
    def move_day(self, step: int) -> None:
        self.set_day(self.day + timedelta(days=step))

    def go_today(self) -> None:
        self.set_day(self._ctx.today())

    def set_day(self, day: date) -> None:
        self.day = day
        self._show_day()
        self.refresh()

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def _show_day(self) -> None:
        offset = (self.day - self._ctx.today()).days
        near = {0: self.tr(" — today"), 1: self.tr(" — tomorrow"), -1: self.tr(" — yesterday")}
        weekday = QCoreApplication.translate("DayListPage", WEEKDAYS[self.day.weekday()])
        self.day_label.setText(f"{weekday} {format_short_date(self.day)}{near.get(offset, '')}")

    def refresh(self, select_session: int | None = None) -> None:
        self._generation += 1
        generation, ctx, day = self._generation, self._ctx, self.day
        if select_session is None:
            current = self.model.row_at(self.table.currentIndex().row())
            select_session = current.id if current else None
        self.status_label.setText(self.tr("Loading…"))

        def done(result: DayList) -> None:
            if generation != self._generation:
                return  # the user moved on to another day meanwhile
            self.loaded = result
            had_focus = self.table.hasFocus()
            self.model.reset_rows(result.rows)
            row = self.model.row_of(select_session) if select_session is not None else -1
            if row < 0 and result.rows and had_focus:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            self._show_status(result)
            self.sig_day_loaded.emit(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.status_label.setText(
                    self.tr("The day list could not be loaded: {error}").format(
                        error=error_text(error)
                    )
                )

        self._tasks.submit(lambda: day_list.day_sessions(ctx, day), done, failed)

    def _show_status(self, result: DayList) -> None:
        busy = [r for r in result.rows if r.status not in ("cancelled", "no_show")]
        if not result.rows:
            text = self.tr("No sessions on this day.")
        else:
            if len(busy) == 1:
                text = self.tr("1 session")
            else:
                text = self.tr("{count} sessions").format(count=len(busy))
            other = len(result.rows) - len(busy)
            if other:
                text += self.tr(" (+{count} cancelled or no-show)").format(count=other)
            text += self.tr(". Enter opens the selected session.")
        if result.double_booked:
            text += self.tr(
                " ⚠ {count} sessions overlap another session of the same physician (marked in red)."
            ).format(count=result.double_booked)
        self.status_label.setText(text)

    def selected_session_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def current_patient_id(self) -> int | None:
        """The Patient menu acts on the selected row's patient while the list has the focus."""
        return self.selected_patient_id()

    def selected_patient_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.patient_id if row else None

    def _open_row(self, row: int) -> None:
        session = self.model.row_at(row)
        if session is not None:
            self.sig_open_session.emit(session.id)
