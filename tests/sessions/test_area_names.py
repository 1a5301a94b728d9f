"""Screens name treatment areas in the interface language (the other one as tooltip)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.services.sessions import day_list
from desktop.services.sessions import records as sessions
from desktop.ui.history.history_models import HistoryTableModel
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from desktop.ui.sessions.day_list_model import SessionListModel
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.area_names import other_name, pick_name
from tests.history_print_support import rich_history
from tests.sessions_support import add_staff, book, screened_patient

TODAY = date(2026, 11, 25)
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _early(ctx):
    return dataclasses.replace(ctx, clock=lambda: datetime(2026, 11, 25, 5, 0, tzinfo=UTC))


def _combo_items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i, TOOLTIP)) for i in range(combo.count())]


def _screens(qtbot, ctx) -> dict:
    """Every screen that names areas, filled with İpek's history and a booking for today."""
    patient, history = rich_history(ctx)
    doctor = add_staff(ctx, "dr.kaya", "Dr. Can Kaya")
    other = screened_patient(ctx, "Gül", "Şen")
    booked = book(_early(ctx), other, doctor, TODAY, at=time(9, 0), codes=("forehead", "neck"))
    dialog = SessionDialog(ctx, patient_id=other, patient_name="Gül Şen", session=booked)
    qtbot.addWidget(dialog)
    table = HistoryTableModel(ctx.zone)
    table.reset_rows(history.sessions)
    day = SessionListModel(ctx.zone)
    day.reset_rows(day_list.day_sessions(ctx, TODAY).rows)
    tasks = TaskRunner()
    page = HistoryPage(ctx, tasks, patient)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.history is not None)
    tasks.wait()
    builder = QuoteBuilderDialog(ctx, patient)
    qtbot.addWidget(builder)
    summary = page.summary_model
    done = next(s for s in history.sessions if s.status == "done")  # 14 July: cheeks first
    return {
        "picker": _combo_items(dialog.area_picker),
        "rows": [(row.name, row.findChildren(QLabel)[0].toolTip()) for row in dialog.area_rows],
        "areas_cell": table.index(history.sessions.index(done), table.COL_AREAS).data(),
        "areas_tip": table.index(history.sessions.index(done), table.COL_AREAS).data(TOOLTIP),
        "reactions": table.index(history.sessions.index(done), table.COL_REACTIONS).data(),
        "summary": [summary.index(r, 0).data() for r in range(summary.rowCount())],
        "summary_tip": summary.index(0, 0).data(TOOLTIP),
        "day": day.index(0, SessionListModel.COL_AREAS).data(),
        "filter": _combo_items(page.area_filter)[1:],
        "quote": [text for text, _tip in _combo_items(builder.area_combo)[:2]],
        "print_language": page.print_language.currentData(),
    }  # fmt: skip


def test_turkish_interface_shows_turkish_area_names(qtbot, ctx, turkish) -> None:
    seen = _screens(qtbot, ctx)
    assert ("Alın", "Forehead") in seen["picker"]
    assert ("Yanaklar (iki yan)", "Cheeks (both)") in seen["picker"]
    assert seen["rows"] == [("Alın", "Forehead"), ("Boyun", "Neck")]
    assert seen["areas_cell"].splitlines()[0].startswith("Yanaklar (iki yan) 60 µm")
    assert "Cheeks (both)" in seen["areas_tip"]  # the English name as tooltip
    assert seen["reactions"].startswith("Yanaklar (iki yan): hafif kızarıklık")
    # Most treated first, then in Turkish alphabetical order.
    assert seen["summary"][:3] == ["Yanaklar (iki yan)", "Alın", "Göz çevresi"]
    assert seen["summary_tip"] == "Yanaklar (iki yan) — Cheeks (both)"
    assert seen["day"] == "Alın, Boyun"
    # The history filter lists the patient's areas by their Turkish names, in Turkish order.
    assert [text for text, _tip in seen["filter"]] == [
        "Alın",
        "Boyun",
        "Dekolte",
        "Dudak ve dudak çevresi",
        "El sırtları (iki el)",
        "Göz çevresi",
        "Leke veya iz",
        "Tüm yüz",
        "Yanaklar (iki yan)",
    ]
    assert ("Göz çevresi", "Eye contour") in seen["filter"]
    assert seen["quote"] == ["Tüm yüz (350 cm²)", "Alın (80 cm²)"]
    assert seen["print_language"] == "tr"


def test_english_interface_keeps_english_area_names(qtbot, ctx, english_afterwards) -> None:
    seen = _screens(qtbot, ctx)
    assert ("Forehead", "Alın") in seen["picker"]
    assert seen["rows"] == [("Forehead", "Alın"), ("Neck", "Boyun")]
    assert seen["areas_cell"].splitlines()[0].startswith("Cheeks (both) 60 µm")
    assert seen["summary"][:3] == ["Cheeks (both)", "Eye contour", "Forehead"]
    assert seen["day"] == "Forehead, Neck"
    assert [text for text, _tip in seen["filter"]][:3] == [
        "Back of hands (both)",
        "Cheeks (both)",
        "Décolleté",
    ]
    assert seen["quote"] == ["Full face (350 cm²)", "Forehead (80 cm²)"]
    assert seen["print_language"] == "en"


def test_booking_from_a_quote_line_shows_the_catalog_name_of_the_interface(
    qtbot, ctx, turkish
) -> None:
    patient = screened_patient(ctx, "Gül", "Şen")
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="Gül Şen")
    qtbot.addWidget(dialog)
    forehead = dialog.area_picker.itemData(dialog.area_picker.findText("Alın"))
    spot = dialog.area_picker.itemData(dialog.area_picker.findText("Leke veya iz"))
    # An English patient's quote names its lines in English; a custom line keeps its name.
    dialog.add_area(forehead, name="Forehead")
    dialog.add_area(spot, name="Scar on the left arm")
    assert [row.name for row in dialog.area_rows] == ["Alın", "Scar on the left arm"]


@pytest.mark.parametrize(
    ("language", "shown", "other"),
    [("tr", "Alın", "Forehead"), ("en", "Forehead", "Alın")],
)
def test_pick_name_falls_back_to_the_other_language(language, shown, other) -> None:
    assert pick_name({"en": "Forehead", "tr": "Alın"}, language) == shown
    assert other_name({"en": "Forehead", "tr": "Alın"}, language) == other
    assert pick_name({"en": "Forehead", "tr": ""}, "tr") == "Forehead"
    assert other_name({"en": "PRP", "tr": "PRP"}, language) == ""


def test_sessions_service_rows_carry_both_names(ctx) -> None:
    patient = screened_patient(ctx)
    doctor = add_staff(ctx, "dr.a", "Dr. A")
    booked = book(_early(ctx), patient, doctor, TODAY, codes=("chin", "nose"))
    row = day_list.day_sessions(ctx, TODAY).rows[0]
    assert row.area_names("tr") == ("Çene", "Burun")
    assert row.area_names("en") == row.areas == ("Chin", "Nose")
    assert [a.names["tr"] for a in sessions.get_session(ctx, booked.id).areas] == ["Çene", "Burun"]
