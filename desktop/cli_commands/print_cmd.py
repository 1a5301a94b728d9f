"""`peeldesk print aftercare|pretreatment SESSION_ID --out FILE.pdf`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "document",
        choices=("aftercare", "pretreatment"),
        help="aftercare: the sheet after a session; pretreatment: the sheet given at booking",
    )
    parser.add_argument("session_id", type=int, metavar="SESSION_ID")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")


@command("print", "write a patient handout for a session as PDF")(_configure)
def run_print(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import NotFound, ServiceError
    from desktop.services.handouts import sheets as handouts
    from desktop.services.settings.clinic_identity import missing_clinic_details

    database = open_database(args.database_url)
    try:
        ctx = make_context(database)
        try:
            built = handouts.build_handout(ctx, args.document, args.session_id)
            missing = missing_clinic_details(ctx)
            if missing:
                # Written anyway (as the app's "Print anyway"): say what the sheet lacks.
                print(f"peeldesk print: warning: {missing}", file=sys.stderr)
            target = handouts.save_handout(ctx, built, args.out)
        except NotFound as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 3
        except ServiceError as error:
            print(f"peeldesk print: {error}", file=sys.stderr)
            return 2
    finally:
        database.dispose()
    print(f"Wrote the {args.document} sheet for session {args.session_id} to {target}.")
    return 0
