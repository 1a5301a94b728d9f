"""The payment screenshots of docs/user-guide.md: a patient's balance, courses and receipts in
their workspace, and the Take payment dialog. Called by scripts/docs_screenshots.py on its
demo database (the same settle/save helpers), in English and in Turkish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.common.context import ServiceContext
    from desktop.ui.main_window import MainWindow

Settle = Callable[..., None]
Save = Callable[["QWidget", Path, str], Path]


def patient_with_a_course(ctx: ServiceContext) -> int:
    """A patient who accepted a three-session face quote, paid a deposit and got a receipt."""
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.payments import money, receipts
    from desktop.services.payments.money import PaymentInput
    from desktop.services.quotes import drafts, issuing
    from desktop.services.quotes import records as quotes
    from desktop.services.quotes.records import QuoteInput, QuoteLineInput

    pid = patients.register_patient(
        ctx,
        PatientInput(given_name="Şebnem", family_name="Güleç", screened_on=date.today()),
    ).id
    areas = {a.code: a for a in quotes.builder_data(ctx, pid).areas}
    data = QuoteInput(lines=(QuoteLineInput(areas["face_full"].id, Decimal(350)),), sessions=3)
    draft = drafts.create_draft(ctx, pid, data)
    issued = issuing.issue_quote(ctx, draft.id, draft.row_version)
    issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    deposit = money.take_payment(ctx, PaymentInput(pid, Decimal(1000), "cash", "deposit"))
    receipts.issue_receipt(ctx, deposit.id)
    money.take_payment(ctx, PaymentInput(pid, Decimal("1250.50"), "card"))
    return pid


def shoot_payments(
    app: QApplication,
    window: MainWindow,
    patient_id: int,
    out: Path,
    suffix: str,
    settle: Settle,
    save: Save,
) -> None:
    from desktop.ui.payments.feature import PaymentsFeature
    from desktop.ui.payments.money_section import MoneySection
    from desktop.ui.sessions.feature import SessionsFeature

    window.resize(1100, 760)
    workspace = window.feature(SessionsFeature).open_workspace(patient_id)
    [section] = [s for s in workspace.sections if isinstance(s, MoneySection)]
    settle(app, 500, until=lambda: section.money is not None)
    save(window, out, f"payments-workspace{suffix}.png")
    dialog = window.feature(PaymentsFeature).take_payment(patient_id)
    assert dialog is not None
    settle(app, 300)
    save(dialog, out, f"payment-dialog{suffix}.png")
    dialog.reject()
    settle(app, 100)
