"""The aftercare sheet against bare ReportLab, and the first print of a fresh process.

*Warm, per page*: the real service (read the session, fill the templates, lay
out, embed the font, PDF bytes) against the very same text laid out by bare
ReportLab (SimpleDocTemplate, one paragraph style, the same TrueType font since
Helvetica has no Turkish letters, no header, footer, tables or boxes), timed in
turn. *First print*: a fresh process that has opened the database as the app
has when its window is up, then builds one sheet: once with nothing warmed, and
once after ``warm_printing()`` (which the app runs on a worker after its first
paint), the two kinds of child started alternately.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.data import ROOT
from bench.measure import Row, interleaved_sets, profile_shares

PAGE_LIMIT_MS = 15.0
BARE_GOAL = 1.5
FIRST_PRINT_LIMIT_MS = 150.0


def accelerator() -> str:
    """Whether ReportLab's optional C accelerator (rl_accel) is installed here."""
    import importlib.util

    return "installed" if importlib.util.find_spec("_rl_accel") else "not installed"


def _done_session(database: Any) -> int:
    from sqlalchemy import select

    from db.models import TreatmentSession

    with database.read() as session:
        found = session.scalar(
            select(TreatmentSession.id)
            .where(TreatmentSession.status == "done")
            .order_by(TreatmentSession.id)
            .limit(1)
        )
    assert found is not None, "the demo database has done sessions"
    return int(found)


def _captured_sheet(ctx: Any, session_id: int) -> Any:
    """The AftercareSheet the service hands to the printer (its text, already filled in)."""
    from desktop.printing import aftercare
    from desktop.services.handouts import sheets

    kept: list[Any] = []
    original = aftercare.build_aftercare_pdf

    def keep(sheet: Any) -> bytes:
        kept.append(sheet)
        return original(sheet)

    aftercare.build_aftercare_pdf = keep
    try:
        sheets.build_aftercare(ctx, session_id)
    finally:
        aftercare.build_aftercare_pdf = original
    return kept[0]


