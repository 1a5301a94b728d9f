"""`peeldesk print aftercare|pretreatment SESSION_ID --out FILE.pdf` and
`peeldesk print day-sheet --date DATE --physician NAME|--room NAME --out FILE.pdf` and
`peeldesk print consent --id SIGNED_CONSENT_ID --out FILE.pdf`; the money documents
`peeldesk print receipt --number R-2026-0001` and `print cash-up --date DATE` are in
money_documents.py."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import command
from desktop.cli_commands.document_steps import day_asked, warn_missing_clinic_details


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "document",
        choices=("aftercare", "pretreatment", "day-sheet", "consent", "receipt", "cash-up"),
        help=(
            "aftercare: the sheet after a session; pretreatment: the sheet given at booking; "
            "day-sheet: one physician's or room's sessions of a day; "
            "consent: a signed consent form (give --id); receipt: a payment's receipt "
            "(give --number); cash-up: the money taken on a day (--date)"
        ),
    )
    parser.add_argument(
        "session_id", type=int, metavar="SESSION_ID", nargs="?", help="(aftercare, pretreatment)"
    )
    parser.add_argument(
        "--date",
        metavar="DATE",
        help="day-sheet, cash-up: the day (31.12.2026 or 2026-12-31; today)",
    )
    parser.add_argument("--physician", metavar="NAME", help="day-sheet: full name or user name")
    parser.add_argument("--room", metavar="NAME", help="day-sheet: the room's name")
    parser.add_argument(
        "--language",
        choices=("en", "tr"),
        help="day-sheet, cash-up: printed language (the clinic's)",
    )
    parser.add_argument("--number", metavar="R-YYYY-NNNN", help="receipt: the receipt's number")
    parser.add_argument(
        "--id",
        type=int,
        dest="consent_id",
        metavar="ID",
        help="consent: the signed consent's number",
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")


@command(
    "print", "write a patient handout, a day sheet, a signed consent, a receipt or a cash-up as PDF"
)(_configure)
def run_print(args: argparse.Namespace) -> int:
    if args.document == "day-sheet":
        return _day_sheet(args)
    if args.document in ("receipt", "cash-up"):
        from desktop.cli_commands import money_documents

        if args.document == "receipt":
            return money_documents.print_receipt(args)
        return money_documents.print_cash_up(args)
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import NotFound, ServiceError
    from desktop.services.handouts import sheets as handouts

    if args.document == "consent" and args.consent_id is None:
        print("peeldesk print: give the signed consent's number with --id.", file=sys.stderr)
        return 2
    if args.document != "consent" and args.session_id is None:
        print("peeldesk print: give the session's number (SESSION_ID).", file=sys.stderr)
        return 2
    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        try:
            warn_missing_clinic_details(ctx, "peeldesk print")
            if args.document == "consent":
                from desktop.services.consent import documents as consents

                built_consent = consents.consent_pdf(ctx, args.consent_id)
                target = consents.save_consent_pdf(ctx, built_consent, args.out)
            else:
                built = handouts.build_handout(ctx, args.document, args.session_id)
                target = handouts.save_handout(ctx, built, args.out)
        except NotFound as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 3
        except ServiceError as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    if args.document == "consent":
        print(f"Wrote signed consent {args.consent_id} to {target}.")
    else:
        print(f"Wrote the {args.document} sheet for session {args.session_id} to {target}.")
    return 0


def _day_sheet(args: argparse.Namespace) -> int:
    if (args.physician is None) == (args.room is None):
        print("peeldesk print: give either --physician NAME or --room NAME", file=sys.stderr)
        return 2
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import NotFound, ServiceError
    from desktop.services.sessions import day_sheet as sheets
    from desktop.services.settings import store as settings

    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        day = day_asked(ctx, args.date, "peeldesk print")
        if day is None:
            return 2
        language = args.language or settings.read_all(ctx).ui_language
        language = language if language in ("en", "tr") else "en"
        try:
            kind = "physician" if args.physician is not None else "room"
            subject = sheets.find_subject(ctx, kind, args.physician or args.room)
            if kind == "physician":
                sheet = sheets.day_sheet(ctx, day, physician_id=subject)
            else:
                sheet = sheets.day_sheet(ctx, day, room_id=subject)
            built = sheets.build_day_sheet(ctx, sheet, language)
            warn_missing_clinic_details(ctx, "peeldesk print")
            target = sheets.save_day_sheet(ctx, built, args.out)
        except NotFound as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 3
        except ServiceError as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    print(
        f"Wrote the day sheet of {sheet.subject_name} for {day.isoformat()} "
        f"(sessions: {sheet.session_count}) to {target}."
    )
    return 0
