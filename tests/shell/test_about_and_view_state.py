"""About dialog licences, and window/column sizes remembered between starts."""

from __future__ import annotations

from desktop import __version__
from desktop.services.common.workstation import view_state_file
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.shell_feature import SEARCH_COLUMN_FRACTIONS


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


def test_desktop_entry_and_window_icon(qtbot, ctx) -> None:
    from configparser import ConfigParser

    from desktop.app import create_application
    from desktop.resources import resource_path
    from tests.translation_helpers import ROOT

    class CaseSensitiveParser(ConfigParser):
        def optionxform(self, optionstr: str) -> str:
            return optionstr  # keys are case-sensitive in .desktop files

    entry = CaseSensitiveParser(interpolation=None)
    entry.read(ROOT / "packaging" / "peeldesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"]) == (
        "Application",
        "peeldesk",
        "peeldesk",
    )
    assert resource_path("icons", f"{section['Icon']}.svg").is_file()

    app = create_application()
    assert app.desktopFileName() == "peeldesk"
    assert not app.windowIcon().isNull()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.windowIcon().pixmap(32, 32).width() == 32  # the SVG renders


def test_columns_fit_the_table_until_someone_resizes_one(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    header = window.search_page.table.horizontalHeader()
    fraction = SEARCH_COLUMN_FRACTIONS[0]
    qtbot.waitUntil(lambda: header.sectionSize(0) == max(40, int(header.width() * fraction)))
    # All four columns fit: no sideways scrolling in a fresh installation.
    assert header.length() <= header.width()
    window.close()
    assert "columns" not in view_state_file().read_text(encoding="latin-1")  # nothing chosen yet
