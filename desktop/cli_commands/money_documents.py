"""The money documents of the command line, without the GUI:

`peeldesk print receipt --number R-2026-0001 --out receipt.pdf`,
`peeldesk print cash-up --date 2026-12-08 --out cash-up.pdf` and
`peeldesk export cash-up --date 2026-12-08 --out cash-up.csv` (the accountant's file).

Exit codes as the other commands: 0 written, 2 a wrong argument or a place that cannot be
written, 3 nothing with that number. Every file is written owner-only and audited.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli_commands.document_steps import day_asked, warn_missing_clinic_details


def print_receipt(args: argparse.Namespace) -> int:
    if not args.number:
        print(
            "peeldesk print: give the receipt's number with --number R-2026-0001.", file=sys.stderr
        )
        return 2
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common import document_output
    from desktop.services.common.errors import NotFound, ServiceError
    from desktop.services.payments import receipts

    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        try:
            warn_missing_clinic_details(ctx, "peeldesk print")
            row = receipts.find_receipt(ctx, args.number)
            built = receipts.receipt_pdf(ctx, row.id)
            target = document_output.save_pdf(
                ctx,
                built.pdf,
                args.out,
                document="receipt",
                patient_id=row.patient_id,
                entity="receipt",
                entity_id=row.id,
                example_name=built.suggested_name,
            )
        except NotFound as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 3
        except ServiceError as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    print(f"Wrote receipt {row.number} to {target}.")
    return 0


def print_cash_up(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common import document_output
    from desktop.services.common.errors import ServiceError
    from desktop.services.payments import cash_up
    from desktop.services.settings import store as settings

    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        day = day_asked(ctx, args.date, "peeldesk print")
        if day is None:
            return 2
        language = args.language or settings.read_all(ctx).ui_language
        try:
            warn_missing_clinic_details(ctx, "peeldesk print")
            report = cash_up.cash_up(ctx, day)
            pdf = cash_up.cash_up_pdf(ctx, day, language)
            target = document_output.save_pdf(
                ctx,
                pdf,
                args.out,
                document="cash_up",
                patient_id=None,
                example_name=report.suggested_pdf_name,
            )
        except ServiceError as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    total = f"{report.total} {report.currency}".strip()
    print(
        f"Wrote the cash-up of {day.isoformat()} (entries: {len(report.entries)}, "
        f"total {total}) to {target}."
    )
    return 0


def export_cash_up(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import ServiceError
    from desktop.services.payments import cash_up

    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        day = day_asked(ctx, args.date, "peeldesk export")
        if day is None:
            return 2
        try:
            target = cash_up.save_cash_up_csv(ctx, day, args.out)
            report = cash_up.cash_up(ctx, day)
        except ServiceError as error:
            print(f"peeldesk export: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    print(
        f"Wrote the cash-up of {day.isoformat()} for the accountant "
        f"(rows: {len(report.entries)}) to {target}. The file is readable by you only."
    )
    return 0
