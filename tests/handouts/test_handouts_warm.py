"""warm_handouts() only reads, and works on a database with no sessions yet."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.services.handouts.warm import warm_handouts

pytestmark = pytest.mark.both_engines


def test_warming_reads_and_writes_nothing(ctx) -> None:
    with ctx.database.read() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent))
    warm_handouts(ctx)
    warm_handouts()  # without a database: printing only
    with ctx.database.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before
