"""The staff dialog closes with a Close button, and its Status column shows each status on
one line, in English and in Turkish."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QStyle

from desktop.services.accounts import staff
from desktop.ui.admin.staff_dialog import StaffDialog
from tests.accounts_helpers import add_account, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing")
STATUS = 3


def _dialog(qtbot, ctx) -> StaffDialog:
    admin = add_account(ctx, "selin", "admin")
    as_admin = dataclasses.replace(ctx, actor=staff.actor_of(admin))
    staff.create_staff(as_admin, staff.StaffInput("dr.kaya", "Dr. Can Kaya", "physician"), None, "")
    gone = add_account(ctx, "ece.su", "reception")
    staff.set_active(as_admin, gone.id, gone.row_version, False)
    dialog = StaffDialog(as_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_close_button_closes_the_dialog(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    close.click()
    assert not dialog.isVisible()


def _status_fits(dialog: StaffDialog) -> list[tuple[str, int, int]]:
    """(text, width it needs, column width) for every status that does not fit on one line."""
    table = dialog.table
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    column = table.columnWidth(STATUS)
    needed = [
        (text, metrics.horizontalAdvance(text) + margin)
        for text in (
            str(dialog.model.index(r, STATUS).data()) for r in range(dialog.model.rowCount())
        )
    ]
    assert len(needed) == 3  # active, listed only, deactivated
    return [(text, width, column) for text, width in needed if width > column]


def test_status_column_fits_its_longest_text_in_english(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    assert _status_fits(dialog) == []
    assert not dialog.table.wordWrap()


def test_status_column_fits_its_longest_text_in_turkish(qtbot, ctx, turkish) -> None:
    dialog = _dialog(qtbot, ctx)
    statuses = {str(dialog.model.index(r, STATUS).data()) for r in range(3)}
    assert "yalnızca listede (giriş yapamaz)" in statuses
    assert _status_fits(dialog) == []
