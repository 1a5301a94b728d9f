"""Sessions on the main window: the day list beside search, patient workspaces,
Patient-menu actions (book, record, history) and the Sessions menu (the catalog and rooms
editors are in desktop/ui/admin/treatment_setup_feature.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.formatting import format_date_time
from desktop.services.common.permissions import Permission, allowed
from desktop.services.patients import records as patients
from desktop.services.patients.records import PatientDetail
from desktop.services.sessions import records as sessions
from desktop.services.sessions.booking_defaults import booking_defaults
from desktop.services.sessions.rows import SessionDetail
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.sessions.day_list_page import DayListPage
from desktop.ui.sessions.patient_workspace import PatientWorkspace
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.shell.feature import Feature


class SessionsFeature(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.workspaces: dict[int, PatientWorkspace] = {}
        self.histories: dict[int, HistoryPage] = {}
        self.dialogs: list[QWidget] = []  # keep open dialogs referenced
        self.day_page = DayListPage(window.ctx, window.tasks)
        self.calendar: CalendarPage | None = None
        # Other features' additions to an existing session's form (Add photos…).
        self.session_form_extras: list[Callable[[SessionDialog, SessionDetail], None]] = []

    def install(self) -> None:
        window = self.window
        self.day_page.sig_open_session.connect(self.open_session)
        window.add_front_view(self.day_page)
        # Enter on a search result opens the patient's workspace; Ctrl+E still edits.
        window.set_search_opener(self.open_workspace)
        events = window.events
        events.sig_patient_saved.connect(self._patient_saved)
        events.sig_session_saved.connect(self._session_saved)
        events.sig_data_imported.connect(self.day_page.refresh)
        events.sig_patient_anonymised.connect(self._patient_anonymised)
        self._build_actions()
        self.day_page.refresh()

    def take_over_from(self, previous: Feature) -> None:
        """The same patients' workspaces reopen in the rebuilt window."""
        if isinstance(previous, SessionsFeature):
            for patient_id in list(previous.workspaces):
                self.open_workspace(patient_id)

    # --- menus ----------------------------------------------------------------------------
    def _action(self, text: str, keys: str, slot: Callable[[], object], menu: MenuName) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return self.window.add_action(menu, action)

    def _build_actions(self) -> None:
        menu = MenuName.PATIENT
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

        sessions_menu = MenuName.SESSIONS
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
        self._action(
            QCoreApplication.translate("SessionsFeature", "Ca&lendar"),
            "Ctrl+K",
            self.show_calendar,
            sessions_menu,
        )
        self.window.add_separator(sessions_menu)
        self._action(
            QCoreApplication.translate("SessionsFeature", "&Close tab"),
            "Ctrl+W",
            self.close_current_tab,
            sessions_menu,
        )

    # --- day list -------------------------------------------------------------------------
    def show_day_list(self) -> None:
        self.window.open_page(self.window.front_page)
        self.day_page.focus_list()

    def show_calendar(self) -> CalendarPage | None:
        """The day/week calendar in its own tab (opened once, then brought forward)."""
        if not allowed(self.ctx, Permission.BOOK_SESSIONS):
            return None
        if self.calendar is None:
            self.calendar = CalendarPage(self.ctx, self.window.tasks)
            self.calendar.offers = self.window.writes  # a refused move offers Sign now… too
            self.calendar.sig_open_session.connect(self.open_session)
            self.window.events.sig_session_saved.connect(self.calendar.refresh)
            # A move is a saved booking: the day list and open patients show it too.
            self.calendar.sig_session_moved.connect(self.window.events.sig_session_saved)
        if self.window.tabs.indexOf(self.calendar) < 0:  # first time, or its tab was closed
            self.window.add_page(
                self.calendar, QCoreApplication.translate("SessionsFeature", "Calendar")
            )
        self.window.open_page(self.calendar)
        self.calendar.grid.setFocus()
        return self.calendar

    def show_today(self) -> None:
        self.day_page.go_today()
        self.show_day_list()

    def close_current_tab(self) -> None:
        page = self.window.current_page()
        if page is not self.window.front_page and page is not None:
            self.close_page(page)

    def close_page(self, page: QWidget) -> None:
        if not self.window.close_page(page):
            return
        for registry in (self.workspaces, self.histories):
            for key, value in list(registry.items()):
                if value is page:
                    del registry[key]

    # --- patients -------------------------------------------------------------------------
    def open_workspace(self, patient_id: int) -> PatientWorkspace:
        window = self.window
        workspace = self.workspaces.get(patient_id)
        if workspace is None:
            patient_menu = window.menu(MenuName.PATIENT)
            actions = [a for a in patient_menu.actions() if not a.isSeparator()]
            sections = window.patient_sections(patient_id)  # other features' parts
            workspace = PatientWorkspace(
                self.ctx, window.tasks, patient_id, actions, sections=sections
            )
            workspace.sig_open_session.connect(self.open_session)
            workspace.sig_close.connect(self.close_page)
            workspace.sig_loaded.connect(
                lambda w=workspace: window.set_page_title(
                    w,
                    w.patient.full_name
                    if w.patient
                    else QCoreApplication.translate("SessionsFeature", "Patient"),
                )
            )
            self.workspaces[patient_id] = workspace
            window.add_page(workspace, QCoreApplication.translate("SessionsFeature", "Patient"))
        else:
            workspace.refresh()
        window.open_page(workspace)
        workspace.focus_sessions()
        return workspace

    def _patient_or_hint(self) -> int | None:
        return self.window.patient_or_hint(
            QCoreApplication.translate("SessionsFeature", "Find and select a patient first.")
        )

    def _patient_name(self, patient_id: int) -> str | None:
        workspace = self.workspaces.get(patient_id)
        if workspace is not None and workspace.patient is not None:
            return workspace.patient.full_name
        patient = value_or_none(
            self.window,
            QCoreApplication.translate("SessionsFeature", "Patient"),
            lambda: patients.get_patient(self.ctx, patient_id),
        )
        return None if patient is None else patient.full_name

    def book_current(self) -> SessionDialog | None:
        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        return self.book_for(patient_id)

    def book_for(self, patient_id: int, *, last_areas: bool = True) -> SessionDialog | None:
        """The booking form, offering the patient's usual physician, the first free quarter
        hour and (with ``last_areas``) the areas of their last session."""
        name = self._patient_name(patient_id)
        if name is None:
            return None
        defaults = value_or_none(
            self.window,
            QCoreApplication.translate("SessionsFeature", "Book session"),
            lambda: booking_defaults(self.ctx, patient_id),
        )
        if defaults is not None and not last_areas:
            defaults = replace(defaults, areas=())
        dialog = SessionDialog(
            self.ctx,
            patient_id=patient_id,
            patient_name=name,
            defaults=defaults,
            parent=self.window,
            writes=self.window.writes,
        )
        return self._run(dialog)

    def record_current(self) -> SessionDialog | None:
        patient_id = self._patient_or_hint()
        if patient_id is None:
            return None
        page = self.window.current_page()
        chosen = None
        if isinstance(page, PatientWorkspace | HistoryPage) and page.patient_id == patient_id:
            chosen = page.selected_session_id()
        elif page is self.window.front_page and self.day_page.selected_patient_id() == patient_id:
            chosen = self.day_page.selected_session_id()
        if chosen is None:
            done = attempt(
                self.window,
                QCoreApplication.translate("SessionsFeature", "Record session"),
                lambda: sessions.session_to_record(self.ctx, patient_id),
            )
            if done is None:
                return None
            chosen = done.value
        if chosen is None:
            self.window.show_status(
                QCoreApplication.translate(
                    "SessionsFeature",
                    "This patient has no planned session to record. Book one first (Ctrl+B).",
                ),
                6000,
            )
            return None
        return self.open_session(chosen)

    def open_session(self, session_id: int, *, edit_booking: bool = False) -> SessionDialog | None:
        detail = value_or_none(
            self.window,
            QCoreApplication.translate("SessionsFeature", "Open session"),
            lambda: sessions.get_session(self.ctx, session_id),
        )
        if detail is None:
            return None
        dialog = SessionDialog(
            self.ctx,
            patient_id=detail.patient_id,
            patient_name=detail.patient_name,
            session=detail,
            edit_booking=edit_booking,
            parent=self.window,
            writes=self.window.writes,
        )
        dialog.sig_change_booking.connect(
            lambda sid: QTimer.singleShot(0, lambda: self.open_session(sid, edit_booking=True))
        )
        for extra in self.session_form_extras:
            extra(dialog, detail)
        return self._run(dialog)

    def _run(self, dialog: SessionDialog) -> SessionDialog:
        self.dialogs.append(dialog)
        dialog.sig_session_saved.connect(self.events.sig_session_saved)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    # --- what other actions changed -------------------------------------------------------
    def _patient_saved(self, patient: PatientDetail) -> None:
        workspace = self.workspaces.get(patient.id)
        if workspace is not None:
            workspace.refresh()
        self.day_page.refresh()

    def _patient_anonymised(self, patient_id: int) -> None:
        for registry in (self.workspaces, self.histories):
            page = registry.get(patient_id)
            if page is not None:
                page.refresh()
        self.day_page.refresh()

    def _session_saved(self, detail: SessionDetail) -> None:
        when = detail.starts_at.astimezone(self.ctx.zone)
        self.window.show_status(
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
            self.window.show_status(
                QCoreApplication.translate(
                    "SessionsFeature",
                    "The treatment history is for physicians; ask a physician to open it.",
                ),
                5000,
            )
            return None
        window = self.window
        page = self.histories.get(patient_id)
        if page is None:
            page = HistoryPage(
                self.ctx, window.tasks, patient_id, sections=window.history_sections(patient_id)
            )
            page.sig_open_session.connect(self.open_session)
            page.sig_loaded.connect(
                lambda history, p=page: window.set_page_title(
                    p,
                    QCoreApplication.translate("SessionsFeature", "History — {name}").format(
                        name=history.patient_name
                    ),
                )
            )
            self.histories[patient_id] = page
            window.add_page(page, QCoreApplication.translate("SessionsFeature", "History"))
        window.open_page(page)
        page.table.setFocus()
        return page
