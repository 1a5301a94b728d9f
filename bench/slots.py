"""Measures that need features other helpers are building (sessions, handouts, quotes).

Each slot measures when its service exists and is otherwise reported as "not
measured" with the reason, never as a pass. To fill one in: time the service
call against the same SQL in raw sqlite3 (or the PDF build per page), and
return Rows like bench/search.py does.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.measure import Row

if TYPE_CHECKING:
    from db.engine import Database


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


def captured_sql(database: Database, action: Callable[[], object]) -> list[tuple[str, object]]:
    """The statements a service call sends to SQLite, in order, values written in.

    Traced on the driver's connections (sqlite3's trace callback), so the reads that
    bypass SQLAlchemy's engine (the lean path, db/lean.py) are caught as well: the
    pool is emptied first, and every connection opened for the action is traced.
    """
    from sqlalchemy import event

    statements: list[str] = []

    def trace(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    database.engine.dispose()
    event.listen(database.engine, "connect", trace)
    try:
        action()
    finally:
        event.remove(database.engine, "connect", trace)
        database.engine.dispose()  # closes the traced connections
    control = ("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "SAVEPOINT", "RELEASE")
    return [(sql, ()) for sql in statements if not sql.lstrip().upper().startswith(control)]


@contextmanager
def raw_replay(path: Path, statements: list[tuple[str, Any]]) -> Iterator[Callable[[], None]]:
    """The same statements through sqlite3, rows fetched as tuples: the baseline."""
    import sqlite3

    from db.engine import SQLITE_CACHE_KIB

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")

    def run() -> None:
        for sql, params in statements:
            conn.execute(sql, params).fetchall()

    try:
        yield run
    finally:
        conn.close()


HISTORY_SESSIONS = 200


def _patient_with_history(path: Path) -> int:
    """A patient of the demo database with exactly 200 sessions (topped up once, cached)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT patient_id FROM treatment_session GROUP BY patient_id "
            "HAVING count(*) = ? LIMIT 1",
            (HISTORY_SESSIONS,),
        ).fetchone()
        if found:
            return int(found[0])
        # Demo sessions are spread evenly (~10 a patient): copy other patients' sessions,
        # with their treated areas, to the first patient until it has 200.
        patient_id = conn.execute("SELECT min(id) FROM patient").fetchone()[0]
        have = conn.execute(
            "SELECT count(*) FROM treatment_session WHERE patient_id = ?", (patient_id,)
        ).fetchone()[0]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(treatment_session)")]
        copied = [c for c in columns if c not in ("id", "patient_id")]
        area_columns = [row[1] for row in conn.execute("PRAGMA table_info(session_area)")]
        area_copied = [c for c in area_columns if c not in ("id", "session_id")]
        sources = conn.execute(
            f"SELECT id, {', '.join(copied)} FROM treatment_session "
            "WHERE patient_id != ? ORDER BY id LIMIT ?",
            (patient_id, HISTORY_SESSIONS - have),
        ).fetchall()
        with conn:
            for source_id, *values in sources:
                new_id = conn.execute(
                    f"INSERT INTO treatment_session (patient_id, {', '.join(copied)}) "
                    f"VALUES (?, {', '.join('?' * len(copied))})",
                    (patient_id, *values),
                ).lastrowid
                conn.execute(
                    f"INSERT INTO session_area (session_id, {', '.join(area_copied)}) "
                    f"SELECT ?, {', '.join(area_copied)} FROM session_area WHERE session_id = ?",
                    (new_id, source_id),
                )
        return int(patient_id)
    finally:
        conn.close()


def history_rows(large: Path, *, repeat: int) -> list[Row]:
    """Open the history of a patient with 200 sessions (goal: ≤ 2× raw SQL)."""
    if _missing("desktop.services.sessions.history"):
        return [
            Row(
                "history",
                "patient with 200 sessions",
                None,
                goal=3,
                note="desktop.services.sessions.history is not on main yet",
            )
        ]
    from bench.measure import interleaved_sets
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.sessions import history

    patient_id = _patient_with_history(large)
    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        shown = len(history.patient_history(ctx, patient_id).sessions)
        statements = captured_sql(database, lambda: history.patient_history(ctx, patient_id))
        with raw_replay(large, statements) as replay:
            timed = interleaved_sets(
                lambda: history.patient_history(ctx, patient_id), replay, repeat=repeat
            )
    finally:
        database.dispose()
    row = timed.row(
        "history",
        f"patient with {shown} sessions, 100k-patient database",
        f"raw sqlite3, same {len(statements)} statements",
        goal=2,
    )
    if row.verdict == "MISSED":
        row = replace(row, cause=_history_cause(large, patient_id))
    return [row]


HISTORY_PARTS: dict[str, Callable[[str, str], bool]] = {
    "SQLite (run, fetch)": lambda f, fn: "sqlite3" in fn,
    "building the DTOs (frozen dataclasses' __init__)": lambda f, fn: (
        f == "<string>" or "setattr" in fn
    ),
    "converting stored values (times, codes, names, sizes)": lambda f, fn: (
        f.endswith(("db/types.py", "db/lean.py", "sessions/rows.py", "db/codes.py", "enum.py"))
        or fn in ("_moment", "_day", "_code", "_codes", "fromisoformat")
    ),
    "pool and snapshot": lambda f, fn: "sqlalchemy" in f or "contextlib" in f or "threading" in f,
    "the history's own loops and summary": lambda f, fn: "sessions/history.py" in f,
}


def _history_cause(large: Path, patient_id: int) -> str:
    from bench.measure import profile_shares
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.sessions import history

    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        shares = profile_shares(
            lambda: history.patient_history(ctx, patient_id), HISTORY_PARTS, calls=50
        )
    finally:
        database.dispose()
    return f"one profile of 50 such histories, by own time: {shares}"


