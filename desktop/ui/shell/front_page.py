"""The first tab: patient search, with what features put beside it (the day list)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.ui.patients.search_page import PatientSearchPage

# Search results carry four columns (name, given, birth date, phone): a little more room.
SEARCH_STRETCH = 5
SIDE_STRETCH = 4
INITIAL_SIZES = [560, 440]  # proportions: the initial split before any resize


@runtime_checkable
class ShowsPatient(Protocol):
    """A page or view that knows which patient the Patient menu should act on."""

    def current_patient_id(self) -> int | None: ...


class FrontPage(QSplitter):
    """Search on the left, contributed views on the right; the search box keeps the focus."""

    def __init__(self, search_page: PatientSearchPage) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("frontPage")
        self.search_page = search_page
        self.side_views: list[QWidget] = []
        self.addWidget(search_page)
        self.setStretchFactor(0, SEARCH_STRETCH)
        self.setChildrenCollapsible(False)

    def add_side_view(self, view: QWidget) -> None:
        self.addWidget(view)
        self.side_views.append(view)
        self.setStretchFactor(self.indexOf(view), SIDE_STRETCH)
        self.setSizes(INITIAL_SIZES)

    def current_patient_id(self) -> int | None:
        """The patient chosen in a side view that has the focus, else the search selection."""
        # The stubs say focusWidget() always returns a widget; it is None before any focus.
        focused: QWidget | None = self.focusWidget()
        focus = focused if focused is not None else self
        for view in self.side_views:
            if isinstance(view, ShowsPatient) and view.isAncestorOf(focus):
                chosen = view.current_patient_id()
                if chosen is not None:
                    return chosen
        return self.search_page.selected_patient_id()
