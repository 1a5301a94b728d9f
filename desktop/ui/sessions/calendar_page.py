"""The calendar page: day view (a column per physician, room or device) or week view (a
column per day), with the keys of the day list: PgUp/PgDn or Alt+←/→ change the day or week,
Home goes to today, Ctrl+G jumps to a date, Alt+1/2/3 group by physician/room/device,
Ctrl+1/2 switch between day and week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.resources.hours import working_week
from desktop.services.sessions import schedule
from desktop.services.sessions.reschedule import move_booking
from desktop.ui.sessions.calendar_layout import Block, Grouping, columns_for, lay_out
from desktop.ui.sessions.calendar_view import CalendarGrid
from desktop.ui.shell.actions import attempt


class CalendarPage(QWidget):
    sig_open_session = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.day = ctx.today()
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Day"), "day")
        self.mode.addItem(self.tr("Week"), "week")
        self.mode.setAccessibleName(self.tr("Day or week"))
        self.grouping = QComboBox(self)
        self.grouping.addItem(self.tr("By physician"), Grouping.PHYSICIAN)
        self.grouping.addItem(self.tr("By room"), Grouping.ROOM)
        self.grouping.addItem(self.tr("By laser device"), Grouping.DEVICE)
        self.grouping.setAccessibleName(self.tr("Columns"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.title = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.grid = CalendarGrid(self)
        self.grid.setAccessibleName(self.tr("Appointment calendar"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        top = QHBoxLayout()
        for widget in (self.mode, self.grouping, self.date_edit):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

        self.mode.currentIndexChanged.connect(self.refresh)
        self.grouping.currentIndexChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self._date_typed)
        self.grid.sig_open.connect(self.sig_open_session)
        self.grid.sig_change.connect(self.change_block)
        keys: list[tuple[str, object]] = [
            ("PgUp", lambda: self.step_period(-1)),
            ("PgDown", lambda: self.step_period(1)),
            ("Alt+Left", lambda: self.step_period(-1)),
            ("Alt+Right", lambda: self.step_period(1)),
            ("Home", self.go_today),
            ("Ctrl+G", self.date_edit.setFocus),
            ("Alt+1", lambda: self.grouping.setCurrentIndex(0)),
            ("Alt+2", lambda: self.grouping.setCurrentIndex(1)),
            ("Alt+3", lambda: self.grouping.setCurrentIndex(2)),
            ("Ctrl+1", lambda: self.mode.setCurrentIndex(0)),
            ("Ctrl+2", lambda: self.mode.setCurrentIndex(1)),
        ]
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    @property
    def week(self) -> bool:
        return bool(self.mode.currentData() == "week")

    def first_day(self) -> date:
        return self.day - timedelta(days=self.day.weekday()) if self.week else self.day

    def step_period(self, step: int) -> None:
        self.show_day(self.day + timedelta(days=7 * step if self.week else step))

    def go_today(self) -> None:
        self.show_day(self._ctx.today())

    def show_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def _date_typed(self, value: QDate) -> None:
        typed = date(value.year(), value.month(), value.day())
        if typed != self.day:
            self.show_day(typed)

    def refresh(self) -> None:
        first = self.first_day()
        days = 7 if self.week else 1
        grouping = Grouping.DAY if self.week else Grouping(self.grouping.currentData())
        self.grouping.setEnabled(not self.week)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)
        done = attempt(self, self.tr("Calendar"), lambda: schedule.sessions_of_days(
            self._ctx, first, days), inline=self.status.setText)  # fmt: skip
        if done is None:
            return
        found = done.value
        columns = columns_for(found, grouping, self._ctx.zone, first, self.tr("None"))
        if self.week:
            columns = [type(c)(c.key, format_short_date(c.key)) for c in columns]  # type: ignore[arg-type]
        self.grid.open_hours = [
            self._hours(c.key, first) if grouping is Grouping.PHYSICIAN else None for c in columns
        ]
        self.grid.set_content(columns, lay_out(found, columns, grouping, self._ctx.zone))
        last = first + timedelta(days=days - 1)
        self.title.setText(
            format_short_date(first)
            if days == 1
            else f"{format_short_date(first)} – {format_short_date(last)}"
        )
        self.status.setText(self.tr("%n session(s)", "", len(found)))

    def _hours(self, physician_id: object, day: date) -> list[tuple[int, int]] | None:
        """The physician's hours that day (greyed outside), None when none are set."""
        if not isinstance(physician_id, int):
            return None
        week = working_week(self._ctx, physician_id)
        return week.get(day.weekday(), []) if week else None

    def change_block(self, block: Block, start_minute: int, end_minute: int) -> None:
        """Move or resize through the booking service; a refusal is shown, nothing changes."""
        s = block.session
        day = s.starts_at.astimezone(self._ctx.zone).date()
        starts = datetime.combine(day, time(0), tzinfo=self._ctx.zone) + timedelta(
            minutes=start_minute
        )
        done = attempt(
            self,
            self.tr("Move session"),
            lambda: move_booking(self._ctx, s.id, s.row_version, starts, end_minute - start_minute),
            inline=self.status.setText,
        )
        if done is not None:
            self.refresh()
            self.status.setText(self.tr("Session moved."))
