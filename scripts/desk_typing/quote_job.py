"""The walk-in job: a new patient registered from the search, a price quote built for her and
printed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from desk_typing.keyboard import Desk, closed, label_of, mnemonic
from desk_typing.printing import PrinterStandIn, press_print, preview_titled

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog

# What the person types, per interface language (area names are typed as the picker shows them).
WALK_IN_NAME = "Elif Karaca"
WALK_IN_PHONE = "05321234567"
QUOTE_AREAS = {"en": ("fore", "neck"), "tr": ("alın", "boyun")}


def walk_in_quote(desk: Desk, ctx: ServiceContext, language: str, printer: PrinterStandIn) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.patients.patient_dialog import PatientDialog

    window = desk.window
    desk.expect(
        "The search box has the focus",
        lambda: QApplication.focusWidget() is window.search_page.search_box,
    )
    desk.write(WALK_IN_NAME)
    desk.expect(
        "Nobody of that name yet",
        lambda: (
            window.search_page.model.rowCount() == 0 and window.search_page._query == WALK_IN_NAME
        ),
    )
    desk.ctrl("N")
    form = desk.expect(
        "The new-patient form is open, names filled", lambda: desk.visible(PatientDialog)
    )
    phone = form.fields["phone"]
    desk.focus_field(phone, label_of(form, phone))
    desk.write(WALK_IN_PHONE)
    desk.enter()
    desk.expect(
        "The patient is saved and selected in the search",
        lambda: (
            closed(form)
            and form.saved is not None
            and window.search_page.selected_patient_id() == form.saved.id
        ),
    )
    assert form.saved is not None
    patient_id = form.saved.id
    desk.ctrl("Q")
    builder = desk.expect(
        "The quote builder is open for the new patient",
        lambda: _builder_for(desk, patient_id),
    )
    for typed in QUOTE_AREAS[language]:
        lines = len(builder.lines)
        desk.write(typed)
        desk.enter()  # picks the area; its usual size is filled in
        desk.enter()  # adds the line
        desk.expect(f"A line for “{typed}”", partial(_has_lines, builder, lines + 1))
    desk.alt(mnemonic(builder.issue_button.text()))
    desk.expect(
        "The quote is issued",
        lambda: builder.quote is not None and bool(builder.quote.number),
    )
    desk.ctrl("P")
    title = QCoreApplication.translate("QuoteBuilderDialog", "Price quote {number}").format(
        number=builder.quote.number if builder.quote else ""
    )
    preview = desk.expect("The quote is in the preview", lambda: preview_titled(desk, title))
    press_print(desk, preview)
    desk.expect(
        "The quote was printed",
        lambda: any(t == preview.windowTitle() for t, _pages in printer.printed),
    )


def _has_lines(builder: QuoteBuilderDialog, count: int) -> bool:
    return len(builder.lines) == count


def _builder_for(desk: Desk, patient_id: int) -> QuoteBuilderDialog | None:
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog

    builder = desk.visible(QuoteBuilderDialog)
    return builder if builder is not None and builder.builder.patient_id == patient_id else None
