"""Printing at the end of a job: the Patient menu's pre-treatment sheet, the preview's Print…,
and the system printer dialog's stand-in (one key, Enter; it prints into a PDF file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk_typing.keyboard import Desk, mnemonic

if TYPE_CHECKING:
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


class PrinterStandIn:
    """The system printer dialog, answered with Enter (one key), printing into a PDF file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.printed: list[tuple[str, int]] = []  # (preview title, pages)
        self.desk: Desk | None = None

    def install(self) -> Callable[[], None]:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        original = PdfPreviewDialog.choose_printer_and_print
        stand_in = self

        def choose_printer_and_print(dialog: PdfPreviewDialog) -> None:
            if stand_in.desk is not None:
                stand_in.desk.count(1)  # Enter in the printer dialog
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(stand_in.folder / f"printed-{len(stand_in.printed)}.pdf"))
            dialog._printer = printer  # the dialog keeps it, as the real path does
            if dialog.print_to(printer):
                stand_in.printed.append((dialog.windowTitle(), dialog.page_count()))

        setattr(PdfPreviewDialog, "choose_printer_and_print", choose_printer_and_print)  # noqa: B010

        def uninstall() -> None:
            setattr(PdfPreviewDialog, "choose_printer_and_print", original)  # noqa: B010

        return uninstall


def print_pretreatment(desk: Desk) -> None:
    """The Patient menu's "Print pre-treatment sheet": its shortcut, else the menu's and the
    entry's underlined letters (as the person reads them, in either language)."""
    from PySide6.QtTest import QTest

    from desktop.ui.handouts.actions import HandoutsFeature
    from desktop.ui.main_window import MenuName

    action = desk.window.feature(HandoutsFeature).action_pretreatment
    keys = action.shortcut()
    if keys.isEmpty():
        menu = desk.window.menu(MenuName.PATIENT)
        desk.alt(mnemonic(menu.title()))
        desk.write(mnemonic(action.text()))
        return
    chord = keys[0]  # type: ignore[index]  # QKeySequence has operator[]; the stubs miss it
    QTest.keyClick(desk.target(), chord.key(), chord.keyboardModifiers())
    desk.trail.append(keys.toString())
    desk.count(1)
    desk.settle(80)


def press_print(desk: Desk, preview: PdfPreviewDialog) -> None:
    """Enter when Print… is the preview's default button (it shows so), else its Ctrl+P."""
    if preview.print_button.isDefault():
        desk.enter()
    else:
        desk.ctrl("P")


def preview_titled(desk: Desk, title: str) -> PdfPreviewDialog | None:
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    for widget in desk.app.topLevelWidgets():
        if (
            isinstance(widget, PdfPreviewDialog)
            and widget.isVisible()
            and widget.windowTitle().startswith(title)
            and widget.page_count() > 0
        ):
            return widget
    return None
