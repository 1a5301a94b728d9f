"""The main window: search first; everything else is one shortcut away.

The window owns its menus, pages and status bar and offers features a small typed API
(``add_action``, ``add_page``, ``add_front_view``, ``show_status``...). Features are built from
the ordered list in ``desktop.ui.shell.features`` and kept in a registry (``feature()``); they
never set attributes on the window. Changes travel on ``self.events`` (``AppEvents``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import parse_user_date
from desktop.services.common.permissions import Permission, allowed
from desktop.services.patients import records as patients
from desktop.services.patients.records import PatientDetail
from desktop.services.patients.validation import PatientInput
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.patients.search_page import PatientSearchPage
from desktop.ui.shell.actions import ActionRunner, value_or_none
from desktop.ui.shell.events import AppEvents
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.front_page import FrontPage, ShowsPatient
from desktop.ui.tasks import TaskRunner

FeatureT = TypeVar("FeatureT", bound=Feature)
# Builds one feature's part of a patient's workspace (the consents...) for a patient id.
PatientSection = Callable[[int], QWidget]
# A tab of a patient's history page: its title and its widget (the photos).
HistorySection = Callable[[int], tuple[str, QWidget]]


class MenuName(Enum):
    """The menu-bar menus, in the order shown; the value names the menu's object name."""

    FILE = "file"
    PATIENT = "patient"
    SESSIONS = "sessions"
    PAYMENTS = "payments"
    ADMIN = "admin"
    ACCOUNT = "account"
    HELP = "help"


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        features: Sequence[type[Feature]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        # One hub per application (one main window); a language switch builds both anew.
        self.events = AppEvents(self)
        self.writes = ActionRunner(self.tasks)
        self.setWindowTitle("PeelDesk")
        self.resize(1100, 720)

        self.tabs = QTabWidget(self)
        self.search_page = PatientSearchPage(ctx, self.tasks, self)
        self.front_page = FrontPage(self.search_page)
        self._open_from_search: Callable[[int], object] = self.open_patient
        self.search_page.sig_open_patient.connect(lambda pid: self._open_from_search(pid))
        self.search_page.sig_new_patient.connect(self.new_patient)
        self.tabs.addTab(self.front_page, self.tr("&Patients"))
        self.setCentralWidget(self.tabs)

        self._menus: dict[MenuName, QMenu] = {}
        self._patient_sections: list[PatientSection] = []
        self._history_sections: list[HistorySection] = []
        self._top_counts: dict[MenuName, int] = {}
        self._build_menus()
        self.database_label = QLabel(self._database_text())
        self.add_status_widget(self.database_label)
        self.events.sig_patient_saved.connect(self._patient_saved)
        self.events.sig_data_imported.connect(self.search_page.refresh)
        self.events.sig_patient_anonymised.connect(lambda _pid: self.search_page.refresh())

        if features is None:
            from desktop.ui.shell.features import FEATURES

            features = FEATURES
        self._features: dict[type[Feature], Feature] = {}
        for feature_type in features:
            feature = feature_type(self)
            # Registered before install: a later feature may look up an earlier one.
            self._features[feature_type] = feature
            feature.install()
        self._finish_menus()
        self.search_page.focus_search()
        # The first paint may move focus; the receptionist starts typing in search.
        QTimer.singleShot(0, self.search_page.focus_search)

    # --- features ------------------------------------------------------------------------
    def feature(self, feature_type: type[FeatureT]) -> FeatureT:
        """The installed feature of that type (KeyError if this window was built without it)."""
        found = self._features[feature_type]
        assert isinstance(found, feature_type)
        return found

    def has_feature(self, feature_type: type[Feature]) -> bool:
        return feature_type in self._features

    @property
    def feature_types(self) -> tuple[type[Feature], ...]:
        return tuple(self._features)

    def take_over_from(self, previous: MainWindow) -> None:
        """Carry each feature's state over from the window this one replaces."""
        for feature_type, feature in self._features.items():
            if feature_type in previous._features:
                feature.take_over_from(previous._features[feature_type])
        self.tabs.setCurrentIndex(min(previous.tabs.currentIndex(), self.tabs.count() - 1))

    # --- menus ---------------------------------------------------------------------------
    def menu(self, name: MenuName) -> QMenu:
        return self._menus[name]

    def add_action(self, menu: MenuName, action: QAction, *, at_top: bool = False) -> QAction:
        """Add ``action`` to ``menu`` and to the window, so its shortcut works from any page.

        ``at_top`` puts it before what other features added (in the order of such calls).
        """
        target = self._menus[menu]
        if at_top:
            self._insert_at_top(menu, action)
        else:
            target.addAction(action)
        self.addAction(action)
        return action

    def add_separator(self, menu: MenuName, *, at_top: bool = False) -> None:
        if not at_top:
            self._menus[menu].addSeparator()
            return
        separator = QAction(self)
        separator.setSeparator(True)
        self._insert_at_top(menu, separator)

    def _insert_at_top(self, menu: MenuName, action: QAction) -> None:
        target = self._menus[menu]
        index = self._top_counts.get(menu, 0)
        existing = target.actions()
        if index < len(existing):
            target.insertAction(existing[index], action)
        else:
            target.addAction(action)
        self._top_counts[menu] = index + 1

    def move_shortcut(self, taken: QKeySequence, replacement: QKeySequence) -> None:
        """Give every window action holding ``taken`` the ``replacement`` key instead.

        Two actions with one shortcut are ambiguous and neither fires; the feature that
        needs a key more often than a standard action claims it this way.
        """
        for action in self.findChildren(QAction):
            if taken in action.shortcuts():
                action.setShortcuts([k for k in action.shortcuts() if k != taken] + [replacement])

    def _build_menus(self) -> None:
        titles = {
            MenuName.FILE: self.tr("&File"),
            MenuName.PATIENT: self.tr("P&atient"),
            MenuName.SESSIONS: QCoreApplication.translate("SessionsFeature", "&Sessions"),
            MenuName.PAYMENTS: self.tr("Pa&yments"),
            MenuName.ADMIN: self.tr("A&dmin"),
            MenuName.ACCOUNT: self.tr("A&ccount"),
            MenuName.HELP: self.tr("&Help"),
        }
        for name in MenuName:
            menu = self.menuBar().addMenu(titles[name])
            # Found by object name in tests and tools: the title is translated.
            menu.setObjectName(f"{name.value}Menu")
            self._menus[name] = menu

        self.action_new_patient = QAction(self.tr("&New patient…"), self)
        self.action_new_patient.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_patient.triggered.connect(self.search_page.request_new_patient)
        self.add_action(MenuName.FILE, self.action_new_patient)
        self.action_find = QAction(self.tr("&Find patient"), self)
        self.action_find.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("F3")]
        )
        self.action_find.triggered.connect(self.show_search)
        self.add_action(MenuName.FILE, self.action_find)
        self.add_separator(MenuName.FILE)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.add_action(MenuName.FILE, self.action_quit)

        # Actions on "the current patient" (see current_patient_id); features add theirs.
        self.action_edit_patient = QAction(self.tr("&Edit patient details…"), self)
        self.action_edit_patient.setShortcut(QKeySequence("Ctrl+E"))
        self.action_edit_patient.triggered.connect(self._edit_current_patient)
        self.add_action(MenuName.PATIENT, self.action_edit_patient)

    def _finish_menus(self) -> None:
        for menu in self._menus.values():
            if not menu.actions():
                menu.menuAction().setVisible(False)
        # Only administrators see the Admin menu; the services refuse everyone else anyway.
        if not is_admin(self.ctx):
            self._menus[MenuName.ADMIN].menuAction().setVisible(False)

    # --- pages ---------------------------------------------------------------------------
    def add_front_view(self, view: QWidget) -> None:
        """Show ``view`` beside the search on the front page (the day list)."""
        self.front_page.add_side_view(view)

    def add_patient_section(self, section: PatientSection) -> None:
        """Show ``section(patient_id)`` in every patient's workspace, below the sessions."""
        self._patient_sections.append(section)

    def patient_sections(self, patient_id: int) -> list[QWidget]:
        """The features' sections for one patient's workspace, in the order they were added."""
        return [section(patient_id) for section in self._patient_sections]

    def add_history_section(self, section: HistorySection) -> None:
        """Show ``section(patient_id)`` as a tab beside the sessions in every patient's history."""
        self._history_sections.append(section)

    def history_sections(self, patient_id: int) -> list[tuple[str, QWidget]]:
        """The features' tabs for one patient's history page, in the order they were added."""
        return [section(patient_id) for section in self._history_sections]

    def add_page(self, page: QWidget, title: str) -> None:
        self.tabs.addTab(page, title)

    def open_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def close_page(self, page: QWidget) -> bool:
        """Close a page other than the front page; False if it is not one of ours."""
        index = self.tabs.indexOf(page)
        if index <= 0:
            return False
        self.tabs.removeTab(index)
        page.deleteLater()
        return True

    def set_page_title(self, page: QWidget, title: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(page), title)

    def current_page(self) -> QWidget:
        return self.tabs.currentWidget()

    def set_search_opener(self, opener: Callable[[int], object]) -> None:
        """What Enter on a search result does (default: the patient's details form)."""
        self._open_from_search = opener

    # --- status bar ----------------------------------------------------------------------
    def show_status(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def clear_status(self) -> None:
        self.statusBar().clearMessage()

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def _database_text(self) -> str:
        database = self.ctx.database
        if database.path is not None:
            return self.tr("Database: {location}").format(location=database.path)
        return self.tr("Database: {location}").format(
            location=database.engine.url.render_as_string(hide_password=True)
        )

    # --- the current patient -------------------------------------------------------------
    def current_patient_id(self) -> int | None:
        """The patient the Patient menu acts on: the open page's patient, else the one
        selected in the search results."""
        page = self.tabs.currentWidget()
        chosen = page.current_patient_id() if isinstance(page, ShowsPatient) else None
        return chosen if chosen is not None else self.search_page.selected_patient_id()

    def patient_or_hint(self, hint: str) -> int | None:
        """The current patient, or None after showing ``hint`` (already translated)."""
        patient_id = self.current_patient_id()
        if patient_id is None:
            self.show_status(hint, 4000)
        return patient_id

    def _edit_current_patient(self) -> None:
        patient_id = self.patient_or_hint(self.tr("Find and select a patient first."))
        if patient_id is not None:
            self.open_patient(patient_id)

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(0)  # the front page holds the search (maybe beside others)
        self.search_page.focus_search()

    def new_patient(self, typed: str = "") -> None:
        prefill = _prefill_from_search(typed)
        dialog = PatientDialog(self.ctx, prefill=prefill, parent=self, writes=self.writes)
        self._run_patient_dialog(dialog)

    def open_patient(self, patient_id: int) -> None:
        patient = value_or_none(
            self, self.tr("Open patient"), lambda: patients.get_patient(self.ctx, patient_id)
        )
        if patient is None:
            return
        dialog = PatientDialog(self.ctx, patient, parent=self, writes=self.writes)
        self._run_patient_dialog(dialog)

    def _run_patient_dialog(self, dialog: PatientDialog) -> None:
        dialog.sig_patient_saved.connect(self.events.sig_patient_saved)
        dialog.sig_open_patient.connect(self.open_patient_later)
        dialog.open()

    def open_patient_later(self, patient_id: int) -> None:
        """Open a patient the way search does (the workspace, where installed), after the
        closing dialog has finished."""
        QTimer.singleShot(0, lambda: self._open_from_search(patient_id))

    def _patient_saved(self, patient: PatientDetail) -> None:
        self.show_status(self.tr("Saved {name}.").format(name=patient.full_name), 5000)
        self.search_page.set_query(patient.full_name)
        self.search_page.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait(10_000)
        super().closeEvent(event)


def is_admin(ctx: ServiceContext) -> bool:
    return allowed(ctx, Permission.MANAGE_STAFF) or allowed(ctx, Permission.VIEW_AUDIT)


def _prefill_from_search(typed: str) -> PatientInput | None:
    """'Ayşe Yılmaz' typed in search becomes the new patient's names; digits, the phone."""
    words = typed.split()
    if not words:
        return None
    dates = [d for d in (parse_user_date(w) for w in words) if d is not None]
    digits = [w for w in words if any(ch.isdigit() for ch in w) and parse_user_date(w) is None]
    names = [w for w in words if not any(ch.isdigit() for ch in w)]
    given = " ".join(names[:-1]) if len(names) > 1 else " ".join(names)
    family = names[-1] if len(names) > 1 else ""
    return PatientInput(
        given_name=given,
        family_name=family,
        phone=" ".join(digits),
        birth_date=dates[0] if dates else None,
    )
