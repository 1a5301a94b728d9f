"""`python -m bench`: build (or reuse) the demo databases, measure, print the table."""

from __future__ import annotations

import argparse
import os
import platform
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (OSError, ValueError):
        pass
    return (
        f"{os.cpu_count()} cores, {cpu}{memory}; Python {platform.python_version()}, "
        f"SQLite {__import__('sqlite3').sqlite_version}, {platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=40, help="timed runs per search (median)")
    parser.add_argument("--startup-repeat", type=int, default=9, help="app start-ups (median)")
    parser.add_argument(
        "--only", choices=("startup", "search", "slots"), action="append", help="run only these"
    )
    args = parser.parse_args(argv)
    only = set(args.only or ("startup", "search", "slots"))

    from bench.data import demo_database
    from bench.measure import table

    small = demo_database("small")
    large = demo_database("large")
    rows = []
    lazy_loaded: list[str] = []
    imports: list[tuple[str, float]] = []
    if "startup" in only:
        from bench.startup import import_costs, startup_rows

        print("measuring start-up and memory…", file=sys.stderr)
        rows += startup_rows(large, small, repeat=args.startup_repeat)
        imports, lazy_loaded = import_costs(large)
    if "search" in only:
        from bench.search import search_rows

        print("measuring search…", file=sys.stderr)
        rows += search_rows(large, small, repeat=args.repeat)
        from bench.pg import pg_search_rows
        from bench.search import QUERIES

        print("measuring search on PostgreSQL…", file=sys.stderr)
        rows += pg_search_rows(QUERIES, repeat=args.repeat, log=lambda m: print(m, file=sys.stderr))
    if "slots" in only:
        from bench.slots import busy_day_rows, history_rows, pdf_rows

        rows += history_rows(large, repeat=args.repeat)
        rows += busy_day_rows(large, repeat=args.repeat)
        rows += pdf_rows(large, repeat=args.repeat)

    print(f"Machine: {machine()}\n")
    print(table(rows))
    if "startup" in only:
        print("\nStart-up imports (cumulative ms, from python -X importtime, one run):")
        for name, ms in imports:
            print(f"  {name:32s} {ms:7.1f}")
        print(
            "  lazy modules loaded at start-up: "
            + (", ".join(lazy_loaded) if lazy_loaded else "none (reportlab, alembic, QtPdf)")
        )
    missed = [row for row in rows if row.verdict == "MISSED"]
    return 1 if missed or lazy_loaded else 0


if __name__ == "__main__":
    sys.exit(main())
