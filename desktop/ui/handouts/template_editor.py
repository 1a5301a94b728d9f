"""Admin: edit the handout texts and depth tiers; validated on save; reset to the default."""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.handouts import template_store
from desktop.ui.shell.actions import value_or_none
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, translated

LANGUAGE_NAMES = {
    "en": "English",
    "tr": "Türkçe",
    "all": QT_TRANSLATE_NOOP("TemplateEditorDialog", "all languages"),
}


class TemplateEditorDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Handout templates"))
        self.resize(860, 760)
        self.detail: template_store.TemplateDetail | None = None

        self.chooser = QComboBox(self)
        for row in template_store.list_templates(ctx):
            self.chooser.addItem(
                f"{translated(row.label)} "
                f"({self.tr(LANGUAGE_NAMES.get(row.language, row.language))})",
                (row.key, row.language),
            )
        self.review_label = QLabel("", self)
        self.review_label.setWordWrap(True)
        self.review_label.setStyleSheet(
            "background: #fff4d6; color: #6b4a00; padding: 6px; border: 1px solid #e0c070;"
        )
        self.state_label = QLabel("", self)
        self.placeholder_label = QLabel("", self)
        self.placeholder_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFont("DejaVu Sans Mono", 10))
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.reset_button = QPushButton(self.tr("&Reset to default"), self)
        self.reset_button.clicked.connect(self.reset)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.reset_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.review_label)
        layout.addWidget(self.placeholder_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._index = 0
        self.chooser.currentIndexChanged.connect(self._choose)
        self._load(*self.chooser.currentData())

    def _modified(self) -> bool:
        return self.detail is not None and self.editor.toPlainText() != self.detail.body

    def _choose(self, index: int) -> None:
        if self._modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Your changes to this template are not saved. Discard them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.chooser.blockSignals(True)
                self.chooser.setCurrentIndex(self._index)
                self.chooser.blockSignals(False)
                return
        self._index = index
        self._load(*self.chooser.itemData(index))

    def _load(self, key: str, language: str) -> None:
        loaded = value_or_none(
            self,
            self.windowTitle(),
            lambda: template_store.get_template(self.ctx, key, language),
            inline=self.error_label.setText,
        )
        if loaded is not None:
            self._show(loaded)

    def _show(self, detail: template_store.TemplateDetail) -> None:
        self.detail = detail
        self.editor.setPlainText(detail.body)
        self.error_label.setText("")
        if detail.review_note:
            self.review_label.setText(
                self.tr("For the physician's review — {note}").format(note=detail.review_note)
            )
            self.review_label.show()
        else:
            self.review_label.hide()
        if detail.placeholders:
            names = ", ".join("{" + p + "}" for p in detail.placeholders)
            self.placeholder_label.setText(
                self.tr("Placeholders you can use: {names}").format(names=names)
            )
        else:
            self.placeholder_label.setText(
                self.tr("Depths in µm and days counted from the session day (day 0).")
            )
        self.state_label.setText(
            self.tr("Edited by the clinic.")
            if detail.customised
            else self.tr("The default text is in use.")
        )
        self.reset_button.setEnabled(detail.customised)

    def save(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        saved = value_or_none(
            self,
            self.windowTitle(),
            lambda: template_store.save_template(
                self.ctx,
                detail.key,
                detail.language,
                self.editor.toPlainText(),
                detail.row_version,
            ),
            inline=self.error_label.setText,
        )
        if saved is None:
            return False
        self._show(saved)
        self.state_label.setText(self.tr("Saved. New sheets use this text."))
        return True

    def reset(self) -> None:
        detail = self.detail
        if detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset to default"),
            self.tr("Replace the clinic's version of this template by the default text?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        restored = value_or_none(
            self,
            self.windowTitle(),
            lambda: template_store.reset_template(self.ctx, detail.key, detail.language),
            inline=self.error_label.setText,
        )
        if restored is not None:
            self._show(restored)
