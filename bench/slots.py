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


def pdf_rows(*, repeat: int) -> list[Row]:
    """Build an aftercare sheet and a quote PDF (goal: ≤ 25 ms per page)."""
    rows = []
    for label, module in (
        ("aftercare sheet", "desktop.printing.aftercare"),
        ("quote", "desktop.printing.quote"),
    ):
        note = (
            f"{module} is not on main yet"
            if _missing(module)
            else f"{module} landed; slot not implemented yet"
        )
        rows.append(Row("PDF", f"{label} build, per page", None, note=note))
    return rows
