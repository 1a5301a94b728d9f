"""Which session a handout is for: today's by default, else the latest; the desk may pick."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.handouts.session_choice import session_choices
from desktop.ui.handouts.actions import HandoutsFeature
from desktop.ui.handouts.session_picker import SessionPickerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests import handout_fixtures as hf

# The tests' clock: 25 November 2026, 10:00 in Istanbul (07:00 UTC).
EIGHT_MONTHS_AGO = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)
LAST_MONTH = datetime(2026, 10, 21, 8, 0, tzinfo=UTC)
TODAY_1130 = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)  # 11:30 in Istanbul
TOMORROW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
NEXT_WEEK = datetime(2026, 12, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def reception(ctx) -> ServiceContext:
    hf.clinic(ctx)
    return ServiceContext(
        ctx.database,
        actor=Actor(staff_id=None, name="Şule at the desk", role="reception"),
        clock=ctx.clock,
        zone=ctx.zone,
    )


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


# --- the service ---------------------------------------------------------------------------
def test_aftercare_defaults_to_the_session_booked_today_not_the_last_done_one(ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    old = hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    today = hf.make_session(ctx, pid, TODAY_1130, [("forehead", 40)], status="planned")
    hf.make_session(ctx, pid, TOMORROW, [("chin", 40)], status="planned")  # not yet
    hf.make_session(ctx, pid, LAST_MONTH, [("chin", 40)], status="cancelled")
    choices = session_choices(ctx, pid, "aftercare")
    assert [c.session_id for c in choices.sessions] == [today, old]
    assert choices.default is not None and choices.default.session_id == today
    assert choices.default.is_today and choices.default.areas[0]["en"] == "Forehead"


def test_without_a_session_today_aftercare_defaults_to_the_most_recent_done(ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    recent = hf.make_session(ctx, pid, LAST_MONTH, [("forehead", 40)])
    hf.make_session(ctx, pid, NEXT_WEEK, [("chin", 40)], status="planned")
    choices = session_choices(ctx, pid, "aftercare")
    assert choices.default is not None and choices.default.session_id == recent
    assert len(choices.sessions) == 2 and not choices.default.is_today


def test_pretreatment_defaults_to_the_next_planned_session(ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(ctx, pid, LAST_MONTH, [("forehead", 40)])
    later = hf.make_session(ctx, pid, NEXT_WEEK, [("chin", 40)], status="planned")
    today = hf.make_session(ctx, pid, TODAY_1130, [("neck", 20)], status="planned")
    choices = session_choices(ctx, pid, "pretreatment")
    assert [c.session_id for c in choices.sessions] == [today, later]
    assert choices.default_index == 0


def test_an_arrived_patient_still_gets_her_sheets_for_today(ctx) -> None:
    # The desk marks her arrived (or the physician starts), then prints: today's session is the one.
    pid = hf.patient(ctx, "Ayşe", "Işık", "tr")
    old = hf.make_session(ctx, pid, LAST_MONTH, [("forehead", 40)])
    arrived = hf.make_session(ctx, pid, TODAY_1130, [("neck", 20)], status="arrived")
    pre = session_choices(ctx, pid, "pretreatment")
    assert [c.session_id for c in pre.sessions] == [arrived]
    after = session_choices(ctx, pid, "aftercare")
    assert [c.session_id for c in after.sessions] == [arrived, old]
    assert after.default is not None and after.default.session_id == arrived


# --- the Patient menu ------------------------------------------------------------------------
def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select_patient(qtbot, window: MainWindow, name: str) -> None:
    window.search_page.set_query(name)
    model = window.search_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    window.search_page.table.setCurrentIndex(model.index(0, 0))


def _picker(qtbot, window: MainWindow) -> SessionPickerDialog:
    feature = window.feature(HandoutsFeature)
    qtbot.waitUntil(lambda: feature.last_picker is not None and feature.last_picker.isVisible())
    picker = feature.last_picker
    assert picker is not None
    picker.activateWindow()  # offscreen Qt has no window manager to do it
    qtbot.waitUntil(picker.isActiveWindow)
    return picker


def _preview(qtbot, window: MainWindow) -> PdfPreviewDialog:
    feature = window.feature(HandoutsFeature)
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10_000)
    preview = feature.last_preview
    assert preview is not None
    qtbot.addWidget(preview)
    return preview


def _printed_session(ctx, preview: PdfPreviewDialog, qtbot, tmp_path) -> int:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.sig_printed):
        assert preview.print_to(printer)
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print")
        ).one()
    return int(event.entity_id)


def test_print_aftercare_proposes_todays_session_and_enter_prints_it(
    qtbot, ctx, reception, tmp_path
) -> None:
    pid = hf.patient(ctx, "Şükrü", "Işık", "tr")
    hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    today = hf.make_session(
        ctx, pid, TODAY_1130, [("forehead", 40), ("chin", 90)], status="planned"
    )
    window = _window(qtbot, reception)
    _select_patient(qtbot, window, "Işık")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    picker = _picker(qtbot, window)
    assert picker.sessions.count() == 2
    assert picker.sessions.currentRow() == 0
    assert picker.sessions.currentItem().text() == "25.11.2026 11:30 — Forehead, Chin (today)"
    assert picker.sessions.item(1).text() == "20.03.2026 11:00 — Neck"
    qtbot.keyClick(picker.sessions, Qt.Key.Key_Return)
    preview = _preview(qtbot, window)
    assert "25 Kasım 2026" in _pdf_text(preview.pdf)
    assert "20 Mart 2026" not in _pdf_text(preview.pdf)
    status = window.statusBar().currentMessage()
    assert "25.11.2026 11:30 — Forehead, Chin (today)" in status, status
    assert _printed_session(ctx, preview, qtbot, tmp_path) == today
    preview.close()
    window.tasks.wait()


def test_the_desk_may_pick_an_older_session_with_the_keyboard(
    qtbot, ctx, reception, tmp_path
) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    old = hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    hf.make_session(ctx, pid, LAST_MONTH, [("forehead", 40)])
    window = _window(qtbot, reception)
    _select_patient(qtbot, window, "Kaya")
    window.feature(HandoutsFeature).action_aftercare.trigger()
    picker = _picker(qtbot, window)
    assert picker.sessions.currentItem().text().startswith("21.10.2026")  # the latest done
    qtbot.keyClick(picker.sessions, Qt.Key.Key_Down)
    qtbot.keyClick(picker.sessions, Qt.Key.Key_Return)
    preview = _preview(qtbot, window)
    assert "20 March 2026" in _pdf_text(preview.pdf)
    assert "20.03.2026 11:00 — Neck" in window.statusBar().currentMessage()
    assert _printed_session(ctx, preview, qtbot, tmp_path) == old
    preview.close()
    window.tasks.wait()


def test_one_session_prints_at_once_and_the_status_names_it(qtbot, ctx, reception) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(ctx, pid, NEXT_WEEK, [("chin", 40)], status="planned")
    window = _window(qtbot, reception)
    _select_patient(qtbot, window, "Kaya")
    window.feature(HandoutsFeature).action_pretreatment.trigger()
    preview = _preview(qtbot, window)
    assert window.feature(HandoutsFeature).last_picker is None
    assert "02.12.2026 11:30 — Chin" in window.statusBar().currentMessage()
    preview.close()
    window.tasks.wait()


def test_enter_in_the_list_chooses_the_session_once(qtbot, ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    hf.make_session(ctx, pid, LAST_MONTH, [("forehead", 40)])
    picker = SessionPickerDialog(ctx, "Aftercare sheet", session_choices(ctx, pid, "aftercare"))
    qtbot.addWidget(picker)
    picker.show()
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    chosen: list = []
    picker.sig_session_chosen.connect(chosen.append)
    qtbot.keyClick(picker.sessions, Qt.Key.Key_Return)
    assert [c.local_day.isoformat() for c in chosen] == ["2026-10-21"]
    assert not picker.isVisible()


def test_the_picker_speaks_turkish(qtbot, ctx, turkish) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "tr")
    hf.make_session(ctx, pid, EIGHT_MONTHS_AGO, [("neck", 20)])
    hf.make_session(ctx, pid, TODAY_1130, [("forehead", 40), ("chin", 90)], status="planned")
    picker = SessionPickerDialog(ctx, "Bakım", session_choices(ctx, pid, "aftercare"))
    qtbot.addWidget(picker)
    assert picker.sessions.item(0).text() == "25.11.2026 11:30 — Alın, Çene (bugün)"
    assert picker.sessions.item(1).text() == "20.03.2026 11:00 — Boyun"
