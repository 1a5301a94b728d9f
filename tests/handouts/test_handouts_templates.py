"""Depth tiers, the recovery timeline and template validation (no PDF, no GUI)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditEvent, HandoutTemplate
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.services.handouts import template_store, templates
from desktop.services.handouts.sheets import recovery_timeline

TIERS = templates.parse_tiers(template_store.default_body("depth_tiers", "all"))


@pytest.mark.parametrize(
    ("depth", "tier"),
    [
        (10, "superficial"),
        (30, "superficial"),
        (31, "medium"),
        (80, "medium"),
        (81, "deep"),
        (200, "deep"),
        (450, "deep"),
        (None, "medium"),
    ],
)
def test_deepest_area_decides_the_tier(depth, tier) -> None:
    assert TIERS.for_depth(depth).code == tier


def test_timeline_counts_days_from_the_session_day_across_month_and_year() -> None:
    deep = TIERS.for_depth(120)
    line = recovery_timeline(date(2026, 12, 20), deep)
    assert line.first_days_end == date(2026, 12, 24)
    assert line.daily_life == date(2026, 12, 25)
    assert line.new_skin == date(2026, 12, 28)
    assert line.results == date(2026, 12, 30)
    assert line.sun_until == date(2027, 1, 17)
    superficial = recovery_timeline(date(2026, 11, 25), TIERS.for_depth(20))
    assert (superficial.daily_life, superficial.new_skin, superficial.sun_until) == (
        date(2026, 11, 28),
        date(2026, 11, 30),
        date(2026, 12, 9),
    )


def test_defaults_are_valid_and_marked_for_the_physicians_review() -> None:
    for key in ("aftercare", "pretreatment"):
        for language in templates.LANGUAGES:
            body = template_store.default_body(key, language)
            parsed = templates.validate_text_template(key, body)
            assert "physician's review" in parsed.review_note
    tiers = templates.parse(template_store.default_body("depth_tiers", "all"))
    assert "physician's review" in tiers.review_note


def _aftercare() -> str:
    return template_store.default_body("aftercare", "en")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (_aftercare().replace("{session_date}", "{sesion_date}"), "{sesion_date}"),
        (_aftercare().replace("{session_date}", "{session_date"), "unmatched"),
        (_aftercare().replace("{session_date}", "{session_date!r}"), "not a placeholder"),
        (_aftercare().replace("[closing]", "[closng]"), "[closng] is not used"),
        (_aftercare().replace("[warning_heading]\n", ""), "[warning_heading]"),
        ("Just some text", "outside any section"),
    ],
)
def test_bad_template_is_refused_with_a_clear_message_and_nothing_saved(ctx, body, message) -> None:
    with pytest.raises(ValidationError) as raised:
        template_store.save_template(ctx, "aftercare", "en", body, None)
    assert message in str(raised.value)
    assert "Nothing was saved" in str(raised.value)
    with ctx.database.read() as session:
        assert session.scalars(select(HandoutTemplate)).all() == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("new_skin_day = 5", "new_skin_day = 2", "in order"),
        ("max_um = 30", "max_um = thirty", "whole number"),
        ("tier = medium", "tier = extreme", "[default]"),
        ("bleeding = yes", "bleeding = maybe", "yes"),
    ],
)
def test_bad_depth_tiers_are_refused(ctx, old, new, message) -> None:
    body = template_store.default_body("depth_tiers", "all").replace(old, new)
    with pytest.raises(ValidationError) as raised:
        template_store.save_template(ctx, "depth_tiers", "all", body, None)
    assert message in str(raised.value)


def test_save_audits_detects_stale_edits_and_reset_returns_to_default(ctx) -> None:
    body = _aftercare().replace("Treated areas", "Areas we treated")
    saved = template_store.save_template(ctx, "aftercare", "en", body, None)
    assert saved.customised and saved.body == body and saved.row_version == 1
    with ctx.database.read() as session:
        assert template_store.load_text(session, "aftercare", "en")["areas_heading"] == (
            "Areas we treated"
        )
    with pytest.raises(StaleRecord):
        template_store.save_template(ctx, "aftercare", "en", body, None)  # someone saved first
    other = template_store.get_template(ctx, "aftercare", "tr")
    assert not other.customised  # Turkish still the default
    reset = template_store.reset_template(ctx, "aftercare", "en")
    assert not reset.customised and reset.body == _aftercare()
    with ctx.database.read() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent))]
    assert actions == ["handout_template.save", "handout_template.reset"]


def test_only_template_managers_may_edit(ctx) -> None:
    physician = ServiceContext(ctx.database, actor=Actor(None, "Dr", "physician"))
    with pytest.raises(PermissionDenied):
        template_store.save_template(physician, "aftercare", "en", _aftercare(), None)
    with pytest.raises(PermissionDenied):
        template_store.list_templates(physician)


def test_literal_braces_can_be_printed() -> None:
    assert templates.fill("{{not a placeholder}} {patient_name}", {"patient_name": "Ada"}) == (
        "{not a placeholder} Ada"
    )
