"""Administrators edit the treatment area catalog: names, region, default size, active."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.sessions import catalog
from desktop.services.sessions.catalog import AreaEdit, AreaRow
from desktop.ui.shell.actions import attempt, under_fields
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.field_error import FieldError

REGIONS = (
    ("face", QT_TRANSLATE_NOOP("CatalogDialog", "Face")),
    ("neck", QT_TRANSLATE_NOOP("CatalogDialog", "Neck")),
    ("decollete", QT_TRANSLATE_NOOP("CatalogDialog", "Décolleté")),
    ("hands", QT_TRANSLATE_NOOP("CatalogDialog", "Hands")),
    ("body", QT_TRANSLATE_NOOP("CatalogDialog", "Body")),
    ("spot", QT_TRANSLATE_NOOP("CatalogDialog", "Spot or scar")),
)


class CatalogDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Treatment area catalog"))
        self.setMinimumWidth(520)
        self.areas: list[AreaRow] = []
        self.picker = QComboBox()
        self.picker.setObjectName("areaPicker")
        self.picker.currentIndexChanged.connect(self._show_area)
        self.name_en = QLineEdit()
        self.name_tr = QLineEdit()
        self.region = QComboBox()
        self.default_size = QLineEdit()
        for code, label in REGIONS:
            self.region.addItem(self.tr(label), code)
        # In form order; the keys are the service's field names (its errors use them).
        self.fields: dict[str, QWidget] = {
            "name_en": self.name_en,
            "name_tr": self.name_tr,
            "region": self.region,
            "default_size_cm2": self.default_size,
        }
        self.active = QCheckBox(self.tr("Offered for new sessions"))
        self.errors = {key: FieldError() for key in self.fields}
        self.general_error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Area"), self.picker)
        labels = {
            "name_en": self.tr("Name (&English)"),
            "name_tr": self.tr("Name (&Turkish)"),
            "region": self.tr("&Region"),
            "default_size_cm2": self.tr("Default &size (cm²)"),
        }
        for key, widget in self.fields.items():
            widget.setObjectName(key)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(labels[key], box)
        form.addRow("", self.active)
        note = QLabel(
            self.tr("Changes apply to new bookings; past sessions keep the sizes measured then.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.areas = catalog.list_areas(self._ctx, include_inactive=True)
        self.picker.blockSignals(True)
        self.picker.clear()
        for area in self.areas:
            suffix = "" if area.active else self.tr(" (inactive)")
            self.picker.addItem(
                f"{area.names.get('en', '')} — {area.names.get('tr', '')}{suffix}", area.id
            )
        self.picker.blockSignals(False)
        index = self.picker.findData(select_id) if select_id is not None else 0
        self.picker.setCurrentIndex(max(index, 0))
        self._show_area()

    def current_area(self) -> AreaRow | None:
        index = self.picker.currentIndex()
        return self.areas[index] if 0 <= index < len(self.areas) else None

    def _show_area(self, *_args: object) -> None:
        area = self.current_area()
        if area is None:
            return
        self.name_en.setText(area.names.get("en", ""))
        self.name_tr.setText(area.names.get("tr", ""))
        self.region.setCurrentIndex(max(self.region.findData(area.region), 0))
        self.default_size.setText(f"{area.default_size_cm2.normalize():f}")
        self.active.setChecked(area.active)
        self._clear()

    def _clear(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.show_message("")

    def save(self) -> None:
        area = self.current_area()
        if area is None:
            return
        self._clear()
        data = AreaEdit(
            name_en=self.name_en.text(),
            name_tr=self.name_tr.text(),
            region=self.region.currentData(),
            default_size_cm2=self.default_size.text(),
            active=self.active.isChecked(),
        )
        done = attempt(
            self,
            self.windowTitle(),
            lambda: catalog.update_area(self._ctx, area.id, area.row_version, data),
            inline=self.general_error.show_message,
            on_problem=under_fields(self.errors, self.general_error),
        )
        if done is None:
            return
        self.reload(area.id)
        self.general_error.setStyleSheet("color: #2f6b2f;")
        self.general_error.show_message(self.tr("Saved {name}.").format(name=data.name_en.strip()))
