"""Count the keystrokes of the common desk jobs, typed into the real main window.

Three jobs, each from the search box with nothing open, keyboard only (no mouse clicks):

- find a returning patient → book a session → print the pre-treatment sheet (budget 20 keys);
- register a walk-in patient → build a price quote → print it (budget 50 keys);
- find a returning patient by two letters of her surname → a new session in the next free
  slot with the laser (Ctrl+Shift+F) → print the pre-treatment sheet (budget 20 keys).

Every key is a real key event sent to whatever has the keyboard focus (the open popup, else
the focus widget of the active window), as a keyboard would; a chord such as Ctrl+B counts
one key. Where a person would look at the form before typing (is a physician chosen? did a
safety warning come up?), the script looks too and types what that person would. It never
calls the window's methods to get on. The one stand-in is the system printer dialog at the
very end: it is counted as one key (Enter) and prints into a PDF file instead.

Each step names the state it must reach (a dialog open, a session booked, the preview showing
the right sheet); a step that does not reach it, or a job over its budget, fails the run
(exit status 1). With ``--out`` a screenshot is saved after each step.

    timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python \
        scripts/desk_keystrokes.py --language tr --out /tmp/keys-tr

tests/shell/test_desk_keystrokes.py runs the same jobs offscreen and checks the budgets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # Qt is imported when the jobs run, after the database is made
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from desktop.services.common.context import ServiceContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

T = TypeVar("T")
W = TypeVar("W", bound="QWidget")

BUDGETS = {"find-book-print": 20, "walk-in-quote": 50, "free-slot-laser-print": 20}

# What the person types, per interface language (area names are typed as the picker shows them).
RETURNING_PATIENT = ("Defne", "Ekşioğlu")
SEARCH_FOR_RETURNING = "eksi"  # the search folds ş, ğ: no Turkish keyboard layout needed
WALK_IN_NAME = "Elif Karaca"
WALK_IN_PHONE = "05321234567"
QUOTE_AREAS = {"en": ("fore", "neck"), "tr": ("alın", "boyun")}
# The laser job: two letters of her surname, which no demo patient's names start with.
LASER_PATIENT = ("Nergis", "Vural")
SEARCH_FOR_LASER_PATIENT = "vu"
LASER_DEVICE = "MCL Er:YAG"  # names no demo room or device has
OTHER_DEVICE = "CO2RE Fraksiyonel"
ROOM = "Lazer odası"


class StepFailed(Exception):
    """A step did not reach the state it should have."""


@dataclass
class Job:
    name: str
    budget: int
    keys: int = 0
    steps: list[tuple[str, int]] = field(default_factory=list)  # (step, keys so far)

    @property
    def within_budget(self) -> bool:
        return self.keys <= self.budget


@dataclass
class Seeded:
    returning_patient_id: int
    physician_id: int
    forehead_id: int
    laser_patient_id: int = 0
    laser_device_id: int = 0


# --- the data the jobs need ------------------------------------------------------------------
def seed(ctx: ServiceContext) -> tuple[Seeded, ServiceContext]:
    """A physician, a receptionist (who types the jobs) and a returning patient whose last
    session was done six weeks ago. Returns the seeded ids and the receptionist's context."""
    from desktop.services.accounts.staff import StaffInput, actor_of, create_staff
    from desktop.services.common.context import Actor
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.sessions import booking, catalog
    from desktop.services.sessions import records as sessions
    from desktop.services.sessions.checks import AreaInput
    from desktop.services.sessions.records import BookingInput, RecordInput
    from desktop.services.settings import store as settings

    admin = replace(ctx, actor=Actor(staff_id=None, name="PeelDesk", role="admin"))
    # A clinic at work has its name and phone set (printing asks first when they are missing).
    settings.update(
        admin, {"clinic_name": "Işıltı Cilt Kliniği", "clinic_phone": "+90 216 555 01 23"}
    )
    physician = create_staff(admin, StaffInput("selin.walk", "Dr. Selin Arslan", "physician"))
    desk = create_staff(admin, StaffInput("deniz.walk", "Deniz Aksoy", "reception"))
    today = ctx.today()
    patient = patients.register_patient(
        admin,
        PatientInput(
            given_name=RETURNING_PATIENT[0],
            family_name=RETURNING_PATIENT[1],
            phone="05559876543",
            language="tr",
            skin_type=3,
            screened_on=today - timedelta(days=3),
        ),
    )
    areas = {a.code: a.id for a in catalog.list_areas(ctx)}
    room_id, laser_id, other_id = _seed_resources(admin)
    # Six weeks ago, as the clinic's clock said then: a done session to come back after.
    then = ctx.now() - timedelta(days=42)
    earlier = replace(admin, clock=lambda: then - timedelta(days=1))
    booked = booking.book_session(
        earlier,
        BookingInput(
            patient_id=patient.id,
            physician_id=physician.id,
            starts_on=then.astimezone(ctx.zone).date(),
            starts_time=datetime(2000, 1, 1, 10, 0).time(),
            areas=(AreaInput(areas["forehead"]), AreaInput(areas["cheeks"])),
            room_id=room_id,
            device_id=other_id,
        ),
        acknowledged_warnings=frozenset({"screening_missing", "screening_old"}),
    )
    sessions.record_session(
        replace(admin, clock=lambda: booked.starts_at + timedelta(hours=1)),
        booked.id,
        booked.row_version,
        RecordInput(
            areas=tuple(
                AreaInput(a.area_id, a.size_cm2, depth_um=40, passes=2, device="Er:YAG")
                for a in booked.areas
            ),
            status="done",
            physician_id=physician.id,
        ),
    )
    laser_patient = _seed_laser_patient(admin, physician.id, areas["forehead"], room_id, other_id)
    receptionist = replace(ctx, actor=actor_of(desk))
    seeded = Seeded(patient.id, physician.id, areas["forehead"], laser_patient, laser_id)
    return seeded, receptionist


