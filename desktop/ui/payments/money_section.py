"""A patient's money in their workspace: the balance at a glance, their courses and every
money event with its receipt number; the buttons act on the selected row.

Refund, Cancel receipt, Extend and Close are shown only to those whose role may do them
(the service refuses the others anyway, with its own message).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
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

from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, allowed
from desktop.services.payments import courses, money
from desktop.services.payments.rows import Balance, CourseRow, MoneyEventRow
from desktop.ui.payments.money_models import RED, CourseTableModel, MoneyEventTableModel
from desktop.ui.payments.words import money_text
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner

RECEIPTED = ("deposit", "payment", "refund")


@dataclass(frozen=True)
class PatientMoney:
    balance: Balance
    courses: list[CourseRow]
    events: list[MoneyEventRow]


def patient_money(ctx: ServiceContext, patient_id: int) -> PatientMoney:
    return PatientMoney(
        money.balance(ctx, patient_id),
        courses.courses_of(ctx, patient_id),
        money.events_of(ctx, patient_id),
    )


@dataclass(frozen=True)
class MoneyActions:
    """What the section's buttons do; the feature fills these in. (Take payment is the
    workspace's Patient-menu button: a second button would share its Alt+letter.)"""

    refund: Callable[[int], object]
    print_receipt: Callable[[MoneyEventRow], object]
    cancel_receipt: Callable[[MoneyEventRow], object]
    extend_course: Callable[[CourseRow], object]
    close_course: Callable[[CourseRow], object]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class MoneySection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        patient_id: int,
        actions: MoneyActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moneySection")
        self._ctx = ctx
        self._tasks = tasks
        self._actions = actions
        self.patient_id = patient_id
        self.money: PatientMoney | None = None
        self._generation = 0

        title = QLabel(self.tr("<b>Payments</b>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        self.balance_label = QLabel(self.tr("Loading…"))
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setTextFormat(Qt.TextFormat.RichText)

        self.course_model = CourseTableModel(self)
        self.course_table = _table("patientCourses")
        self.course_table.setModel(self.course_model)
        self.event_model = MoneyEventTableModel(ctx.zone, self)
        self.event_table = _table("patientMoneyEvents")
        self.event_table.setModel(self.event_model)

        def button(text: str, name: str, slot: Callable[[], object], show: bool) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setAutoDefault(False)
            made.clicked.connect(slot)
            if not show:
                # Never setVisible(True) here: a button without a parent yet would open as a
                # window of its own and take the focus (and the window's shortcuts) away.
                made.hide()
            return made

        may_refund = allowed(ctx, Permission.REFUND_PAYMENTS)
        may_cancel = allowed(ctx, Permission.CANCEL_RECEIPTS)
        may_manage = allowed(ctx, Permission.MANAGE_COURSES)
        self.receipt_button = button(
            self.tr("Print recei&pt"), "printReceiptButton", self.print_selected, True
        )
        self.refund_button = button(
            self.tr("Refund…"), "refundButton", lambda: actions.refund(patient_id), may_refund
        )
        self.cancel_button = button(
            self.tr("Cancel receipt…"), "cancelReceiptButton", self.cancel_selected, may_cancel
        )
        self.extend_button = button(
            self.tr("Extend course…"), "extendCourseButton", self.extend_selected, may_manage
        )
        self.close_button = button(
            self.tr("Close course…"), "closeCourseButton", self.close_selected, may_manage
        )

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.balance_label, 1)
        top.addWidget(self.refund_button)
        course_row = QHBoxLayout()
        course_row.addWidget(QLabel(self.tr("Courses")), 1)
        course_row.addWidget(self.extend_button)
        course_row.addWidget(self.close_button)
        event_row = QHBoxLayout()
        event_row.addWidget(QLabel(self.tr("Payments and receipts")), 1)
        event_row.addWidget(self.receipt_button)
        event_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(course_row)
        layout.addWidget(self.course_table, 1)
        layout.addLayout(event_row)
        layout.addWidget(self.event_table, 2)
        for table in (self.course_table, self.event_table):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, patient_id = self._generation, self._ctx, self.patient_id

        def done(loaded: PatientMoney) -> None:
            if generation == self._generation:
                self.show_money(loaded)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.balance_label.setText(
                    self.tr("The payments could not be loaded: {error}").format(
                        error=error_text(error)
                    )
                )

        self._tasks.submit(lambda: patient_money(ctx, patient_id), done, failed)

    def show_money(self, loaded: PatientMoney) -> None:
        grew = self.money is not None and len(loaded.events) > len(self.money.events)
        self.money = loaded
        self.balance_label.setText(self.balance_text(loaded.balance))
        chosen_course, chosen_event = self.selected_course(), self.selected_event()
        self.course_model.reset_rows(loaded.courses)
        self.event_model.reset_rows(list(reversed(loaded.events)))  # newest first
        self._reselect(self.course_table, [c.id for c in loaded.courses], chosen_course)
        ids = [e.id for e in reversed(loaded.events)]
        # A new event (just taken) is selected, ready for Print receipt.
        self._reselect(self.event_table, ids, None if grew else chosen_event)
        self._update_buttons()

    def _reselect(self, table: QTableView, ids: list[int], chosen: object) -> None:
        if not ids:
            return
        wanted = getattr(chosen, "id", None)
        table.selectRow(ids.index(wanted) if wanted in ids else 0)

    def balance_text(self, balance: Balance) -> str:
        paid = money_text(balance.paid, balance.currency)
        if balance.owed > 0:
            owed = self.tr("Owes {amount}").format(
                amount=money_text(balance.owed, balance.currency)
            )
            return f"<span style='color:{RED}'><b>{owed}</b></span> · " + self.tr(
                "paid {amount}"
            ).format(amount=paid)
        if balance.owed < 0:
            return self.tr("In credit {amount} · paid {paid}").format(
                amount=money_text(-balance.owed, balance.currency), paid=paid
            )
        return self.tr("Owes nothing · paid {amount}").format(amount=paid)

    # --- the selected rows ----------------------------------------------------------------
    def selected_course(self) -> CourseRow | None:
        return self.course_model.row_at(self.course_table.currentIndex().row())

    def selected_event(self) -> MoneyEventRow | None:
        return self.event_model.row_at(self.event_table.currentIndex().row())

    def select_event(self, event_id: int) -> None:
        for n in range(self.event_model.rowCount()):
            row = self.event_model.row_at(n)
            if row is not None and row.id == event_id:
                self.event_table.selectRow(n)
                return

    def _update_buttons(self) -> None:
        event, course = self.selected_event(), self.selected_course()
        printable = event is not None and event.kind in RECEIPTED
        self.receipt_button.setEnabled(printable)
        self.cancel_button.setEnabled(
            event is not None and event.receipt_id is not None and not event.receipt_cancelled
        )
        is_open = course is not None and course.status == "open"
        self.extend_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)

    def print_selected(self) -> None:
        event = self.selected_event()
        if event is not None and event.kind in RECEIPTED:
            self._actions.print_receipt(event)

    def cancel_selected(self) -> None:
        event = self.selected_event()
        if event is not None and event.receipt_id is not None and not event.receipt_cancelled:
            self._actions.cancel_receipt(event)

    def extend_selected(self) -> None:
        course = self.selected_course()
        if course is not None and course.status == "open":
            self._actions.extend_course(course)

    def close_selected(self) -> None:
        course = self.selected_course()
        if course is not None and course.status == "open":
            self._actions.close_course(course)

    def focus_events(self) -> None:
        self.event_table.setFocus(Qt.FocusReason.OtherFocusReason)
