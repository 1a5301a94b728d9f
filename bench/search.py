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
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from sqlalchemy.dialects import sqlite

from bench.measure import Row, interleaved_sets, profile_shares
from db.engine import SQLITE_CACHE_KIB
from db.text import prefix_upper_bound
from desktop.services.bootstrap import make_context, open_database
from desktop.services.common.context import ServiceContext
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
    ("few hits", "987 65"),
    ("no hits", "xqz"),
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


def walked_tokens(path: Path, typed: str) -> int:
    """How many index entries of the driving word the page's walk reads (its real work).

    The walk reads the driving word's range in order until a page is full (then it
    stops at the page's last hit) or the range ends; every entry read costs one probe
    per other word, one for an earlier token, and one for the patient.
    """
    _stmt, values = page_query(parse_query(typed))
    raw = RawSearch(path)
    try:
        conn = raw.conn
        hits = conn.execute(*raw.prepare(typed)).fetchall()
        if len(hits) > PAGE_SIZE:
            token, key, patient = hits[PAGE_SIZE - 1][:3]
            walked = conn.execute(
                "SELECT count(*) FROM patient_search_token WHERE token >= ? "
                "AND (token, sort_key, patient_id) <= (?, ?, ?)",
                (values["driver"], token, key, patient),
            ).fetchone()[0]
        else:
            walked = conn.execute(
                "SELECT count(*) FROM patient_search_token WHERE token >= ? AND token < ?",
                (values["driver"], values["driver_end"]),
            ).fetchone()[0]
    finally:
        raw.close()
    return int(walked)


def range_sizes(path: Path, typed: str) -> dict[str, int]:
    """Index entries under each typed word's prefix: which word is the rarer one."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            prefix: conn.execute(
                "SELECT count(*) FROM patient_search_token WHERE token >= ? AND token < ?",
                (prefix, prefix_upper_bound(prefix)),
            ).fetchone()[0]
            for prefix in parse_query(typed).prefixes
        }


def _size_cause(
    found: int, found_small: int, walked: int, walked_small: int, sizes: dict[str, int]
) -> str:
    """Why a search can take longer on the large database than on the small one."""
    if found_small >= found:
        return ""
    return (
        f"the 10k database has only {found_small} matches, fewer than a page, so its walk "
        f"reads the whole range of the driving word ({walked_small} index entries), while "
        f"the 100k one reads {walked} entries before its page is full: "
        f"{walked / max(walked_small, 1):.1f}× the work for {found} rows instead of "
        f"{found_small}"
        + (
            "; entries under each word on 100k patients: "
            + ", ".join(f"“{word}” {count}" for word, count in sizes.items())
            + " (the longest word drives the walk)"
            if len(sizes) > 1
            else ""
        )
    )


SERVICE_PARTS: dict[str, Callable[[str, str], bool]] = {
    "SQLite running the statement": lambda f, fn: "sqlite3" in fn,
    "taking and returning a pooled connection": lambda f, fn: (
        "sqlalchemy/pool" in f or "sqlalchemy/util/queue" in f or "threading" in f
    ),
    "reading the typed text (parse, fold)": lambda f, fn: (
        f.endswith("db/text.py")
        or fn in ("parse_query", "_merge_phone_groups", "parse_user_date")
        or "services/common/dates" in f
    ),
    "the lean path's values and rows (db/lean.py)": lambda f, fn: (
        f.endswith("db/lean.py") or "contextlib" in f
    ),
    "the service itself (permission, statement values, page of DTOs)": lambda f, fn: (
        "services/patients" in f or "services/common" in f or "db/text.py" in f
    ),
}


def _raw_cause(ctx: ServiceContext, typed: str) -> str:
    """Where a search's own time goes, when it misses its goal against raw SQL."""
    shares = profile_shares(
        functools.partial(patient_search.search_patients, ctx, typed),
        SERVICE_PARTS,
        calls=2000,
    )
    return f"one profile of 2,000 such searches, by own time: {shares}"


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
            timed = interleaved_sets(
                functools.partial(patient_search.search_patients, contexts["large"], typed),
                functools.partial(raw.run, sql, params),
                functools.partial(patient_search.search_patients, contexts["small"], typed),
                repeat=repeat,
            )
            against_raw = timed.row(
                "search",
                f"{label} “{typed}” ({found} shown), 100k patients",
                "raw sqlite3, same SQL",
                goal=3,
            )
            if against_raw.verdict == "MISSED":
                against_raw = replace(against_raw, cause=_raw_cause(contexts["large"], typed))
            rows.append(against_raw)
            walked = walked_tokens(large, typed) if found_small < found else 0
            walked_small = walked_tokens(small, typed) if found_small < found else 0
            rows.append(
                timed.row(
                    "search",
                    f"{label} “{typed}”, 100k vs 10k patients ({found} vs {found_small} shown)",
                    "same search, 10k patients",
                    baseline=2,
                    goal=1.5,
                    cause=_size_cause(
                        found, found_small, walked, walked_small, range_sizes(large, typed)
                    ),
                )
            )
    finally:
        raw.close()
        for db in databases.values():
            db.dispose()
    return rows
