"""The main window's composition API: named menus, the feature list, the event hub."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.features import FEATURES


class _FirstFeature(Feature):
    def install(self) -> None:
        self.action = QAction("First", self.window)
        self.action.setShortcut(QKeySequence("Ctrl+Alt+1"))
        self.window.add_action(MenuName.PATIENT, self.action)


class _SecondFeature(Feature):
    def install(self) -> None:
        self.action = QAction("Second", self.window)
        self.window.add_action(MenuName.PATIENT, self.action)
        # A later feature reaches an earlier one through the registry.
        window = self.window
        self.first = window.feature(_FirstFeature) if window.has_feature(_FirstFeature) else None


def _window(qtbot, ctx, features) -> MainWindow:
    window = MainWindow(ctx, features=features)
    qtbot.addWidget(window)
    return window


def _patient_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menu(MenuName.PATIENT).actions() if not a.isSeparator()]


def test_a_feature_contributes_an_action_to_a_named_menu(qtbot, ctx) -> None:
    window = _window(qtbot, ctx, (_FirstFeature,))
    action = window.feature(_FirstFeature).action
    assert action in window.menu(MenuName.PATIENT).actions()
    assert window.menu(MenuName.PATIENT).objectName() == "patientMenu"
    # Registered on the window too, so its shortcut works whichever page is shown.
    assert action in window.actions()
    # Menus nobody filled stay out of the menu bar.
    assert not window.menu(MenuName.SESSIONS).menuAction().isVisible()


def test_the_feature_list_decides_the_order(qtbot, ctx) -> None:
    forward = _window(qtbot, ctx, (_FirstFeature, _SecondFeature))
    assert _patient_texts(forward)[-2:] == ["First", "Second"]
    assert forward.feature(_SecondFeature).first is forward.feature(_FirstFeature)
    backward = _window(qtbot, ctx, (_SecondFeature, _FirstFeature))
    assert _patient_texts(backward)[-2:] == ["Second", "First"]
    assert backward.feature(_SecondFeature).first is None  # not installed yet at that point


def test_the_menu_bar_keeps_its_order_and_hides_admin_from_reception(qtbot, ctx) -> None:
    window = _window(qtbot, ctx, FEATURES)
    names = [a.menu().objectName() for a in window.menuBar().actions()]
    assert names == [f"{name.value}Menu" for name in MenuName]
    assert window.feature_types == FEATURES
    # The test context acts as an administrator; a receptionist's window has no Admin menu.
    assert window.menu(MenuName.ADMIN).menuAction().isVisible()


def test_a_saved_patient_refreshes_the_open_workspace(qtbot, window, ctx) -> None:
    patient = patients.register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Kaya"))
    workspace = window.feature(SessionsFeature).open_workspace(patient.id)
    qtbot.waitUntil(lambda: workspace.patient is not None, timeout=5000)

    # Saved elsewhere (another dialog, another feature): announced on the hub only.
    renamed = patients.update_patient(
        ctx,
        patient.id,
        patient.row_version,
        PatientInput(given_name="Ayşe", family_name="Yıldız"),
    )
    window.events.sig_patient_saved.emit(renamed)
    qtbot.waitUntil(lambda: workspace.patient.full_name == "Ayşe Yıldız", timeout=5000)
    index = window.tabs.indexOf(workspace)
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == "Ayşe Yıldız", timeout=5000)
