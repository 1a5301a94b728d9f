"""The settings service enforces each setting's declared type and bounds, whoever calls it."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Setting
from desktop.services.common.errors import ValidationError
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_settings import RULES, ClinicSettings

NUMBERS = sorted(key for key, rule in RULES.items() if rule.kind is int)


def _stored_rows(ctx) -> tuple[int, int]:
    with ctx.database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Setting)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def _refused(ctx, values: dict, field: str, words: str) -> None:
    before_rows, before_settings = _stored_rows(ctx), settings.read_all(ctx)
    with pytest.raises(ValidationError) as caught:
        settings.update(ctx, values)
    assert words in caught.value.field_errors[field]
    assert _stored_rows(ctx) == before_rows  # nothing saved, nothing audited
    assert settings.read_all(ctx) == before_settings


def test_every_field_declares_a_rule_and_a_default_that_passes_it() -> None:
    assert set(RULES) == {f.name for f in fields(ClinicSettings)}
    for key in NUMBERS:
        low, high = settings.bounds(key)
        assert low <= getattr(ClinicSettings(), key) <= high, key


@pytest.mark.parametrize("key", NUMBERS)
def test_each_number_is_kept_within_its_bounds(ctx, key: str) -> None:
    low, high = settings.bounds(key)
    rule = RULES[key]
    _refused(ctx, {key: low - 1}, key, str(rule.problem))
    _refused(ctx, {key: high + 1}, key, str(rule.problem))
    # The bounds themselves are accepted.
    for value in (low, high):
        if (key, value) in {("depth_min_um", high), ("depth_max_um", low)}:
            continue  # shallowest == deepest is refused on purpose (see below)
        settings.update(ctx, {key: value})
        assert getattr(settings.read_all(ctx), key) == value


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (-7, "negative"),
        (10**9, "a billion days"),
        (float("nan"), "NaN"),
        (28.0, "a float, however whole"),
        ("28", "a number typed as text"),
        (True, "a bool, which Python counts as an int"),
        (None, "nothing"),
    ],
)
def test_a_healing_interval_that_is_not_a_sensible_whole_number_is_refused(ctx, value, why) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.update(ctx, {"healing_interval_days": value})
    message = caught.value.field_errors["healing_interval_days"]
    assert "healing interval" in message, why
    assert settings.read(ctx, "healing_interval_days") == 28


def test_text_choices_and_flags_are_checked_by_type_too(ctx) -> None:
    _refused(ctx, {"clinic_name": 42}, "clinic_name", "the clinic name as text")
    _refused(ctx, {"clinic_name": "x" * 121}, "clinic_name", "under 120 characters")
    _refused(ctx, {"ui_language": "de"}, "ui_language", "Choose Turkish, English")
    _refused(ctx, {"demo_data": "yes"}, "demo_data", "yes or no")
    _refused(ctx, {"default_region": "XX"}, "default_region", "two-letter country code")


def test_an_unknown_key_is_refused_and_nothing_else_of_the_call_is_saved(ctx) -> None:
    _refused(
        ctx, {"healing_interval_days": 40, "healing_days": 40}, "healing_days", "Unknown setting"
    )
    assert settings.read(ctx, "healing_interval_days") == 28


def test_every_wrong_field_is_named_at_once(ctx) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.update(ctx, {"idle_lock_minutes": -1, "login_max_failures": 1000})
    assert set(caught.value.field_errors) == {"idle_lock_minutes", "login_max_failures"}


def test_the_shallowest_depth_stays_below_the_deepest(ctx) -> None:
    _refused(ctx, {"depth_min_um": 300}, "depth_max_um", "greater than the shallowest")
    settings.update(ctx, {"depth_min_um": 300, "depth_max_um": 400})
    assert (settings.read_all(ctx).depth_min_um, settings.read_all(ctx).depth_max_um) == (
        300,
        400,
    )


def test_the_dialog_save_checks_the_same_rules(ctx) -> None:
    wanted = replace(settings.load(ctx), backup_keep_daily=0)
    with pytest.raises(ValidationError) as caught:
        settings.save(ctx, wanted, settings.read_all(ctx))
    assert "between 1 and 90" in caught.value.field_errors["backup_keep_daily"]


def test_a_value_stored_before_a_rule_was_tightened_does_not_block_other_changes(ctx) -> None:
    with ctx.database.write() as session:  # as an older release could store it
        session.add(Setting(key="login_max_failures", value=2, updated_at=ctx.now()))
    settings.update(ctx, {"login_max_failures": 2, "idle_lock_minutes": 3})
    stored = settings.read_all(ctx)
    assert (stored.login_max_failures, stored.idle_lock_minutes) == (2, 3)


def test_a_hand_edited_value_of_the_wrong_type_reads_as_the_default(ctx) -> None:
    with ctx.database.write() as session:
        session.add(Setting(key="healing_interval_days", value="four weeks", updated_at=ctx.now()))
    assert settings.read_all(ctx).healing_interval_days == 28
    assert settings.read(ctx, "healing_interval_days") == 28
