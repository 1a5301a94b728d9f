"""`peeldesk export` and `peeldesk anonymise`: a patient's data-protection requests."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import command
from desktop.formatting import format_short_date


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "subject",
        metavar="PATIENT_ID|cash-up",
        help="a patient's number (everything about them), or cash-up (a day's money as CSV)",
    )
    parser.add_argument(
        "--out",
        metavar="DIR|FILE.csv",
        type=Path,
        required=True,
        help="patient: the folder to write to; cash-up: the CSV file",
    )
    parser.add_argument(
        "--date", metavar="DATE", help="cash-up: the day (31.12.2026 or 2026-12-31; today)"
    )


@command(
    "export",
    "export everything about one patient (JSON and PDF) for an access request, "
    "or a day's cash-up as CSV for the accountant",
)(_configure_export)
def run_export(args: argparse.Namespace) -> int:
    if args.subject == "cash-up":
        from desktop.cli_commands.money_documents import export_cash_up

        return export_cash_up(args)
    if not args.subject.isdigit():
        print(
            f"peeldesk export: “{args.subject}” is neither a patient's number nor cash-up.",
            file=sys.stderr,
        )
        return 2
    patient_id = int(args.subject)
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import ServiceError
    from desktop.services.patients.export import export_patient

    database = open_database(args.database_url, must_exist=True)
    try:
        files = export_patient(make_context(database), patient_id, args.out)
    except ServiceError as error:
        print(f"peeldesk export: {error}", file=sys.stderr)
        return 3
    finally:
        database.dispose()
    print(f"Wrote {files.json_path}")
    print(f"Wrote {files.pdf_path}")
    print(
        f"{files.sessions} session(s), {files.quotes} quote(s), "
        f"{files.money_events} money event(s), "
        f"{files.audit_events} log entries. The files are readable by you only."
    )
    return 0


def _configure_anonymise(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("patient_id", metavar="PATIENT_ID", type=int)
    parser.add_argument("--reason", required=True, help="why, e.g. 'written request of 20.11.2026'")
    parser.add_argument(
        "--yes", action="store_true", help="do it (without --yes, only say what would happen)"
    )


@command("anonymise", "remove a patient's identity on request, keeping treatment records")(
    _configure_anonymise
)
def run_anonymise(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import ServiceError
    from desktop.services.patients import records as patients
    from desktop.services.patients.anonymise import anonymise_patient

    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        detail = patients.get_patient(ctx, args.patient_id)
        if not args.yes:
            print(
                f"This would remove the names, birth date, phone, e-mail and notes of patient "
                f"{args.patient_id} and keep the treatment records. Run again with --yes to do it."
            )
            return 1
        result = anonymise_patient(ctx, args.patient_id, detail.row_version, reason=args.reason)
    except ServiceError as error:
        print(f"peeldesk anonymise: {error}", file=sys.stderr)
        return 3
    finally:
        database.dispose()
    print(
        f"Patient {result.patient_id}: identity removed. {result.sessions_kept} session(s) and "
        f"{result.quotes_kept} quote(s) are kept until {format_short_date(result.records_kept_until)} "
        "(legal retention period)."
    )
    return 0
