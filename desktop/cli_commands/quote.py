"""`peeldesk quote print Q-2026-0042 --out quote.pdf`: the printed quote without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import command
from desktop.cli_commands.document_steps import warn_missing_clinic_details


def _configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="quote_action", metavar="ACTION", required=True)
    printer = sub.add_parser("print", help="write an issued quote as a PDF file")
    printer.add_argument("number", metavar="QUOTE_NUMBER", help="e.g. Q-2026-0042")
    printer.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")


@command("quote", "price quotes: print an issued quote to a PDF file")(_configure)
def run_quote(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common import document_output
    from desktop.services.common.errors import ServiceError
    from desktop.services.quotes import records as quotes
    from desktop.services.quotes.documents import quote_pdf

    out = Path(args.out)
    if out.is_dir() or not out.parent.is_dir():
        print(
            f"peeldesk quote print: cannot write “{out}”: choose a file in an existing folder.",
            file=sys.stderr,
        )
        return 2
    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        try:
            quote = quotes.find_by_number(ctx, args.number)
            built = quote_pdf(ctx, quote.id)
            warn_missing_clinic_details(ctx, "peeldesk quote print")
        except ServiceError as error:
            print(f"peeldesk quote print: {error}", file=sys.stderr)
            return 3
        try:
            out.write_bytes(built.pdf)
        except OSError as error:
            print(f"peeldesk quote print: cannot write “{out}”: {error.strerror}.", file=sys.stderr)
            return 2
        document_output.record_output(
            ctx,
            document="quote",
            action="save",
            patient_id=quote.patient_id,
            entity="quote",
            entity_id=quote.id,
            destination=str(out),
        )
    finally:
        database.dispose()
    print(f"Wrote quote {quote.number} to {out}.")
    return 0
