"""A patient's consents in their workspace: every kind, signed or not, and what can be done.

One row per signature (newest first within its kind) and one "Not signed" row for each kind
the patient never signed, so Sign… is always one row away. A kind never signed on screen whose
date the patient form has from before signed consents (the paper consent) also shows that date,
read-only, as history. Sign…, Withdraw… and Print act on the selected row; Enter signs a row
that needs a signature and prints one that has it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date_time, format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import SignedConsentView, patient_consents
from desktop.services.patients import records as patients
from desktop.ui.consent.words import KIND_TITLES, kind_title, status_word
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.dto_table_model import DtoTableModel

NEEDS_SIGNING = ("missing", "superseded", "withdrawn")
PAPER = "paper"  # a date on the patient form from before signed consents (read-only history)
# Which kind each paper date on the patient form stands for.
PAPER_KINDS = {"consent_treatment_on": "treatment_standard", "consent_photos_on": "photography"}
_STATUS_COLOURS = {"valid": "#1b5e20", "superseded": "#b00020", "missing": "#b00020"}


@dataclass(frozen=True)
class ConsentLine:
    """One row of the list: a signature, or a kind the patient has not signed."""

    kind: str
    status: str  # valid / withdrawn / superseded / missing / paper
    consent: SignedConsentView | None = None
    paper_on: date | None = None  # the paper consent's date (status "paper")

    @property
    def needs_signing(self) -> bool:
        return self.status in NEEDS_SIGNING


def consent_lines(
    consents: list[SignedConsentView], paper: Mapping[str, date] | None = None
) -> list[ConsentLine]:
    """Kinds in the clinic's order; within a kind the newest signature first. ``paper`` (kind:
    date) adds a "recorded on paper" row under a kind the patient never signed on screen."""
    order = list(KIND_TITLES)
    lines = [ConsentLine(str(c.kind), str(c.status), c) for c in consents]
    signed = {line.kind for line in lines}
    lines += [ConsentLine(kind, "missing") for kind in order if kind not in signed]
    lines += [
        ConsentLine(kind, PAPER, paper_on=on)
        for kind, on in (paper or {}).items()
        if kind not in signed
    ]

    def key(line: ConsentLine) -> tuple[int, float]:
        when = line.consent.signed_at.timestamp() if line.consent else 0.0
        rank = order.index(line.kind) if line.kind in order else len(order)
        return rank, -when if line.status != PAPER else 1.0  # under its "Not signed"

    return sorted(lines, key=key)


def consents_and_paper(
    ctx: ServiceContext, patient_id: int
) -> tuple[list[SignedConsentView], dict[str, date]]:
    """The patient's signed consents, and the paper consent dates on their form (by kind)."""
    consents = patient_consents(ctx, patient_id)
    found = quietly(lambda: patients.get_patient(ctx, patient_id), None)  # the list still shows
    if found is None:
        return consents, {}
    paper = {kind: getattr(found.data, field) for field, kind in PAPER_KINDS.items()}
    return consents, {kind: on for kind, on in paper.items() if on is not None}


