"""Measures that need features other helpers are building (sessions, handouts, quotes).

Each slot measures when its service exists and is otherwise reported as "not
measured" with the reason, never as a pass. To fill one in: time the service
call against the same SQL in raw sqlite3 (or the PDF build per page), and
return Rows like bench/search.py does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from bench.measure import Row


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


def history_rows(large: Path, *, repeat: int) -> list[Row]:
    """Open the history of a patient with 200 sessions (goal: ≤ 3× raw SQL)."""
    if _missing("desktop.services.sessions"):
        return [
            Row(
                "history",
                "patient with 200 sessions",
                None,
                goal=3,
                note="desktop.services.sessions is not on main yet",
            )
        ]
    return [
        Row(
            "history",
            "patient with 200 sessions",
            None,
            goal=3,
            note="sessions service landed; slot not implemented yet",
        )
    ]


def busy_day_rows(large: Path, *, repeat: int) -> list[Row]:
    """Load a busy day's session list (goal: ≤ 3× raw SQL)."""
    note = (
        "desktop.services.sessions is not on main yet"
        if _missing("desktop.services.sessions")
        else "sessions service landed; slot not implemented yet"
    )
    return [Row("day list", "busy day", None, goal=3, note=note)]


def pdf_rows(large: Path, *, repeat: int) -> list[Row]:
    """Build an aftercare sheet and a quote PDF (goal: ≤ 25 ms per page).

    The aftercare sheet is built by the real service from a done session of the
    large demo database (read, templates, layout, fonts, PDF bytes). LibreOffice,
    the issue's comparison, is measured by bench/handouts_bench.py (it needs
    soffice and minutes per run), so here the goal is the absolute 25 ms a page.
    """
    rows = [_aftercare_row(large, repeat=repeat)]
    module = "desktop.services.quotes"
    note = (
        f"{module} is not on main yet"
        if _missing(module)
        else f"{module} landed; slot not implemented yet"
    )
    rows.append(Row("PDF", "quote build, per page", None, note=note))
    return rows


def _page_count(pdf: bytes) -> int:
    try:
        import io

        from pypdf import PdfReader  # in the test extra
    except ImportError:
        import re

        return max(len(re.findall(rb"/Type\s*/Page\b", pdf)), 1)
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _aftercare_row(large: Path, *, repeat: int) -> Row:
    if _missing("desktop.services.handouts"):
        return Row(
            "PDF", "aftercare sheet, per page", None, note="desktop.services.handouts not on main"
        )
    from sqlalchemy import select

    from bench.measure import median_ms
    from db.models import TreatmentSession
    from desktop.services import handouts
    from desktop.services.bootstrap import make_context, open_database

    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        with database.read() as session:
            session_id = session.scalar(
                select(TreatmentSession.id)
                .where(TreatmentSession.status == "done")
                .order_by(TreatmentSession.id)
                .limit(1)
            )
        built = handouts.build_aftercare(ctx, session_id)
        pages = _page_count(built.pdf)
        per_page = (
            median_ms(lambda: handouts.build_aftercare(ctx, session_id), repeat=max(repeat // 2, 5))
            / pages
        )
    finally:
        database.dispose()
    return Row(
        "PDF",
        f"aftercare sheet, per page ({pages} page{'s' if pages > 1 else ''})",
        per_page,
        "goal per page",
        25.0,
        goal=1,
    )
