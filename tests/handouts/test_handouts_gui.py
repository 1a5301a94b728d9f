"""Handouts through the real widgets: Patient menu → preview → print button path → audit."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.handouts import session_data as handout_sessions
from desktop.services.handouts import template_store
from desktop.services.handouts.template_store import TemplateDetail
from desktop.ui.handouts.actions import HandoutsFeature
from desktop.ui.handouts.products_dialog import ProductsDialog
from desktop.ui.handouts.template_editor import TemplateEditorDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests import handout_fixtures as hf


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


def _wait_for_preview(qtbot, window: MainWindow) -> PdfPreviewDialog:
    """The preview the handout action opens once its PDF is built off the GUI thread."""
    feature = window.feature(HandoutsFeature)
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10_000)
    preview = feature.last_preview
    assert preview is not None
    qtbot.addWidget(preview)
    return preview


def _shown_template(dialog: TemplateEditorDialog) -> TemplateDetail:
    """The template the editor has loaded (None only before it loads one)."""
    assert dialog.detail is not None
    return dialog.detail


@pytest.fixture
def reception(ctx) -> ServiceContext:
    hf.clinic(ctx)
    return ServiceContext(
        ctx.database,
        actor=Actor(staff_id=None, name="Şule at the desk", role="reception"),
        clock=ctx.clock,
        zone=ctx.zone,
    )


def test_ctrl_p_previews_the_aftercare_and_the_print_button_path_prints_it(
    qtbot, ctx, reception, tmp_path
) -> None:
    pid = hf.patient(ctx, "Şükrü", "Işık", "tr")
    old = hf.make_session(ctx, pid, datetime(2026, 10, 1, 8, 0, tzinfo=UTC), [("neck", 20)])
    latest = hf.make_session(
        ctx, pid, datetime(2026, 11, 25, 8, 30, tzinfo=UTC), [("forehead", 40), ("chin", 90)]
    )
    assert old != latest
    window = _window(qtbot, reception)  # a reception actor may print handouts
    _select_patient(qtbot, window, "Işık")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # Two sessions: the picker proposes today's (the latest) and Enter takes it.
    feature = window.feature(HandoutsFeature)
    qtbot.waitUntil(lambda: feature.last_picker is not None and feature.last_picker.isVisible())
    assert feature.last_picker is not None
    qtbot.keyClick(feature.last_picker.sessions, Qt.Key.Key_Return)
    preview = _wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: preview.page_count() == 1)
    assert "Şükrü Işık" in " ".join(_pdf_text(preview.pdf).split())
    assert "23 Aralık 2026" in _pdf_text(preview.pdf)  # the latest (deep) session's dates

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.sig_printed):
        assert preview.print_to(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print")
        ).one()
    assert (event.entity_id, event.patient_id, event.actor_name) == (
        latest,
        pid,
        "Şule at the desk",
    )
    assert json.loads(event.details) == {"destination": "", "document": "aftercare", "pages": 1}
    preview.close()
    window.tasks.wait()


def _pdf_text(pdf: bytes) -> str:
    import io

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pretreatment_action_uses_the_next_planned_session(qtbot, ctx, reception) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(
        ctx, pid, datetime(2026, 12, 9, 11, 0, tzinfo=UTC), [("neck", 20)], status="planned"
    )
    window = _window(qtbot, reception)
    _select_patient(qtbot, window, "Kaya")
    window.feature(HandoutsFeature).action_pretreatment.trigger()
    preview = _wait_for_preview(qtbot, window)
    assert "Wednesday, 9 December 2026, 14:00" in " ".join(_pdf_text(preview.pdf).split())
    preview.close()
    window.tasks.wait()


def test_no_session_gives_a_clear_message(qtbot, ctx, reception, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    hf.patient(ctx, "Ada", "Kaya", "en")
    window = _window(qtbot, reception)
    _select_patient(qtbot, window, "Kaya")
    window.feature(HandoutsFeature).action_aftercare.trigger()
    window.feature(HandoutsFeature).action_pretreatment.trigger()
    assert len(shown) == 2
    assert "no session marked as done" in shown[0]
    assert "no upcoming planned session" in shown[1]
    assert window.feature(HandoutsFeature).last_preview is None
    # Reception may not edit templates or prescriptions: the actions are disabled.
    assert not window.feature(HandoutsFeature).action_templates.isEnabled()
    assert not window.feature(HandoutsFeature).action_products.isEnabled()
    window.tasks.wait()


def test_template_editor_refuses_unknown_placeholder_then_saves_and_resets(
    qtbot, ctx, monkeypatch
) -> None:
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    shown = _shown_template(dialog)
    assert shown.key == "aftercare" and shown.language == "en"
    assert dialog.review_label.text().startswith("For the physician's review")
    dialog.editor.setPlainText(
        _shown_template(dialog).body.replace("{session_date}", "{treatment_day}")
    )
    assert not dialog.save()
    assert "{treatment_day}" in dialog.error_label.text()
    assert not template_store.get_template(ctx, "aftercare", "en").customised
    dialog.editor.setPlainText(
        _shown_template(dialog).body.replace("Treated areas", "Areas we treated")
    )
    assert dialog.save()
    assert template_store.get_template(ctx, "aftercare", "en").customised
    assert dialog.reset_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.reset()
    assert not template_store.get_template(ctx, "aftercare", "en").customised
    assert "Treated areas" in dialog.editor.toPlainText()


def test_products_dialog_stores_one_product_per_line(qtbot, ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "tr")
    sid = hf.make_session(ctx, pid, datetime(2026, 11, 25, 8, 30, tzinfo=UTC), [("neck", 20)])
    dialog = ProductsDialog(ctx, handout_sessions.read_handout_session(ctx, sid))
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Onarıcı krem, günde 3 kez\nSPF 50+ güneş kremi\n")
    with qtbot.waitSignal(dialog.sig_products_saved):
        dialog.save()
    assert handout_sessions.read_handout_session(ctx, sid).products == (
        "Onarıcı krem, günde 3 kez",
        "SPF 50+ güneş kremi",
    )