def bare_reportlab(sheet: Any) -> Callable[[], bytes]:
    """The sheet's text as plain paragraphs in a default SimpleDocTemplate: the floor."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.printing.layout import FONT, FONT_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("bare", fontName=FONT, fontSize=9, leading=11.6)
    heading = ParagraphStyle("bare_h", fontName=FONT_BOLD, fontSize=11, leading=14)
    texts: list[tuple[str, ParagraphStyle]] = [(sheet.title, heading)]
    texts += [(f"{label}: {value}", body) for label, value in _info(sheet)]
    parts = [sheet.intro]
    for block in sheet.blocks:
        if block.heading:
            texts.append((block.heading, heading))
        parts = [block.text, *block.items, *(f"{when}\n{text}" for when, text in block.rows)]
        for part in parts:
            texts += [(line, body) for line in part.split("\n") if line.strip()]

    def build() -> bytes:
        buffer = io.BytesIO()
        story = [Paragraph(escape(text), style) for text, style in texts]
        SimpleDocTemplate(buffer).build(story)
        return buffer.getvalue()

    return build


def _info(sheet: Any) -> list[tuple[str, str]]:
    return [
        ("Patient", sheet.patient_name),
        ("Date", sheet.session_date),
        ("Follow-up", sheet.follow_up_date),
    ]


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


SHEET_PARTS: dict[str, Callable[[str, str], bool]] = {
    "breaking paragraphs into lines": lambda f, fn: (
        "platypus/paragraph.py" in f or "stringWidth" in fn or "pdfmetrics" in f
    ),
    "parsing paragraph markup and copying styles": lambda f, fn: (
        "paraparser" in f or "html/parser" in f or f.endswith(("copy.py", "styles.py"))
    ),
    "tables (measuring and drawing cells)": lambda f, fn: "platypus/tables.py" in f,
    "drawing text and lines (pdfgen)": lambda f, fn: "reportlab/pdfgen" in f or "fp_str" in fn,
    "writing the PDF (objects, compression, font subset)": lambda f, fn: (
        "reportlab/pdfbase" in f or "zlib" in fn or "rl_accel" in f
    ),
    "page layout (frames, templates, flowables)": lambda f, fn: "reportlab/platypus" in f,
    "reading the session, templates and dates": lambda f, fn: (
        "sqlalchemy" in f or "services/" in f or "babel" in f or "sqlite3" in fn
    ),
}


def aftercare_rows(large: Path, *, repeat: int) -> list[Row]:
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.handouts import sheets

    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        session_id = _done_session(database)
        bare = bare_reportlab(_captured_sheet(ctx, session_id))
        pages = _pages(sheets.build_aftercare(ctx, session_id).pdf)
        bare_pages = _pages(bare())
        timed = interleaved_sets(
            lambda: sheets.build_aftercare(ctx, session_id), bare, repeat=max(repeat // 2, 5)
        )
        cause = "one profile of 20 sheets, by own time: " + profile_shares(
            lambda: sheets.build_aftercare(ctx, session_id), SHEET_PARTS, calls=20
        )
    finally:
        database.dispose()
    per_page = timed.median(0) / pages
    low, high = timed.span(0)
    name = f"aftercare sheet ({pages} page{'s' if pages > 1 else ''}, rl_accel {accelerator()})"
    return [
        Row(
            "PDF",
            f"{name}, warm, per page",
            per_page,
            limit=PAGE_LIMIT_MS,
            value_span=(low / pages, high / pages),
            sets=len(timed.medians[0]),
            cause=f"the same text in bare ReportLab took {timed.median(1) / bare_pages:.0f} ms "
            f"a page in this run; {cause}",
        ),
        timed.row(
            "PDF",
            f"{name}, warm, whole sheet",
            f"same text, bare ReportLab ({bare_pages} page{'s' if bare_pages > 1 else ''})",
            goal=BARE_GOAL,
            cause=cause,
        ),
    ]


_CHILD = """
import json, sys, time
from desktop.services.bootstrap import make_context, open_database
database = open_database(sys.argv[1])
ctx = make_context(database)
session_id = int(sys.argv[2])
started = time.perf_counter()
if sys.argv[3] == "warm":
    from desktop.services.handouts.warm import warm_handouts
    warm_handouts(ctx)
warmed = time.perf_counter()
from desktop.services.handouts import sheets
sheets.build_aftercare(ctx, session_id)
printed = time.perf_counter()
print(json.dumps({"warm": (warmed - started) * 1000, "print": (printed - warmed) * 1000}))
"""


def _child(url: str, session_id: int, mode: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, url, str(session_id), mode],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                part for part in (str(ROOT), os.environ.get("PYTHONPATH", "")) if part
            ),
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def first_print_rows(large: Path, *, repeat: int) -> list[Row]:
    from desktop.services.bootstrap import open_database

    database = open_database(f"sqlite:///{large}")
    try:
        session_id = _done_session(database)
    finally:
        database.dispose()
    url = f"sqlite:///{large}"
    _child(url, session_id, "warm")  # the page cache, as for every other measure
    cold, warmed, warm_up = [], [], []
    for _ in range(max(repeat // 8, 5)):
        cold.append(_child(url, session_id, "cold")["print"])
        found = _child(url, session_id, "warm")
        warmed.append(found["print"])
        warm_up.append(found["warm"])
    return [
        Row(
            "first print",
            "aftercare sheet in a fresh process, nothing warmed",
            statistics.median(cold),
            value_span=(min(cold), max(cold)),
            sets=len(cold),
            note="what warm_handouts() moves off the first print",
        ),
        Row(
            "first print",
            "aftercare sheet in a fresh process after warm_handouts() "
            f"(which took {statistics.median(warm_up):.0f} ms on a worker after the first paint)",
            statistics.median(warmed),
            value_span=(min(warmed), max(warmed)),
            sets=len(warmed),
            limit=FIRST_PRINT_LIMIT_MS,
        ),
    ]
