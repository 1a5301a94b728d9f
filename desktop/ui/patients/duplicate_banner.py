"""The banner a new patient's form shows when the person may already be registered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services.common.dates import format_user_date
from desktop.services.patients.records import PatientRow
from desktop.ui.widgets.banner import clear_banner


def fill_duplicate_banner(
    layout: QVBoxLayout,
    duplicates: list[PatientRow],
    open_existing: Callable[[int], None],
    save_anyway: Callable[[], None],
    *,
    discards_typing: bool = False,
) -> None:
    """One line per possible match with an Open button, then "Save anyway".

    ``discards_typing``: the form holds typed data, which Open leaves unsaved; the banner
    says so, because Open does not ask again (the person chose the existing record)."""
    clear_banner(layout)
    title = QLabel(
        QCoreApplication.translate(
            "PatientDialog",
            "<b>This patient may already be registered.</b> Open the existing record "
            "(what you typed here is not saved), or save anyway if this is a different "
            "person.",
        )
        if discards_typing
        else QCoreApplication.translate(
            "PatientDialog",
            "<b>This patient may already be registered.</b> Open the existing record, "
            "or save anyway if this is a different person.",
        )
    )
    title.setWordWrap(True)
    layout.addWidget(title)
    for row in duplicates:
        line = QHBoxLayout()
        born = (
            QCoreApplication.translate("PatientDialog", ", born {date}").format(
                date=format_user_date(row.birth_date)
            )
            if row.birth_date
            else ""
        )
        phone = f", {row.phone_display}" if row.phone_display else ""
        line.addWidget(QLabel(f"{row.full_name}{born}{phone}"), 1)
        open_button = QPushButton(QCoreApplication.translate("PatientDialog", "Open"))
        open_button.setAutoDefault(False)
        open_button.clicked.connect(lambda _=False, pid=row.id: open_existing(pid))
        line.addWidget(open_button)
        layout.addLayout(line)
    anyway = QPushButton(QCoreApplication.translate("PatientDialog", "Save anyway"))
    anyway.setObjectName("saveAnywayButton")
    anyway.setAutoDefault(False)
    anyway.clicked.connect(save_anyway)
    layout.addWidget(anyway, 0, Qt.AlignmentFlag.AlignRight)