def _seed_resources(admin: ServiceContext) -> tuple[int, int, int]:
    """A room and two devices of the seeded physician's own (a demo clinic's are busy with
    demo sessions): the Er:YAG laser and a CO2 one. Returns the room's, laser's and other's ids."""
    from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment

    room = save_equipment(admin, ResourceKind.ROOM, EquipmentInput(ROOM))
    other = save_equipment(admin, ResourceKind.DEVICE, EquipmentInput(OTHER_DEVICE, "CO2"))
    laser = save_equipment(admin, ResourceKind.DEVICE, EquipmentInput(LASER_DEVICE, "Er:YAG"))
    return room.id, laser.id, other.id


def _seed_laser_patient(
    admin: ServiceContext, physician_id: int, forehead_id: int, room_id: int, device_id: int
) -> int:
    """A second returning patient, treated on the forehead two months ago with the CO2
    device — the physician's last device, so the form proposes it and the laser must be
    chosen."""
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.sessions import booking
    from desktop.services.sessions import records as sessions
    from desktop.services.sessions.checks import AreaInput
    from desktop.services.sessions.records import BookingInput, RecordInput

    patient = patients.register_patient(
        admin,
        PatientInput(
            given_name=LASER_PATIENT[0],
            family_name=LASER_PATIENT[1],
            phone="05551234567",
            language="tr",
            skin_type=2,
            screened_on=admin.today() - timedelta(days=2),
        ),
    )
    then = admin.now() - timedelta(days=60)
    earlier = replace(admin, clock=lambda: then - timedelta(days=1))
    booked = booking.book_session(
        earlier,
        BookingInput(
            patient_id=patient.id,
            physician_id=physician_id,
            starts_on=then.astimezone(admin.zone).date(),
            starts_time=datetime(2000, 1, 1, 11, 0).time(),
            areas=(AreaInput(forehead_id),),
            room_id=room_id,
            device_id=device_id,
        ),
        acknowledged_warnings=frozenset({"screening_missing", "screening_old"}),
    )
    sessions.record_session(
        replace(admin, clock=lambda: booked.starts_at + timedelta(hours=1)),
        booked.id,
        booked.row_version,
        RecordInput(
            areas=tuple(
                AreaInput(a.area_id, a.size_cm2, depth_um=30, passes=1) for a in booked.areas
            ),
            status="done",
            physician_id=physician_id,
        ),
    )
    return patient.id


