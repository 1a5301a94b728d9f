"""The patient search and the new-patient form fit the screen: the search box shows its whole
placeholder at the window's default size, and the form needs no scrolling on a 1600×1000
screen, in English and in Turkish."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QScrollArea, QStyle, QStyleOptionFrame

from desktop.ui.main_window import MainWindow
from desktop.ui.patients.patient_dialog import PatientDialog

# Qt's QLineEdit keeps 2 px each side of the text (QLineEditPrivate::horizontalMargin), and
# the clear button, once shown, takes a 16 px icon, 6 px of padding and a 2 px margin.
LINE_EDIT_TEXT_MARGINS = 2 * 2
CLEAR_BUTTON = 16 + 6 + 2
# A 1600×1000 screen less a task bar (48 px) and the dialog's title bar and frame (40 px).
SCREEN_HEIGHT_FOR_A_DIALOG = 1000 - 48 - 40


def _text_area_width(box: QLineEdit) -> int:
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    contents = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    margins = box.textMargins()
    return (
        contents.width()
        - margins.left()
        - margins.right()
        - LINE_EDIT_TEXT_MARGINS
        - (CLEAR_BUTTON if box.isClearButtonEnabled() else 0)
    )


def _placeholder_fits(window: MainWindow) -> tuple[str, int, int]:
    box = window.search_page.search_box
    text = box.placeholderText()
    assert text
    return text, box.fontMetrics().horizontalAdvance(text), _text_area_width(box)


def test_search_placeholder_fits_in_english(window) -> None:
    text, needed, room = _placeholder_fits(window)
    assert needed <= room, (text, needed, room)


def test_search_placeholder_fits_in_turkish(turkish, window) -> None:
    text, needed, room = _placeholder_fits(window)
    assert window.search_page.search_box.accessibleName() == "Hasta ara"
    assert needed <= room, (text, needed, room)


def _form_fits(qtbot, ctx) -> None:
    dialog = PatientDialog(ctx)  # an administrator's: every row, the notes too
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.height() <= SCREEN_HEIGHT_FOR_A_DIALOG, hint
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    # As it opens, the whole form shows: nothing to scroll.
    assert scroll.verticalScrollBar().maximum() == 0, (hint, dialog.size())


def test_new_patient_form_needs_no_scrolling_in_english(qtbot, ctx) -> None:
    _form_fits(qtbot, ctx)


def test_new_patient_form_needs_no_scrolling_in_turkish(qtbot, ctx, turkish) -> None:
    _form_fits(qtbot, ctx)
