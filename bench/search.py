"""Search as you type: PeelDesk's service against the same SQL in raw sqlite3.

The service call is what the search box runs: parse and fold the text, walk
the token index for one page (51 hits) joined to those patients' list
columns, and build the DTOs. The baseline runs the same statement (compiled
from the service's own query builder) through the sqlite3 module and returns
plain tuples: what is left over is the price of SQLAlchemy and the DTOs.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from sqlalchemy.dialects import sqlite

from bench.measure import Row, interleaved_medians_ms
from db.engine import SQLITE_CACHE_KIB
from desktop.services.bootstrap import make_context, open_database
from desktop.services.patients import search as patient_search
from desktop.services.patients.search import PAGE_SIZE, page_query, parse_query

# (label, what the receptionist typed)
QUERIES = [
    ("1 letter", "a"),
    ("2 letters", "ay"),
    ("3 letters", "ayş"),
    ("phone digits", "532"),
    ("phone digits", "45 67"),
    ("Turkish letters", "IŞI"),
    ("two words", "ayşe yıl"),
]


class RawSearch:
    """The service's own statement for the page, run with sqlite3 directly."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        # The app's page cache (db.engine), so the ratio measures code, not cache size.
        self.conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        self.dialect = sqlite.dialect()

    def prepare(self, typed: str) -> tuple[str, list]:
        stmt, values = page_query(parse_query(typed))
        compiled = stmt.compile(dialect=self.dialect)
        params = compiled.construct_params(values)
        assert compiled.positiontup is not None  # SQLite's paramstyle is positional
        return str(compiled), [params[key] for key in compiled.positiontup]

    def run(self, sql: str, params: list) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()[:PAGE_SIZE]

    def plan(self, sql: str, params: list) -> str:
        rows = self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        return "\n".join(row[-1] for row in rows)

    def close(self) -> None:
        self.conn.close()


def _size_cause(typed: str, found: int, found_small: int) -> str:
    """Why a search can take longer on the large database than on the small one."""
    if found_small >= found:
        return ""
    cause = (
        f"the 10k database has only {found_small} matches, fewer than a page, "
        "so the search stops early there"
    )
    if len(typed.split()) > 1 and any(ch.isalpha() for ch in typed):
        cause += (
            "; a rare pair of common words probes every patient matching one word "
            "until a page is full, so it grows with the clinic until then"
        )
    return cause


def search_rows(large: Path, small: Path, *, repeat: int) -> list[Row]:
    rows: list[Row] = []
    databases = {
        name: open_database(f"sqlite:///{path}")
        for name, path in (("large", large), ("small", small))
    }
    raw = RawSearch(large)
    try:
        contexts = {name: make_context(db) for name, db in databases.items()}
        for label, typed in QUERIES:
            found = len(patient_search.search_patients(contexts["large"], typed).rows)
            found_small = len(patient_search.search_patients(contexts["small"], typed).rows)
            sql, params = raw.prepare(typed)
            assert len(raw.run(sql, params)) == found, typed
            service_large, service_small, raw_large = interleaved_medians_ms(
                functools.partial(patient_search.search_patients, contexts["large"], typed),
                functools.partial(patient_search.search_patients, contexts["small"], typed),
                functools.partial(raw.run, sql, params),
                repeat=repeat,
            )
            rows.append(
                Row(
                    "search",
                    f"{label} “{typed}” ({found} shown), 100k patients",
                    service_large,
                    "raw sqlite3, same SQL",
                    raw_large,
                    goal=3,
                )
            )
            rows.append(
                Row(
                    "search",
                    f"{label} “{typed}”, 100k vs 10k patients ({found} vs {found_small} shown)",
                    service_large,
                    "same search, 10k patients",
                    service_small,
                    goal=1.5,
                    cause=_size_cause(typed, found, found_small),
                )
            )
    finally:
        raw.close()
        for db in databases.values():
            db.dispose()
    return rows
