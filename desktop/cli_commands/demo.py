from __future__ import annotations

import argparse
import sys
import time

from desktop.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--patients", type=int, default=1000, metavar="N")
    parser.add_argument("--sessions", type=int, default=5000, metavar="M")
    parser.add_argument(
        "--force",
        action="store_true",
        help="add demo data even if the database holds real patients",
    )
    parser.add_argument(
        "--seed", type=int, default=20261125, help="random seed (same seed, same data)"
    )


@command("demo", "fill the database with synthetic demo patients and sessions")(_configure)
def run_demo(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.demo.generate import DemoRefused, generate_demo

    if args.patients < 1 or args.sessions < 0:
        print(
            "peeldesk demo: --patients must be at least 1 and --sessions 0 or more.",
            file=sys.stderr,
        )
        return 2
    database = open_database(args.database_url)
    started = time.perf_counter()
    last_shown = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last_shown[0] > 1 or done == total:
            last_shown[0] = now
            print(f"\r{stage}: {done:,}/{total:,}", end="" if done < total else "\n", flush=True)

    try:
        summary = generate_demo(
            make_context(database),
            patients=args.patients,
            sessions=args.sessions,
            force=args.force,
            seed=args.seed,
            progress=progress,
        )
    except DemoRefused as refused:
        print(f"peeldesk demo: {refused}", file=sys.stderr)
        return 3
    finally:
        database.dispose()
    elapsed = time.perf_counter() - started
    print(
        f"Added {summary.patients:,} patients, {summary.sessions:,} sessions "
        f"({summary.session_areas:,} treated areas) and {summary.consents:,} signed consents "
        f"in {elapsed:.1f} s."
    )
    return 0
