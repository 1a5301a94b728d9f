"""Help → Keyboard shortcuts: built from the window's real actions, so new ones list themselves."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutEntry:
    group: str
    action: str
    keys: str


def _plain(text: str) -> str:
    # "&New patient…" → "New patient"; "&&" stays a literal ampersand.
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


def _walk(menu: QMenu, group: str, seen: list[QAction], out: list[ShortcutEntry]) -> None:
    for action in menu.actions():
        # Hidden actions (and menus) are not for this person, and their shortcuts are off.
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, f"{group} › {_plain(action.text())}", seen, out)
            continue
        keys = _keys(action)
        # Keep the actions themselves: ids of discarded Python wrappers can be reused.
        if keys and not any(action is other for other in seen):
            seen.append(action)
            out.append(ShortcutEntry(group, _plain(action.text()), keys))


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action with a shortcut in the window's menus, in menu order."""
    entries: list[ShortcutEntry] = []
    seen: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            _walk(menu, _plain(top.text()), seen, entries)
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 480)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.entries = collect_shortcuts(window)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            parent_item = groups.get(entry.group)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [entry.group])
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                groups[entry.group] = parent_item
            QTreeWidgetItem(parent_item, [entry.action, entry.keys])
        forms = QTreeWidgetItem(self.tree, [self.tr("In forms and previews")])
        bold = forms.font(0)
        bold.setBold(True)
        forms.setFont(0, bold)
        for action, keys in (
            (self.tr("Go to a field"), self.tr("Alt + its underlined letter")),
            (self.tr("Book the session; print the preview"), self.tr("Enter")),
            (self.tr("Fill in the next free slot (session form)"), self.tr("Ctrl+Shift+F")),
            (self.tr("Cash-up: previous / next day, read again"), self.tr("Alt+←, Alt+→, F5")),
        ):
            QTreeWidgetItem(forms, [action, keys])
        search = QTreeWidgetItem(self.tree, [self.tr("In the search box")])
        font = search.font(0)
        font.setBold(True)
        search.setFont(0, font)
        for action, keys in (
            (self.tr("Move in the results"), self.tr("↑, ↓, Page Up, Page Down")),
            (self.tr("Open the selected patient"), self.tr("Enter")),
            (self.tr("Clear the search"), self.tr("Esc")),
        ):
            QTreeWidgetItem(search, [action, keys])
        calendar = QTreeWidgetItem(self.tree, [self.tr("In the calendar")])
        calendar.setFont(0, font)
        for action, keys in (
            (self.tr("Select a session"), self.tr("↑, ↓, ←, →")),
            (self.tr("Move the session by 15 minutes"), self.tr("Alt+↑, Alt+↓ (or Ctrl)")),
            (self.tr("Make it 15 minutes shorter or longer"), self.tr("Shift+Alt+↑, Shift+Alt+↓")),
            (self.tr("Move the session a day earlier or later"), self.tr("Ctrl+←, Ctrl+→")),
            (self.tr("Open the session"), self.tr("Enter, double-click")),
            (self.tr("Previous / next day or week"), self.tr("Page Up, Page Down, Alt+←, Alt+→")),
            (self.tr("Today"), self.tr("Home")),
            (self.tr("Type a date"), self.tr("Ctrl+G")),
            (self.tr("Columns by physician, room, device"), self.tr("Alt+1, Alt+2, Alt+3")),
            (self.tr("Whose week: physician, room or device"), self.tr("Alt+4")),
            (self.tr("Day view, week view"), self.tr("Ctrl+1, Ctrl+2")),
        ):
            QTreeWidgetItem(calendar, [action, keys])
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                item.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
