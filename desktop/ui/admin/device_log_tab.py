"""The Device log tab of the resources dialog: one laser device's sessions and shots
between two days, its service-due date (marked as it nears) and its out-of-service periods."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date, parse_user_date
from desktop.services.resources import device_log, equipment
from desktop.services.resources.equipment import ResourceKind
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.widgets.field_error import FieldError


class DeviceLogTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.device = QComboBox()
        self.device.setObjectName("logDevice")
        today = ctx.today()
        self.first = QLineEdit(format_user_date(today.replace(day=1)))
        self.last = QLineEdit(format_user_date(today))
        self.summary = QLabel()
        self.summary.setObjectName("logSummary")
        self.alert = QLabel()
        self.alert.setObjectName("logAlert")
        self.alert.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.periods = QListWidget()
        self.periods.setObjectName("logPeriods")
        self.period_from = QLineEdit()
        self.period_to = QLineEdit()
        self.reason = QLineEdit()
        self.error = FieldError()
        self.buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        form.addRow(self.tr("De&vice"), self.device)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.last)
        dates.addWidget(self._button("show", self.tr("&Show"), self.reload))
        form.addRow(self.tr("&Between"), dates)
        form.addRow(self.tr("Sessions"), self.summary)
        due = QHBoxLayout()
        due.addWidget(self.due)
        due.addWidget(self._button("due", self.tr("Set service &due date"), self.set_due))
        form.addRow(self.tr("Service due"), due)
        form.addRow("", self.alert)
        period = QHBoxLayout()
        for edit, hint in (
            (self.period_from, self.tr("from dd.mm.yyyy")),
            (self.period_to, self.tr("to dd.mm.yyyy")),
            (self.reason, self.tr("reason, e.g. annual service")),
        ):
            edit.setPlaceholderText(hint)
            period.addWidget(edit)
        period.addWidget(self._button("add", self.tr("&Add period"), self.add_period))
        period.addWidget(self._button("remove", self.tr("&Remove period"), self.remove_period))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Out of service")))
        layout.addWidget(self.periods, 1)
        layout.addLayout(period)
        layout.addWidget(self.error)
        rows = value_or_none(self, "", lambda: equipment.list_equipment(ctx, ResourceKind.DEVICE))
        for row in rows or []:
            self.device.addItem(row.name, row.id)
        self.device.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def _button(self, key: str, label: str, slot: object) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(f"log:{key}")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _dates(self) -> tuple | None:
        first, last = parse_user_date(self.first.text()), parse_user_date(self.last.text())
        if first is None or last is None:
            self.error.show_message(self.tr("Type the dates as day.month.year."))
            return None
        return first, last

    def reload(self) -> None:
        device_id = self.device.currentData()
        dates = self._dates()
        if device_id is None or dates is None:
            return
        self.error.show_message("")
        log = value_or_none(
            self, "", lambda: device_log.device_log(self._ctx, device_id, dates[0], dates[1])
        )
        if log is None:
            return
        self.summary.setText(
            self.tr("%1 sessions, %2 shots (shots recorded in %3 sessions)")
            .replace("%1", str(log.sessions))
            .replace("%2", f"{log.pulses:,}")
            .replace("%3", str(log.sessions_with_pulses))
        )
        self.due.setText(format_user_date(log.service_due_on))
        today = self._ctx.today()
        alerts = [
            a
            for a in device_log.device_alerts(self._ctx, today)
            if a.device_id == device_id and a.code != "out_of_service"
        ]
        self.alert.setText("⚠ " + str(alerts[0].message) if alerts else "")
        self.periods.clear()
        window = device_log.device_log(
            self._ctx, device_id, today - timedelta(days=365), today + timedelta(days=3650)
        )
        for outage in window.outages:
            text = f"{format_user_date(outage.starts_on)}–{format_user_date(outage.ends_on)}"
            item = QListWidgetItem(f"{text}  {outage.reason}".strip())
            item.setData(256, outage.id)
            self.periods.addItem(item)

    def set_due(self) -> None:
        text = self.due.text().strip()
        due = parse_user_date(text) if text else None
        if text and due is None:
            self.error.show_message(self.tr("Type the dates as day.month.year."))
            return
        device_id = self.device.currentData()
        if None is not attempt(
            self,
            "",
            lambda: device_log.set_service_due(self._ctx, device_id, due),
            inline=self.error.show_message,
        ):
            self.reload()

    def add_period(self) -> None:
        first, last = (
            parse_user_date(self.period_from.text()),
            parse_user_date(self.period_to.text()),
        )
        if first is None or last is None:
            self.error.show_message(self.tr("Type the dates as day.month.year."))
            return
        device_id = self.device.currentData()
        reason = self.reason.text()
        if None is not attempt(
            self,
            "",
            lambda: device_log.add_outage(self._ctx, device_id, first, last, reason),
            inline=self.error.show_message,
        ):
            for edit in (self.period_from, self.period_to, self.reason):
                edit.clear()
            self.reload()

    def remove_period(self) -> None:
        chosen = self.periods.selectedItems()
        if not chosen:
            self.error.show_message(self.tr("Select a line in the list first."))
            return
        item = chosen[0]
        outage_id = int(item.data(256))
        if None is not attempt(
            self,
            "",
            lambda: device_log.remove_outage(self._ctx, outage_id),
            inline=self.error.show_message,
        ):
            self.reload()
