"""Each account's own interface language: who may change it, and what it falls back to."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Staff
from desktop.services.accounts import preferences
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.settings import store as settings
from tests.accounts_helpers import add_account, as_role, fast_hashing  # noqa: F401

pytestmark = [pytest.mark.usefixtures("fast_hashing"), pytest.mark.both_engines]


def test_reception_changes_their_own_language_without_admin_rights(ctx) -> None:
    ayse = add_account(ctx, "ayse", "reception")
    as_ayse = as_role(ctx, "reception", ayse.id)
    assert preferences.language_for(as_ayse) == settings.read(ctx, "ui_language")
    preferences.set_own_language(as_ayse, ayse.id, "tr")
    assert preferences.own_language(ctx, ayse.id) == "tr"
    assert preferences.language_for(as_ayse) == "tr"
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "staff.language")
        ).one()
        assert event.entity_id == ayse.id and '"to": "tr"' in event.details
        # A preference leaves the account's version alone (no stale admin edit).
        assert session.get(Staff, ayse.id).row_version == ayse.row_version
    preferences.set_own_language(as_ayse, ayse.id, None)
    assert preferences.language_for(as_ayse) == settings.read(ctx, "ui_language")


def test_only_an_administrator_changes_someone_elses_language(ctx) -> None:
    ayse = add_account(ctx, "ayse", "reception")
    mehmet = add_account(ctx, "mehmet", "physician")
    for role, staff_id in (("reception", ayse.id), ("physician", mehmet.id)):
        other = mehmet.id if staff_id == ayse.id else ayse.id
        with pytest.raises(PermissionDenied, match="only your own"):
            preferences.set_own_language(as_role(ctx, role, staff_id), other, "en")
    assert preferences.own_language(ctx, mehmet.id) is None
    assert preferences.own_language(ctx, ayse.id) is None
    admin = add_account(ctx, "admin.user", "admin")
    preferences.set_own_language(as_role(ctx, "admin", admin.id), ayse.id, "en")
    assert preferences.own_language(ctx, ayse.id) == "en"


def test_an_unknown_language_is_refused_and_nothing_changes(ctx) -> None:
    ayse = add_account(ctx, "ayse", "reception")
    with pytest.raises(ValidationError):
        preferences.set_own_language(as_role(ctx, "reception", ayse.id), ayse.id, "klingon")
    assert preferences.own_language(ctx, ayse.id) is None
