"""Saving the session form: booking, recording, status changes, and the answers the
service asks for (warnings to acknowledge, field errors). Texts keep the SessionDialog context."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.services.common.dates import parse_user_date
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.records import BookingInput, RecordInput, SessionDetail
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement, SafetyWarning
from desktop.ui.sessions.booking_resources import combo_value, show_refusal
from desktop.ui.sessions.session_values import SessionValues
from desktop.ui.shell.actions import ActionRunner, attempt
from desktop.ui.shell.i18n import translated
from desktop.ui.widgets.banner import clear_banner
from desktop.ui.widgets.field_error import (
    clear_field_errors,
    first_on_screen,
    show_field_errors,
)

_TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*$")
_AREA_KEY = re.compile(r"^areas\[(\d+)\]\.(\w+)$")


def parse_user_time(text: str) -> time | None:
    """14:30, 14.30 or 1430; None if not a time of day."""
    match = _TIME.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


class SessionSaving(SessionValues):
    sig_session_saved = Signal(object)  # SessionDetail
    sig_change_booking = Signal(int)  # session id: reopen this session as a booking

    # Made by SessionDialog (the form).
    _writes: ActionRunner
    _save_key: str
    buttons: QDialogButtonBox
    _acknowledged: frozenset[str]
    # A physician's or admin's reason to book over a refusal (booking_resources.py).
    override_reason: str = ""
    saved: SessionDetail | None
    warning_banner: QFrame
    _banner_layout: QVBoxLayout

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if not (self.booking or self.clinical) or self.is_saving():
            return  # nothing to save here, or a second Enter while the first save runs
        self._clear_errors()
        title = self.windowTitle()
        # The form is read on the GUI thread; only the service call waits in the background.
        checked = attempt(
            self,
            title,
            self._service_call,
            inline=self.general_error.show_message,
            on_problem=self._needs_answer,
        )
        if checked is None:
            return
        self._writes.write(
            self,
            title,
            checked.value,
            self._finish,
            key=self._save_key,
            busy=[self.buttons],
            inline=self.general_error.show_message,
            on_problem=self._needs_answer,
        )

    def is_saving(self) -> bool:
        return self._writes.is_running(self._save_key)

    def _service_call(self) -> Callable[[], SessionDetail]:
        """The service call that saves what the form says (ValidationError if unreadable)."""
        areas = tuple(row.value() for row in self.area_rows)
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        if self.booking:
            duration = self.fields["duration_minutes"]
            assert isinstance(duration, QSpinBox)
            ends = self._text("ends_time").text().strip()
            data = BookingInput(
                patient_id=self._patient_id,
                physician_id=self._combo("physician_id"),
                starts_on=parse_user_date(self._text("starts_on").text()),
                starts_time=parse_user_time(self._text("starts_time").text()),
                duration_minutes=duration.value() or None,
                ends_time=parse_user_time(ends) if ends else None,
                areas=areas,
                indications=self._checked("indications"),
                notes=notes.toPlainText() if notes.isEnabled() else None,
                room_id=combo_value(self, "room_id"),
                device_id=combo_value(self, "device_id"),
                override_reason=self.override_reason,
                course_id=combo_value(self, "course_id"),
            )
            if ends and data.ends_time is None:
                raise ValidationError(
                    {
                        "ends_time": QCoreApplication.translate(
                            "SessionDialog", "Type the end time as hours:minutes."
                        )
                    }
                )
            if self.editing_booking:
                assert self._session is not None
                return partial(
                    session_booking.update_booking,
                    self._ctx,
                    self._session.id,
                    self._session.row_version,
                    data,
                    self._acknowledged,
                )
            return partial(session_booking.book_session, self._ctx, data, self._acknowledged)
        assert self._session is not None
        follow_text = self._text("follow_up_on").text().strip()
        follow_up = parse_user_date(follow_text) if follow_text else None
        if follow_text and follow_up is None:
            raise ValidationError(
                {
                    "follow_up_on": QCoreApplication.translate(
                        "SessionDialog", "Type the follow-up date as day.month.year."
                    )
                }
            )
        pulses_text = self._text("pulses").text().strip().replace(".", "").replace(",", "")
        if pulses_text and not pulses_text.isdigit():
            raise ValidationError(
                {
                    "pulses": QCoreApplication.translate(
                        "SessionDialog", "Type the shots as a whole number, e.g. 1200."
                    )
                }
            )
        record = RecordInput(
            areas=areas,
            status=self._combo("status"),
            anaesthesia=self._combo("anaesthesia"),
            indications=self._checked("indications"),
            combined_procedures=self._checked("combined_procedures"),
            notes=notes.toPlainText(),
            follow_up_on=follow_up,
            pulses=int(pulses_text) if pulses_text else None,
            physician_id=self._combo("physician_id"),
        )
        return partial(
            sessions.record_session,
            self._ctx,
            self._session.id,
            self._session.row_version,
            record,
        )

    def _needs_answer(self, error: ServiceError | DatabaseProblem) -> bool:
        """Warnings to acknowledge and field errors show in the form itself."""
        if isinstance(error, NeedsAcknowledgement):
            self._show_warnings(error.warnings)
            return True
        if isinstance(error, BookingRefused):
            show_refusal(self, error)
            return True
        if isinstance(error, ValidationError):
            self._show_errors(error.field_errors)
            return True
        return False

    def _set_status(self, status: str) -> None:
        assert self._session is not None
        question = (
            QCoreApplication.translate("SessionDialog", "Do you want to cancel this session?")
            if status == "cancelled"
            else QCoreApplication.translate(
                "SessionDialog", "Do you want to mark this session a no-show?"
            )
        )
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SessionDialog", "Session"), question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self._session
        done = attempt(
            self,
            self.windowTitle(),
            lambda: sessions.set_session_status(self._ctx, session.id, session.row_version, status),
            inline=self.general_error.show_message,
        )
        if done is not None:
            self._finish(done.value)

    def _print_aftercare(self) -> None:
        from desktop.ui.handouts.actions import open_aftercare

        assert self._session is not None
        self.aftercare_preview = open_aftercare(self, self._ctx, self._session.id)

    def _change_booking(self) -> None:
        assert self._session is not None
        if self.is_saving() or (self.has_unsaved_changes() and not self._confirm_discard()):
            return
        self.mark_unchanged()  # asked already: closing below asks nothing more
        self.sig_change_booking.emit(self._session.id)
        self.reject()

    def reject(self) -> None:
        if self.is_saving():
            return  # the result is on its way; closing now would lose what it says
        # QDialog routes Esc and the window's close button through here too.
        editable = self.booking or self.clinical
        if (
            editable
            and self.saved is None
            and self.has_unsaved_changes()
            and not self._confirm_discard()
        ):
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SessionDialog", "Discard changes?"),
            QCoreApplication.translate(
                "SessionDialog", "You have typed changes that are not saved. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _finish(self, saved: SessionDetail) -> None:
        self.saved = saved
        self.sig_session_saved.emit(saved)
        self.accept()

    def _show_warnings(self, warnings: tuple[SafetyWarning, ...]) -> None:
        clear_banner(self._banner_layout)
        title = QLabel(
            QCoreApplication.translate(
                "SessionDialog", "<b>Please check before booking.</b> Nothing has been saved yet."
            )
        )
        self._banner_layout.addWidget(title)
        for warning in warnings:
            label = QLabel(f"⚠ {translated(warning.message)}")
            label.setWordWrap(True)
            label.setObjectName(f"warning:{warning.code}")
            self._banner_layout.addWidget(label)
        anyway = QPushButton(
            QCoreApplication.translate("SessionDialog", "I have checked: &book anyway")
        )
        anyway.setObjectName("acknowledgeButton")
        anyway.setAutoDefault(False)
        codes = frozenset(w.code for w in warnings)
        anyway.clicked.connect(lambda: self._acknowledge(codes))
        self._banner_layout.addWidget(anyway, 0, Qt.AlignmentFlag.AlignRight)
        self.warning_banner.show()
        anyway.setFocus()

    def _acknowledge(self, codes: frozenset[str]) -> None:
        self._acknowledged = self._acknowledged | codes
        self.warning_banner.hide()
        self.save()

    def _show_errors(self, field_errors: dict[str, str]) -> None:
        per_row: dict[int, dict[str, str]] = {}
        others: dict[str, str] = {}
        for key, message in field_errors.items():
            match = _AREA_KEY.match(key)
            if match:
                per_row.setdefault(int(match.group(1)), {})[match.group(2)] = message
            else:
                others[key] = message
        first = show_field_errors(
            others,
            self.errors,
            self.fields,
            self.general_error,
            QCoreApplication.translate(
                "SessionDialog", "Please correct the fields marked in red. Nothing was saved."
            ),
        )
        marked = [first]
        for number, messages in sorted(per_row.items()):
            if number < len(self.area_rows):
                marked.append(self.area_rows[number].show_errors(messages))
        first = first_on_screen(marked)  # an area row may sit above a bad note
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        for row in self.area_rows:
            row.error.show_message("")
