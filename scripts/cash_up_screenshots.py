"""The cash-up page and its printed report for docs/user-guide.md, in English and Turkish.

Run on a real X server, always with a timeout (a stray dialog would wait forever):
    timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/cash_up_screenshots.py

Writes docs/images/cash-up-en.png, cash-up-tr.png (Payments → Cash-up… on a day when two
staff members took money by cash, card and bank transfer, with a refund) and
cash-up-report-tr.png (the printed report's page, rendered with pdftoppm from poppler-utils).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from docs_screenshots import demo_database, release_translations, save, settle  # noqa: E402

DAY = date(2026, 12, 8)
# (hour UTC, staff, patient, amount, method, kind, refund reason)
TAKINGS = (
    (6, 0, ("Şule", "Öztürk"), "1500", "card", "deposit", ""),
    (7, 0, ("İpek", "Işıkoğlu"), "850.50", "cash", "payment", ""),
    (8, 1, ("Gülşen", "Çağlar"), "2400", "bank_transfer", "payment", ""),
    (10, 1, ("Ömer", "Aydın"), "600", "cash", "payment", ""),
    (12, 1, ("İpek", "Işıkoğlu"), "150", "cash", "refund", "Fazla ödeme; iade edildi"),
    (13, 0, ("Deniz", "Yıldız"), "975", "card", "payment", ""),
)


def _at(moment: datetime) -> datetime:
    return moment


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    database = demo_database("peeldesk-cash-up-shots-", patients=20)
    qm_dir = database.parent / "qm"
    release_translations(qm_dir)

    from desktop.app import create_application
    from desktop.services.accounts.staff import StaffInput, create_staff
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.context import Actor
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.payments import cash_up, money, receipts
    from desktop.services.payments.money import PaymentInput
    from desktop.services.settings import store as settings
    from desktop.ui.payments.cash_up_dialog import CashUpDialog
    from desktop.ui.shell import i18n
    from desktop.ui.tasks import TaskRunner

    app = create_application()
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    settings.update(
        ctx,
        {
            "clinic_name": "Işıltı Cilt Kliniği",
            "clinic_phone": "+90 212 555 01 23",
            "clinic_time_zone": "Europe/Istanbul",
        },
    )
    ctx = make_context(db)
    staff = [
        create_staff(ctx, StaffInput("derya", "Derya Kaya", "reception")),
        create_staff(ctx, StaffInput("dr.ilker", "Dr. İlker Çağlar", "physician")),
    ]
    found: dict[tuple[str, str], int] = {}
    for hour, who, name, amount, method, kind, reason in TAKINGS:
        moment = datetime(DAY.year, DAY.month, DAY.day, hour, 5, tzinfo=UTC)
        desk = replace(
            ctx,
            actor=Actor(staff[who].id, staff[who].full_name, staff[who].role),
            clock=partial(_at, moment),
        )
        if name not in found:
            found[name] = patients.register_patient(
                desk, PatientInput(given_name=name[0], family_name=name[1], language="tr")
            ).id
        if kind == "refund":
            event = money.refund(desk, PaymentInput(found[name], Decimal(amount), method), reason)
        else:
            event = money.take_payment(
                desk, PaymentInput(found[name], Decimal(amount), method, kind)
            )
        receipts.issue_receipt(desk, event.id)

    tasks = TaskRunner(app)
    for language in ("en", "tr"):
        i18n.install_language(language, qm_dir)
        dialog = CashUpDialog(ctx, tasks, DAY)
        dialog.resize(900, 640)
        dialog.show()
        settle(app, 400)
        save(dialog, args.out, f"cash-up-{language}.png")
        dialog.done(0)

    pdf = cash_up.cash_up_pdf(ctx, DAY, "tr")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cash-up.pdf"
        source.write_bytes(pdf)
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-singlefile", str(source), str(stem)], check=True
        )
        target = args.out / "cash-up-report-tr.png"
        target.write_bytes(stem.with_suffix(".png").read_bytes())
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    tasks.wait()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
