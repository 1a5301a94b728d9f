"""docs/benchmarks.md, written from a run's own results (never edited by hand).

The file has one section per part of the bench (start-up, search, slots). A run
rewrites the sections of the parts it measured and keeps the others as they
were, each with its own date, commit and machine, so a partial run
(`--only search`) never passes old figures off as new ones. A part never
measured says so.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.measure import Row, table

REPORT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

PARTS = (
    "startup",
    "search",
    "slots",
    "calendar",
    "clash",
    "photo_grid",
    "photos",
    "demo",
    "encryption",
)
TITLES = {
    "startup": "Start-up and memory",
    "search": "Patient search",
    "slots": "History, day list and printed documents",
    "calendar": "Calendar week view",
    "clash": "Clash check",
    "photo_grid": "Photo grid in the history",
    "demo": "Demo data (`peeldesk demo`)",
    "photos": "Treatment photos: import and backup",
    "encryption": "The database encrypted at rest (SQLCipher)",
}
# How each part measures, so a reader can judge a figure without reading the bench.
METHODS = {
    "encryption": (
        "`bench/encryption_bench.py`: the 10k-patient demo database copied twice, one copy sealed "
        "with `db/sealing_migration.seal_database` (SQLCipher 4 defaults: AES-256, 4 KiB pages "
        "with HMAC; the data key is given raw, so opening a connection costs no key derivation). "
        "The same service calls on both copies, timed in turn in one loop: search, the history of "
        "a patient with 200 sessions, and a verified backup (`create_backup`: the copy, its "
        "integrity check and row counts). The ratio is sealed against plaintext."
    ),
    "startup": (
        "`python -m desktop --smoke` on the 100k-patient, 1M-session demo database (the real "
        "main window as an administrator sees it, without the log-in dialog) with "
        "`PEELDESK_QUIT_AFTER_FIRST_SHOW` and `PEELDESK_SEARCH_AT_START` set: the time from just "
        "before its launch to the first event-loop turn after its first window's `show()`, and "
        "to the search box showing results. The floor is `bench/bare_window.py`: a bare "
        "`QMainWindow` timed the same way, then one raw sqlite3 run of the app's own search "
        "statement. The first start of the day is the same start with the daily file check "
        "due. Normal start, floor and first start of the day run in turn after a warm-up set; "
        "peak memory is each child's `ru_maxrss`."
    ),
    "search": (
        "What the search box runs (fold the typed text, one statement, DTOs) against the very "
        "statement it executes, run through `sqlite3` with the same page cache; and the "
        "100k-patient database against the 10k one. With `PEELDESK_BENCH_PG_URL` set, the demo "
        "patients are loaded into PostgreSQL once and the same comparison runs there against "
        "raw psycopg."
    ),
    "slots": (
        "The history of a patient with 200 sessions and a busy day list: the service call "
        "against exactly the statements it sent, replayed through `sqlite3`. The aftercare "
        "sheet: the real service, warm, against the same text laid out by bare ReportLab "
        "(one paragraph style, the same TrueType font, no header, footer or tables), and per "
        "page against an absolute 15 ms (that verdict depends on the machine). The quote: per "
        "page against a one-paragraph page from the same layout. *First print*: fresh "
        "processes that have opened the database as the app has when its window is up, then "
        "build one aftercare sheet, with nothing warmed or after `warm_handouts()` (which the "
        "app runs on a worker after its first paint), started alternately."
    ),
    "calendar": (
        "`bench/calendar_bench.py`: a full week of 600 made-up sessions for 4 physicians (each "
        "booked back to back, never twice at once: four lanes a day) in the real "
        "`CalendarGrid` inside a 1100×680 scroll area. *Open*: lay the blocks out, make each "
        "block's text as the calendar page does (`block_texts`: patient; status · areas; "
        "physician, room and device) and paint the whole grid (status stripes included) with "
        "the grid's text caches emptied (a week never shown before); *open "
        "again*: the same with the caches kept (a refresh after a change); *scroll*: nine "
        "scroll positions, each repainted. The baseline is the same widget type filling only "
        "the blocks' rectangles, at the positions the grid computes anew for each open, timed "
        "in turn in the same loop; the number of paints of each grid is checked."
    ),
    "clash": (
        "`bench/clash_bench.py`: what booking runs before it saves (`booking_problems`: the "
        "physician, room and device busy, the device out of service, the physician's hours) "
        "for a booking that clashes on all three, on a 1,000,000-session SQLite database "
        "(built once under `bench/.cache/`), timed in turn in one loop with one raw indexed "
        "lookup of one device's sessions through `sqlite3` and with the check's own statement "
        "replayed through `sqlite3`. *In the booking's transaction* is how booking calls it; "
        "*in a read transaction of its own* adds opening and closing a session."
    ),
    "photo_grid": (
        "`bench/photo_grid_bench.py`: one patient with 500 photos (125 done sessions × 2 areas "
        "× before/after, 800×600 JPEGs imported through `import_photo`, cached under "
        "`bench/.cache/`). *Open*: the Photos tab's read (`photo_sheet`, with the 500 stored "
        "thumbnails) and the real `PhotoGridView` filled and painted at 1100×680, against the "
        "same 500 thumbnail JPEGs, already in memory, decoded into a plain `QListWidget` in "
        "icon mode and painted at the same size; both widgets made anew each round, in turn in "
        "one loop. *Memory*: one child process each, peak RSS (VmHWM) after opening and "
        "scrolling to the end (every thumbnail decoded) minus the peak before opening."
    ),
    "demo": (
        "`generate_demo` (10,000 patients, 100,000 sessions, seeded) into a fresh empty "
        "database, against every statement it sent replayed with the very same values "
        "through `sqlite3` (same pragmas, same transactions, each batch one `executemany`), "
        "each on its own fresh copy, in turn, in three sets."
    ),
    "photos": (
        "Twenty 12-MP camera JPEGs (noise, EXIF orientation 6) imported through "
        "`photos.importing.import_photo` into a 30-patient demo database, each in turn with "
        "Pillow alone opening, transposing, re-saving without EXIF and making the same "
        "renditions; sums over the twenty. Then phone-sized photos stored as `photo_blob` rows "
        "and backed up with `db/backup.create_backup`, first and on a next day with ten new "
        "photos (`--photo-backup-count`, 100 by default)."
    ),
}
_BEGIN = "<!-- bench:begin {part} -->"
_END = "<!-- bench:end {part} -->"


@dataclass(frozen=True)
class RunInfo:
    """Where and when the figures were measured."""

    when: str
    commit: str
    machine: str
    command: str


@dataclass(frozen=True)
class PartResult:
    """One part's rows, and anything else it printed (as Markdown)."""

    part: str
    rows: Sequence[Row]
    extra: str = ""
    # The 1-minute load average when the part finished: how busy the machine was.
    load: float | None = None


