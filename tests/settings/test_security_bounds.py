"""The password and lock rules stay within bounds in the service, and the dialog offers
exactly those bounds (its spin boxes come from settings.bounds)."""

from __future__ import annotations

import pytest

from desktop.services.common.errors import ValidationError
from desktop.services.settings import store as settings

BOUNDS = {
    "password_min_length": (8, 128),
    "login_max_failures": (3, 20),
    "login_lockout_minutes": (1, 1440),
    "idle_lock_minutes": (0, 240),
}


@pytest.mark.parametrize(("key", "limits"), list(BOUNDS.items()))
def test_each_security_setting_is_refused_just_outside_its_bounds(ctx, key, limits) -> None:
    low, high = limits
    assert settings.bounds(key) == limits
    before = settings.read_all(ctx)
    for value in (low - 1, high + 1, -(10**9), True, 2.5):
        with pytest.raises(ValidationError) as caught:
            settings.update(ctx, {key: value})
        assert list(caught.value.field_errors) == [key]
    assert settings.read_all(ctx) == before
    for value in (low, high):
        assert getattr(settings.update(ctx, {key: value}), key) == value


def test_the_dialog_spin_boxes_offer_the_service_bounds(qtbot, ctx) -> None:
    from desktop.ui.admin.security_dialog import SecurityDialog

    dialog = SecurityDialog(ctx)
    qtbot.addWidget(dialog)
    for key, (low, high) in BOUNDS.items():
        spin = dialog.spins[key]
        assert (spin.minimum(), spin.maximum()) == (low, high)
