"""Every shortcut of the main window, and the Help → Keyboard shortcuts list built from them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidget

from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.shell_feature import ShellFeature
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, collect_shortcuts
from tests.helpers import line_edits, type_text
from tests.translation_helpers import wait_for_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.tasks.wait()


def _close(dialog) -> None:
    if isinstance(dialog, PatientDialog):
        dialog._initial = dialog._values()  # nothing typed to confirm
    dialog.done(0)


def _entry_texts(tree: QTreeWidget) -> list[str]:
    """The shortcut rows under every group heading (Qt's items are None only out of range)."""
    texts = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        assert group is not None
        for j in range(group.childCount()):
            entry = group.child(j)
            assert entry is not None
            texts.append(entry.text(0))
    return texts


def test_ctrl_n_opens_an_empty_new_patient_form(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, PatientDialog)
    assert dialog.windowTitle() == "New patient"
    assert line_edits(dialog.fields)["given_name"].text() == ""
    _close(dialog)


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_F, CTRL), (Qt.Key.Key_F3, None)])
def test_ctrl_f_and_f3_bring_focus_back_to_the_search_box(qtbot, window, key, modifier) -> None:
    box = window.search_page.search_box
    type_text(box, "kaya")
    window.search_page.table.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus())
    if modifier is None:
        qtbot.keyClick(window, key)
    else:
        qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(box.hasFocus)
    assert box.selectedText() == "kaya"  # typing replaces the old query


def test_ctrl_e_opens_the_selected_patient(qtbot, window, ctx) -> None:
    patients.register_patient(
        ctx, PatientInput(given_name="Gül", family_name="Şahin", birth_date=date(1990, 5, 6))
    )
    type_text(window.search_page.search_box, "sahin")
    qtbot.waitUntil(lambda: window.current_patient_id() is not None, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog = wait_for_dialog(qtbot, PatientDialog)
    assert dialog.windowTitle() == "Patient — Gül Şahin"
    _close(dialog)


def test_ctrl_e_without_a_selection_says_what_to_do(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert window.statusBar().currentMessage() == "Find and select a patient first."


def test_f1_lists_every_menu_shortcut_including_ones_added_later(qtbot, window) -> None:
    later = QAction("&Send a reminder…", window)
    later.setShortcut(QKeySequence("Ctrl+Shift+M"))
    window.menu(MenuName.PATIENT).addAction(later)

    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = wait_for_dialog(qtbot, ShortcutsDialog)
    listed = {(e.group, e.action): e.keys for e in dialog.entries}
    assert listed[("File", "New patient")] == "Ctrl+N"
    assert listed[("File", "Find patient")] == "Ctrl+F, F3"
    assert listed[("Patient", "Edit patient details")] == "Ctrl+E"
    assert listed[("Admin", "Clinic settings")] == "Ctrl+,"
    # Other features' actions list themselves: handouts and accounts.
    assert listed[("Patient", "Print aftercare sheet")] == "Ctrl+P"
    assert listed[("Account", "Lock screen")] == "Ctrl+L"
    assert listed[("Help", "Keyboard shortcuts")] == "F1"
    assert listed[("Patient", "Send a reminder")] == "Ctrl+Shift+M"
    texts = _entry_texts(dialog.tree)
    assert "Send a reminder" in texts and "Open the selected patient" in texts
    _close(dialog)


def test_ctrl_comma_opens_settings(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, SettingsDialog)
    _close(dialog)


def test_help_about_opens_the_about_dialog(qtbot, window) -> None:
    window.feature(ShellFeature).action_about.trigger()
    dialog = wait_for_dialog(qtbot, AboutDialog)
    _close(dialog)


def test_no_two_actions_share_a_shortcut(window) -> None:
    """Features add actions from their own _install methods: a clash would silently win or lose."""
    owners: dict[str, str] = {}
    clashes = []
    for entry in collect_shortcuts(window):
        for keys in entry.keys.split(", "):
            if keys in owners:
                clashes.append(f"{keys}: {owners[keys]} and {entry.action}")
            owners[keys] = entry.action
    assert clashes == []
