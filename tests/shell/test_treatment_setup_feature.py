"""Admin → Treatment area catalog… and Rooms, devices and working hours… open their editors
for administrators; the actions are there but disabled for other roles (enforced again in the
services)."""

from __future__ import annotations

from dataclasses import replace

from desktop.services.common.context import Actor
from desktop.ui.admin.catalog_dialog import CatalogDialog
from desktop.ui.admin.resources_dialog import ResourcesDialog
from desktop.ui.admin.treatment_setup_feature import TreatmentSetupFeature
from desktop.ui.main_window import MainWindow, MenuName


def _admin_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menu(MenuName.ADMIN).actions() if not a.isSeparator()]


def test_administrators_open_the_catalog_and_the_rooms_editor(qtbot, window) -> None:
    feature = window.feature(TreatmentSetupFeature)
    texts = _admin_texts(window)
    assert feature.action_catalog.text() in texts and feature.action_resources.text() in texts
    assert feature.action_catalog.isEnabled() and feature.action_resources.isEnabled()
    feature.action_catalog.trigger()
    feature.action_resources.trigger()
    opened = feature.dialogs
    assert [type(d) for d in opened] == [CatalogDialog, ResourcesDialog]
    for dialog in list(opened):
        dialog.reject()
    qtbot.waitUntil(lambda: feature.dialogs == [], timeout=3000)


def test_reception_cannot_open_them(qtbot, ctx) -> None:
    desk = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    feature = window.feature(TreatmentSetupFeature)
    assert not feature.action_catalog.isEnabled()
    assert not feature.action_resources.isEnabled()
