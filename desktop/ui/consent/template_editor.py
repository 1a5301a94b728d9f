"""Admin ▸ Consent forms: every kind in every language with its current version; older versions
read-only; a change is published as a new version (published versions are never edited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date
from desktop.services.common.context import ServiceContext
from desktop.services.consent.templates import (
    ConsentTemplateView,
    list_templates,
    publish_template,
)
from desktop.ui.consent.signing_dialog import LANGUAGES
from desktop.ui.consent.words import kind_title
from desktop.ui.shell.actions import attempt, under_fields
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.dto_table_model import DtoTableModel
from desktop.ui.widgets.field_error import FieldError, with_error

LANGUAGE_NAMES = dict(LANGUAGES)


@dataclass(frozen=True)
class FormVersions:
    """One form (a kind in a language): its versions, newest first."""

    kind: str
    language: str
    versions: tuple[ConsentTemplateView, ...]

    @property
    def current(self) -> ConsentTemplateView:
        return self.versions[0]


def group_versions(views: list[ConsentTemplateView]) -> list[FormVersions]:
    grouped: dict[tuple[str, str], list[ConsentTemplateView]] = {}
    for view in views:  # already ordered by kind, language, newest first
        grouped.setdefault((str(view.kind), str(view.language)), []).append(view)
    return [FormVersions(kind, language, tuple(v)) for (kind, language), v in grouped.items()]


class FormsTableModel(DtoTableModel[FormVersions]):
    HEADERS = (
        QT_TRANSLATE_NOOP("FormsTableModel", "Form"),
        QT_TRANSLATE_NOOP("FormsTableModel", "Language"),
        QT_TRANSLATE_NOOP("FormsTableModel", "Version"),
        QT_TRANSLATE_NOOP("FormsTableModel", "Published"),
    )
    HEADER_CONTEXT = "FormsTableModel"

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell_data(self, row: FormVersions, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return kind_title(row.kind)
        if column == 1:
            return LANGUAGE_NAMES.get(row.language, row.language)
        if column == 2:
            return str(row.current.version)
        return format_short_date(row.current.published_at.astimezone(self.zone).date())


class ConsentFormsDialog(QDialog):
    sig_published = Signal(object)  # ConsentTemplateView

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentFormsDialog")
        self._ctx = ctx
        self.setWindowTitle(self.tr("Consent forms"))
        self.resize(1040, 680)

        self.model = FormsTableModel(ctx.zone, self)
        self.table = QTableView()
        self.table.setObjectName("consentForms")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.version = QComboBox()
        self.version.setObjectName("formVersion")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("formTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("formBody")
        self.body.setTabChangesFocus(True)
        self.reconsent = QCheckBox(
            self.tr("&Require patients who signed an earlier version to sign again")
        )
        self.reconsent.setObjectName("requireReconsent")
        self.publish_button = QPushButton(self.tr("&Publish as a new version…"))
        self.publish_button.setObjectName("publishForm")
        self.publish_button.setAutoDefault(False)
        self.publish_button.clicked.connect(self.publish)
        self.errors = {"title": FieldError(), "body": FieldError()}
        self.general_error = FieldError()

        editor = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Version"), self.version)
        form.addRow(self.tr("&Title"), with_error(self.title, self.errors["title"]))
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.state)
        text_label = QLabel(self.tr("Te&xt the patient reads and signs"))
        text_label.setBuddy(self.body)
        column.addWidget(text_label)
        column.addWidget(self.body, 1)
        column.addWidget(self.errors["body"])
        column.addWidget(self.reconsent)
        actions = QHBoxLayout()
        actions.addWidget(self.general_error, 1)
        actions.addWidget(self.publish_button)
        column.addLayout(actions)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)

        self._shown: ConsentTemplateView | None = None  # what the fields were filled from
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.version.currentIndexChanged.connect(self._version_changed)
        self.title.textEdited.connect(lambda _t: self._update_publish())
        self.body.textChanged.connect(self._update_publish)
        self.reload()
        self.table.setFocus()

    # --- reading --------------------------------------------------------------------------
    def reload(self, select: tuple[str, str] | None = None) -> None:
        loaded = attempt(
            self,
            self.windowTitle(),
            lambda: list_templates(self._ctx),
            inline=self.general_error.show_message,
        )
        if loaded is None:
            return
        forms = group_versions(loaded.value)
        self._shown = None  # published or reloaded: nothing typed is left to lose
        self.model.reset_rows(forms)
        row = 0
        if select is not None:
            row = next((n for n, f in enumerate(forms) if (f.kind, f.language) == select), 0)
        if forms:
            self.table.selectRow(row)
        self._show_form()

    def selected_form(self) -> FormVersions | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _row_changed(self, _current: object, previous: QModelIndex) -> None:
        """Another form: the typed changes to this one are dropped only when confirmed."""
        if self.has_unpublished_changes() and not self._discard_confirmed():
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(previous.row())
            self.table.selectionModel().blockSignals(False)
            return
        self._show_form()

    def _version_changed(self, _index: int) -> None:
        if self.has_unpublished_changes() and not self._discard_confirmed():
            assert self._shown is not None
            self.version.blockSignals(True)
            self.version.setCurrentIndex(self.version.findData(self._shown.id))
            self.version.blockSignals(False)
            return
        self._show_version()

    def _show_form(self) -> None:
        form = self.selected_form()
        self.version.blockSignals(True)
        self.version.clear()
        for view in form.versions if form else ():
            label = self.tr("Version {version}, published {date}").format(
                version=view.version,
                date=format_short_date(view.published_at.astimezone(self._ctx.zone).date()),
            )
            if form is not None and view.version == form.current.version:
                label = self.tr("{version} (current)").format(version=label)
            self.version.addItem(label, view.id)
        self.version.blockSignals(False)
        self._show_version()

    def shown_version(self) -> ConsentTemplateView | None:
        form = self.selected_form()
        if form is None or self.version.currentIndex() < 0:
            return None
        return form.versions[self.version.currentIndex()]

    def _show_version(self) -> None:
        form, view = self.selected_form(), self.shown_version()
        self._shown = view
        current = form is not None and view is not None and view.version == form.current.version
        self.title.setText(view.title if view else "")
        self.body.setPlainText(view.body if view else "")
        self.title.setReadOnly(not current)
        self.body.setReadOnly(not current)
        self.reconsent.setChecked(False)
        self.reconsent.setEnabled(current)
        for error in (*self.errors.values(), self.general_error):
            error.show_message("")
        if view is None:
            self.state.clear()
        elif current:
            by = view.published_by_name or self.tr("shipped with PeelDesk")
            self.state.setText(
                self.tr(
                    "Current version, published by {by}. Change the text and publish it as a "
                    "new version; patients who signed keep the version they signed."
                ).format(by=by)
            )
        else:
            self.state.setText(
                self.tr("An earlier version, kept as patients signed it (read-only).")
            )
        self._update_publish()

    def has_unpublished_changes(self) -> bool:
        view = self._shown
        return view is not None and (
            self.title.text().strip() != view.title or self.body.toPlainText().strip() != view.body
        )

    def _update_publish(self) -> None:
        self.publish_button.setEnabled(
            not self.title.isReadOnly() and self.has_unpublished_changes()
        )

    # --- publishing -----------------------------------------------------------------------
    def publish(self) -> None:
        form = self.selected_form()
        if form is None or not self.has_unpublished_changes():
            return
        again = self.reconsent.isChecked()
        question = (
            self.tr(
                "Publish version {version} of “{form}”? Patients sign this text from now on, and "
                "those who signed an earlier version must sign again before their next treatment."
            )
            if again
            else self.tr(
                "Publish version {version} of “{form}”? Patients sign this text from now on; "
                "earlier signatures stay valid."
            )
        ).format(version=form.current.version + 1, form=kind_title(form.kind))
        answer = QMessageBox.question(
            self,
            self.tr("Publish consent form"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = attempt(
            self,
            self.windowTitle(),
            lambda: publish_template(
                self._ctx,
                form.kind,
                form.language,
                self.title.text(),
                self.body.toPlainText(),
                again,
            ),
            inline=self.general_error.show_message,
            on_problem=under_fields(self.errors, self.general_error),
        )
        if done is None:
            return
        self.sig_published.emit(done.value)
        self.reload(select=(form.kind, form.language))

    def mark_unchanged(self) -> None:
        """Forget typed changes (tests' teardown)."""
        self._show_version()

    def _discard_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("The changed text is not published. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.has_unpublished_changes() and not self._discard_confirmed():
            return
        super().reject()
