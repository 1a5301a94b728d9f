"""`peeldesk audit verify`: check the audit trail's HMAC chain.

Command-line use acts as the system actor (an administrator's action on this machine).
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    actions.add_parser(
        "verify",
        help="recompute the chain and report every edited, deleted or inserted event",
    )
    adopt = actions.add_parser(
        "adopt-key",
        help="only after the clinic's audit.key was lost: sign from now on with this "
        "computer's key (earlier events can then no longer be verified)",
    )
    adopt.add_argument("--yes", action="store_true", help="confirm")
    acknowledge = actions.add_parser(
        "acknowledge",
        help="record that the missing newest events or the key change that verify reports "
        "are known (audited, with a reason); verify then stops reporting them",
    )
    acknowledge.add_argument("--reason", required=True, help="why the gap is known")
    acknowledge.add_argument("--yes", action="store_true", help="confirm")


@command("audit", "check the tamper-evident audit trail")(_configure)
def run_audit(args: argparse.Namespace) -> int:
    from desktop.services.accounts.audit_heads import acknowledge_gaps
    from desktop.services.accounts.audit_trail import adopt_this_desks_key, verify_chain
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.errors import ValidationError

    if args.audit_action == "acknowledge" and not args.yes:
        print(
            "peeldesk audit acknowledge: this records, in the trail, that the gaps "
            "“peeldesk audit verify” reports are known; it does not bring anything back. "
            "Add --yes to confirm.",
            file=sys.stderr,
        )
        return 2
    if args.audit_action == "adopt-key" and not args.yes:
        print(
            "peeldesk audit adopt-key: this starts a new chain signed with this computer's "
            "key; events before it can no longer be verified. Use it only when the clinic's "
            "audit.key is lost, and add --yes to confirm.",
            file=sys.stderr,
        )
        return 2
    database = open_database(args.database_url, must_exist=True)
    try:
        ctx = make_context(database)
        if args.audit_action == "acknowledge":
            try:
                covered = acknowledge_gaps(ctx, args.reason)
            except ValidationError as error:
                print(f"peeldesk audit acknowledge: {error}", file=sys.stderr)
                return 2
            print("Acknowledged (recorded in the audit trail):")
            for line in covered:
                print(f"  {line}")
            return 0
        if args.audit_action == "adopt-key":
            fingerprint = adopt_this_desks_key(ctx)
            print(
                f"This computer's audit key (id {fingerprint}) now signs the trail. "
                "Copy its audit.key to every other workstation."
            )
            return 0
        report = verify_chain(ctx)
    finally:
        database.dispose()
    earlier = ""
    if report.not_checked:
        earlier = (
            f" {report.not_checked:,} earlier events were signed with a previous key "
            "and cannot be checked."
        )
    if report.ok:
        checked = report.checked - report.not_checked
        print(f"Audit trail OK: {checked:,} events checked, every link intact.{earlier}")
        return 0
    print(
        f"Audit trail BROKEN: {len(report.problems)} problem(s) in {report.checked:,} events."
        f"{earlier}"
    )
    for problem in report.problems:
        print(f"  [{problem.kind}] {problem.message}")
    return 1
