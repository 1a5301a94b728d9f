"""The session form's Room and Device pickers, and its answer to a refused booking (a
clash, a device out of service, hours): the reasons, and for a physician or administrator
a reason field to book anyway. Texts keep the SessionDialog translation context."""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.payments import courses
from desktop.services.payments.rows import CourseRow
from desktop.services.resources import equipment
from desktop.services.resources.equipment import EquipmentRow, ResourceKind
from desktop.services.sessions import schedule
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.rows import SessionDetail
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.i18n import translated
from desktop.ui.widgets.banner import clear_banner


class FormFields(Protocol):
    """What the pickers need of the session form."""

    _ctx: ServiceContext
    fields: dict[str, QWidget]


class BuildsForm(FormFields, Protocol):
    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None: ...


class AnswersRefusal(Protocol):
    """What the refusal banner needs of the session form."""

    warning_banner: QFrame
    _banner_layout: QVBoxLayout
    override_reason: str

    def save(self) -> None: ...


def add_resource_pickers(dialog: BuildsForm, form: QFormLayout) -> None:
    """Room and Device combo boxes with the rooms and devices in service."""
    for key, kind, label in (
        ("room_id", ResourceKind.ROOM, QCoreApplication.translate("SessionDialog", "&Room")),
        (
            "device_id",
            ResourceKind.DEVICE,
            QCoreApplication.translate("SessionDialog", "La&ser device"),
        ),
    ):
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("SessionDialog", "— choose —"), None)
        items: list[EquipmentRow] = quietly(
            partial(equipment.list_equipment, dialog._ctx, kind, in_service_only=True), []
        )
        for item in items:
            text = f"{item.name} ({item.model})" if item.model else item.name
            combo.addItem(text, item.id)
        dialog._add(form, key, label, combo)
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician.currentIndexChanged.connect(lambda _n: pick_usual_resources(dialog))


def show_booked_resources(dialog: FormFields, session: SessionDetail) -> None:
    """A booking being changed shows its room and device, even one out of service now;
    one booked before rooms and devices were kept gets the usual ones offered."""
    pick_usual_resources(dialog)
    for key, item_id, name in (
        ("room_id", session.room_id, session.room_name),
        ("device_id", session.device_id, session.device_name),
    ):
        combo = dialog.fields.get(key)
        if not isinstance(combo, QComboBox) or item_id is None:
            continue
        if combo.findData(item_id) < 0:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(combo.findData(item_id))


def pick_usual_resources(dialog: FormFields) -> None:
    """Keyboard defaults: this physician's last room and device, or the only one offered."""
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician_id = physician.currentData()
    usual = (
        quietly(lambda: schedule.last_used_resources(dialog._ctx, physician_id), None)
        if physician_id is not None
        else None
    )
    for key, last in (
        ("room_id", usual.room_id if usual else None),
        ("device_id", usual.device_id if usual else None),
    ):
        combo = dialog.fields.get(key)
        if not isinstance(combo, QComboBox):
            continue
        if last is not None and combo.findData(last) > 0:
            combo.setCurrentIndex(combo.findData(last))
        elif combo.count() == 2:  # "— choose —" and the only one
            combo.setCurrentIndex(1)


def combo_value(dialog: FormFields, key: str) -> int | None:
    combo = dialog.fields.get(key)
    return combo.currentData() if isinstance(combo, QComboBox) else None


def show_refusal(dialog: AnswersRefusal, refused: BookingRefused) -> None:
    """Why the booking was refused, in the banner; an override for those who may."""
    layout = dialog._banner_layout
    clear_banner(layout)
    title = QLabel(
        QCoreApplication.translate(
            "SessionDialog", "<b>This booking is not possible as it stands.</b> Nothing was saved."
        )
    )
    layout.addWidget(title)
    for problem, message in zip(refused.problems, refused.messages(), strict=False):
        label = QLabel(f"⚠ {translated(message)}")
        label.setWordWrap(True)
        label.setObjectName(f"refusal:{problem.code}")
        layout.addWidget(label)
    if not refused.may_override:
        hint = QLabel(
            QCoreApplication.translate(
                "SessionDialog",
                "Choose another time, room or device, or ask a physician to book it.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        dialog.warning_banner.show()
        return
    row = QWidget()  # one widget, so clear_banner removes the whole line next time
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    reason = QLineEdit()
    reason.setObjectName("overrideReason")
    reason.setPlaceholderText(
        QCoreApplication.translate(
            "SessionDialog", "Reason to book anyway (kept in the audit trail)"
        )
    )
    anyway = QPushButton(QCoreApplication.translate("SessionDialog", "Book any&way"))
    anyway.setObjectName("overrideButton")
    anyway.setAutoDefault(False)

    def book_anyway() -> None:
        text = reason.text().strip()
        if not text:
            reason.setPlaceholderText(
                QCoreApplication.translate(
                    "SessionDialog", "Type the reason first, e.g. “short check-up”."
                )
            )
            reason.setFocus()
            return
        dialog.override_reason = text
        dialog.warning_banner.hide()
        dialog.save()

    anyway.clicked.connect(book_anyway)
    reason.returnPressed.connect(book_anyway)
    line.addWidget(reason, 1)
    line.addWidget(anyway, 0, Qt.AlignmentFlag.AlignRight)
    layout.addWidget(row)
    dialog.warning_banner.show()
    row.show()  # a child added to a shown banner appears only later: focus needs it now
    reason.setFocus()


def add_course_picker(dialog: BuildsForm, form: QFormLayout, patient_id: int) -> None:
    """Course: the patient's open courses with sessions left; booking from one counts it down.

    With one such course it is chosen already (the usual case: the next session of the
    course the patient bought); the service refuses a course that is full or closed meanwhile.
    """
    found: list[CourseRow] = quietly(partial(courses.courses_of, dialog._ctx, patient_id), [])
    offered = [c for c in found if c.status == "open" and c.sessions_left > 0]
    if not offered:
        return
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("SessionDialog", "— not from a course —"), None)
    for course in offered:
        combo.addItem(
            QCoreApplication.translate(
                "SessionDialog", "{areas} ({quote}): session {n} of {total}"
            ).format(
                areas=", ".join(course.areas),
                quote=course.quote_number,
                n=course.sessions_booked + 1,
                total=course.sessions_total,
            ),
            course.id,
        )
    if len(offered) == 1:
        combo.setCurrentIndex(1)
    dialog._add(form, "course_id", QCoreApplication.translate("SessionDialog", "C&ourse"), combo)
