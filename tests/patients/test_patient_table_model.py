from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.patients.records import PatientRow
from desktop.ui.patients.patient_table_model import PatientTableModel


def _rows(start: int, count: int) -> list[PatientRow]:
    return [
        PatientRow(
            i, f"Ayşe {i}", "Yılmaz", date(1980, 1, 1 + i % 28), "+90 532 123 45 67", i % 7 == 0
        )
        for i in range(start, start + count)
    ]


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = PatientTableModel()
    model.reset_rows(_rows(1, 20), has_more=True)
    qtmodeltester.check(model)


def test_display_values_and_row_role() -> None:
    model = PatientTableModel()
    model.reset_rows(_rows(1, 2), has_more=False)
    assert model.data(model.index(0, PatientTableModel.COL_FAMILY)) == "Yılmaz"
    assert model.data(model.index(1, PatientTableModel.COL_BIRTH)) == "03.01.1980"
    assert model.data(model.index(0, 0), PatientTableModel.ROW_ROLE).id == 1


def test_fetch_more_asks_once_then_appends_without_duplicates(qtbot) -> None:
    model = PatientTableModel()
    model.reset_rows(_rows(1, 5), has_more=True)
    with qtbot.waitSignal(model.sig_more_wanted, timeout=1000):
        model.fetchMore()
    assert not model.canFetchMore()  # no second request while one is under way
    model.append_page(_rows(4, 5), has_more=False)
    assert model.rowCount() == 8
    ids = [model.data(model.index(r, 0), PatientTableModel.ROW_ROLE).id for r in range(8)]
    assert ids == list(range(1, 9))
    assert not model.canFetchMore()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Family name"
