"""Suggestions for the quote's area picker that match typed text folded like search.

Qt's own completer compares characters as they are, so "goz" never suggested "Göz
çevresi" although Enter found it. This completer filters the picker's own items through
the same folding (``desktop.services.quotes.area_matching``), against every name of the
area, so the drop-down and Enter always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.services.quotes.area_matching import typed_matches

# The picker's items keep every name of their area here (all languages), for matching.
MATCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedMatchFilter(QSortFilterProxyModel):
    """The rows whose shown text or names contain the typed text, folded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = ""

    def set_typed(self, typed: str) -> None:
        self.beginFilterChange()
        self._typed = typed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        texts = (
            model.data(index, Qt.ItemDataRole.DisplayRole),
            model.data(index, MATCH_TEXT_ROLE),
        )
        return any(isinstance(text, str) and typed_matches(self._typed, text) for text in texts)


def install_folded_completer(combo: QComboBox) -> QCompleter:
    """Give an editable combo box a pop-up of its items matching the typed text, folded."""
    matches = FoldedMatchFilter(combo)
    matches.setSourceModel(combo.model())
    completer = QCompleter(combo)
    completer.setModel(matches)
    # The filter above chooses the rows; the completer only shows them.
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    typed = combo.lineEdit()
    assert typed is not None  # only editable combo boxes get a completer

    def show_matches(text: str) -> None:
        matches.set_typed(text)
        if matches.rowCount() and text.strip():
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    typed.textEdited.connect(show_matches)
    return completer
