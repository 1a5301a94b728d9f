"""Sessions → Print day sheet… through the real widgets: Ctrl+Shift+D, the defaults (the day
the front page shows, the logged-in physician or the first one), Enter → preview → print,
audited; a room's sheet."""

from __future__ import annotations

import io
import json
from datetime import time

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.day_sheet_dialog import DaySheetDialog
from desktop.ui.sessions.day_sheet_feature import DaySheetFeature
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests import handout_fixtures as hf
from tests.day_sheet_support import DAY, add_session, clinic_day


def _as(ctx: ServiceContext, name: str, role: str, staff_id: int | None = None) -> ServiceContext:
    return ServiceContext(
        ctx.database,
        actor=Actor(staff_id=staff_id, name=name, role=role),
        clock=ctx.clock,
        zone=ctx.zone,
    )


def _window(qtbot, ctx: ServiceContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.feature(SessionsFeature).day_page.set_day(DAY)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _open_with_keys(qtbot, window: MainWindow) -> DaySheetDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    feature = window.feature(DaySheetFeature)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    assert feature.dialog is not None
    return feature.dialog


def _preview(qtbot, dialog: DaySheetDialog) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview is not None
    qtbot.addWidget(dialog.preview)
    return dialog.preview


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_reception_prints_the_first_physicians_day_with_the_keyboard(qtbot, ctx, tmp_path) -> None:
    hf.clinic(ctx)
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    add_session(ctx, place, time(10, 0), "Ali", "Kaya", physician_id=place.other_physician_id)
    window = _window(qtbot, _as(ctx, "Deniz at the desk", "reception"))

    dialog = _open_with_keys(qtbot, window)
    assert dialog.chosen_day() == DAY  # the day the front page shows
    assert dialog.subject.currentText() == "Dr. Selin Arslan"  # the first physician
    dialog.activateWindow()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    preview = _preview(qtbot, dialog)
    qtbot.waitUntil(lambda: preview.page_count() == 1)
    text = _text(preview.pdf)
    assert "Day sheet" in text and "İpek Işıkoğlu" in text and "Ali Kaya" not in text
    assert "Dr. Selin Arslan" in preview.windowTitle()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.sig_printed):
        assert preview.print_to(printer)
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print")
        ).one()
    assert (event.entity, event.patient_id, event.actor_name) == (
        "day_sheet",
        None,
        "Deniz at the desk",
    )
    assert json.loads(event.details)["document"] == "day_sheet"
    preview.close()
    window.tasks.wait()


def test_a_physician_gets_her_own_day_and_a_room_sheet_lists_both(qtbot, ctx) -> None:
    hf.clinic(ctx)
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    add_session(ctx, place, time(10, 0), "Ali", "Kaya", physician_id=place.other_physician_id)
    doctor = _as(ctx, "Dr. İsmail Işık", "physician", place.other_physician_id)
    window = _window(qtbot, doctor)

    dialog = window.feature(DaySheetFeature).open_dialog()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.subject.currentData() == place.other_physician_id
    dialog.kind.setCurrentIndex(dialog.kind.findData("room"))
    assert dialog.subject.currentText() == "Oda 1"
    dialog.print_button.click()
    preview = _preview(qtbot, dialog)
    text = _text(preview.pdf)
    assert "Room: Oda 1" in text and "Ali Kaya" in text and "İpek Işıkoğlu" in text
    preview.close()
    window.tasks.wait()


def test_the_sessions_menu_lists_it_with_its_shortcut(qtbot, ctx) -> None:
    from desktop.ui.shell.shortcuts_dialog import collect_shortcuts

    window = _window(qtbot, ctx)
    entries = [e for e in collect_shortcuts(window) if e.action == "Print day sheet"]
    assert len(entries) == 1 and entries[0].keys == "Ctrl+Shift+D"
