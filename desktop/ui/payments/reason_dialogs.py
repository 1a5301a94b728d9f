"""Cancel a receipt, extend a course, close a course early: each asks why, then writes.

The reason is required by the service (kept with the record and in the audit trail); a
course is written with the row version it was shown with, so a change made meanwhile at
another desk is refused with the usual message instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import decimal_sign
from desktop.services.common.context import ServiceContext
from desktop.services.payments import courses, receipts
from desktop.services.payments.courses import MAX_EXTRA_SESSIONS
from desktop.services.payments.rows import CourseRow, MoneyEventRow
from desktop.ui.payments.amount_text import plain_amount
from desktop.ui.payments.words import amount_as_typed, kind_word, money_text
from desktop.ui.shell.actions import ActionRunner, under_fields
from desktop.ui.shell.i18n import current_language
from desktop.ui.widgets.field_error import FieldError, with_error


class ReasonDialog(QDialog):
    """A sentence about what changes, an optional number of sessions, the reason, OK."""

    sig_saved = Signal(object)  # what the service returned

    def __init__(
        self,
        writes: ActionRunner,
        *,
        key: str,
        title: str,
        about: str,
        action: str,
        parent: QWidget | None = None,
        with_sessions: bool = False,
        price: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._writes = writes
        self._key = key
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        text = QLabel(about)
        text.setWordWrap(True)
        self.sessions = QSpinBox()
        self.sessions.setObjectName("extraSessions")
        self.sessions.setRange(1, MAX_EXTRA_SESSIONS)
        self.price = QLineEdit(price or "")
        self.price.setObjectName("pricePerSession")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.errors = {"sessions": FieldError(), "price": FieldError(), "reason": FieldError()}
        self.general = FieldError()
        form = QFormLayout()
        if with_sessions:
            form.addRow(
                self.tr("&Sessions to add"), with_error(self.sessions, self.errors["sessions"])
            )
        if price is not None:
            form.addRow(
                self.tr("&Price of each added session"),
                with_error(self.price, self.errors["price"]),
            )
        form.addRow(self.tr("&Reason"), with_error(self.reason, self.errors["reason"]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        (self.sessions if with_sessions else self.reason).setFocus()
        # (sessions, reason, price as typed): read here on the GUI thread, written on a worker.
        self.call: Callable[[int, str, str], object] = lambda _n, _r, _p: None

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        self._writes.write(
            self,
            self.windowTitle(),
            partial(self.call, self.sessions.value(), self.reason.text(), self.price.text()),
            self._done,
            key=self._key,
            busy=[self.buttons],
            inline=self.general.show_message,
            on_problem=under_fields(self.errors, self.general),
        )

    def _done(self, result: object) -> None:
        self.sig_saved.emit(result)
        self.accept()

    def reject(self) -> None:
        if not self._writes.is_running(self._key):
            super().reject()


def cancel_receipt_dialog(
    ctx: ServiceContext, writes: ActionRunner, event: MoneyEventRow, parent: QWidget | None
) -> ReasonDialog:
    assert event.receipt_id is not None
    receipt_id = event.receipt_id
    dialog = ReasonDialog(
        writes,
        key=f"cancel-receipt-{receipt_id}",
        title=QCoreApplication.translate("ReasonDialog", "Cancel a receipt"),
        about=QCoreApplication.translate(
            "ReasonDialog",
            "Receipt {number}: {kind} of {amount}. The receipt stays on file marked cancelled, "
            "and a counter-entry takes its money back into the balance.",
        ).format(
            number=event.receipt_number,
            kind=kind_word(event.kind),
            amount=money_text(event.paid, event.currency),
        ),
        action=QCoreApplication.translate("ReasonDialog", "&Cancel receipt"),
        parent=parent,
    )
    dialog.setObjectName("cancelReceiptDialog")
    dialog.call = lambda _n, reason, _p: receipts.cancel_receipt(ctx, receipt_id, reason)
    return dialog


def extend_course_dialog(
    ctx: ServiceContext, writes: ActionRunner, course: CourseRow, parent: QWidget | None
) -> ReasonDialog:
    dialog = ReasonDialog(
        writes,
        key=f"course-{course.id}",
        title=QCoreApplication.translate("ReasonDialog", "Extend a course"),
        about=QCoreApplication.translate(
            "ReasonDialog",
            "{areas}: {total} sessions, {left} left. The added sessions are charged at the "
            "price below (one session's share of the quote); leave it empty to add them free.",
        ).format(
            areas=", ".join(course.areas), total=course.sessions_total, left=course.sessions_left
        ),
        action=QCoreApplication.translate("ReasonDialog", "&Extend"),
        parent=parent,
        with_sessions=True,
        price=amount_as_typed(courses.per_session_price(ctx, course.id)),
    )
    dialog.setObjectName("extendCourseDialog")
    dialog.call = lambda extra, reason, price: courses.extend_course(
        ctx, course.id, course.row_version, extra, reason, price_per_session=_typed_price(price)
    )
    return dialog


def _typed_price(typed: str) -> str | None:
    """None (free sessions) for an empty field; else the number as the service reads it."""
    if not typed.strip():
        return None
    return plain_amount(typed, decimal_sign(current_language()))


def close_course_dialog(
    ctx: ServiceContext, writes: ActionRunner, course: CourseRow, parent: QWidget | None
) -> ReasonDialog:
    dialog = ReasonDialog(
        writes,
        key=f"course-{course.id}",
        title=QCoreApplication.translate("ReasonDialog", "Close a course early"),
        about=QCoreApplication.translate(
            "ReasonDialog",
            "{areas}: {done} of {total} sessions done. No more sessions can be booked from it; "
            "what was paid stays, and a refund is given separately.",
        ).format(
            areas=", ".join(course.areas), done=course.sessions_done, total=course.sessions_total
        ),
        action=QCoreApplication.translate("ReasonDialog", "C&lose course"),
        parent=parent,
    )
    dialog.setObjectName("closeCourseDialog")
    dialog.call = lambda _n, reason, _p: courses.close_course(
        ctx, course.id, course.row_version, reason
    )
    return dialog
