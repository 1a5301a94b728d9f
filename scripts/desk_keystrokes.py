"""Count the keystrokes of the common desk jobs, typed into the real main window.

Three jobs, each from the search box with nothing open, keyboard only (no mouse clicks):

- find a returning patient → book a session → print the pre-treatment sheet (budget 20 keys);
- register a walk-in patient → build a price quote → print it (budget 50 keys);
- find a returning patient by two letters of her surname → a new session in the next free
  slot with the laser (Ctrl+Shift+F) → print the pre-treatment sheet (budget 20 keys).

Every key is a real key event sent to whatever has the keyboard focus (the open popup, else
the focus widget of the active window), as a keyboard would; a chord such as Ctrl+B counts
one key. Where a person would look at the form before typing (is a physician chosen? did a
safety warning come up?), the script looks too and types what that person would. It never
calls the window's methods to get on. The one stand-in is the system printer dialog at the
very end: it is counted as one key (Enter) and prints into a PDF file instead.

Each step names the state it must reach (a dialog open, a session booked, the preview showing
the right sheet); a step that does not reach it, or a job over its budget, fails the run
(exit status 1). With ``--out`` a screenshot is saved after each step.

    timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python \
        scripts/desk_keystrokes.py --language tr --out /tmp/keys-tr

tests/shell/test_desk_keystrokes.py runs the same jobs offscreen and checks the budgets.
This file runs them and reports; the keyboard, the seed, the printer stand-in and the jobs
themselves are in scripts/desk_typing/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desk_typing.booking_jobs import find_book_print, free_slot_laser_print
from desk_typing.keyboard import Desk, Job, StepFailed, reset_to_search
from desk_typing.printing import PrinterStandIn
from desk_typing.quote_job import walk_in_quote
from desk_typing.seed import Seeded, seed

if TYPE_CHECKING:  # Qt is imported when the jobs run, after the database is made
    from PySide6.QtWidgets import QApplication

    from desktop.services.common.context import ServiceContext
    from desktop.ui.main_window import MainWindow

__all__ = ["BUDGETS", "Job", "Seeded", "StepFailed", "main", "report", "run_jobs", "seed"]

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUDGETS = {"find-book-print": 20, "walk-in-quote": 50, "free-slot-laser-print": 20}


def run_jobs(
    app: QApplication,
    window: MainWindow,
    ctx: ServiceContext,
    seeded: Seeded,
    language: str,
    out: Path | None = None,
) -> list[Job]:
    """The jobs, one after the other, from the search box. Raises StepFailed."""
    desk = Desk(app, window, out)
    printer = PrinterStandIn(Path(tempfile.mkdtemp(prefix="peeldesk-printed-")))
    printer.desk = desk
    uninstall = printer.install()
    jobs: list[Job] = []
    try:
        for name, run in (
            ("find-book-print", lambda: find_book_print(desk, ctx, seeded, printer)),
            ("walk-in-quote", lambda: walk_in_quote(desk, ctx, language, printer)),
            ("free-slot-laser-print", lambda: free_slot_laser_print(desk, ctx, seeded, printer)),
        ):
            reset_to_search(desk)
            job = Job(name, BUDGETS[name])
            desk.job = job
            desk.shots = 0
            desk.trail = []
            jobs.append(job)
            run()
    finally:
        desk.stop_watching()
        uninstall()
        reset_to_search(desk)
    return jobs


def report(jobs: list[Job]) -> str:
    lines = []
    for job in jobs:
        verdict = "ok" if job.within_budget else "OVER BUDGET"
        lines.append(f"{job.name}: {job.keys} keys (budget {job.budget}), 0 clicks — {verdict}")
        previous = 0
        for step, keys in job.steps:
            lines.append(f"    {keys - previous:+3d}  {step}")
            previous = keys
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--language", choices=("en", "tr"), default="en")
    parser.add_argument("--out", type=Path, help="folder for a screenshot after each step")
    parser.add_argument("--patients", type=int, default=300, help="demo patients around them")
    args = parser.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)

    sys.path.insert(0, str(ROOT / "scripts"))
    from docs_screenshots import demo_database, release_translations

    database = demo_database("peeldesk-keys-", patients=args.patients)

    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application
    from desktop.services.bootstrap import make_context, open_database
    from desktop.ui.shell import i18n

    app = create_application()
    assert isinstance(app, QApplication)
    if args.language != "en":
        qm = release_translations(database.parent / "qm")
        i18n.install_language(args.language, qm)
    else:
        i18n.install_language("en")
    db = open_database(f"sqlite:///{database}")
    seeded, desk_ctx = seed(make_context(db))
    from desktop.ui.main_window import MainWindow

    window = MainWindow(desk_ctx)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    try:
        jobs = run_jobs(app, window, desk_ctx, seeded, args.language, args.out)
    except StepFailed as failure:
        print(f"FAILED: {failure}")
        return 1
    finally:
        window.hide()
    print(report(jobs))
    db.dispose()
    return 0 if all(job.within_budget for job in jobs) else 1


if __name__ == "__main__":
    sys.exit(main())
