"""Turkish words PeelDesk takes from Qt: the Discard button says what it discards, and
shortcuts name the keys as a Turkish keyboard prints them (Ctrl, Shift, Alt), the same in the
menus and in Help → Keyboard shortcuts; "Kontrol" stays the follow-up visit."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QTreeWidgetItem

from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

QT_TURKISH_KEY_WORDS = ("Kontrol", "Üst Karakter", "Ust Karakter", "Seçenek")


def _discard_text(qtbot) -> str:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "?",
        "?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    return box.button(QMessageBox.StandardButton.Discard).text()


def _shortcuts(qtbot, window: MainWindow) -> tuple[dict[str, str], dict[str, str]]:
    """(keys listed by Help → Keyboard shortcuts, keys the menus show) per action."""
    later = QAction("Three modifiers", window)
    later.setShortcut(QKeySequence("Ctrl+Alt+Shift+M"))
    window.menu(MenuName.PATIENT).addAction(later)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {entry.action: entry.keys for entry in dialog.entries}
    # QMenu writes an action's shortcut as QKeySequence.toString(NativeText).
    in_menus = {
        action.text().replace("&", "").rstrip("…"): action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        for menu in window.findChildren(QMenu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    return listed, in_menus


def _keys(entry: QTreeWidgetItem | None) -> str:
    return entry.text(1) if entry is not None else ""


def _search_box_keys(qtbot, window: MainWindow) -> list[str]:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    # The search box's group (its title is translated): the one where Esc clears the search.
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    [group] = [
        g
        for g in groups
        if g is not None and "Esc" in [_keys(g.child(i)) for i in range(g.childCount())]
    ]
    return [entry.text(1) for entry in (group.child(i) for i in range(group.childCount())) if entry]


def test_turkish_discard_button_says_discard_changes(qtbot, turkish) -> None:
    assert _discard_text(qtbot) == "Değişiklikleri at"


def test_english_discard_button_unchanged(qtbot) -> None:
    assert _discard_text(qtbot) == "Discard"


def test_turkish_shortcuts_name_the_keys_as_printed_on_them(qtbot, ctx, turkish) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    listed, in_menus = _shortcuts(qtbot, window)
    assert listed["Three modifiers"] == "Ctrl+Alt+Shift+M"
    assert listed["Yeni hasta"] == "Ctrl+N"
    assert listed["Önceki gün"] == "Alt+Sayfa Yukarı"
    # The search box's keys (written by PeelDesk) use Qt's names for the same keys.
    assert "↑, ↓, Sayfa Yukarı, Sayfa Aşağı" in _search_box_keys(qtbot, window)
    for action, keys in listed.items():
        assert not any(word in keys for word in QT_TURKISH_KEY_WORDS), (action, keys)
        # The list says what the menu says (the first shortcut is the one a menu shows).
        assert in_menus[action] == keys.split(", ")[0], action


def test_english_shortcuts_unchanged(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    listed, _in_menus = _shortcuts(qtbot, window)
    assert listed["Three modifiers"] == "Ctrl+Alt+Shift+M"
    assert listed["New patient"] == "Ctrl+N"
