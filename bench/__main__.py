"""`python -m bench`: build (or reuse) the demo databases, measure, print the table and
write docs/benchmarks.md from the results."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

from bench.data import ROOT
from bench.measure import table
from bench.report import (
    PARTS,
    REPORT,
    PartResult,
    RunInfo,
    current_load,
    git_commit,
    goals_summary,
    now_utc,
    update_report,
)

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


def _imports_note(
    imports: list[tuple[str, float]], lazy_loaded: list[str], too_early: list[str]
) -> str:
    lines = ["Start-up imports (cumulative ms, from `python -X importtime`, one run):", ""]
    lines += [f"- `{name}`: {ms:.1f} ms" for name, ms in imports]
    lazy = ", ".join(lazy_loaded) if lazy_loaded else "none (reportlab, alembic, QtPdf)"
    lines += ["", f"Modules that must stay lazy but were loaded at start-up: {lazy}."]
    early = ", ".join(too_early) if too_early else "none (SQLAlchemy, the models, phonenumbers…)"
    lines += [f"Loaded before the first window though they should wait for a worker: {early}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=40, help="timed runs per search (median)")
    parser.add_argument("--startup-repeat", type=int, default=9, help="app start-ups (median)")
    parser.add_argument(
        "--only", choices=PARTS, action="append", help="run only these (repeatable)"
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=REPORT,
        help="Markdown file whose sections for the measured parts are rewritten "
        "(default: docs/benchmarks.md)",
    )
    parser.add_argument("--no-report", action="store_true", help="only print the table")
    parser.add_argument(
        "--photo-backup-count",
        type=int,
        default=100,
        help="photos in the backup figure of --only photos (1000 for the issue's figure: "
        "about 4 GB of disk and several minutes)",
    )
    args = parser.parse_args(argv)
    only = set(args.only or PARTS)

    from bench.data import demo_database

    needs_data = bool(only & {"startup", "search", "slots"})
    small = demo_database("small") if needs_data or "encryption" in only else Path()
    large = demo_database("large") if needs_data else Path()
    results: list[PartResult] = []
    lazy_loaded: list[str] = []
    if "startup" in only:
        from bench.startup import import_costs, startup_rows

        print("measuring start-up and memory…", file=sys.stderr)
        rows = startup_rows(large, small, repeat=args.startup_repeat)
        imports, lazy_loaded, too_early = import_costs(large)
        results.append(
            PartResult(
                "startup", rows, _imports_note(imports, lazy_loaded, too_early), current_load()
            )
        )
        lazy_loaded = lazy_loaded + too_early  # either fails the run
    if "search" in only:
        from bench.pg import pg_search_rows
        from bench.search import QUERIES, search_rows

        print("measuring search…", file=sys.stderr)
        rows = search_rows(large, small, repeat=args.repeat)
        print("measuring search on PostgreSQL…", file=sys.stderr)
        rows += pg_search_rows(QUERIES, repeat=args.repeat, log=lambda m: print(m, file=sys.stderr))
        results.append(PartResult("search", rows, load=current_load()))
    if "slots" in only:
        from bench.slots import busy_day_rows, history_rows, pdf_rows

        print("measuring history, day list and PDFs…", file=sys.stderr)
        rows = history_rows(large, repeat=args.repeat)
        rows += busy_day_rows(large, repeat=args.repeat)
        rows += pdf_rows(large, repeat=args.repeat)
        results.append(PartResult("slots", rows, load=current_load()))
    if "photo_grid" in only:
        from bench.photo_grid_bench import photo_grid_rows

        print("measuring the history's photo grid…", file=sys.stderr)
        rows, note = photo_grid_rows(
            repeat=max(args.repeat // 3, 5), log=lambda m: print(m, file=sys.stderr)
        )
        results.append(PartResult("photo_grid", rows, note, current_load()))
    if "demo" in only:
        from bench.demo_bench import demo_rows

        print("measuring peeldesk demo (a few minutes)…", file=sys.stderr)
        results.append(PartResult("demo", demo_rows(), load=current_load()))

    if "calendar" in only:
        from bench.calendar_bench import calendar_rows

        print("measuring the calendar week view…", file=sys.stderr)
        rows, note = calendar_rows(repeat=args.repeat)
        results.append(PartResult("calendar", rows, note, current_load()))

    if "clash" in only:
        from bench.clash_bench import clash_rows

        print("measuring the clash check…", file=sys.stderr)
        rows, note = clash_rows(repeat=args.repeat * 5, log=lambda m: print(m, file=sys.stderr))
        results.append(PartResult("clash", rows, note, current_load()))

    if "photos" in only:
        from bench.photo_bench import backup_rows, import_rows

        def log(message: str) -> None:
            print(message, file=sys.stderr)

        print("measuring photo import (about a minute)…", file=sys.stderr)
        rows = import_rows(log=log)
        print("measuring photo backups…", file=sys.stderr)
        backup, note = backup_rows(args.photo_backup_count, log=log)
        results.append(PartResult("photos", rows + backup, note, current_load()))

    if "encryption" in only:
        from bench.encryption_bench import NOTE, encryption_rows

        print("measuring the cost of encryption…", file=sys.stderr)
        rows = encryption_rows(small, repeat=args.repeat, log=lambda m: print(m, file=sys.stderr))
        results.append(PartResult("encryption", rows, NOTE, current_load()))

    run = RunInfo(
        when=now_utc(),
        commit=git_commit(ROOT),
        machine=machine(),
        command=" ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])]),
    )
    all_rows = [row for result in results for row in result.rows]
    print(f"Machine: {run.machine}\n")
    print(table(all_rows))
    print("\n" + goals_summary(all_rows))
    for result in results:
        if result.extra:
            print("\n" + result.extra)
    if not args.no_report:
        update_report(args.report, results, run)
        print(f"\nwritten: {args.report}", file=sys.stderr)
    missed = [row for row in all_rows if row.verdict == "MISSED"]
    return 1 if missed or lazy_loaded else 0


if __name__ == "__main__":
    sys.exit(main())
