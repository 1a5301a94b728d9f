"""Reading and filling the session form: values in and out of its fields and area rows.

Texts keep the SessionDialog translation context."""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date, format_time
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.sessions import records as sessions
from desktop.services.sessions.booking_defaults import BookingDefaults, next_quarter_hour
from desktop.services.sessions.catalog import AreaRow
from desktop.services.sessions.checks import (
    AreaInput,
)
from desktop.services.sessions.records import OPEN_SESSION_STATUSES, SessionDetail
from desktop.ui.sessions.area_rows import AreaRowWidget
from desktop.ui.sessions.booking_resources import pick_usual_resources, show_booked_resources
from desktop.ui.shell.actions import attempt
from desktop.ui.widgets.area_names import area_name, area_other_name
from desktop.ui.widgets.field_error import (
    FieldError,
)


class SessionValues(QDialog):
    # Made by SessionDialog (the form); the steps below read and set them.
    _ctx: ServiceContext
    _patient_id: int
    _session: SessionDetail | None
    _defaults: BookingDefaults | None
    _catalog: dict[int, AreaRow]
    booking: bool
    editing_booking: bool
    clinical: bool
    area_rows: list[AreaRowWidget]
    fields: dict[str, QWidget]
    errors: dict[str, FieldError]
    general_error: FieldError
    area_picker: QComboBox
    copy_button: QPushButton
    _rows_box: QVBoxLayout

    # --- values -----------------------------------------------------------------------
    def _load(self) -> None:
        ctx = self._ctx
        session = self._session
        if session is None:
            defaults = self._defaults
            start = (
                defaults.starts_at
                if defaults is not None
                else next_quarter_hour(ctx.now().astimezone(ctx.zone))
            )
            self._text("starts_on").setText(format_user_date(start.date()))
            self._text("starts_time").setText(format_time(start))
            if defaults is not None:
                self._offer(defaults)
            # After the physician is offered: the room and device that physician used last.
            pick_usual_resources(self)
            return
        if self.editing_booking:
            start = session.starts_at.astimezone(ctx.zone)
            self._text("starts_on").setText(format_user_date(start.date()))
            self._text("starts_time").setText(format_time(start))
            duration = self.fields["duration_minutes"]
            assert isinstance(duration, QSpinBox)
            duration.setValue(session.duration_minutes)
            notes = self.fields["notes"]
            assert isinstance(notes, QPlainTextEdit)
            if session.clinical_hidden:
                # The note may be clinical: not shown, and kept as it is on save.
                notes.setEnabled(False)
                notes.setPlaceholderText(
                    QCoreApplication.translate(
                        "SessionDialog", "The session's notes are shown to physicians only."
                    )
                )
            else:
                notes.setPlainText(session.notes)
        combo = self.fields["physician_id"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(session.physician_id), 0))
        if self.editing_booking:
            show_booked_resources(self, session)
        for area in session.areas:
            self.add_area(
                area.area_id,
                area.as_input(),
                name=area_name(area),
                tooltip=area_other_name(area),
            )
        self._set_checks("indications", session.indications)
        if not self.clinical:
            return
        self._set_combo(
            "status", "done" if session.status in OPEN_SESSION_STATUSES else session.status
        )
        self._set_combo("anaesthesia", session.anaesthesia or "none")
        self._set_checks("combined_procedures", session.combined_procedures)
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(session.notes)
        follow_up = session.follow_up_on
        if follow_up is None and session.status in OPEN_SESSION_STATUSES:
            follow_up = session.starts_at.astimezone(ctx.zone).date() + timedelta(days=7)
        self._text("follow_up_on").setText(format_user_date(follow_up))
        self._text("pulses").setText("" if session.pulses is None else str(session.pulses))

    def form_state(self) -> tuple[object, ...]:
        """Everything the form would save, to tell typed changes from what it opened with."""
        values: list[object] = []
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values.append((key, widget.text()))
            elif isinstance(widget, QComboBox):
                values.append((key, widget.currentData()))
            elif isinstance(widget, QSpinBox):
                values.append((key, widget.value()))
            elif isinstance(widget, QPlainTextEdit):
                values.append((key, widget.toPlainText()))
        for key, boxes in getattr(self, "_checks", {}).items():
            values.append((key, tuple(code for code, box in boxes.items() if box.isChecked())))
        values.append(("areas", tuple(row.value() for row in self.area_rows)))
        return tuple(values)

    def mark_unchanged(self) -> None:
        """What the form shows now is its starting point (after filling it from a session,
        the last session or a quote): closing asks only about changes typed after this."""
        self._initial_state = self.form_state()

    def has_unsaved_changes(self) -> bool:
        return self.form_state() != getattr(self, "_initial_state", None)

    def _text(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _set_combo(self, key: str, value: object) -> None:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _combo(self, key: str) -> Any:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        return combo.currentData()

    def _set_checks(self, key: str, codes: Collection[str]) -> None:
        for code, box in getattr(self, "_checks", {}).get(key, {}).items():
            box.setChecked(code in codes)

    def _checked(self, key: str) -> tuple[str, ...]:
        boxes = getattr(self, "_checks", {}).get(key, {})
        return tuple(code for code, box in boxes.items() if box.isChecked())

    def _add_picked_area(self) -> None:
        area_id = self.area_picker.currentData()
        if area_id is not None:
            row = self.add_area(area_id)
            row.fields["size_cm2"].setFocus()

    def add_area(
        self, area_id: int, item: AreaInput | None = None, *, name: str = "", tooltip: str = ""
    ) -> AreaRowWidget:
        area = self._catalog.get(area_id)
        hint = ""
        if area is not None:
            if not name or name in area.names.values():
                # A quote line names its area in the patient's language: show ours.
                name = area_name(area)
                tooltip = tooltip or area_other_name(area)
            else:  # a custom quote line booked under a catalog area: say which
                tooltip = tooltip or area_name(area)
            hint = (
                QCoreApplication.translate("SessionDialog", "measure")
                if area.size_required
                else f"{area.default_size_cm2.normalize():f}"
            )
        row = AreaRowWidget(
            area_id, name, tooltip, item, clinical=self.clinical, size_hint=hint, parent=self
        )
        row.remove_button.setVisible(self.booking or self.clinical)
        row.sig_remove.connect(self._remove_area)
        self._rows_box.addWidget(row)
        self.area_rows.append(row)
        self.errors["areas"].show_message("")
        return row

    def _remove_area(self, row: AreaRowWidget) -> None:
        self.area_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def copy_from_last(self) -> None:
        before = self._session.starts_at if self._session else None
        done = attempt(
            self,
            self.windowTitle(),
            lambda: sessions.last_session_template(self._ctx, self._patient_id, before=before),
            inline=self.general_error.show_message,
        )
        if done is None:
            return
        untouched = not self.has_unsaved_changes()
        template = done.value
        if template is None:
            self.general_error.show_message(
                QCoreApplication.translate(
                    "SessionDialog", "This patient has no earlier session to copy from."
                )
            )
            return
        for row in list(self.area_rows):
            self._remove_area(row)
        for item in template.areas:
            self.add_area(item.area_id, item)
        self._set_combo("anaesthesia", template.anaesthesia)
        self._set_checks("indications", template.indications)
        self._set_checks("combined_procedures", template.combined_procedures)
        if untouched:  # copied, not typed: closing right away loses nothing worth asking
            self.mark_unchanged()
        when = template.source_starts_at.astimezone(self._ctx.zone)
        self.general_error.show_message("")
        self.copy_button.setToolTip(
            QCoreApplication.translate("SessionDialog", "Copied from the session of {date}").format(
                date=format_short_date(when)
            )
        )

    def _offer(self, defaults: BookingDefaults) -> None:
        """A returning patient's usual physician and last areas, unless already chosen."""
        combo = self.fields["physician_id"]
        assert isinstance(combo, QComboBox)
        wanted = combo.findData(defaults.physician_id) if defaults.physician_id else -1
        if combo.currentData() is None and wanted > 0:
            combo.setCurrentIndex(wanted)
        if not self.area_rows:
            for item in defaults.areas:
                self.add_area(item.area_id, item)
