"""Book a session, or record what was done. Rules live in the service; messages show here."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date, parse_user_date
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.common.permissions import Permission, allowed
from desktop.services.sessions import catalog
from desktop.services.sessions import records as sessions
from desktop.services.sessions.catalog import AreaRow
from desktop.services.sessions.checks import (
    ANAESTHESIA_LABELS,
    COMBINED_PROCEDURES,
    INDICATIONS,
    STATUS_LABELS,
    AreaInput,
    NeedsAcknowledgement,
    SafetyWarning,
)
from desktop.services.sessions.records import BookingInput, RecordInput, SessionDetail
from desktop.ui.sessions.area_rows import AreaRowWidget, header_row
from desktop.ui.shell.actions import attempt
from desktop.ui.shell.i18n import translated
from desktop.ui.widgets.area_names import area_name, area_other_name
from desktop.ui.widgets.banner import clear_banner, make_banner
from desktop.ui.widgets.field_error import (
    FieldError,
    clear_field_errors,
    show_field_errors,
    with_error,
)
from desktop.ui.widgets.vocabulary import word, words

_TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*$")
_AREA_KEY = re.compile(r"^areas\[(\d+)\]\.(\w+)$")


def parse_user_time(text: str) -> time | None:
    """14:30, 14.30 or 1430; None if not a time of day."""
    match = _TIME.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


class SessionDialog(QDialog):
    """Book mode when ``session`` is None (or ``edit_booking``: change a planned session);
    otherwise record (or, for reception, cancel / no-show)."""

    sig_session_saved = Signal(object)  # SessionDetail
    sig_change_booking = Signal(int)  # session id: reopen this session as a booking

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        patient_id: int,
        patient_name: str,
        session: SessionDetail | None = None,
        edit_booking: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._patient_id = patient_id
        self._session = session
        self._acknowledged: frozenset[str] = frozenset()
        self.saved: SessionDetail | None = None
        self.booking = session is None or edit_booking
        self.editing_booking = session is not None and edit_booking
        self.clinical = not self.booking and allowed(ctx, Permission.RECORD_TREATMENT)
        self._catalog: dict[int, AreaRow] = {a.id: a for a in catalog.list_areas(ctx)}
        self.area_rows: list[AreaRowWidget] = []
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}

        if self.editing_booking:
            title = self.tr("Change booking — {name}").format(name=patient_name)
        elif self.booking:
            title = self.tr("Book a session — {name}").format(name=patient_name)
        elif self.clinical:
            title = self.tr("Record session — {name}").format(name=patient_name)
        else:
            title = self.tr("Session — {name}").format(name=patient_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(1000 if self.clinical else 620)

        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if session is not None:
            when = session.starts_at.astimezone(ctx.zone)
            summary = QLabel(
                self.tr("<b>{name}</b> — {when}, {minutes} min, {status}").format(
                    name=patient_name,
                    when=f"{when:%d.%m.%Y %H:%M}",
                    minutes=session.duration_minutes,
                    status=word(STATUS_LABELS.get(session.status, session.status)),
                )
            )
            summary.setObjectName("sessionSummary")
            form.addRow(summary)
        if self.booking:
            self._build_booking_fields(form)
        self._build_physician(form)
        if self.clinical:
            self._build_record_fields(form)
        form.addRow(self._build_areas())
        if self.booking or self.clinical:
            self._add_checks(form, "indications", self.tr("Indications"), words(INDICATIONS))
        if self.clinical:
            self._add_checks(
                form, "combined_procedures", self.tr("Combined with"), words(COMBINED_PROCEDURES)
            )
        if self.booking or self.clinical:
            notes = QPlainTextEdit()
            notes.setObjectName("notes")
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(70)
            self._add(form, "notes", self.tr("&Notes"), notes)
        if self.clinical:
            self._add(
                form, "follow_up_on", self.tr("&Follow-up on"), self._line(self.tr("dd.mm.yyyy"))
            )

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.warning_banner, self._banner_layout = make_banner("warningBanner")
        self.general_error = FieldError()
        self.general_error.setObjectName("generalError")

        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton | None = None
        if self.booking or self.clinical:
            self.save_button = self.buttons.addButton(
                self.tr("&Book") if self.booking and not self.editing_booking else self.tr("&Save"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.save_button.setObjectName("saveButton")
            self.save_button.clicked.connect(self.save)
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.cancel_session_button: QPushButton | None = None
        self.no_show_button: QPushButton | None = None
        self.change_booking_button: QPushButton | None = None
        if (
            session is not None
            and session.status == "planned"
            and not self.booking
            and allowed(ctx, Permission.BOOK_SESSIONS)
        ):
            self.change_booking_button = self.buttons.addButton(
                self.tr("C&hange booking…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.change_booking_button.setObjectName("changeBookingButton")
            self.change_booking_button.clicked.connect(self._change_booking)
        if session is not None and session.status == "planned" and not self.booking:
            self.cancel_session_button = self.buttons.addButton(
                self.tr("Cancel &session"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.cancel_session_button.clicked.connect(lambda: self._set_status("cancelled"))
            self.no_show_button = self.buttons.addButton(
                self.tr("No-sho&w"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.no_show_button.clicked.connect(lambda: self._set_status("no_show"))
        self.aftercare_button: QPushButton | None = None
        if session is not None and session.status == "done":
            self.aftercare_button = self.buttons.addButton(
                self.tr("Print &aftercare…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.aftercare_button.setObjectName("aftercareButton")
            self.aftercare_button.clicked.connect(self._print_aftercare)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._load()
        self.resize(self.minimumWidth(), 640)

    # --- building ------------------------------------------------------------------
    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.errors[key] = FieldError()
        narrow = isinstance(widget, QComboBox | QSpinBox)
        box = with_error(
            widget,
            self.errors[key],
            alignment=Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0),
        )
        # Expanding, so a message under a narrow combo box wraps at the form's width.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(label, box)

    def _build_booking_fields(self, form: QFormLayout) -> None:
        self._add(form, "starts_on", self.tr("&Date"), self._line(self.tr("dd.mm.yyyy")))
        self._add(form, "starts_time", self.tr("&Time"), self._line(self.tr("hh:mm")))
        duration = QSpinBox()
        duration.setRange(0, 480)
        duration.setSingleStep(15)
        duration.setSuffix(self.tr(" min"))
        duration.setSpecialValueText(self.tr("from the areas"))
        self._add(form, "duration_minutes", self.tr("D&uration"), duration)
        self._add(
            form, "ends_time", self.tr("or &ends at"), self._line(self.tr("hh:mm (optional)"))
        )

    def _build_physician(self, form: QFormLayout) -> None:
        combo = QComboBox()
        combo.addItem(self.tr("— choose —"), None)
        for doctor in sessions.list_physicians(self._ctx):
            combo.addItem(doctor.full_name, doctor.id)
        if self._session is not None and combo.findData(self._session.physician_id) < 0:
            combo.addItem(self._session.physician_name, self._session.physician_id)
        me = self._ctx.actor.staff_id
        if self._session is None and me is not None and combo.findData(me) > 0:
            combo.setCurrentIndex(combo.findData(me))  # a physician booking for themselves
        combo.setEnabled(self.booking or self.clinical)
        self._add(form, "physician_id", self.tr("&Physician"), combo)

    def _build_record_fields(self, form: QFormLayout) -> None:
        status = QComboBox()
        for code, label in words(STATUS_LABELS).items():
            status.addItem(label, code)
        self._add(form, "status", self.tr("&Status"), status)
        anaesthesia = QComboBox()
        for code, label in words(ANAESTHESIA_LABELS).items():
            anaesthesia.addItem(label, code)
        self._add(form, "anaesthesia", self.tr("&Anaesthesia"), anaesthesia)

    def _build_areas(self) -> QGroupBox:
        group = QGroupBox(self.tr("Areas"))
        column = QVBoxLayout(group)
        picker_line = QHBoxLayout()
        self.area_picker = QComboBox()
        self.area_picker.setObjectName("areaPicker")
        self.area_picker.setAccessibleName(self.tr("Area to add"))
        for area in self._catalog.values():
            self.area_picker.addItem(area_name(area), area.id)
            self.area_picker.setItemData(
                self.area_picker.count() - 1,
                area_other_name(area),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.add_area_button = QPushButton(self.tr("&Add area"))
        self.add_area_button.setObjectName("addAreaButton")
        self.add_area_button.setAutoDefault(False)
        self.add_area_button.clicked.connect(self._add_picked_area)
        picker_line.addWidget(self.area_picker, 1)
        picker_line.addWidget(self.add_area_button)
        if self.clinical:
            self.copy_button = QPushButton(self.tr("&Copy from last session"))
            self.copy_button.setObjectName("copyLastButton")
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self.copy_from_last)
            picker_line.addWidget(self.copy_button)
        editable = self.booking or self.clinical
        self.area_picker.setVisible(editable)
        self.add_area_button.setVisible(editable)
        column.addLayout(picker_line)
        column.addWidget(header_row(self.clinical))
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(2)
        column.addLayout(self._rows_box)
        self.errors["areas"] = FieldError()
        column.addWidget(self.errors["areas"])
        return group

    def _add_checks(self, form: QFormLayout, key: str, label: str, choices: dict[str, str]) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for n, (code, text) in enumerate(choices.items()):
            check = QCheckBox(text)
            check.setObjectName(f"{key}:{code}")
            boxes[code] = check
            grid.addWidget(check, n // 4, n % 4)
        box.setProperty("choices", list(choices))
        self._checks = getattr(self, "_checks", {})
        self._checks[key] = boxes
        self._add(form, key, label, box)

    # --- values -----------------------------------------------------------------------
    def _load(self) -> None:
        ctx = self._ctx
        session = self._session
        if session is None:
            start = default_start(ctx.now().astimezone(ctx.zone))
            self._text("starts_on").setText(format_user_date(start.date()))
            self._text("starts_time").setText(f"{start:%H:%M}")
            return
        if self.editing_booking:
            start = session.starts_at.astimezone(ctx.zone)
            self._text("starts_on").setText(format_user_date(start.date()))
            self._text("starts_time").setText(f"{start:%H:%M}")
            duration = self.fields["duration_minutes"]
            assert isinstance(duration, QSpinBox)
            duration.setValue(session.duration_minutes)
            notes = self.fields["notes"]
            assert isinstance(notes, QPlainTextEdit)
            if session.clinical_hidden:
                # The note may be clinical: not shown, and kept as it is on save.
                notes.setEnabled(False)
                notes.setPlaceholderText(
                    self.tr("The session's notes are shown to physicians only.")
                )
            else:
                notes.setPlainText(session.notes)
        combo = self.fields["physician_id"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(session.physician_id), 0))
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
        self._set_combo("status", "done" if session.status == "planned" else session.status)
        self._set_combo("anaesthesia", session.anaesthesia or "none")
        self._set_checks("combined_procedures", session.combined_procedures)
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(session.notes)
        follow_up = session.follow_up_on
        if follow_up is None and session.status == "planned":
            follow_up = session.starts_at.astimezone(ctx.zone).date() + timedelta(days=7)
        self._text("follow_up_on").setText(format_user_date(follow_up))

    def _text(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _set_combo(self, key: str, value) -> None:
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _combo(self, key: str):
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        return combo.currentData()

    def _set_checks(self, key: str, codes) -> None:
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
            if not name or name in (area.name_en, area.name_tr):
                # A quote line names its area in the patient's language: show ours.
                name = area_name(area)
                tooltip = tooltip or area_other_name(area)
            else:  # a custom quote line booked under a catalog area: say which
                tooltip = tooltip or area_name(area)
            hint = (
                self.tr("measure")
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
        template = done.value
        if template is None:
            self.general_error.show_message(
                self.tr("This patient has no earlier session to copy from.")
            )
            return
        for row in list(self.area_rows):
            self._remove_area(row)
        for item in template.areas:
            self.add_area(item.area_id, item)
        self._set_combo("anaesthesia", template.anaesthesia)
        self._set_checks("indications", template.indications)
        self._set_checks("combined_procedures", template.combined_procedures)
        when = template.source_starts_at.astimezone(self._ctx.zone)
        self.general_error.show_message("")
        self.copy_button.setToolTip(
            self.tr("Copied from the session of {date}").format(date=f"{when:%d.%m.%Y}")
        )

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if not (self.booking or self.clinical):
            return
        self._clear_errors()
        areas = tuple(row.value() for row in self.area_rows)
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)

        def save() -> SessionDetail:
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
                )
                if ends and data.ends_time is None:
                    raise ValidationError(
                        {"ends_time": self.tr("Type the end time as hours:minutes.")}
                    )
                if self.editing_booking:
                    assert self._session is not None
                    return sessions.update_booking(
                        self._ctx,
                        self._session.id,
                        self._session.row_version,
                        data,
                        self._acknowledged,
                    )
                return sessions.book_session(self._ctx, data, self._acknowledged)
            assert self._session is not None
            follow_text = self._text("follow_up_on").text().strip()
            follow_up = parse_user_date(follow_text) if follow_text else None
            if follow_text and follow_up is None:
                raise ValidationError(
                    {"follow_up_on": self.tr("Type the follow-up date as day.month.year.")}
                )
            record = RecordInput(
                areas=areas,
                status=self._combo("status"),
                anaesthesia=self._combo("anaesthesia"),
                indications=self._checked("indications"),
                combined_procedures=self._checked("combined_procedures"),
                notes=notes.toPlainText(),
                follow_up_on=follow_up,
                physician_id=self._combo("physician_id"),
            )
            return sessions.record_session(
                self._ctx, self._session.id, self._session.row_version, record
            )

        done = attempt(
            self,
            self.windowTitle(),
            save,
            inline=self.general_error.show_message,
            on_problem=self._needs_answer,
        )
        if done is not None:
            self._finish(done.value)

    def _needs_answer(self, error: ServiceError | DatabaseProblem) -> bool:
        """Warnings to acknowledge and field errors show in the form itself."""
        if isinstance(error, NeedsAcknowledgement):
            self._show_warnings(error.warnings)
            return True
        if isinstance(error, ValidationError):
            self._show_errors(error.field_errors)
            return True
        return False

    def _set_status(self, status: str) -> None:
        assert self._session is not None
        question = (
            self.tr("Do you want to cancel this session?")
            if status == "cancelled"
            else self.tr("Do you want to mark this session a no-show?")
        )
        answer = QMessageBox.question(self, self.tr("Session"), question)
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
        self.sig_change_booking.emit(self._session.id)
        self.reject()

    def _finish(self, saved: SessionDetail) -> None:
        self.saved = saved
        self.sig_session_saved.emit(saved)
        self.accept()

    def _show_warnings(self, warnings: tuple[SafetyWarning, ...]) -> None:
        clear_banner(self._banner_layout)
        title = QLabel(self.tr("<b>Please check before booking.</b> Nothing has been saved yet."))
        self._banner_layout.addWidget(title)
        for warning in warnings:
            label = QLabel(f"⚠ {translated(warning.message)}")
            label.setWordWrap(True)
            label.setObjectName(f"warning:{warning.code}")
            self._banner_layout.addWidget(label)
        anyway = QPushButton(self.tr("I have checked: &book anyway"))
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
            self.tr("Please correct the fields marked in red. Nothing was saved."),
        )
        for number, messages in sorted(per_row.items()):
            if number < len(self.area_rows):
                widget = self.area_rows[number].show_errors(messages)
                first = first or widget
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        for row in self.area_rows:
            row.error.show_message("")


def default_start(now: datetime) -> datetime:
    """The next half hour: what a desk usually offers first."""
    return (now + timedelta(minutes=30 - now.minute % 30)).replace(second=0, microsecond=0)
