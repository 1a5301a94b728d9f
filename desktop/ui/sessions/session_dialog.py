"""Book a session, or record what was done. Rules live in the service; messages show here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date_time
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, allowed
from desktop.services.sessions import catalog
from desktop.services.sessions import records as sessions
from desktop.services.sessions.booking_defaults import BookingDefaults
from desktop.services.sessions.catalog import AreaRow
from desktop.services.sessions.checks import (
    ANAESTHESIA_LABELS,
    COMBINED_PROCEDURES,
    INDICATIONS,
    STATUS_LABELS,
)
from desktop.services.sessions.records import RECORDED_STATUSES, SessionDetail
from desktop.ui.sessions.area_rows import AreaRowWidget, header_row
from desktop.ui.sessions.booking_resources import add_course_picker, add_resource_pickers
from desktop.ui.sessions.free_slot_button import add_free_slot_button
from desktop.ui.sessions.session_saving import SessionSaving
from desktop.ui.shell.actions import ActionRunner
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.area_names import area_name, area_other_name
from desktop.ui.widgets.banner import make_banner
from desktop.ui.widgets.field_error import (
    FieldError,
    with_error,
)
from desktop.ui.widgets.vocabulary import word, words


class SessionDialog(SessionSaving):
    """Book mode when ``session`` is None (or ``edit_booking``: change a planned session);
    otherwise record (or, for reception, cancel / no-show)."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        patient_id: int,
        patient_name: str,
        session: SessionDetail | None = None,
        edit_booking: bool = False,
        defaults: BookingDefaults | None = None,
        parent: QWidget | None = None,
        writes: ActionRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # The save may wait on another desk's lock: it runs off the GUI thread (the main
        # window's runner, or one of the dialog's own when it stands alone).
        self._writes = writes if writes is not None else ActionRunner(TaskRunner(self))
        self._save_key = f"save session {id(self)}"  # one save of this form at a time
        self._patient_id = patient_id
        self._session = session
        self._defaults = defaults  # a new booking's suggested physician, areas and time
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
                    when=format_date_time(when),
                    minutes=session.duration_minutes,
                    status=word(STATUS_LABELS.get(session.status, session.status)),
                )
            )
            summary.setObjectName("sessionSummary")
            form.addRow(summary)
        if self.booking:
            self._build_booking_fields(form)
        self._build_physician(form)
        if self.booking:
            add_resource_pickers(self, form)
            if not self.editing_booking:
                add_course_picker(self, form, patient_id)
            self.free_slot = add_free_slot_button(self, form, self)
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
            if not allowed(ctx, Permission.RECORD_TREATMENT):
                # The note is the physician's (the service refuses one from the desk).
                notes.setEnabled(False)
                notes.setPlaceholderText(
                    self.tr("The session's notes are shown to physicians only.")
                )
            self._add(form, "notes", self.tr("&Notes"), notes)
        if self.clinical:
            self._add(
                form, "follow_up_on", self.tr("&Follow-up on"), self._line(self.tr("dd.mm.yyyy"))
            )
            self._add(form, "pulses", self.tr("Shots (&pulses)"), self._line(self.tr("optional")))

        scroll = QScrollArea()
        # Focus goes to the fields (which scroll into view), not to the frame around them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
            QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
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
        self.mark_unchanged()  # filled from the session, not typed: no question on close
        self.resize(self.minimumWidth(), 640)
        if self.booking:
            # The date is what a person changes first; typing replaces it, Enter books.
            self._text("starts_on").setFocus()
            self._text("starts_on").selectAll()

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
            if code in RECORDED_STATUSES:  # arrival and start are desk steps, not record choices
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
