"""Recording that a document left the machine (printed or saved): every such action is audited."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require

OUTPUT_ACTIONS = ("print", "save")


def record_output(
    ctx: ServiceContext,
    *,
    document: str,
    action: str,
    patient_id: int | None,
    entity: str = "",
    entity_id: int | None = None,
    pages: int | None = None,
    destination: str = "",
) -> None:
    """Audit one print or save of a document (e.g. document='aftercare', action='print')."""
    if action not in OUTPUT_ACTIONS:
        raise ValueError(f"unknown output action {action!r}")
    require(ctx, Permission.PRINT_HANDOUTS)
    with ctx.database.write() as session:
        record_event(
            session,
            ctx,
            f"document.{action}",
            entity=entity or document,
            entity_id=entity_id,
            patient_id=patient_id,
            details={"document": document, "pages": pages, "destination": destination},
        )


def save_pdf(
    ctx: ServiceContext,
    pdf: bytes,
    path: str | Path,
    *,
    document: str,
    patient_id: int | None,
    entity: str = "",
    entity_id: int | None = None,
    example_name: str = "sheet.pdf",
) -> Path:
    """Write a document's PDF to a file only its owner can read, and audit the save (the
    CLI's path; the app's is the preview). A folder or an unwritable place is refused with a
    message in the user's words, and nothing is audited."""
    require(ctx, Permission.PRINT_HANDOUTS)
    target = Path(path)
    if target.is_dir():
        raise ValidationError(
            {
                "out": msg(
                    "“{path}” is a folder. Give a file name, for example {example}.",
                    path=str(target),
                    example=str(target / example_name),
                )
            }
        )
    try:
        write_owner_only(target, pdf)
    except OSError as error:
        # The system's own wording (English) is kept as a detail after the sentence.
        reason = error.strerror or msg("the file could not be written")
        raise ValidationError(
            {
                "out": msg(
                    "The PDF could not be saved to “{path}” ({reason}). Choose another folder.",
                    path=str(target),
                    reason=reason,
                )
            }
        ) from error
    record_output(
        ctx,
        document=document,
        action="save",
        patient_id=patient_id,
        entity=entity,
        entity_id=entity_id,
        destination=str(target),
    )
    return target


def write_owner_only(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` readable by its owner only (every file PeelDesk hands out)."""
    # Created owner-only (never readable by others, even for a moment); an existing file
    # keeps its mode through O_TRUNC, hence the chmod.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    target.chmod(0o600)
