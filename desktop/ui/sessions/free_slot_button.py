"""The booking form's "Next free slot" button (Ctrl+Shift+F): fills date, time, physician,
room and device with the first free slot from the date and time in the form; pressed
again, the one after. Texts keep the SessionDialog translation context."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.formatting import format_time
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date, parse_user_date
from desktop.services.sessions.catalog import AreaRow
from desktop.services.sessions.checks import default_duration, parse_decimal
from desktop.services.sessions.free_slot import FreeSlot, next_free_slot
from desktop.services.sessions.rows import SessionDetail
from desktop.ui.sessions.area_rows import AreaRowWidget
from desktop.ui.shell.actions import ActionRunner, is_problem
from desktop.ui.shell.i18n import error_text
from desktop.ui.widgets.field_error import FieldError

FREE_SLOT_SHORTCUT = "Ctrl+Shift+F"


class SlotForm(Protocol):
    """What the button needs of the session form."""

    _ctx: ServiceContext
    _patient_id: int
    _catalog: dict[int, AreaRow]
    fields: dict[str, QWidget]
    area_rows: list[AreaRowWidget]
    _session: SessionDetail | None  # the booking being changed, if any
    _writes: ActionRunner  # its task runner searches off the GUI thread


class FreeSlotButton(QWidget):
    def __init__(self, dialog: SlotForm, parent: QWidget) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self._last: FreeSlot | None = None
        self.searching = False
        self.button = QPushButton(
            QCoreApplication.translate("SessionDialog", "Ne&xt free slot"), self
        )
        self.button.setObjectName("freeSlotButton")
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            QCoreApplication.translate(
                "SessionDialog",
                "Fill in the first free time from the date in the form for the chosen "
                "physician, room and device (or any), within working hours and outside the "
                "healing interval of the areas ({keys}).",
            ).format(
                keys=QKeySequence(FREE_SLOT_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.button.clicked.connect(self.find_slot)
        self.error = FieldError()
        self.error.setObjectName("freeSlotMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.error)
        QShortcut(QKeySequence(FREE_SLOT_SHORTCUT), parent).activated.connect(self.find_slot)

    def find_slot(self) -> None:
        """Search off the GUI thread (a slow database must not freeze the form); the form is
        read here, the answer fills it when it comes back. One search at a time."""
        if self.searching:
            return
        dialog = self._dialog
        ctx = dialog._ctx
        self.error.show_message("")
        minutes, from_when = self._minutes(), self._from_when()
        search = partial(
            next_free_slot,
            ctx,
            minutes,
            from_when,
            physician_id=self._combo("physician_id"),
            room_id=self._combo("room_id"),
            device_id=self._combo("device_id"),
            areas=[row.area_id for row in dialog.area_rows],
            patient_id=dialog._patient_id,
            exclude_session_id=dialog._session.id if dialog._session else None,
        )
        self.searching = True
        self.button.setEnabled(False)

        def found(slot: FreeSlot) -> None:
            if isValid(self):  # the form may have been closed meanwhile
                self._settle()
                self._fill(slot)

        def failed(error: BaseException) -> None:
            if not is_problem(error):
                raise error
            if isValid(self):
                self._settle()
                self.error.show_message(error_text(error))

        dialog._writes.tasks.submit(search, found, failed)

    def _settle(self) -> None:
        self.searching = False
        self.button.setEnabled(True)

    def _fill(self, slot: FreeSlot) -> None:
        dialog = self._dialog
        ctx = dialog._ctx
        self._last = slot
        start = slot.starts_at.astimezone(ctx.zone)
        self._line("starts_on").setText(format_user_date(start.date()))
        self._line("starts_time").setText(format_time(start))
        for key, value in (
            ("physician_id", slot.physician_id),
            ("room_id", slot.room_id),
            ("device_id", slot.device_id),
        ):
            combo = dialog.fields.get(key)
            if isinstance(combo, QComboBox) and value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def _minutes(self) -> int:
        spin = self._dialog.fields.get("duration_minutes")
        if isinstance(spin, QSpinBox) and spin.value() > 0:
            return spin.value()
        total = Decimal(0)
        for row in self._dialog.area_rows:
            try:
                size = parse_decimal(row.value().size_cm2)
            except ValueError:
                size = None
            if size is None:
                area = self._dialog._catalog.get(row.area_id)
                size = area.default_size_cm2 if area is not None else Decimal(0)
            total += size
        return default_duration(total)

    def _from_when(self) -> datetime:
        """The form's date and time (now when empty); after a slot just found, the next
        quarter hour, so pressing again steps on."""
        ctx = self._dialog._ctx
        now = ctx.now().astimezone(ctx.zone)
        day = parse_user_date(self._line("starts_on").text().strip())
        if day is None:
            return now
        at = _parse_time(self._line("starts_time").text()) or time(0)
        start = datetime.combine(day, at, tzinfo=ctx.zone)
        last = self._last
        if (
            last is not None
            and start == last.starts_at.astimezone(ctx.zone)
            and self._combo("physician_id") == last.physician_id
        ):
            return start + timedelta(minutes=15)
        return start

    def _combo(self, key: str) -> int | None:
        combo = self._dialog.fields.get(key)
        return combo.currentData() if isinstance(combo, QComboBox) else None

    def _line(self, key: str) -> QLineEdit:
        line = self._dialog.fields[key]
        assert isinstance(line, QLineEdit)
        return line


def _parse_time(text: str) -> time | None:
    parts = text.strip().replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def add_free_slot_button(dialog: SlotForm, form: QFormLayout, parent: QWidget) -> FreeSlotButton:
    widget = FreeSlotButton(dialog, parent)
    form.addRow("", widget)
    return widget
