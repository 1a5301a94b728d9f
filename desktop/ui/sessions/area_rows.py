"""The per-area lines of the session dialog: size, and when recording, depth and settings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sessions.checks import AreaInput
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, translated
from desktop.ui.widgets.field_error import FieldError, first_on_screen

# (key, header, width); the first two are always shown, the rest only when recording.
COLUMNS = (
    ("area", QT_TRANSLATE_NOOP("AreaRowWidget", "Area"), 170),
    ("size_cm2", QT_TRANSLATE_NOOP("AreaRowWidget", "Size cm²"), 70),
    ("depth_um", QT_TRANSLATE_NOOP("AreaRowWidget", "Depth µm"), 80),
    ("passes", QT_TRANSLATE_NOOP("AreaRowWidget", "Passes"), 60),
    ("device", QT_TRANSLATE_NOOP("AreaRowWidget", "Device"), 90),
    ("mode", QT_TRANSLATE_NOOP("AreaRowWidget", "Mode"), 80),
    ("fluence_j_cm2", QT_TRANSLATE_NOOP("AreaRowWidget", "Fluence J/cm²"), 90),
    ("spot_size_mm", QT_TRANSLATE_NOOP("AreaRowWidget", "Spot mm"), 60),
    ("immediate_reaction", QT_TRANSLATE_NOOP("AreaRowWidget", "Immediate reaction"), 160),
)
CLINICAL = frozenset(
    ("depth_um", "passes", "device", "mode", "fluence_j_cm2", "spot_size_mm", "immediate_reaction")
)


def _text(value: Decimal | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


def header_row(clinical: bool) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for key, title, width in COLUMNS:
        if key in CLINICAL and not clinical:
            continue
        label = QLabel(f"<b>{QCoreApplication.translate('AreaRowWidget', title)}</b>")
        label.setFixedWidth(width)
        line.addWidget(label)
    line.addStretch(1)
    return row


class AreaRowWidget(QWidget):
    sig_remove = Signal(object)  # self

    def __init__(
        self,
        area_id: int,
        name: str,
        tooltip: str,
        item: AreaInput | None,
        *,
        clinical: bool,
        size_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.area_id = area_id
        self.name = name
        self.fields: dict[str, QWidget] = {}
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(name)
        label.setToolTip(tooltip)
        label.setFixedWidth(COLUMNS[0][2])
        line.addWidget(label)
        item = item or AreaInput(area_id)
        for key, title, width in COLUMNS[1:]:
            if key in ("depth_um", "passes"):
                widget: QWidget = QSpinBox()
                assert isinstance(widget, QSpinBox)
                widget.setRange(0, 1000 if key == "depth_um" else 10)
                widget.setSingleStep(10 if key == "depth_um" else 1)
                widget.setSpecialValueText("—")
                widget.setValue(getattr(item, key) or 0)
            else:
                widget = QLineEdit(_text(getattr(item, key)))
            if key == "size_cm2":
                assert isinstance(widget, QLineEdit)
                widget.setPlaceholderText(size_hint)
            widget.setObjectName(key)
            widget.setAccessibleName(
                self.tr("{column} for {area}").format(
                    column=QCoreApplication.translate("AreaRowWidget", title), area=name
                )
            )
            widget.setFixedWidth(width)
            widget.setVisible(clinical or key not in CLINICAL)
            self.fields[key] = widget
            line.addWidget(widget)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove {area}").format(area=name))
        self.remove_button.setAccessibleName(self.tr("Remove {area}").format(area=name))
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))
        line.addWidget(self.remove_button)
        line.addStretch(1)
        self.error = FieldError()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(line)
        column.addWidget(self.error)

    def value(self) -> AreaInput:
        def text(key: str) -> str:
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            return widget.text()

        def number(key: str) -> int | None:
            widget = self.fields[key]
            assert isinstance(widget, QSpinBox)
            return widget.value() or None

        return AreaInput(
            area_id=self.area_id,
            size_cm2=text("size_cm2") or None,
            depth_um=number("depth_um"),
            passes=number("passes"),
            device=text("device"),
            mode=text("mode"),
            fluence_j_cm2=text("fluence_j_cm2") or None,
            spot_size_mm=text("spot_size_mm") or None,
            immediate_reaction=text("immediate_reaction"),
        )

    def show_errors(self, messages: dict[str, str]) -> QWidget | None:
        """Messages keyed by field ('depth_um', 'area', ...). Returns the first widget to fix."""
        # Each service sentence translated on its own, then shown together under the row.
        self.error.show_message(" ".join(translated(message) for message in messages.values()))
        return first_on_screen(self.fields.get(key) for key in messages)
