"""The physician's history of one patient: summary by area, then every session, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import QAbstractItemModel, QCollator, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import Names, format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import parse_user_date
from desktop.services.common.errors import ValidationError
from desktop.services.sessions.history import (
    AreaSummary,
    HistoryFilter,
    PatientHistory,
    patient_history,
)
from desktop.services.settings.store import clinic_identity
from desktop.ui.errors import show_problem
from desktop.ui.history.follow_up_dialog import FollowUpDialog
from desktop.ui.history.history_models import AreaSummaryModel, HistoryTableModel
from desktop.ui.shell.i18n import current_language, error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.area_names import area_name, other_name, pick_name
from desktop.ui.widgets.field_error import FieldError

# Each language named in itself, as language pickers do.
PRINT_LANGUAGES = (("tr", "Türkçe"), ("en", "English"))


def _table(name: str, model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


class HistoryPage(QWidget):
    sig_open_session = Signal(int)
    sig_loaded = Signal(object)  # PatientHistory

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        patient_id: int,
        parent: QWidget | None = None,
        *,
        sections: Sequence[tuple[str, QWidget]] = (),
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.patient_id = patient_id
        self._generation = 0
        self.history: PatientHistory | None = None

        self.title = QLabel(self.tr("Loading history…"))
        self.title.setObjectName("historyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)

        self.area_filter = QComboBox()
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.setAccessibleName(self.tr("Show sessions on area"))
        self.area_filter.addItem(self.tr("All areas"), None)
        self.area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_filter.setMinimumWidth(180)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_from.setPlaceholderText(self.tr("from dd.mm.yyyy"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("dateTo")
        self.date_to.setPlaceholderText(self.tr("to dd.mm.yyyy"))
        for edit in (self.date_from, self.date_to):
            edit.setFixedWidth(130)
            edit.returnPressed.connect(self.apply_filter)
        self.apply_button = QPushButton(self.tr("&Filter"))
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filter)
        self.follow_up_button = QPushButton(self.tr("Add f&ollow-up…"))
        self.follow_up_button.setObjectName("followUpButton")
        self.follow_up_button.setAutoDefault(False)
        self.follow_up_button.clicked.connect(self.add_follow_up)
        self.compare_button = QPushButton(self.tr("Co&mpare photos…"))
        self.compare_button.setObjectName("comparePhotosButton")
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.compare_photos)
        self.print_button = QPushButton(self.tr("&Print history…"))
        self.print_button.setObjectName("printHistoryButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_history)
        # The printout's language: the interface's unless the physician picks the other one.
        self.print_language = QComboBox()
        self.print_language.setObjectName("printLanguage")
        for code, name in PRINT_LANGUAGES:
            self.print_language.addItem(name, code)
        self.print_language.setCurrentIndex(
            max(self.print_language.findData(current_language()), 0)
        )
        self.print_language.setToolTip(self.tr("Language of the printed history"))
        self.print_language.setAccessibleName(self.tr("Language of the printed history"))
        self.filter_error = FieldError()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Area")))
        bar.addWidget(self.area_filter)
        bar.addWidget(self.date_from)
        bar.addWidget(self.date_to)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.follow_up_button)
        bar.addWidget(self.compare_button)
        bar.addWidget(self.print_language)
        bar.addWidget(self.print_button)

        self.summary_model = AreaSummaryModel(self)
        self.summary_table = _table("areaSummary", self.summary_model)
        self.summary_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.model = HistoryTableModel(ctx.zone, self)
        self.table = _table("historySessions", self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 70, 130, 320, 100, 220)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        summary_box = QWidget()
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(QLabel(self.tr("<b>Summary by area</b> (sessions done)")))
        summary_layout.addWidget(self.summary_table)
        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        sessions_layout.addWidget(self.count_label)
        sessions_layout.addWidget(self.table)
        splitter.addWidget(summary_box)
        splitter.addWidget(sessions_box)
        splitter.setSizes([160, 480])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.filter_error)
        # Other features' tabs (the photos) beside the sessions; none, no tabs.
        self.sections = [widget for _title, widget in sections]
        self.section_tabs: QTabWidget | None = None
        if sections:
            self.section_tabs = QTabWidget()
            self.section_tabs.setObjectName("historyTabs")
            self.section_tabs.addTab(splitter, self.tr("&Sessions"))
            for title, widget in sections:
                self.section_tabs.addTab(widget, title)
            layout.addWidget(self.section_tabs, 1)
        else:
            layout.addWidget(splitter, 1)
        self.refresh()

    # --- loading ------------------------------------------------------------------------
    def current_filter(self) -> HistoryFilter:
        return self.history.filter if self.history else HistoryFilter()

    def apply_filter(self) -> None:
        self.filter_error.show_message("")
        texts = (self.date_from.text().strip(), self.date_to.text().strip())
        dates = [parse_user_date(t) if t else None for t in texts]
        for text, value in zip(texts, dates, strict=True):
            if text and value is None:
                self.filter_error.show_message(
                    self.tr("“{text}” is not a date: type day.month.year, e.g. 01.09.2026.").format(
                        text=text
                    )
                )
                return
        self.refresh(HistoryFilter(self.area_filter.currentData(), dates[0], dates[1]))

    def clear_filter(self) -> None:
        self.area_filter.setCurrentIndex(0)
        self.date_from.clear()
        self.date_to.clear()
        self.apply_filter()

    def refresh(self, flt: HistoryFilter | None = None) -> None:
        flt = flt if flt is not None else self.current_filter()
        self._generation += 1
        generation, ctx, patient_id = self._generation, self._ctx, self.patient_id

        def done(history: PatientHistory) -> None:
            if generation == self._generation:
                self._show(history)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, ValidationError):
                self.filter_error.show_message(error_text(error))
            else:
                self.title.setText(self.tr("The history could not be loaded."))
                self.filter_error.show_message(error_text(error))

        self._tasks.submit(lambda: patient_history(ctx, patient_id, flt), done, failed)

    def _show(self, history: PatientHistory) -> None:
        self.history = history
        self.title.setText(self.tr("Treatment history — {name}").format(name=history.patient_name))
        chosen = history.filter.area_id
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("All areas"), None)
        collator = QCollator()  # the default locale follows the interface language

        def by_name(a: tuple[int, Names], b: tuple[int, Names]) -> int:
            return collator.compare(pick_name(a[1]), pick_name(b[1]))

        def most_treated(a: AreaSummary, b: AreaSummary) -> int:
            return (b.sessions - a.sessions) or collator.compare(area_name(a), area_name(b))

        for area_id, names in sorted(history.areas_on_file, key=cmp_to_key(by_name)):
            self.area_filter.addItem(pick_name(names), area_id)
            self.area_filter.setItemData(
                self.area_filter.count() - 1,
                other_name(names),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.area_filter.setCurrentIndex(max(self.area_filter.findData(chosen), 0))
        self.area_filter.blockSignals(False)
        # Most treated first, then by the name shown (the service orders by English name).
        self.summary_model.reset_rows(sorted(history.area_summary, key=cmp_to_key(most_treated)))
        self.model.reset_rows(history.sessions)
        self.table.resizeRowsToContents()
        shown, total = len(history.sessions), history.total_sessions
        self.count_label.setText(
            self.tr("<b>Sessions, newest first</b> — {shown} of {total}").format(
                shown=shown, total=total
            )
            if shown != total
            else self.tr("<b>Sessions, newest first</b> — {total}").format(total=total)
        )
        if history.sessions:
            self.table.selectRow(0)
        self.sig_loaded.emit(history)

    # --- actions --------------------------------------------------------------------------
    def current_patient_id(self) -> int:
        return self.patient_id

    def selected_session_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.sig_open_session.emit(row.id)

    def add_follow_up(self) -> FollowUpDialog | None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            self.filter_error.show_message(self.tr("Select the session the follow-up belongs to."))
            return None
        if row.status != "done":
            self.filter_error.show_message(
                self.tr("Follow-up notes belong to a session recorded as done; select one.")
            )
            return None
        when = row.starts_at.astimezone(self._ctx.zone)
        dialog = FollowUpDialog(
            self._ctx,
            row.id,
            self.tr("session of {date}").format(date=format_short_date(when)),
            self,
        )
        dialog.sig_saved.connect(lambda _note: self.refresh())
        dialog.open()
        return dialog

    def compare_photos(self) -> QWidget:
        """Pick an area and angle (first and last photo by default) and compare them."""
        from desktop.ui.photos.compare_picker import ComparePicker

        picker = ComparePicker(self._ctx, self._tasks, self.patient_id, self)
        picker.open()
        return picker

    def build_pdf(self, history: PatientHistory | None = None, language: str = "") -> bytes:
        """The history as PDF, in ``language`` (default: the one picked beside Print)."""
        from desktop.printing.history import build_history_pdf

        history = history or self.history
        assert history is not None
        return build_history_pdf(
            history,
            clinic=clinic_identity(self._ctx),
            zone=self._ctx.zone,
            printed_at=self._ctx.now(),
            language=language or self.print_language.currentData(),
        )

    def print_history(self) -> None:
        """Build the PDF off the GUI thread, then show it in the shared preview."""
        if self.history is None:
            return
        from desktop.ui.widgets.document_output import show_document

        history = self.history
        language = self.print_language.currentData()
        self.print_button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            name = history.patient_name.replace(" ", "-")
            self.preview = show_document(
                self,
                self._ctx,
                pdf,
                title=self.tr("Treatment history — {name}").format(name=history.patient_name),
                suggested_name=f"history-{name}.pdf",
                document="history",
                patient_id=self.patient_id,
            )

        def failed(error: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_problem(self, self.tr("Print history"), error)

        self._tasks.submit(lambda: self.build_pdf(history, language), done, failed)
