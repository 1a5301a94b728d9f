"""The calendar page: day view (a column per physician, room or device, idle ones included) or
week view (a column per day for one physician, room or device, or all), with the keys of the
day list: PgUp/PgDn or Alt+←/→ change the day or week, Home goes to today, Ctrl+G jumps to a
date, Alt+1/2/3 group by physician/room/device, Alt+4 picks whose week, Ctrl+1/2 switch between
day and week. The read runs off the GUI thread when the page has the window's task runner."""

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
from desktop.services.sessions.calendar_content import CalendarContent, calendar_content
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.sessions.calendar_blocks import KeptTexts, block_texts
from desktop.ui.sessions.calendar_layout import Block, Column, Grouping, lay_out
from desktop.ui.sessions.calendar_moves import Confirm, confirm_warnings, move_session
from desktop.ui.sessions.calendar_resources import (
    ColumnMarks,
    day_columns,
    day_marks,
    default_focus,
    listed,
    sessions_of,
    week_marks,
)
from desktop.ui.sessions.calendar_view import CalendarGrid
from desktop.ui.shell.actions import ActionRunner, attempt, is_problem
from desktop.ui.shell.i18n import current_language, error_text, translated
from desktop.ui.tasks import TaskRunner

ALL = -1  # the week picker's "all" entry (ids are positive)


