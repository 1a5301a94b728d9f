"""The two booking jobs: a returning patient found in the search, booked and her pre-treatment
sheet printed; and the same with the next free slot on the laser (Ctrl+Shift+F)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk_typing.keyboard import Desk, StepFailed, closed, label_of, mnemonic, typeahead
from desk_typing.printing import PrinterStandIn, press_print, preview_titled, print_pretreatment
from desk_typing.seed import Seeded

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext
    from desktop.ui.sessions.session_dialog import SessionDialog

# What the person types (the search folds ş, ğ: no Turkish keyboard layout needed).
SEARCH_FOR_RETURNING = "eksi"
SEARCH_FOR_LASER_PATIENT = "vu"  # two letters of her surname


def find_book_print(
    desk: Desk, ctx: ServiceContext, seeded: Seeded, printer: PrinterStandIn
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from desktop.ui.sessions.session_dialog import SessionDialog

    patient_id = seeded.returning_patient_id
    open_workspace_by_search(desk, SEARCH_FOR_RETURNING, patient_id)
    planned_before = planned(ctx, patient_id)
    desk.ctrl("B")
    dialog = desk.expect("The booking form is open", lambda: desk.visible(SessionDialog))
    # What a person checks on the form before booking: a physician, at least one area.
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    if physician.currentData() is None:
        desk.focus_field(physician, label_of(dialog, physician))
        desk.key(Qt.Key.Key_Down)
    if not dialog.area_rows:
        desk.focus_field(dialog.area_picker)
        desk.write(typeahead(dialog.area_picker, seeded.forehead_id))  # as last time
        desk.alt(mnemonic(dialog.add_area_button.text()))
    desk.expect(
        "A physician and an area are on the form",
        lambda: physician.currentData() is not None and bool(dialog.area_rows),
    )
    save_acknowledging_warnings(desk, dialog)
    desk.expect(
        "The session is booked and the form closed",
        lambda: closed(dialog) and len(planned(ctx, patient_id)) > len(planned_before),
    )
    booked = planned(ctx, patient_id)
    print_pretreatment_sheet(desk, printer)
    assert booked, "no planned session"


def free_slot_laser_print(
    desk: Desk, ctx: ServiceContext, seeded: Seeded, printer: PrinterStandIn
) -> None:
    """Two letters of the surname → her workspace → Ctrl+B → the laser → Ctrl+Shift+F →
    save → Ctrl+Shift+P → print."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from desktop.services.sessions import records as sessions
    from desktop.ui.sessions.session_dialog import SessionDialog

    patient_id = seeded.laser_patient_id
    open_workspace_by_search(desk, SEARCH_FOR_LASER_PATIENT, patient_id)
    planned_before = planned(ctx, patient_id)
    desk.ctrl("B")
    dialog = desk.expect("The booking form is open", lambda: desk.visible(SessionDialog))
    physician, device = dialog.fields["physician_id"], dialog.fields["device_id"]
    assert isinstance(physician, QComboBox) and isinstance(device, QComboBox)
    if physician.currentData() is None:
        desk.focus_field(physician, label_of(dialog, physician))
        desk.key(Qt.Key.Key_Down)
    if device.currentData() != seeded.laser_device_id:
        desk.focus_field(device, label_of(dialog, device))
        desk.write(typeahead(device, seeded.laser_device_id))
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
    save_acknowledging_warnings(desk, dialog)
    desk.expect(
        "The session is booked in that slot and the form closed",
        lambda: closed(dialog) and len(planned(ctx, patient_id)) > len(planned_before),
    )
    new_id = next(iter(set(planned(ctx, patient_id)) - set(planned_before)))
    booked = sessions.get_session(ctx, new_id)
    if booked.device_id != seeded.laser_device_id or booked.starts_at != slot.starts_at:
        raise StepFailed(
            f"booked {booked.starts_at} on device {booked.device_id}, "
            f"not the slot {slot.starts_at} on the laser (the form proposed {proposed})"
        )
    print_pretreatment_sheet(desk, printer)


def open_workspace_by_search(desk: Desk, query: str, patient_id: int) -> None:
    """From the focused search box: type ``query``, Enter on the patient, her workspace opens."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.sessions.patient_workspace import PatientWorkspace

    window = desk.window
    desk.expect(
        "The search box has the focus",
        lambda: QApplication.focusWidget() is window.search_page.search_box,
    )
    desk.write(query)
    desk.expect(
        "The patient is the selected result",
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


def save_acknowledging_warnings(desk: Desk, dialog: SessionDialog) -> None:
    """Enter saves the form; a safety warning, if one shows, is acknowledged with Space
    ("I have checked: book anyway" has the focus)."""
    from PySide6.QtCore import Qt

    desk.enter()
    warned = desk.wait_for(lambda: closed(dialog) or dialog.warning_banner.isVisible())
    if warned and not closed(dialog):
        desk.expect("A safety warning to acknowledge", lambda: dialog.warning_banner.isVisible())
        desk.key(Qt.Key.Key_Space)


def print_pretreatment_sheet(desk: Desk, printer: PrinterStandIn) -> None:
    """Ctrl+Shift+P, then print from the preview; the stand-in printer must receive it."""
    from PySide6.QtCore import QCoreApplication

    print_pretreatment(desk)
    title = QCoreApplication.translate("handouts", "Pre-treatment sheet")
    preview = desk.expect(
        "The pre-treatment sheet is in the preview",
        lambda: preview_titled(desk, title),
    )
    press_print(desk, preview)
    desk.expect(
        "The pre-treatment sheet was printed",
        lambda: any(t == preview.windowTitle() for t, _pages in printer.printed),
    )


def planned(ctx: ServiceContext, patient_id: int) -> list[int]:
    from desktop.services.sessions import day_list as sessions_list

    return [r.id for r in sessions_list.patient_sessions(ctx, patient_id) if r.status == "planned"]
