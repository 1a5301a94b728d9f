"""`peeldesk audit verify`: check the audit trail's HMAC chain.

Command-line use acts as the system actor (an administrator's action on this machine).
"""

from __future__ import annotations

import argparse

from desktop.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    actions.add_parser(
        "verify",
        help="recompute the chain and report every edited, deleted or inserted event",
    )


@command("audit", "check the tamper-evident audit trail")(_configure)
def run_audit(args: argparse.Namespace) -> int:
    from desktop.services.audit_trail import verify_chain
    from desktop.services.bootstrap import make_context, open_database

    database = open_database(args.database_url)
    try:
        report = verify_chain(make_context(database))
    finally:
        database.dispose()
    if report.ok:
        print(f"Audit trail OK: {report.checked:,} events checked, every link intact.")
        return 0
    print(f"Audit trail BROKEN: {len(report.problems)} problem(s) in {report.checked:,} events.")
    for problem in report.problems:
        print(f"  [{problem.kind}] {problem.message}")
    return 1