def busy_day_rows(large: Path, *, repeat: int) -> list[Row]:
    """Load a busy day's session list (goal: ≤ 3× raw SQL)."""
    if _missing("desktop.services.sessions.day_list"):
        return [
            Row(
                "day list",
                "busy day",
                None,
                goal=3,
                note="desktop.services.sessions.day_list is not on main yet",
            )
        ]
    from datetime import timedelta

    from bench.measure import interleaved_sets
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.sessions import day_list

    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        # The demo spreads 1,000,000 sessions over three years and two months: ~870 a day,
        # the busiest list a 100,000-patient clinic could show.
        day = ctx.today() - timedelta(days=7)
        count = len(day_list.day_sessions(ctx, day).rows)
        statements = captured_sql(database, lambda: day_list.day_sessions(ctx, day))
        with raw_replay(large, statements) as replay:
            timed = interleaved_sets(
                lambda: day_list.day_sessions(ctx, day), replay, repeat=max(repeat // 2, 5)
            )
    finally:
        database.dispose()
    return [
        timed.row(
            "day list",
            f"one day, {count} sessions with areas",
            f"raw sqlite3, same {len(statements)} statements",
            goal=3,
        )
    ]


def pdf_rows(large: Path, *, repeat: int) -> list[Row]:
    """The aftercare sheet (bench/printing_bench.py), a quote, the first print of a process.

    The quote is built by the real service from the large demo database, warm,
    against a one-paragraph page from the same layout (header, footer, embedded
    font) built in the same run; its goal, 25 ms a page, is absolute and therefore
    depends on the machine. LibreOffice is compared by bench/handouts_bench.py (it
    needs soffice and minutes per run).
    """
    from bench.printing_bench import aftercare_rows, first_print_rows

    plain_page = _plain_page()
    return [
        *aftercare_rows(large, repeat=repeat),
        _quote_row(large, repeat=repeat, plain_page=plain_page),
        *first_print_rows(large, repeat=repeat),
    ]


PAGE_GOAL_MS = 25.0
PLAIN_PAGE = "one-paragraph page, same layout"


def _plain_page() -> Callable[[], bytes]:
    """Builds the baseline page: what any printed page costs before its content."""
    from reportlab.platypus import Paragraph

    from desktop.printing.layout import ClinicIdentity, DocumentMeta, build_pdf, styles

    meta = DocumentMeta(
        title="PeelDesk",
        language="tr",
        clinic=ClinicIdentity("Işıltı Cilt Kliniği", "Bağdat Cad. 12, İstanbul", "+90 216 555"),
    )
    body = styles()["body"]
    return lambda: build_pdf(meta, [Paragraph("Şükrü Işıkoğlu ₺1.250,00", body)])


def _per_page_row(
    name: str, build: Callable[[], object], pages: int, plain_page: Callable, repeat: int
) -> Row:
    from bench.measure import interleaved_medians_ms

    document, plain = interleaved_medians_ms(build, plain_page, repeat=max(repeat // 2, 5))
    per_page = document / pages
    return Row(
        "PDF",
        f"{name}, per page ({pages} page{'s' if pages > 1 else ''})",
        per_page,
        PLAIN_PAGE,
        plain,
        limit=PAGE_GOAL_MS,
        cause=(
            f"a one-paragraph page from the same layout took {plain:.0f} ms in this run, "
            f"{plain / per_page:.0%} of the page: the fonts embedded, the header and the "
            "footer cost that much before any content"
        ),
    )


def _quote_row(large: Path, *, repeat: int, plain_page: Callable[[], bytes]) -> Row:
    if _missing("desktop.services.quotes.documents"):
        return Row(
            "PDF", "quote, per page", None, note="desktop.services.quotes.documents not on main"
        )
    from decimal import Decimal

    from sqlalchemy import select

    from db.models import Patient, Quote
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.quotes import drafts as quote_drafts
    from desktop.services.quotes import issuing as quote_issuing
    from desktop.services.quotes import records as quotes
    from desktop.services.quotes.documents import quote_pdf

    database = open_database(f"sqlite:///{large}")
    try:
        ctx = make_context(database)
        with database.read() as session:
            patient_id = session.scalar(select(Patient.id).order_by(Patient.id).limit(1))
            quote_id = session.scalar(
                select(Quote.id).where(Quote.patient_id == patient_id, Quote.number.is_not(None))
            )
        assert patient_id is not None, "the demo database has patients"
        if quote_id is None:  # once per cached database: a typical three-area quote
            areas = {a.code: a for a in quotes.builder_data(ctx, patient_id).areas}
            lines = tuple(
                quotes.QuoteLineInput(areas[code].id, Decimal(size))
                for code, size in (("face_full", 350), ("neck", 150), ("decollete", 300))
                if code in areas
            ) or (quotes.QuoteLineInput(None, Decimal(20), "Scar"),)
            draft = quote_drafts.create_draft(
                ctx, patient_id, quotes.QuoteInput(lines=lines, sessions=3)
            )
            quote_id = quote_issuing.issue_quote(ctx, draft.id, draft.row_version).id
        pages = _page_count(quote_pdf(ctx, quote_id).pdf)
        return _per_page_row("quote", lambda: quote_pdf(ctx, quote_id), pages, plain_page, repeat)
    finally:
        database.dispose()


def _page_count(pdf: bytes) -> int:
    try:
        import io

        from pypdf import PdfReader  # in the test extra
    except ImportError:
        import re

        return max(len(re.findall(rb"/Type\s*/Page\b", pdf)), 1)
    return len(PdfReader(io.BytesIO(pdf)).pages)
