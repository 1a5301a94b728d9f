"""About dialog licences, and window/column sizes remembered between starts."""

from __future__ import annotations

from desktop import __version__
from desktop.services.workstation import view_state_file
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.about_dialog import AboutDialog


def test_about_shows_version_and_the_font_licence(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"PeelDesk {__version__}" in dialog.title.text()
    assert dialog.licences.count() >= 1
    assert dialog.licences.tabText(0) == "DejaVu"
    assert "Bitstream Vera" in dialog.licence_text()


def test_window_geometry_and_column_widths_survive_a_restart(qtbot, ctx) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 480)  # inside the offscreen 800×600 screen
    header = first.search_page.table.horizontalHeader()
    header.resizeSection(0, 222)
    qtbot.wait(500)  # column widths are written shortly after a drag ends
    first.close()

    text = view_state_file().read_text(encoding="latin-1")
    assert "columns" in text and "geometry" in text

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.search_page.table.horizontalHeader().sectionSize(0) == 222
    assert (second.width(), second.height()) == (700, 480)
