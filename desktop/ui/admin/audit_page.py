"""The administrator's audit viewer: filter by patient, user and dates; verify the chain."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import audit_heads, audit_trail
from desktop.services.accounts.audit_trail import AuditFilter, ChainReport
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import parse_user_date
from desktop.services.patients import search as patient_search
from desktop.ui.admin.audit_table_model import AuditTableModel
from desktop.ui.errors import show_problem
from desktop.ui.shell.actions import attempt
from desktop.ui.shell.i18n import translated
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.field_error import FieldError


class AuditPage(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.page_size = audit_trail.PAGE_SIZE
        self.last_report: ChainReport | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1180, 640)

        self.patient_filter = QLineEdit()
        self.patient_filter.setObjectName("auditPatientFilter")
        self.patient_filter.setPlaceholderText(self.tr("Patient: name or phone digits"))
        self.patient_filter.setClearButtonEnabled(True)
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("auditUserFilter")
        self.user_filter.addItem(self.tr("All users"), None)
        for choice in audit_trail.actor_choices(ctx):
            self.user_filter.addItem(translated(choice.name), choice.actor_id)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("auditDateFrom")
        self.date_from.setPlaceholderText(self.tr("from dd.mm.yyyy"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("auditDateTo")
        self.date_to.setPlaceholderText(self.tr("to dd.mm.yyyy"))
        for edit in (self.patient_filter, self.date_from, self.date_to):
            edit.returnPressed.connect(self.apply_filter)
        self.user_filter.activated.connect(lambda _index: self.apply_filter())
        apply_button = QPushButton(self.tr("&Show"))
        apply_button.setAutoDefault(False)
        apply_button.clicked.connect(self.apply_filter)
        clear_button = QPushButton(self.tr("C&lear filters"))
        clear_button.setAutoDefault(False)
        clear_button.clicked.connect(self.clear_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.patient_filter, 2)
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user_filter, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(apply_button)
        filters.addWidget(clear_button)

        self.model = AuditTableModel(ctx.zone, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AuditTableModel.COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 150), (2, 130), (3, 150), (4, 100), (6, 90)):
            self.table.setColumnWidth(column, width)

        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(
            self.tr("Check that no event was edited, deleted or inserted")
        )
        self.verify_button.clicked.connect(self.verify)
        # Shown when verification reports a cut at the end or a new key: an administrator
        # records, with a reason, that it is known (audited; verify stops reporting it).
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge gap…"))
        self.acknowledge_button.setAutoDefault(False)
        self.acknowledge_button.setToolTip(
            self.tr("Record in the trail that the reported missing events or key change are known")
        )
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.acknowledge_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.acknowledge_button)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.apply_filter()

    # --- filtering -----------------------------------------------------------------------
    def clear_filters(self) -> None:
        for edit in (self.patient_filter, self.date_from, self.date_to):
            edit.clear()
        self.user_filter.setCurrentIndex(0)
        self.apply_filter()

    def current_filter(self) -> AuditFilter | None:
        """The filter typed, or None (with a message shown) when a field cannot be read."""
        self.error.show_message("")
        problems = []
        dates = []
        for edit, label in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            text = edit.text().strip()
            parsed = parse_user_date(text) if text else None
            if text and parsed is None:
                problems.append(
                    self.tr("“{label}” must be a date like 31.12.2026.").format(label=label)
                )
            dates.append(parsed)
        if dates[0] and dates[1] and dates[0] > dates[1]:
            problems.append(self.tr("The “From” date is after the “To” date."))
        if problems:
            self.error.show_message(" ".join(problems))
            return None
        patient_ids = None
        text = self.patient_filter.text().strip()
        if text:
            found = patient_search.search_patients(self._ctx, text, include_archived=True)
            patient_ids = tuple(row.id for row in found.rows)
        return AuditFilter(
            patient_ids=patient_ids,
            actor_id=self.user_filter.currentData(),
            date_from=dates[0],
            date_to=dates[1],
        )

    def apply_filter(self) -> None:
        def load() -> AuditFilter | None:
            where = self.current_filter()  # its patient filter is a search
            if where is not None:
                self.model.load(partial(self._page, where))
            return where

        loaded = attempt(self, self.windowTitle(), load, inline=self.error.show_message)
        if loaded is None:
            self.model.clear()
            return
        where = loaded.value
        if where is None:
            return
        shown = self.model.rowCount()
        more = self.tr(" (scroll down for older events)") if self.model.canFetchMore() else ""
        patients = ""
        if where.patient_ids is not None:
            count = len(where.patient_ids)
            if count == 0:
                patients = self.tr("No patient matches that name or number.") + " "
            elif count == 1:
                patients = self.tr("1 matching patient.") + " "
            else:
                patients = self.tr("{count} matching patients.").format(count=count) + " "
        events = (
            self.tr("1 event shown{more}.")
            if shown == 1
            else self.tr("{count} events shown{more}.")
        )
        self.status.setText(patients + events.format(count=shown, more=more))

    def _page(self, where: AuditFilter, before_id: int | None) -> audit_trail.AuditPage:
        return audit_trail.list_events(self._ctx, where, before_id=before_id, limit=self.page_size)

    # --- verification --------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("Checking every event of the trail…"))
        self._tasks.submit(
            lambda: audit_trail.verify_chain(self._ctx), self._verified, self._verify_failed
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.last_report = report
        self.acknowledge_button.setVisible(any(problem.tokens for problem in report.problems))
        earlier = (
            " "
            + self.tr(
                "{count} earlier events were signed with a previous key and cannot be checked."
            ).format(count=f"{report.not_checked:,}")
            if report.not_checked
            else ""
        )
        if report.ok:
            checked = report.checked - report.not_checked
            text = (
                self.tr("Audit trail intact: {count} events checked, every link matches.").format(
                    count=f"{checked:,}"
                )
                + earlier
            )
            self.status.setText(text)
            QMessageBox.information(self, self.tr("Audit trail"), text)
            return
        lines = "\n".join(f"• {translated(p.message)}" for p in report.problems[:20])
        more = (
            "\n" + self.tr("… and {count} more.").format(count=len(report.problems) - 20)
            if len(report.problems) > 20
            else ""
        )
        self.status.setText(
            self.tr("Audit trail BROKEN: {count} problem(s).").format(count=len(report.problems))
        )
        QMessageBox.warning(
            self,
            self.tr("Audit trail broken"),
            self.tr(
                "The audit trail has been changed outside PeelDesk ({count} events checked):"
            ).format(count=f"{report.checked:,}")
            + f"\n{lines}{more}\n\n"
            + self.tr(
                "Keep a copy of this database and tell the clinic owner; "
                "restore a backup only after that."
            ),
        )

    def acknowledge(self) -> None:
        reason, confirmed = QInputDialog.getText(
            self,
            self.tr("Acknowledge gap"),
            self.tr(
                "Why are the missing events or the key change known? This is recorded in the "
                "audit trail with your name; nothing is brought back."
            ),
        )
        if not confirmed:
            return
        done = attempt(
            self,
            self.tr("Acknowledge gap"),
            lambda: audit_heads.acknowledge_gaps(self._ctx, reason),
        )
        if done is None:
            return
        self.acknowledge_button.hide()
        self.apply_filter()
        self.verify()

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_problem(self, self.tr("Audit trail"), error)
