"""`peeldesk print aftercare|pretreatment SESSION_ID --out FILE.pdf` and
`peeldesk print consent --id SIGNED_CONSENT_ID --out FILE.pdf`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "document",
        choices=("aftercare", "pretreatment", "consent"),
        help="aftercare: the sheet after a session; pretreatment: the sheet given at booking; "
        "consent: a signed consent form (give --id)",
    )
    parser.add_argument("session_id", type=int, metavar="SESSION_ID", nargs="?")
    parser.add_argument(
        "--id", type=int, dest="consent_id", metavar="ID", help="the signed consent's number"
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")


@command("print", "write a patient handout for a session, or a signed consent, as PDF")(_configure)
def run_print(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import NotFound, ServiceError
    from desktop.services.handouts import sheets as handouts
    from desktop.services.settings.clinic_identity import missing_clinic_details

    if args.document == "consent" and args.consent_id is None:
        print("peeldesk print: give the signed consent's number with --id.", file=sys.stderr)
        return 2
    if args.document != "consent" and args.session_id is None:
        print("peeldesk print: give the session's number (SESSION_ID).", file=sys.stderr)
        return 2
    database = open_database(args.database_url)
    try:
        ctx = make_context(database)
        try:
            missing = missing_clinic_details(ctx)
            if missing:
                # Written anyway (as the app's "Print anyway"): say what the sheet lacks.
                print(f"peeldesk print: warning: {missing}", file=sys.stderr)
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
