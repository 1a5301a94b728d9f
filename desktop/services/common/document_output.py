"""Recording that a document left the machine (printed or saved): every such action is audited."""

from __future__ import annotations

from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
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