def git_commit(root: Path) -> str:
    """The commit measured; "+ local changes" when the work tree differs from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{commit} + local changes" if changed else commit


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def gaps_note(rows: Sequence[Row]) -> str:
    """The rows that missed their goal or were not measured, with what the bench knows why."""
    lines = []
    for row in rows:
        name = f"{row.section}: {row.name}"
        if row.verdict == "not measured":
            lines.append(f"- *{name}*: not measured in this run ({row.note or 'no reason given'}).")
        elif row.verdict == "MISSED":
            if row.limit is not None:
                missed = f"{row.value:.1f} {row.unit} against a goal of ≤ {row.limit:g} {row.unit}"
            else:
                missed = f"{row.ratio:.2f}× its baseline against a goal of ≤ {row.goal:g}×"
            cause = f" Why: {row.cause}." if row.cause else ""
            lines.append(f"- *{name}*: {missed}.{cause}")
    if not lines:
        return "Every row of this part met its goal in this run."
    return "\n".join(lines)


def goals_summary(rows: Sequence[Row]) -> str:
    """One line per goal: met or missed (with its median and range), or not measured."""
    lines = ["Goals:"]
    for row in rows:
        if row.goal is None and row.limit is None:
            continue
        verdict = row.verdict.upper() if row.verdict == "met" else row.verdict
        if row.value is None:
            figure = row.note
        elif row.limit is not None:
            figure = f"{row.value:.1f} {row.unit} (goal ≤ {row.limit:g} {row.unit})"
        elif row.ratio is not None:
            span = f" ({row.ratio_span[0]:.2f}–{row.ratio_span[1]:.2f})" if row.ratio_span else ""
            figure = f"{row.ratio:.2f}×{span} (goal ≤ {row.goal:g}×)"
        else:
            figure = ""
        lines.append(f"  {verdict:>12}  {row.section}: {row.name}  {figure}".rstrip())
    return "\n".join(lines)


def render_part(result: PartResult, run: RunInfo) -> str:
    parts = [
        _BEGIN.format(part=result.part),
        f"## {TITLES[result.part]}",
        "",
        f"Measured {run.when} at commit `{run.commit}` with `{run.command}`.  ",
        f"Machine: {run.machine}.",
        *(["", _load_line(result.load)] if result.load is not None else []),
        "",
        METHODS[result.part],
        "",
        table(list(result.rows)),
        "",
    ]
    if result.extra:
        parts += [result.extra.rstrip(), ""]
    parts += ["**Gaps**", "", gaps_note(result.rows), _END.format(part=result.part)]
    return "\n".join(parts)


def _load_line(load: float) -> str:
    cores = os.cpu_count() or 1
    busy = " (more runnable processes than cores: other work was running)" if load > cores else ""
    return f"Load average at the end of this part: {load:.1f} on {cores} cores{busy}."


def current_load() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def _not_measured(part: str) -> str:
    return "\n".join(
        [
            _BEGIN.format(part=part),
            f"## {TITLES[part]}",
            "",
            f"Not measured yet: run `python -m bench --only {part}`.",
            "",
            METHODS[part],
            _END.format(part=part),
        ]
    )


def _sections(text: str) -> dict[str, str]:
    found = {}
    for part in PARTS:
        pattern = re.escape(_BEGIN.format(part=part)) + r".*?" + re.escape(_END.format(part=part))
        match = re.search(pattern, text, flags=re.DOTALL)
        if match:
            found[part] = match.group(0)
    return found


HEADER = """# Benchmarks

*This file is written by `python -m bench` from the results of its own runs; do not edit it by
hand. Run `python -m bench` (or `--only startup|search|slots`) to measure again: the sections of
the parts measured are replaced, the others are kept with their own date and commit.*

Every figure is a median of repeated runs, compared with a baseline measured in the same run on
the same machine: the machines these runs happen on are shared, so absolute times move between
runs while the ratios hold. `python -m bench` builds (and caches under `bench/.cache/`) demo
databases of 10,000 patients / 100,000 sessions and 100,000 patients / 1,000,000 sessions with
`peeldesk demo`, and exits with status 1 when a goal is missed.
"""


def update_report(path: Path, results: Sequence[PartResult], run: RunInfo) -> str:
    """Rewrite the measured parts' sections of ``path``, keep the rest; return the text."""
    previous = _sections(path.read_text(encoding="utf-8")) if path.exists() else {}
    fresh = {result.part: render_part(result, run) for result in results}
    body = [fresh.get(part) or previous.get(part) or _not_measured(part) for part in PARTS]
    text = HEADER + "\n" + "\n\n".join(body) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text