# --- the keyboard ----------------------------------------------------------------------------
class Desk:
    """Types into the real window and counts every key."""

    def __init__(self, app: QApplication, window: MainWindow, out: Path | None) -> None:
        self.app = app
        self.window = window
        self.out = out
        self.job: Job | None = None
        self.shots = 0
        self.trail: list[str] = []  # the keys of the current job, for a failure message
        # A question nobody in the job expects would wait forever: note it and close it, so
        # the step fails with its text instead of hanging.
        self.unexpected: list[str] = []
        from PySide6.QtCore import QTimer

        self._watchdog = QTimer()
        self._watchdog.setInterval(300)
        self._watchdog.timeout.connect(self._close_questions)
        self._watchdog.start()

    # the person's hands
    def _target(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        # The window manager activates a newly opened dialog; Xvfb and offscreen have none.
        top = QApplication.activeModalWidget() or self.window
        if not top.isActiveWindow():
            _make_active(top)
            self.settle(50)
        focus: QWidget | None = top.focusWidget()
        return focus if focus is not None else top

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self._target()
        QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.trail.append(
            f"{key.name}{'+' + str(modifiers) if modifiers else ''}→{type(target).__name__}"
        )
        self._count(1)
        self.settle(80)

    def ctrl(self, letter: str, shift: bool = False) -> None:
        from PySide6.QtCore import Qt

        modifiers = Qt.KeyboardModifier.ControlModifier
        if shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        self.key(_key_of(letter), modifiers)

    def alt(self, letter: str) -> None:
        from PySide6.QtCore import Qt

        self.key(_key_of(letter), Qt.KeyboardModifier.AltModifier)

    def enter(self) -> None:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_Return)

    def write(self, text: str) -> None:
        """One key per character; Turkish letters as key events carrying their text
        (qtbot.keyClicks aborts on them)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for ch in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                self._target(),
                _key_of(ch),
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
            self._count(1)
            self.settle(15)
        self.settle(100)

    def focus_field(self, field: QWidget, label: str = "") -> None:
        """Alt + the label's underlined letter; where that does not get there, Tab."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if QApplication.focusWidget() is field:
            return
        if label:
            self.alt(_mnemonic(label))
        for _tab in range(30):
            if QApplication.focusWidget() is field:
                return
            self.key(Qt.Key.Key_Tab)
        raise StepFailed(f"Tab never reached {field.objectName()!r} ({self._where()})")

    def _close_questions(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.unexpected.append(widget.text())
                widget.reject()

    def _count(self, keys: int) -> None:
        assert self.job is not None
        self.job.keys += keys

    # the person's eyes
    def settle(self, ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def expect(self, step: str, check: Callable[[], T | None], limit_ms: int = 10_000) -> T:
        """Wait until ``check`` gives something, record the step and photograph the screen."""
        deadline = time.monotonic() + limit_ms / 1000
        while True:
            self.app.processEvents()
            found = check()
            if found:
                break
            if time.monotonic() > deadline:
                raise StepFailed(
                    f"{step}: not reached ({self._where()}, keys {self.trail}, "
                    f"questions closed {self.unexpected})"
                )
            time.sleep(0.01)
        if self.unexpected:
            raise StepFailed(f"{step}: an unexpected question came up: {self.unexpected}")
        assert self.job is not None
        self.job.steps.append((step, self.job.keys))
        self.shoot(step)
        return found

    def wait_for(self, check: Callable[[], object], limit_ms: int = 10_000) -> bool:
        deadline = time.monotonic() + limit_ms / 1000
        while not check():
            if time.monotonic() > deadline:
                return False
            self.app.processEvents()
            time.sleep(0.01)
        return True

    def visible(self, kind: type[W]) -> W | None:
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    def _where(self) -> str:
        from PySide6.QtWidgets import QApplication

        top = QApplication.activeModalWidget() or self.window
        focus: QWidget | None = top.focusWidget()
        return (
            f"window {top.windowTitle()!r}, focus {type(focus).__name__} "
            f"{focus.objectName() if focus is not None else ''!r}, "
            f"status {self.window.statusBar().currentMessage()!r}"
        )

    def shoot(self, step: str) -> None:
        if self.out is None or self.job is None:
            return
        from PySide6.QtWidgets import QApplication

        sys.path.insert(0, str(ROOT / "scripts"))
        from docs_screenshots import save

        self.settle(250)
        shown = QApplication.activeModalWidget() or self.window
        self.shots += 1
        slug = "".join(c if c.isalnum() else "-" for c in step.lower()).strip("-")[:48]
        save(shown, self.out, f"{self.job.name}-{self.shots:02d}-{slug}.png")


def _make_active(window: QWidget) -> None:
    """What a window manager does for a window that opens; offscreen and Xvfb have none.
    (Qt deprecates setActiveWindow, but activateWindow alone does nothing without one.)"""
    import warnings

    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _key_of(ch: str) -> Qt.Key:
    from PySide6.QtCore import Qt

    upper = ch.upper()
    if len(upper) == 1 and ("A" <= upper <= "Z" or "0" <= upper <= "9"):
        return Qt.Key(ord(upper))
    return {" ": Qt.Key.Key_Space, ".": Qt.Key.Key_Period}.get(ch, Qt.Key.Key_unknown)


def reset_to_search(desk: Desk) -> None:
    """Between jobs (not counted): everything closed, the search box empty and focused."""
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
    desk.settle(100)
    desk.window.search_page.search_box.clear()
    _make_active(desk.window)
    desk.window.show_search()
    desk.settle(200)


# --- the printer at the very end ---------------------------------------------------------------
class PrinterStandIn:
    """The system printer dialog, answered with Enter (one key), printing into a PDF file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.printed: list[tuple[str, int]] = []  # (preview title, pages)
        self.desk: Desk | None = None

    def install(self) -> Callable[[], None]:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        original = PdfPreviewDialog.choose_printer_and_print
        stand_in = self

        def choose_printer_and_print(dialog: PdfPreviewDialog) -> None:
            if stand_in.desk is not None:
                stand_in.desk._count(1)  # Enter in the printer dialog
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(stand_in.folder / f"printed-{len(stand_in.printed)}.pdf"))
            dialog._printer = printer  # the dialog keeps it, as the real path does
            if dialog.print_to(printer):
                stand_in.printed.append((dialog.windowTitle(), dialog.page_count()))

        setattr(PdfPreviewDialog, "choose_printer_and_print", choose_printer_and_print)  # noqa: B010

        def uninstall() -> None:
            setattr(PdfPreviewDialog, "choose_printer_and_print", original)  # noqa: B010

        return uninstall


# --- the jobs --------------------------------------------------------------------------------
def find_book_print(
    desk: Desk, ctx: ServiceContext, seeded: Seeded, printer: PrinterStandIn
) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QComboBox

    from desktop.ui.sessions.patient_workspace import PatientWorkspace
    from desktop.ui.sessions.session_dialog import SessionDialog

    window = desk.window
    patient_id = seeded.returning_patient_id
    desk.expect(
        "The search box has the focus",
        lambda: QApplication.focusWidget() is window.search_page.search_box,
    )
    desk.write(SEARCH_FOR_RETURNING)
    desk.expect(
        "The returning patient is the selected result",
        lambda: window.search_page.selected_patient_id() == patient_id,
    )
    desk.enter()
    desk.expect(
        "Her workspace is open",
        lambda: (
            isinstance(page := window.current_page(), PatientWorkspace)
            and page.patient_id == patient_id
            and page.patient is not None
        ),
    )
    planned_before = _planned(ctx, patient_id)
    desk.ctrl("B")
    dialog = desk.expect("The booking form is open", lambda: desk.visible(SessionDialog))
    # What a person checks on the form before booking: a physician, at least one area.
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    if physician.currentData() is None:
        desk.focus_field(physician, _label_of(dialog, physician))
        desk.key(Qt.Key.Key_Down)
    if not dialog.area_rows:
        desk.focus_field(dialog.area_picker)
        desk.write(_typeahead(dialog.area_picker, seeded.forehead_id))  # as last time
        desk.alt(_mnemonic(dialog.add_area_button.text()))
    desk.expect(
        "A physician and an area are on the form",
        lambda: physician.currentData() is not None and bool(dialog.area_rows),
    )
    desk.enter()
    warned = desk.wait_for(lambda: _closed(dialog) or dialog.warning_banner.isVisible())
    if warned and not _closed(dialog):
        desk.expect("A safety warning to acknowledge", lambda: dialog.warning_banner.isVisible())
        desk.key(Qt.Key.Key_Space)  # "I have checked: book anyway" has the focus
    desk.expect(
        "The session is booked and the form closed",
        lambda: _closed(dialog) and len(_planned(ctx, patient_id)) > len(planned_before),
    )
    booked = _planned(ctx, patient_id)
    print_pretreatment(desk)
    title = QCoreApplication.translate("handouts", "Pre-treatment sheet")
    preview = desk.expect(
        "The pre-treatment sheet is in the preview",
        lambda: _preview_titled(desk, title),
    )
    press_print(desk, preview)
    desk.expect(
        "The pre-treatment sheet was printed",
        lambda: any(t == preview.windowTitle() for t, _pages in printer.printed),
    )
    assert booked, "no planned session"


def free_slot_laser_print(
    desk: Desk, ctx: ServiceContext, seeded: Seeded, printer: PrinterStandIn
) -> None:
    """Two letters of the surname → her workspace → Ctrl+B → the laser → Ctrl+Shift+F →
    save → Ctrl+Shift+P → print."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    from desktop.services.sessions import records as sessions
    from desktop.ui.sessions.patient_workspace import PatientWorkspace
    from desktop.ui.sessions.session_dialog import SessionDialog

    window = desk.window
    patient_id = seeded.laser_patient_id
    desk.expect(
        "The search box has the focus",
        lambda: QApplication.focusWidget() is window.search_page.search_box,
    )
    desk.write(SEARCH_FOR_LASER_PATIENT)
    desk.expect(
        "She is the selected result",
        lambda: window.search_page.selected_patient_id() == patient_id,
    )
    desk.enter()
    desk.expect(
        "Her workspace is open",
        lambda: (
            isinstance(page := window.current_page(), PatientWorkspace)
            and page.patient_id == patient_id
            and page.patient is not None
        ),
    )
    planned_before = _planned(ctx, patient_id)
    desk.ctrl("B")
    dialog = desk.expect("The booking form is open", lambda: desk.visible(SessionDialog))
    physician, device = dialog.fields["physician_id"], dialog.fields["device_id"]
    assert isinstance(physician, QComboBox) and isinstance(device, QComboBox)
    if physician.currentData() is None:
        desk.focus_field(physician, _label_of(dialog, physician))
        desk.key(Qt.Key.Key_Down)
    if device.currentData() != seeded.laser_device_id:
        desk.focus_field(device, _label_of(dialog, device))
        desk.write(_typeahead(device, seeded.laser_device_id))
    desk.expect(
        "The physician and the laser are chosen, the areas are last time's",
        lambda: (
            physician.currentData() is not None
            and device.currentData() == seeded.laser_device_id
            and bool(dialog.area_rows)
        ),
    )
    start = dialog.fields["starts_time"]
    assert isinstance(start, QLineEdit)
    proposed = start.text()
    desk.ctrl("F", shift=True)
    slot = desk.expect(
        "The next free slot is filled in",
        lambda: dialog.free_slot._last,
    )
    desk.enter()
    warned = desk.wait_for(lambda: _closed(dialog) or dialog.warning_banner.isVisible())
    if warned and not _closed(dialog):
        desk.expect("A safety warning to acknowledge", lambda: dialog.warning_banner.isVisible())
        desk.key(Qt.Key.Key_Space)
    desk.expect(
        "The session is booked in that slot and the form closed",
        lambda: _closed(dialog) and len(_planned(ctx, patient_id)) > len(planned_before),
    )
    new_id = next(iter(set(_planned(ctx, patient_id)) - set(planned_before)))
    booked = sessions.get_session(ctx, new_id)
    if booked.device_id != seeded.laser_device_id or booked.starts_at != slot.starts_at:
        raise StepFailed(
            f"booked {booked.starts_at} on device {booked.device_id}, "
            f"not the slot {slot.starts_at} on the laser (the form proposed {proposed})"
        )
    print_pretreatment(desk)
    title = QCoreApplication.translate("handouts", "Pre-treatment sheet")
    preview = desk.expect(
        "The pre-treatment sheet is in the preview",
        lambda: _preview_titled(desk, title),
    )
    press_print(desk, preview)
    desk.expect(
        "The pre-treatment sheet was printed",
        lambda: any(t == preview.windowTitle() for t, _pages in printer.printed),
    )


def print_pretreatment(desk: Desk) -> None:
    """The Patient menu's "Print pre-treatment sheet": its shortcut, else the menu's and the
    entry's underlined letters (as the person reads them, in either language)."""
    from PySide6.QtTest import QTest

    from desktop.ui.handouts.actions import HandoutsFeature
    from desktop.ui.main_window import MenuName

    action = desk.window.feature(HandoutsFeature).action_pretreatment
    keys = action.shortcut()
    if keys.isEmpty():
        menu = desk.window.menu(MenuName.PATIENT)
        desk.alt(_mnemonic(menu.title()))
        desk.write(_mnemonic(action.text()))
        return
    chord = keys[0]  # type: ignore[index]  # QKeySequence has operator[]; the stubs miss it
    QTest.keyClick(desk._target(), chord.key(), chord.keyboardModifiers())
    desk.trail.append(keys.toString())
    desk._count(1)
    desk.settle(80)


def press_print(desk: Desk, preview: PdfPreviewDialog) -> None:
    """Enter when Print… is the preview's default button (it shows so), else its Ctrl+P."""
    if preview.print_button.isDefault():
        desk.enter()
    else:
        desk.ctrl("P")


def _typeahead(combo: QComboBox, data: object) -> str:
    """The fewest first letters of the item holding ``data`` that select it in ``combo``."""
    wanted = combo.findData(data)
    name = combo.itemText(wanted).casefold()
    others = [combo.itemText(i).casefold() for i in range(wanted)]
    for length in range(1, len(name) + 1):
        if not any(o.startswith(name[:length]) for o in others):
            return name[:length]
    return name


def _label_of(dialog: QWidget, field: QWidget) -> str:
    """The text of the label that names ``field`` (its buddy is the field or its box)."""
    from PySide6.QtWidgets import QLabel

    for label in dialog.findChildren(QLabel):
        # The stubs say a label always has a buddy; most have none.
        buddy: QWidget | None = label.buddy()
        if buddy is not None and (buddy is field or buddy.isAncestorOf(field)):
            return label.text()
    raise StepFailed(f"no label names {field.objectName()!r}")


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").index("&")
    return text.replace("&&", "")[at + 1].lower()


def walk_in_quote(desk: Desk, ctx: ServiceContext, language: str, printer: PrinterStandIn) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.patients.patient_dialog import PatientDialog

    window = desk.window
    desk.expect(
        "The search box has the focus",
        lambda: QApplication.focusWidget() is window.search_page.search_box,
    )
    desk.write(WALK_IN_NAME)
    desk.expect(
        "Nobody of that name yet",
        lambda: (
            window.search_page.model.rowCount() == 0 and window.search_page._query == WALK_IN_NAME
        ),
    )
    desk.ctrl("N")
    form = desk.expect(
        "The new-patient form is open, names filled", lambda: desk.visible(PatientDialog)
    )
    phone = form.fields["phone"]
    desk.focus_field(phone, _label_of(form, phone))
    desk.write(WALK_IN_PHONE)
    desk.enter()
    desk.expect(
        "The patient is saved and selected in the search",
        lambda: (
            _closed(form)
            and form.saved is not None
            and window.search_page.selected_patient_id() == form.saved.id
        ),
    )
    assert form.saved is not None
    patient_id = form.saved.id
    desk.ctrl("Q")
    builder = desk.expect(
        "The quote builder is open for the new patient",
        lambda: _builder_for(desk, patient_id),
    )
    for typed in QUOTE_AREAS[language]:
        lines = len(builder.lines)
        desk.write(typed)
        desk.enter()  # picks the area; its usual size is filled in
        desk.enter()  # adds the line
        desk.expect(f"A line for “{typed}”", partial(_has_lines, builder, lines + 1))
    desk.alt(_mnemonic(builder.issue_button.text()))
    desk.expect(
        "The quote is issued",
        lambda: builder.quote is not None and bool(builder.quote.number),
    )
    desk.ctrl("P")
    title = QCoreApplication.translate("QuoteBuilderDialog", "Price quote {number}").format(
        number=builder.quote.number if builder.quote else ""
    )
    preview = desk.expect("The quote is in the preview", lambda: _preview_titled(desk, title))
    press_print(desk, preview)
    desk.expect(
        "The quote was printed",
        lambda: any(t == preview.windowTitle() for t, _pages in printer.printed),
    )


def _closed(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return not isValid(widget) or not widget.isVisible()


def _planned(ctx: ServiceContext, patient_id: int) -> list[int]:
    from desktop.services.sessions import day_list as sessions_list

    return [r.id for r in sessions_list.patient_sessions(ctx, patient_id) if r.status == "planned"]


def _has_lines(builder: QuoteBuilderDialog, count: int) -> bool:
    return len(builder.lines) == count


def _builder_for(desk: Desk, patient_id: int) -> QuoteBuilderDialog | None:
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog

    builder = desk.visible(QuoteBuilderDialog)
    return builder if builder is not None and builder.builder.patient_id == patient_id else None


def _preview_titled(desk: Desk, title: str) -> PdfPreviewDialog | None:
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    for widget in desk.app.topLevelWidgets():
        if (
            isinstance(widget, PdfPreviewDialog)
            and widget.isVisible()
            and widget.windowTitle().startswith(title)
            and widget.page_count() > 0
        ):
            return widget
    return None


# --- running ---------------------------------------------------------------------------------
def run_jobs(
    app: QApplication,
    window: MainWindow,
    ctx: ServiceContext,
    seeded: Seeded,
    language: str,
    out: Path | None = None,
) -> list[Job]:
    """The jobs, one after the other, from the search box. Raises StepFailed."""
    desk = Desk(app, window, out)
    printer = PrinterStandIn(Path(tempfile.mkdtemp(prefix="peeldesk-printed-")))
    printer.desk = desk
    uninstall = printer.install()
    jobs: list[Job] = []
    try:
        for name, run in (
            ("find-book-print", lambda: find_book_print(desk, ctx, seeded, printer)),
            ("walk-in-quote", lambda: walk_in_quote(desk, ctx, language, printer)),
            ("free-slot-laser-print", lambda: free_slot_laser_print(desk, ctx, seeded, printer)),
        ):
            reset_to_search(desk)
            job = Job(name, BUDGETS[name])
            desk.job = job
            desk.shots = 0
            desk.trail = []
            jobs.append(job)
            run()
    finally:
        desk._watchdog.stop()
        uninstall()
        reset_to_search(desk)
    return jobs


def report(jobs: list[Job]) -> str:
    lines = []
    for job in jobs:
        verdict = "ok" if job.within_budget else "OVER BUDGET"
        lines.append(f"{job.name}: {job.keys} keys (budget {job.budget}), 0 clicks — {verdict}")
        previous = 0
        for step, keys in job.steps:
            lines.append(f"    {keys - previous:+3d}  {step}")
            previous = keys
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--language", choices=("en", "tr"), default="en")
    parser.add_argument("--out", type=Path, help="folder for a screenshot after each step")
    parser.add_argument("--patients", type=int, default=300, help="demo patients around them")
    args = parser.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)

    sys.path.insert(0, str(ROOT / "scripts"))
    from docs_screenshots import demo_database

    database = demo_database("peeldesk-keys-", patients=args.patients)

    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application
    from desktop.services.bootstrap import make_context, open_database
    from desktop.ui.shell import i18n

    app = create_application()
    assert isinstance(app, QApplication)
    if args.language != "en":
        qm = database.parent / "qm"
        import subprocess

        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "translations.py"),
                "release",
                "--out",
                str(qm),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        i18n.install_language(args.language, qm)
    else:
        i18n.install_language("en")
    db = open_database(f"sqlite:///{database}")
    seeded, desk_ctx = seed(make_context(db))
    from desktop.ui.main_window import MainWindow

    window = MainWindow(desk_ctx)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    try:
        jobs = run_jobs(app, window, desk_ctx, seeded, args.language, args.out)
    except StepFailed as failure:
        print(f"FAILED: {failure}")
        return 1
    finally:
        window.hide()
    print(report(jobs))
    db.dispose()
    return 0 if all(job.within_budget for job in jobs) else 1


if __name__ == "__main__":
    sys.exit(main())
