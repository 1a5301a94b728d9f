"""Two administrators with the settings open: neither change is silently lost."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from desktop.services.common.context import Actor
from desktop.services.common.errors import StaleRecord
from desktop.services.settings import store as settings

pytestmark = pytest.mark.both_engines


def _admin(ctx, name: str):
    return dataclasses.replace(ctx, actor=Actor(staff_id=None, name=name, role="admin"))


def test_the_second_save_of_the_same_setting_is_refused_naming_the_first(ctx) -> None:
    selin, mert = _admin(ctx, "Selin Aydın"), _admin(ctx, "Mert Kaya")
    selin_read, mert_read = settings.load(selin), settings.load(mert)
    settings.save(selin, replace(selin_read, clinic_name="Işıl Klinik"), selin_read)
    with pytest.raises(StaleRecord) as caught:
        settings.save(mert, replace(mert_read, clinic_name="Mert Klinik"), mert_read)
    assert "Selin Aydın" in str(caught.value) and "clinic name" in str(caught.value)
    assert settings.read_all(ctx).clinic_name == "Işıl Klinik"


def test_changes_to_different_settings_both_stay(ctx) -> None:
    selin, mert = _admin(ctx, "Selin Aydın"), _admin(ctx, "Mert Kaya")
    selin_read, mert_read = settings.load(selin), settings.load(mert)
    settings.save(selin, replace(selin_read, clinic_name="Işıl Klinik"), selin_read)
    # Mert's dialog still shows the old name: saving his whole form must not put it back.
    settings.save(mert, replace(mert_read, healing_interval_days=21), mert_read)
    now = settings.read_all(ctx)
    assert (now.clinic_name, now.healing_interval_days) == ("Işıl Klinik", 21)


def test_the_security_dialogs_save_keeps_a_settings_change_made_meanwhile(ctx) -> None:
    read = settings.read_all(ctx)
    settings.update(_admin(ctx, "Selin"), {"password_min_length": 12})
    values = {"password_min_length": read.password_min_length, "login_max_failures": 4}
    settings.update(_admin(ctx, "Mert"), values, read=read)
    now = settings.read_all(ctx)
    assert (now.password_min_length, now.login_max_failures) == (12, 4)
    with pytest.raises(StaleRecord):
        settings.update(_admin(ctx, "Mert"), {"password_min_length": 14}, read=read)
    assert settings.read_all(ctx).password_min_length == 12


def test_the_security_dialog_says_who_changed_a_setting_first(qtbot, ctx) -> None:
    from desktop.ui.admin.security_dialog import SecurityDialog

    dialog = SecurityDialog(_admin(ctx, "Mert Kaya"))
    qtbot.addWidget(dialog)
    settings.update(_admin(ctx, "Selin Aydın"), {"login_max_failures": 6})
    dialog.spins["login_max_failures"].setValue(8)
    dialog.save()
    assert dialog.saved is None
    assert "Selin Aydın" in dialog.error.text()
    assert settings.read_all(ctx).login_max_failures == 6
