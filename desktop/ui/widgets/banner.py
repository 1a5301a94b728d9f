"""The pale yellow "please check" banner that dialogs show above their buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout


def make_banner(object_name: str) -> tuple[QFrame, QVBoxLayout]:
    """A hidden banner frame named ``object_name`` and the layout its content goes into."""
    banner = QFrame()
    banner.setObjectName(object_name)
    banner.setStyleSheet(
        f"#{object_name} {{ background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }}"
    )
    layout = QVBoxLayout(banner)
    banner.hide()
    return banner, layout


def clear_banner(layout: QVBoxLayout) -> None:
    """Drop what the banner showed last time, before it is filled again."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