class CalendarPage(QWidget):
    sig_open_session = Signal(int)
    sig_session_moved = Signal(object)  # SessionDetail
    sig_loaded = Signal()  # new content is on screen

    def __init__(
        self, ctx: ServiceContext, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks  # None: read on the GUI thread (tests, screenshots)
        self._generation = 0
        self.day = ctx.today()
        self.content: CalendarContent | None = None
        self._texts_kept: KeptTexts = {}  # block texts made on earlier loads
        self.confirm: Confirm = confirm_warnings
        self.offers: ActionRunner | None = None  # the window's ways out (Sign now…) for a move
        self._said_after_load = ""  # what a move says once the calendar shows it
        # Whose week is shown, per kind of column; ALL for everyone, absent until chosen.
        self._focus: dict[Grouping, int] = {}
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Day"), "day")
        self.mode.addItem(self.tr("Week"), "week")
        self.mode.setAccessibleName(self.tr("Day or week"))
        self.grouping = QComboBox(self)
        self.grouping.addItem(self.tr("By physician"), Grouping.PHYSICIAN)
        self.grouping.addItem(self.tr("By room"), Grouping.ROOM)
        self.grouping.addItem(self.tr("By laser device"), Grouping.DEVICE)
        self.grouping.setAccessibleName(self.tr("Columns"))
        self.focus = QComboBox(self)
        self.focus.setAccessibleName(self.tr("Whose week"))
        self.focus.setToolTip(self.tr("The physician, room or device the week shows (Alt+4)"))
        self.focus.setMinimumContentsLength(14)
        self.focus.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.title = QLabel(self)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        self.notices.setObjectName("calendarNotices")
        self.notices.setStyleSheet("QLabel { background: #fff1c2; color: #4d3800; padding: 3px; }")
        self.notices.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.grid = CalendarGrid(self)
        self.grid.setAccessibleName(self.tr("Appointment calendar"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        top = QHBoxLayout()
        for widget in (self.mode, self.grouping, self.focus, self.date_edit):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notices)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

        self.mode.currentIndexChanged.connect(self.refresh)
        self.grouping.currentIndexChanged.connect(self.refresh)
        self.focus.activated.connect(self._focus_chosen)
        self.date_edit.dateChanged.connect(self._date_typed)
        self.grid.sig_open.connect(self.sig_open_session)
        self.grid.sig_change.connect(self.change_block)
        self.grid.sig_move_day.connect(self.move_block_day)
        self.grid.sig_drop.connect(self.drop_block)
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
            ("Alt+4", self._pick_focus),
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

    def _pick_focus(self) -> None:
        if self.week:
            self.focus.setFocus()
            self.focus.showPopup()

    def _focus_chosen(self, index: int) -> None:
        self._focus[Grouping(self.grouping.currentData())] = int(self.focus.itemData(index))
        self._show(self.content)

    def choose_focus(self, resource_id: int | None) -> None:
        """Show the week of one physician, room or device (None: all of them)."""
        self._focus[Grouping(self.grouping.currentData())] = (
            ALL if resource_id is None else resource_id
        )
        self._show(self.content)

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        first = self.first_day()
        days = 7 if self.week else 1
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)
        last = first + timedelta(days=days - 1)
        self.title.setText(
            format_short_date(first)
            if days == 1
            else f"{format_short_date(first)} – {format_short_date(last)}"
        )
        self._generation += 1
        generation, ctx = self._generation, self._ctx
        if self._tasks is None:
            done = attempt(self, self.tr("Calendar"), lambda: calendar_content(ctx, first, days),
                           inline=self.status.setText)  # fmt: skip
            if done is not None:
                self._show(done.value)
            return

        def loaded(content: CalendarContent) -> None:
            if generation == self._generation:  # not an older read arriving late
                self._show(content)

        def failed(error: BaseException) -> None:
            if not is_problem(error):
                raise error
            if generation == self._generation:
                self.status.setText(error_text(error))

        self.status.setText(self.tr("Loading…"))
        self._tasks.submit(lambda: calendar_content(ctx, first, days), loaded, failed)

    # --- showing ------------------------------------------------------------------------
    def _show(self, content: CalendarContent | None) -> None:
        if content is None:
            return
        self.content = content
        grouping = Grouping(self.grouping.currentData())
        zone = self._ctx.zone
        if self.week:
            focus = self._week_focus(content, grouping)
            chosen = None if focus == ALL else focus
            sessions = sessions_of(content, grouping, chosen, zone)
            columns = [
                Column(content.first_day + timedelta(days=i), self._day_title(i, content))
                for i in range(content.days)
            ]
            marks = week_marks(content, grouping, chosen)
            blocks = lay_out(sessions, columns, Grouping.DAY, zone)
            shown_kind = grouping if chosen is not None else None
        else:
            self.focus.setEnabled(False)
            self.focus.hide()  # the day view shows every column
            columns = day_columns(content, grouping, zone, self.tr("None"))
            marks = day_marks(content, grouping, columns)
            blocks = lay_out(list(content.sessions), columns, grouping, zone)
            shown_kind = grouping
        self.grid.open_hours = [m.open_hours for m in marks]
        self.grid.blocked = [m.blocked for m in marks]
        self.grid.blocked_label = self.tr("Out of service")
        self.grid.notices = [(m.notice, self._notice_text(m)) for m in marks]
        texts = block_texts(
            (b.session for b in blocks),
            content.areas,
            shown_kind,
            zone,
            current_language(),
            self._texts_kept,
            content.course_places,
        )
        self.grid.set_content(columns, blocks, texts)
        messages = [f"⚠ {translated(n.message)}" for n in content.notices]
        self.notices.setText("\n".join(messages))
        self.notices.setVisible(bool(messages))
        counted = self.tr("%n session(s)", "", len(blocks))
        self.status.setText(self._said_after_load or counted)
        self._said_after_load = ""
        self.sig_loaded.emit()

    def _week_focus(self, content: CalendarContent, grouping: Grouping) -> int:
        """Fill the week picker; the one shown (ALL for everyone)."""
        resources = listed(content, grouping)
        focus = self._focus.get(grouping)
        if focus is None or (focus != ALL and all(r.id != focus for r in resources)):
            found = default_focus(content, grouping, self._ctx.actor.staff_id)
            focus = ALL if found is None else found
        self.focus.blockSignals(True)
        self.focus.clear()
        self.focus.addItem(self.tr("All"), ALL)
        for resource in resources:
            self.focus.addItem(resource.name, resource.id)
        self.focus.setCurrentIndex(max(0, self.focus.findData(focus)))
        self.focus.blockSignals(False)
        self.focus.setEnabled(True)
        self.focus.show()
        return focus

    def _day_title(self, offset: int, content: CalendarContent) -> str:
        day = content.first_day + timedelta(days=offset)
        return f"{self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)} {format_short_date(day)}"

    def _notice_text(self, marks: ColumnMarks) -> str:
        if marks.notice == "service_due" and marks.notice_date:
            return self.tr("Service due {date}").format(date=format_short_date(marks.notice_date))
        if marks.notice == "service_overdue" and marks.notice_date:
            return self.tr("Service overdue since {date}").format(
                date=format_short_date(marks.notice_date)
            )
        if marks.notice == "out_of_service":
            return self.tr("Out of service")
        return ""

    # --- moving -------------------------------------------------------------------------
    def change_block(self, block: Block, start_minute: int, end_minute: int) -> None:
        """Move or resize through the booking service; a refusal is shown, nothing changes."""
        s = block.session
        day = s.starts_at.astimezone(self._ctx.zone).date()
        starts = datetime.combine(day, time(0), tzinfo=self._ctx.zone) + timedelta(
            minutes=start_minute
        )
        self._move(s, starts, end_minute - start_minute)

    def move_block_day(self, block: Block, days: int) -> None:
        """The same time ``days`` later (earlier when negative)."""
        s = block.session
        local = s.starts_at.astimezone(self._ctx.zone)
        starts = datetime.combine(
            local.date() + timedelta(days=days),
            local.time().replace(tzinfo=None),
            tzinfo=self._ctx.zone,
        )
        self._move(s, starts, block.end_minute - block.start_minute)

    def drop_block(self, block: Block, column: int, start_minute: int, end_minute: int) -> None:
        """A block dragged sideways: to another day (week view), or to another physician,
        room or device (day view) at the time it was dropped."""
        key = self.grid.columns[column].key
        zone = self._ctx.zone
        if isinstance(key, date):
            starts = datetime.combine(key, time(0), tzinfo=zone) + timedelta(minutes=start_minute)
            self._move(block.session, starts, end_minute - start_minute)
            return
        if not isinstance(key, int):
            self.status.setText(self.tr("Not moved: drop it on a physician, room or device."))
            return
        day = block.session.starts_at.astimezone(zone).date()
        starts = datetime.combine(day, time(0), tzinfo=zone) + timedelta(minutes=start_minute)
        kind = Grouping(self.grouping.currentData())
        self._move(
            block.session,
            starts,
            end_minute - start_minute,
            physician_id=key if kind is Grouping.PHYSICIAN else None,
            room_id=key if kind is Grouping.ROOM else None,
            device_id=key if kind is Grouping.DEVICE else None,
        )

    def _move(
        self, s: ScheduledSession, starts: datetime, minutes: int, **resources: int | None
    ) -> None:
        saved = move_session(
            self,
            self._ctx,
            s,
            starts,
            minutes,
            self.status.setText,
            self.confirm,
            **resources,
            offers=self.offers,
            retry=lambda: self._move(s, starts, minutes, **resources),
        )
        if saved is None:
            return
        self._said_after_load = self.tr("Session moved.")
        if self.week or starts.astimezone(self._ctx.zone).date() == self.day:
            self.refresh()
        else:
            self.show_day(starts.astimezone(self._ctx.zone).date())  # follow the session
        self.sig_session_moved.emit(saved)
