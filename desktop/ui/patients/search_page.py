"""The page a receptionist starts at: a search box and matching patients as she types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search
from desktop.services.patients.search import SearchCursor, SearchPage
from desktop.ui.patients.patient_table_model import PatientTableModel
from desktop.ui.shell.i18n import error_text, translated
from desktop.ui.tasks import TaskRunner

DEBOUNCE_MS = 60


class PatientSearchPage(QWidget):
    sig_open_patient = Signal(int)
    sig_new_patient = Signal(str)  # the typed text, to prefill the form

    def __init__(
        self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._generation = 0
        self._cursor: SearchCursor | None = None
        self._query = ""

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("patientSearchBox")
        # Short enough to show whole beside the day list at the window's first size (the
        # box's font is 1.3 times larger); the accessible name says what the box searches.
        self.search_box.setPlaceholderText(self.tr("Name, phone digits or birth date (31.12.1980)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search patients"))
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search_box.setFont(font)

        self.new_button = QPushButton(self.tr("&New patient"), self)
        self.new_button.setToolTip(self.tr("Register a new patient (Ctrl+N)"))
        self.new_button.clicked.connect(self.request_new_patient)

        self.model = PatientTableModel(self)
        self.model.sig_more_wanted.connect(self._load_more)
        self.table = QTableView(self)
        self.table.setObjectName("patientResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # One line per patient: a wrapped phone number reads as two numbers.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.installEventFilter(self)
        self._show_status(self.tr("Type a name, phone digits or a birth date."))

    # --- keyboard: arrows move in the results, Enter opens, Esc clears ---------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move_selection(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debounce.stop()
                if self._query != self.search_box.text().strip():
                    self._run_search(open_first=True)
                else:
                    self._open_selected()
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)

    def request_new_patient(self) -> None:
        """Ask for a new-patient form prefilled from what is typed in the search box.

        The button and File → New patient (Ctrl+N, which the "No patient found" hint
        names) both come here, so neither throws away the typed name or phone.
        """
        self.sig_new_patient.emit(self.search_box.text())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_query(self, text: str) -> None:
        self.search_box.setText(text)
        self._debounce.stop()
        self._run_search()

    def refresh(self) -> None:
        self._run_search()

    def selected_patient_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    # --- searching ------------------------------------------------------------------
    def _run_search(self, open_first: bool = False) -> None:
        text = self.search_box.text().strip()
        self._query = text
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.reset_rows([], False)
            self._show_status(self.tr("Type a name, phone digits or a birth date."))
            return
        ctx = self._ctx

        def done(page: SearchPage) -> None:
            if generation != self._generation:
                return  # an older query answered late: ignore it
            self._cursor = page.next_cursor
            self.model.reset_rows(page.rows, page.next_cursor is not None)
            if page.rows:
                self.table.selectRow(0)
            self._show_result_status(page)
            if open_first and page.rows:
                self._open_selected()

        self._tasks.submit(
            lambda: patient_search.search_patients(ctx, text), done, self._search_failed
        )

    def _load_more(self) -> None:
        cursor, text, generation, ctx = self._cursor, self._query, self._generation, self._ctx
        if cursor is None:
            return

        def done(page: SearchPage) -> None:
            if generation != self._generation:
                return
            self._cursor = page.next_cursor
            self.model.append_page(page.rows, page.next_cursor is not None)
            self._show_result_status(page)

        self._tasks.submit(
            lambda: patient_search.search_patients(ctx, text, after=cursor),
            done,
            self._search_failed,
        )

    def _search_failed(self, error: BaseException) -> None:
        self._show_status(self.tr("Search failed: {error}").format(error=error_text(error)))

    def _show_result_status(self, page: SearchPage) -> None:
        count = self.model.rowCount()
        if count == 0:
            message = self.tr("No patient found. Press Ctrl+N to register a new one.")
        else:
            more = "+" if page.next_cursor else ""
            if count == 1 and not more:
                message = self.tr("1 patient — Enter opens it.")
            else:
                message = self.tr("{count} patients — Enter opens the selected one.").format(
                    count=f"{count}{more}"
                )
        if page.hint:
            message = f"{message}  {translated(page.hint)}"
        self._show_status(message)

    def _show_status(self, message: str) -> None:
        self.status_label.setText(message)

    def _move_selection(self, key: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        step = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }[Qt.Key(key)]
        target = max(0, min(rows - 1, (current if current >= 0 else -1) + step))
        self.table.selectRow(target)
        self.table.scrollTo(self.model.index(target, 0))
        if target >= rows - 1 and self.model.canFetchMore():
            self.model.fetchMore()

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        patient = self.model.row_at(row)
        if patient is not None:
            self.sig_open_patient.emit(patient.id)
