"""`peeldesk print receipt|cash-up` and `peeldesk export cash-up` without the GUI."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.cli import main
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.payments import money, receipts
from desktop.services.payments.money import PaymentInput
from desktop.services.settings import store as settings
from tests.sessions_support import add_staff

ROOT = Path(__file__).resolve().parents[2]
DAY = "25.11.2026"  # the test clock's day (tests/conftest.py)


@pytest.fixture
def money_day(ctx):
    """Two payments and a receipt on the test clock's day, taken by a Turkish-named desk."""
    settings.update(
        ctx,
        {
            "clinic_name": "Işıklı Cilt Kliniği",
            "clinic_phone": "+90 212 555 0101",
            "clinic_time_zone": "Europe/Istanbul",
        },
    )
    ayse = add_staff(ctx, "ayse", "Ayşe Güneş", "reception")
    desk = replace(ctx, actor=replace(ctx.actor, staff_id=ayse, role="reception"))
    pid = patients.register_patient(
        ctx, PatientInput(given_name="Şule", family_name="Öztürk", language="tr")
    ).id
    paid = money.take_payment(desk, PaymentInput(pid, D("1250.50"), "card"))
    money.take_payment(desk, PaymentInput(pid, D("100"), "cash"))
    return receipts.issue_receipt(desk, paid.id)


def _run(*args: str) -> int:
    old = os.umask(0o022)  # main() sets 0o077 for the process; keep the tests' own
    try:
        return main(list(args))
    finally:
        os.umask(old)


def _last_audit(ctx) -> AuditEvent:
    with ctx.database.read() as session:
        event: AuditEvent | None = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None
    return event


def test_print_receipt_by_number_writes_an_owner_only_pdf_and_audits_it(
    ctx, db_path, tmp_path, money_day, capsys
) -> None:
    out = tmp_path / "makbuz.pdf"
    number = money_day.number.lower()  # typed in lower case: still found
    code = _run(
        "--database", str(db_path), "print", "receipt", "--number", number, "--out", str(out)
    )
    assert code == 0, capsys.readouterr().err
    assert f"Wrote receipt {money_day.number}" in capsys.readouterr().out
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Makbuz" in text and "Şule Öztürk" in text and "1.250,50" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    event = _last_audit(ctx)
    assert (event.action, event.entity, event.entity_id) == (
        "document.save",
        "receipt",
        money_day.id,
    )
    assert json.loads(event.details)["destination"] == str(out)


def test_print_receipt_refusals_have_exit_codes_and_no_traceback(
    ctx, db_path, tmp_path, money_day, capsys
) -> None:
    out = str(tmp_path / "x.pdf")
    assert _run("--database", str(db_path), "print", "receipt", "--out", out) == 2
    assert "--number" in capsys.readouterr().err
    code = _run(
        "--database", str(db_path), "print", "receipt", "--number", "R-2026-9999", "--out", out
    )
    assert code == 3
    assert "There is no receipt numbered R-2026-9999." in capsys.readouterr().err
    code = _run(
        "--database", str(db_path), "print", "receipt", "--number", money_day.number,
        "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 2
    assert "is a folder" in capsys.readouterr().err
    assert not Path(out).exists()


def test_print_cash_up_of_a_day_in_turkish(ctx, db_path, tmp_path, money_day, capsys) -> None:
    out = tmp_path / "kasa.pdf"
    code = _run(
        "--database", str(db_path), "print", "cash-up", "--date", DAY, "--language", "tr",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "Wrote the cash-up of 2026-11-25 (entries: 2, total 1350.50 TRY)" in (
        capsys.readouterr().out
    )
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Gün sonu kasa raporu" in text and "Ayşe Güneş" in text and "1.350,50" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    event = _last_audit(ctx)
    assert event.action == "document.save" and json.loads(event.details)["document"] == "cash_up"


def test_export_cash_up_csv_for_the_accountant(ctx, db_path, tmp_path, money_day, capsys) -> None:
    out = tmp_path / "cash-up-2026-11-25.csv"
    code = _run(
        "--database", str(db_path), "export", "cash-up", "--date", "2026-11-25", "--out", str(out)
    )
    assert code == 0, capsys.readouterr().err
    assert "(rows: 2)" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["receipt"], r["amount"], r["method"]) for r in rows] == [
        (money_day.number, "1250.50", "card"),
        ("", "100.00", "cash"),
    ]
    assert rows[0]["patient"] == "Şule Öztürk" and rows[0]["staff"] == "Ayşe Güneş"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    event = _last_audit(ctx)
    assert event.action == "export.cash_up"
    assert json.loads(event.details) == {
        "day": "2026-11-25",
        "rows": 2,
        "destination": str(out),
    }


def test_export_refuses_a_wrong_date_subject_or_folder(ctx, db_path, tmp_path, capsys) -> None:
    base = ("--database", str(db_path), "export")
    assert _run(*base, "cash-up", "--date", "31.02.2026", "--out", str(tmp_path / "x.csv")) == 2
    assert "is not a date" in capsys.readouterr().err
    assert _run(*base, "cash-up", "--date", DAY, "--out", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "x.csv"
    assert _run(*base, "cash-up", "--date", DAY, "--out", str(missing)) == 2
    assert "could not be saved" in capsys.readouterr().err
    assert _run(*base, "cashup", "--out", str(tmp_path)) == 2
    assert "neither a patient's number nor cash-up" in capsys.readouterr().err
    with ctx.database.read() as session:
        exports = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.cash_up")
        ).all()
    assert exports == []  # nothing written, nothing audited


def test_the_installed_command_exports_a_day_with_no_money(tmp_path) -> None:
    from desktop.services.bootstrap import open_database

    path = tmp_path / "c.sqlite3"
    open_database(f"sqlite:///{path}").dispose()  # an existing clinic with no money yet
    out = tmp_path / "empty.csv"
    result = subprocess.run(
        [
            sys.executable, "-m", "desktop", "--database", f"sqlite:///{path}",
            "export", "cash-up", "--date", date(2026, 1, 2).isoformat(), "--out", str(out),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(rows: 0)" in result.stdout
    assert out.read_bytes().decode("utf-8-sig").splitlines() == [
        "time,receipt,patient,kind,method,amount,currency,staff,reason"
    ]


def test_typed_text_never_reaches_the_spreadsheet_as_a_formula(ctx, tmp_path) -> None:
    from desktop.services.payments import cash_up

    pid = patients.register_patient(
        ctx, PatientInput(given_name='=HYPERLINK("http://x")', family_name="Kaya")
    ).id
    money.refund(ctx, PaymentInput(pid, D("20"), "cash"), "+90 532 iade; @not a formula")
    money.take_payment(ctx, PaymentInput(pid, D("10"), "cash"))
    out = cash_up.save_cash_up_csv(ctx, date(2026, 11, 25), tmp_path / "x.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["patient"] == '\'=HYPERLINK("http://x") Kaya'
    assert rows[0]["reason"] == "'+90 532 iade; @not a formula"
    assert [r["amount"] for r in rows] == ["-20.00", "10.00"]  # figures stay figures