class ConsentTableModel(DtoTableModel[ConsentLine]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsentTableModel", "Consent"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Version"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Signed"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Witness"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Status"),
    )
    HEADER_CONTEXT = "ConsentTableModel"
    COL_KIND, COL_VERSION, COL_SIGNED, COL_WITNESS, COL_STATUS = range(5)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def _local(self, value: datetime) -> str:
        return format_date_time(value.astimezone(self.zone))

    def cell_data(self, row: ConsentLine, column: int, role: int) -> Any:
        consent = row.consent
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            colour = _STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and row.status == PAPER:
            return self.tr(
                "From the patient form: the consent was signed on paper before consents were "
                "signed on screen. Kept as history; it is not a signed consent."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_KIND:
            return kind_title(row.kind)
        if row.status == PAPER and row.paper_on is not None:
            if column != self.COL_STATUS:
                return ""
            return self.tr("Recorded on paper on {date}").format(
                date=format_short_date(row.paper_on)
            )
        if consent is None:
            return status_word(row.status) if column == self.COL_STATUS else ""
        if column == self.COL_VERSION:
            return f"{consent.version} ({consent.language})"
        if column == self.COL_SIGNED:
            return self._local(consent.signed_at)
        if column == self.COL_WITNESS:
            return consent.witness_name
        if row.status == "withdrawn" and consent.withdrawn_at is not None:
            return self.tr("Withdrawn {when}").format(when=self._local(consent.withdrawn_at))
        return status_word(row.status)


class ConsentsSection(QWidget):
    """The list and its buttons; the feature says what Sign, Withdraw and Print do."""

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        patient_id: int,
        *,
        sign: Callable[[int, str], object],
        withdraw: Callable[[SignedConsentView], object],
        print_consent: Callable[[SignedConsentView], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentsSection")
        self._ctx = ctx
        self._tasks = tasks
        self.patient_id = patient_id
        self._sign, self._withdraw, self._print = sign, withdraw, print_consent
        self._generation = 0

        self.model = ConsentTableModel(ctx.zone, self)
        self.table = QTableView()
        self.table.setObjectName("patientConsents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        # Reached with the workspace's Consents button (Alt+N, the Patient menu's mnemonic).
        title = QLabel(self.tr("<b>Consents</b>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("consentsMessage")
        self.sign_button = QPushButton(self.tr("Si&gn…"))
        self.sign_button.setObjectName("signConsentButton")
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.print_button = QPushButton(self.tr("Print c&onsent"))
        self.print_button.setObjectName("printConsentButton")
        for button in (self.sign_button, self.withdraw_button, self.print_button):
            button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.print_button.clicked.connect(self.print_selected)

        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.message, 1)
        row.addWidget(self.sign_button)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, patient_id = self._generation, self._ctx, self.patient_id

        def done(loaded: tuple[list[SignedConsentView], dict[str, date]]) -> None:
            if generation == self._generation:
                self.show_lines(consent_lines(*loaded))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.message.setText(
                    self.tr("The consents could not be loaded: {error}").format(
                        error=error_text(error)
                    )
                )

        self._tasks.submit(lambda: consents_and_paper(ctx, patient_id), done, failed)

    def show_lines(self, lines: list[ConsentLine]) -> None:
        chosen = self.selected()
        self.model.reset_rows(lines)
        row = 0
        if chosen is not None:
            row = next(
                (
                    n
                    for n, line in enumerate(lines)
                    if (line.kind, line.consent and line.consent.id)
                    == (chosen.kind, chosen.consent and chosen.consent.id)
                ),
                0,
            )
        if lines:
            self.table.selectRow(row)
        needing = sum(1 for line in lines if line.status == "superseded")
        self.message.setText(
            self.tr("{count} to sign again (new version)").format(count=needing) if needing else ""
        )
        self._update_buttons()

    # --- the selected row -----------------------------------------------------------------
    def selected(self) -> ConsentLine | None:
        return self.model.row_at(self.table.currentIndex().row())

    def select_kind(self, kind: str) -> None:
        for n in range(self.model.rowCount()):
            line = self.model.row_at(n)
            if line is not None and line.kind == kind:
                self.table.selectRow(n)
                return

    def _update_buttons(self) -> None:
        line = self.selected()
        self.sign_button.setEnabled(line is not None)
        self.withdraw_button.setEnabled(line is not None and line.status == "valid")
        self.print_button.setEnabled(line is not None and line.consent is not None)

    def sign_selected(self) -> None:
        line = self.selected()
        if line is not None:
            self._sign(self.patient_id, line.kind)

    def withdraw_selected(self) -> None:
        line = self.selected()
        if line is not None and line.consent is not None and line.status == "valid":
            self._withdraw(line.consent)

    def print_selected(self) -> None:
        line = self.selected()
        if line is not None and line.consent is not None:
            self._print(line.consent)

    def open_selected(self) -> None:
        line = self.selected()
        if line is None:
            return
        if line.consent is None or line.needs_signing:
            self.sign_selected()
        else:
            self.print_selected()

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)
