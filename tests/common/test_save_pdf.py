"""Saving a document's PDF from the CLI (one helper for every document kind): owner-only,
audited, and a folder or an unwritable place refused with nothing audited."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.services.common.document_output import save_pdf
from desktop.services.common.errors import ValidationError


def _saves(ctx) -> int:
    with ctx.database.read() as session:
        count = session.scalar(select(func.count()).where(AuditEvent.action == "document.save"))
        return int(count or 0)


def test_an_existing_readable_file_becomes_owner_only(ctx, tmp_path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    saved = save_pdf(ctx, b"%PDF-1.4 new", target, document="day_sheet", patient_id=None)
    assert saved == target and target.read_bytes() == b"%PDF-1.4 new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _saves(ctx) == 1


def test_a_folder_or_an_unwritable_place_is_refused_and_not_audited(ctx, tmp_path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        save_pdf(ctx, b"%PDF", tmp_path, document="day_sheet", patient_id=None)
    with pytest.raises(ValidationError, match="could not be saved"):
        save_pdf(
            ctx, b"%PDF", tmp_path / "missing" / "x.pdf", document="day_sheet", patient_id=None
        )
    assert _saves(ctx) == 0
