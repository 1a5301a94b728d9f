"""Patient documents ask before printing without the clinic's name or phone (one shared check)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from reportlab.platypus import Paragraph

from desktop.printing.layout import ClinicIdentity, DocumentMeta, build_pdf, styles
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_identity import missing_clinic_details
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.widgets.document_output import show_document
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests import handout_fixtures as hf
from tests.accounts_helpers import as_role

ROOT = Path(__file__).resolve().parents[2]


def _pdf() -> bytes:
    meta = DocumentMeta(title="T", language="en", clinic=ClinicIdentity(name=""))
    return build_pdf(meta, [Paragraph("x", styles()["body"])])


def _answer(button_text: str, seen: list[str]) -> None:
    """Click the button whose text contains ``button_text`` in the question once it shows."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        for button in box.findChildren(QPushButton):
            if button_text in button.text().replace("&", ""):
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, poll)


def _show(ctx: ServiceContext, parent=None) -> PdfPreviewDialog | None:
    return show_document(
        parent,
        ctx,
        _pdf(),
        title="Aftercare sheet",
        suggested_name="x.pdf",
        document="aftercare",
        patient_id=None,
    )


def test_the_service_names_what_is_missing(ctx) -> None:
    assert "name and phone number are not filled in" in str(missing_clinic_details(ctx))
    settings.update(ctx, {"clinic_name": "Işıl Güzellik Kliniği"})
    assert "phone number is not filled in" in str(missing_clinic_details(ctx))
    settings.update(ctx, {"clinic_name": " ", "clinic_phone": "+90 216 555 01 23"})
    assert "name is not filled in" in str(missing_clinic_details(ctx))
    settings.update(ctx, {"clinic_name": "Işıl Güzellik Kliniği"})
    assert missing_clinic_details(ctx) is None


def test_print_anyway_still_opens_the_preview(qtbot, ctx) -> None:
    seen: list[str] = []
    _answer("Print anyway", seen)
    preview = _show(ctx)
    assert preview is not None
    qtbot.addWidget(preview)
    assert "name and phone number are not filled in" in seen[0]
    assert any("Open clinic settings" in text.replace("&", "") for text in seen[1:])
    preview.close()


def test_cancel_prints_nothing_and_reception_is_not_offered_settings(qtbot, ctx) -> None:
    seen: list[str] = []
    _answer("Cancel", seen)
    assert _show(as_role(ctx, "reception")) is None
    assert not any("Open clinic settings" in text.replace("&", "") for text in seen[1:])
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def test_open_clinic_settings_opens_the_settings_of_the_window(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen: list[str] = []
    _answer("Open clinic settings", seen)
    assert _show(ctx, window) is None
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.parent() is window
    dialog.reject()


def test_no_question_once_the_clinic_is_filled_in(qtbot, ctx) -> None:
    hf.clinic(ctx)
    preview = _show(ctx)  # a question here would block the test
    assert preview is not None
    qtbot.addWidget(preview)
    preview.close()


def test_the_cli_warns_but_still_writes_the_sheet(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    sid = hf.make_session(ctx, pid, datetime(2026, 11, 25, 8, 30, tzinfo=UTC), [("neck", 20)])
    database.dispose()
    out = tmp_path / "aftercare.pdf"
    command = [sys.executable, "-m", "desktop", "--database", str(path)]
    result = subprocess.run(
        [*command, "print", "aftercare", str(sid), "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "warning: The clinic's name and phone number are not filled in" in result.stderr
    assert "Traceback" not in result.stderr
    assert PdfReader(io.BytesIO(out.read_bytes())).pages


@pytest.mark.parametrize("document", ["aftercare", "quote", "history"])
def test_every_patient_document_goes_through_the_check(document) -> None:
    """One shared check: every patient document's preview opens through show_document."""
    sources = {
        "aftercare": ROOT / "desktop/ui/handouts/actions.py",
        "quote": ROOT / "desktop/ui/quotes/quote_lifecycle.py",
        "history": ROOT / "desktop/ui/history/history_page.py",
    }
    text = sources[document].read_text(encoding="utf-8")
    assert "show_document(" in text and "PdfPreviewDialog(" not in text
