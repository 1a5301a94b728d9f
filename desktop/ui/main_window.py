"""The main window: search first; everything else is one shortcut away."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import parse_user_date
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.patients import records as patients
from desktop.services.patients.records import PatientDetail
from desktop.services.patients.validation import PatientInput
from desktop.ui.errors import show_problem
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.patients.search_page import PatientSearchPage
from desktop.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.setWindowTitle("PeelDesk")
        self.resize(1100, 720)

        self.tabs = QTabWidget(self)
        self.search_page = PatientSearchPage(ctx, self.tasks, self)
        self.search_page.sig_open_patient.connect(self.open_patient)
        self.search_page.sig_new_patient.connect(self.new_patient)
        self.tabs.addTab(self.search_page, self.tr("&Patients"))
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self.database_label = QLabel(self._database_text())
        self.statusBar().addPermanentWidget(self.database_label)
        self.search_page.focus_search()
        self._install_handouts()
        self._install_sessions()
        self._install_quotes()
        self._install_backups()
        self._install_shipit()
        self._install_dbsetting()
        # Last: it shows who is logged in and hides the Admin menu from other roles.
        self._install_accounts()

    def _install_backups(self) -> None:
        """Backup status and schedule, "Back up now", patient export and anonymisation."""
        from desktop.ui.backups.actions import BackupActions

        self.backups = BackupActions(self)

    def _install_sessions(self) -> None:
        """Day list beside search, patient workspaces, book/record/history, area catalog."""
        from desktop.ui.sessions.install import install_sessions

        self.sessions = install_sessions(self)

    def _install_quotes(self) -> None:
        from desktop.ui.quotes.install import install_quotes

        install_quotes(self)

    def _database_text(self) -> str:
        database = self.ctx.database
        if database.path is not None:
            return self.tr("Database: {location}").format(location=database.path)
        return self.tr("Database: {location}").format(
            location=database.engine.url.render_as_string(hide_password=True)
        )

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.action_new_patient = QAction(self.tr("&New patient…"), self)
        self.action_new_patient.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_patient.triggered.connect(lambda: self.new_patient(""))
        file_menu.addAction(self.action_new_patient)
        self.action_find = QAction(self.tr("&Find patient"), self)
        self.action_find.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("F3")])
        self.action_find.triggered.connect(self.show_search)
        file_menu.addAction(self.action_find)
        file_menu.addSeparator()
        quit_action = self.action_quit = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.addActions([self.action_new_patient, self.action_find])

        # Actions on "the current patient" (see current_patient_id). Features add theirs here
        # from their own _install_<feature>() method; patient views show the same actions.
        self.patient_menu = self.menuBar().addMenu(self.tr("P&atient"))
        self.patient_menu.setObjectName("patientMenu")
        self.action_edit_patient = QAction(self.tr("&Edit patient details…"), self)
        self.action_edit_patient.setShortcut(QKeySequence("Ctrl+E"))
        self.action_edit_patient.triggered.connect(self._edit_current_patient)
        self.patient_menu.addAction(self.action_edit_patient)
        self.addAction(self.action_edit_patient)

        # Help → Keyboard shortcuts and About come from _install_shipit.
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")

    def _install_handouts(self) -> None:
        """Patient menu: print aftercare / pre-treatment sheets; Admin: handout templates."""
        from desktop.ui.handouts.actions import HandoutActions

        self.handouts = HandoutActions(self)

    def _install_dbsetting(self) -> None:
        """Admin → Database connection…: this computer's database, tested before saving."""
        from desktop.ui.settings.install import install_dbsetting

        install_dbsetting(self)

    def _install_accounts(self) -> None:
        from desktop.ui.accounts.install import install_accounts

        install_accounts(self)

    # --- actions -----------------------------------------------------------------------
    def current_patient_id(self) -> int | None:
        """The patient the Patient menu acts on: the open patient's tab (a page with its own
        current_patient_id()), else the one selected in the search results."""
        page_choice = getattr(self.tabs.currentWidget(), "current_patient_id", None)
        chosen = page_choice() if callable(page_choice) else None
        return chosen if chosen is not None else self.search_page.selected_patient_id()

    def _edit_current_patient(self) -> None:
        patient_id = self.current_patient_id()
        if patient_id is None:
            self.statusBar().showMessage(self.tr("Find and select a patient first."), 4000)
            return
        self.open_patient(patient_id)

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(0)  # the front page holds the search (maybe beside others)
        self.search_page.focus_search()

    def new_patient(self, typed: str = "") -> None:
        prefill = _prefill_from_search(typed)
        dialog = PatientDialog(self.ctx, prefill=prefill, parent=self)
        self._run_patient_dialog(dialog)

    def open_patient(self, patient_id: int) -> None:
        try:
            patient = patients.get_patient(self.ctx, patient_id)
        except (ServiceError, DatabaseProblem) as error:
            show_problem(self, self.tr("Open patient"), error)
            return
        dialog = PatientDialog(self.ctx, patient, parent=self)
        self._run_patient_dialog(dialog)

    def _run_patient_dialog(self, dialog: PatientDialog) -> None:
        dialog.sig_patient_saved.connect(self._patient_saved)
        dialog.sig_open_patient.connect(self.open_patient_later)
        dialog.open()

    def open_patient_later(self, patient_id: int) -> None:
        # Let the closing dialog finish before the next one opens.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.open_patient(patient_id))

    def _patient_saved(self, patient: PatientDetail) -> None:
        self.statusBar().showMessage(self.tr("Saved {name}.").format(name=patient.full_name), 5000)
        self.search_page.set_query(patient.full_name)
        self.search_page.focus_search()

    def _install_shipit(self) -> None:
        """Window icon, remembered sizes, Settings, Help → Keyboard shortcuts and About."""
        from desktop.ui.shell.install import install_shell

        install_shell(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait(10_000)
        super().closeEvent(event)


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
