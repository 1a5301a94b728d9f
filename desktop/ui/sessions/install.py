"""Plugs sessions into the main window: day list on the front page, patient workspaces,
Patient-menu actions (book, record, history), a Sessions menu, and the catalog editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from desktop.formatting import format_date_time
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.services.patients import records as patients
from desktop.services.sessions import records as sessions
from desktop.ui.errors import show_problem
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.sessions.day_list_page import DayListPage
from desktop.ui.sessions.patient_workspace import PatientWorkspace
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.widgets.menus import shared_menu

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class FrontPage(QSplitter):
    """Search on the left, the day list on the right; the search box keeps the focus."""

    def __init__(self, search_page: QWidget, day_page: DayListPage) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("frontPage")
        self.search_page = search_page
        self.day_page = day_page
        self.addWidget(search_page)
        self.addWidget(day_page)
        # Taken out of the tab widget's stack it is explicitly hidden; bring it back.
        search_page.show()
        # Search results carry four columns (name, given, birth date, phone): a little more room.
        self.setStretchFactor(0, 5)
        self.setStretchFactor(1, 4)
        self.setSizes([560, 440])  # proportions: the initial split before any resize
        self.setChildrenCollapsible(False)

    def current_patient_id(self) -> int | None:
        if self.day_page.isAncestorOf(self.focusWidget() or self):
            return self.day_page.selected_patient_id()
        return None  # the main window falls back to the search selection


class SessionsFeature:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ctx = window.ctx
        self.workspaces: dict[int, PatientWorkspace] = {}
        self.histories: dict[int, HistoryPage] = {}
        self.dialogs: list[QWidget] = []  # keep open dialogs referenced

        tabs = window.tabs
        self.day_page = DayListPage(window.ctx, window.tasks)
        self.day_page.sig_open_session.connect(self.open_session)
        label = tabs.tabText(tabs.indexOf(window.search_page))
        tabs.removeTab(tabs.indexOf(window.search_page))
        self.front = FrontPage(window.search_page, self.day_page)
        tabs.insertTab(0, self.front, label)
        tabs.setCurrentIndex(0)

        # Enter on a search result opens the patient's workspace; Ctrl+E still edits.
        window.search_page.sig_open_patient.disconnect(window.open_patient)
        window.search_page.sig_open_patient.connect(self.open_workspace)
        saved = window._patient_saved

        def patient_saved(patient) -> None:
            saved(patient)
            workspace = self.workspaces.get(patient.id)
            if workspace is not None:
                workspace.refresh()
            self.day_page.refresh()

        window._patient_saved = patient_saved  # type: ignore[method-assign]
        self._build_actions()
        self.day_page.refresh()
        window.search_page.focus_search()

    # --- menus ----------------------------------------------------------------------------
    def _action(self, text: str, keys: str, slot, menu) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = self.window
        menu = window.patient_menu
        self.action_book = self._action(
            QCoreApplication.translate("SessionsFeature", "&Book session…"),
            "Ctrl+B",
            self.book_current,
            menu,
        )
        self.action_record = self._action(
            QCoreApplication.translate("SessionsFeature", "Re&cord session…"),
            "Ctrl+R",
            self.record_current,
            menu,
        )
        self.action_history = self._action(
            QCoreApplication.translate("SessionsFeature", "&History"),
            "Ctrl+H",
            self.history_current,
            menu,
        )
        clinical = allowed(self.ctx, Permission.RECORD_TREATMENT)
        self.action_record.setEnabled(clinical)
        self.action_history.setEnabled(allowed(self.ctx, Permission.VIEW_CLINICAL))

        # Right after the Patient menu.
        sessions_menu = QMenu(QCoreApplication.translate("SessionsFeature", "&Sessions"), window)
        bar_actions = window.menuBar().actions()
        after = bar_actions.index(window.patient_menu.menuAction()) + 1
        if after < len(bar_actions):
            window.menuBar().insertMenu(bar_actions[after], sessions_menu)
        else:
            window.menuBar().addMenu(sessions_menu)
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Day list"),
            "Ctrl+D",
            self.show_day_list,
            sessions_menu,
        )
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Today"),
            "Ctrl+T",
            self.show_today,
            sessions_menu,
        )
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Previous day"),
            "Alt+PgUp",
            lambda: self.day_page.move_day(-1),
            sessions_menu,
        )
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Next day"),
            "Alt+PgDown",
            lambda: self.day_page.move_day(1),
            sessions_menu,
        )
        sessions_menu.addSeparator()
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Close tab"),
            "Ctrl+W",
            self.close_current_tab,
            sessions_menu,
        )
        catalog_action = self._action(
            QCoreApplication.translate("SessionsFeature", "Treatment area &catalog…"),
            "",
            self.edit_catalog,
            _admin_menu(window),
        )
        catalog_action.setEnabled(allowed(self.ctx, Permission.MANAGE_CATALOG))

    # --- day list -------------------------------------------------------------------------
    def show_day_list(self) -> None:
        self.window.tabs.setCurrentWidget(self.front)
        self.day_page.focus_list()

    def show_today(self) -> None:
        self.day_page.go_today()
        self.show_day_list()

    def close_current_tab(self) -> None:
        page = self.window.tabs.currentWidget()
        if page is not self.front and page is not None:
            self.close_page(page)

    def close_page(self, page: QWidget) -> None:
        tabs = self.window.tabs
        index = tabs.indexOf(page)
        if index <= 0:
            return
        tabs.removeTab(index)
        for registry in (self.workspaces, self.histories):
            for key, value in list(registry.items()):
                if value is page:
                    del registry[key]
        page.deleteLater()

    # --- patients -------------------------------------------------------------------------
    def open_workspace(self, patient_id: int) -> PatientWorkspace:
        tabs = self.window.tabs
        workspace = self.workspaces.get(patient_id)
        if workspace is None:
            actions = [a for a in self.window.patient_menu.actions() if not a.isSeparator()]
            workspace = PatientWorkspace(self.ctx, self.window.tasks, patient_id, actions)
            workspace.sig_open_session.connect(self.open_session)
            workspace.sig_close.connect(self.close_page)
            workspace.sig_loaded.connect(
                lambda w=workspace: tabs.setTabText(
                    tabs.indexOf(w),
                    w.patient.full_name
                    if w.patient
                    else QCoreApplication.translate("SessionsFeature", "Patient"),
                )
            )
            self.workspaces[patient_id] = workspace
            tabs.addTab(workspace, QCoreApplication.translate("SessionsFeature", "Patient"))
        else:
            workspace.refresh()
        tabs.setCurrentWidget(workspace)
        workspace.focus_sessions()
        return workspace

    def _patient_or_hint(self) -> int | None:
        patient_id = self.window.current_patient_id()
        if patient_id is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("SessionsFeature", "Find and select a patient first."),
                4000,
            )
        return patient_id

    def _patient_name(self, patient_id: int) -> str | None:
        workspace = self.workspaces.get(patient_id)
        if workspace is not None and workspace.patient is not None:
            return workspace.patient.full_name
        try:
            return patients.get_patient(self.ctx, patient_id).full_name
        except (ServiceError, DatabaseProblem) as error:
            show_problem(
                self.window, QCoreApplication.translate("SessionsFeature", "Patient"), error
            )
            return None

    def book_current(self) -> SessionDialog | None:
        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        return self.book_for(patient_id)

    def book_for(self, patient_id: int) -> SessionDialog | None:
        name = self._patient_name(patient_id)
        if name is None:
            return None
        dialog = SessionDialog(
            self.ctx, patient_id=patient_id, patient_name=name, parent=self.window
        )
        return self._run(dialog)

    def record_current(self) -> SessionDialog | None:
        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        page = self.window.tabs.currentWidget()
        chosen = None
        if isinstance(page, PatientWorkspace | HistoryPage) and page.patient_id == patient_id:
            chosen = page.selected_session_id()
        elif page is self.front and self.day_page.selected_patient_id() == patient_id:
            chosen = self.day_page.selected_session_id()
        try:
            if chosen is None:
                chosen = sessions.session_to_record(self.ctx, patient_id)
        except (ServiceError, DatabaseProblem) as error:
            show_problem(
                self.window, QCoreApplication.translate("SessionsFeature", "Record session"), error
            )
            return None
        if chosen is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SessionsFeature",
                    "This patient has no planned session to record. Book one first (Ctrl+B).",
                ),
                6000,
            )
            return None
        return self.open_session(chosen)

    def open_session(self, session_id: int, *, edit_booking: bool = False) -> SessionDialog | None:
        try:
            detail = sessions.get_session(self.ctx, session_id)
        except (ServiceError, DatabaseProblem) as error:
            show_problem(
                self.window, QCoreApplication.translate("SessionsFeature", "Open session"), error
            )
            return None
        dialog = SessionDialog(
            self.ctx,
            patient_id=detail.patient_id,
            patient_name=detail.patient_name,
            session=detail,
            edit_booking=edit_booking,
            parent=self.window,
        )
        dialog.sig_change_booking.connect(
            lambda sid: QTimer.singleShot(0, lambda: self.open_session(sid, edit_booking=True))
        )
        return self._run(dialog)

    def _run(self, dialog: SessionDialog) -> SessionDialog:
        self.dialogs.append(dialog)
        dialog.sig_session_saved.connect(self._session_saved)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _session_saved(self, detail) -> None:
        when = detail.starts_at.astimezone(self.ctx.zone)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "SessionsFeature", "Saved the session of {name} on {when}."
            ).format(name=detail.patient_name, when=format_date_time(when)),
            5000,
        )
        if self.day_page.day == when.date():
            self.day_page.refresh(select_session=detail.id)
        else:
            self.day_page.refresh()
        for registry in (self.workspaces, self.histories):
            page = registry.get(detail.patient_id)
            if page is not None:
                page.refresh()

    # --- history --------------------------------------------------------------------------
    def history_current(self) -> HistoryPage | None:
        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        return self.open_history(patient_id)

    def open_history(self, patient_id: int) -> HistoryPage | None:
        if not allowed(self.ctx, Permission.VIEW_CLINICAL):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SessionsFeature",
                    "The treatment history is for physicians; ask a physician to open it.",
                ),
                5000,
            )
            return None
        tabs = self.window.tabs
        page = self.histories.get(patient_id)
        if page is None:
            page = HistoryPage(self.ctx, self.window.tasks, patient_id)
            page.sig_open_session.connect(self.open_session)
            page.sig_loaded.connect(
                lambda history, p=page: tabs.setTabText(
                    tabs.indexOf(p),
                    QCoreApplication.translate("SessionsFeature", "History — {name}").format(
                        name=history.patient_name
                    ),
                )
            )
            self.histories[patient_id] = page
            tabs.addTab(page, QCoreApplication.translate("SessionsFeature", "History"))
        tabs.setCurrentWidget(page)
        page.table.setFocus()
        return page

    # --- catalog --------------------------------------------------------------------------
    def edit_catalog(self) -> None:
        from desktop.ui.admin.catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self.ctx, self.window)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()


def _admin_menu(window: MainWindow) -> QMenu:
    """The shared Admin menu, before Help (another feature may have made it already)."""
    # Found by object name: the title is translated.
    return shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin"))


def install_sessions(window: MainWindow) -> SessionsFeature:
    feature = SessionsFeature(window)
    # The first paint may move focus; the receptionist starts typing in search.
    QTimer.singleShot(0, window.search_page.focus_search)
    return feature
