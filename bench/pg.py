"""Search on PostgreSQL (only when PEELDESK_BENCH_PG_URL names a server).

The demo patients are loaded once into databases named after the cache
fingerprint (sessions are left out: search does not read them) and kept
between runs. The baseline runs the service's own statement through psycopg
directly, so the ratio is the price of SQLAlchemy and the DTOs, as for SQLite.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bench.data import ROOT, SIZES, _fingerprint
from bench.measure import Row, interleaved_sets

PG_ENV = "PEELDESK_BENCH_PG_URL"


def _url(base: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base).set(database=name).render_as_string(hide_password=False)


def _ensure(base: str, size: str, log: Callable[..., object]) -> str:
    from sqlalchemy import create_engine, text

    patients, _sessions = SIZES[size]
    name = f"peeldesk_bench_{patients}_{_fingerprint()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).scalar()
            if exists:
                return _url(base, name)
            conn.execute(text(f"CREATE DATABASE {name}_building TEMPLATE template0"))
        log(f"loading {patients:,} demo patients into PostgreSQL…")
        started = time.perf_counter()
        subprocess.run(
            [
                *(sys.executable, "-m", "desktop", "--database", _url(base, f"{name}_building")),
                *("demo", "--patients", str(patients), "--sessions", "0"),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        with admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {name}_building RENAME TO {name}"))
        with create_engine(_url(base, name), isolation_level="AUTOCOMMIT").connect() as conn:
            # FREEZE: every page all-visible, so index-only scans skip the heap from the start.
            conn.execute(text("VACUUM (FREEZE, ANALYZE)"))
        log(f"  loaded in {time.perf_counter() - started:.0f} s")
    finally:
        admin.dispose()
    return _url(base, name)


def pg_search_rows(
    queries: Sequence[tuple[str, str]], *, repeat: int, log: Callable[..., object] = print
) -> list[Row]:
    base = os.environ.get(PG_ENV)
    if not base:
        return [
            Row("PostgreSQL", "search", None, note=f"set {PG_ENV} to measure it"),
        ]
    import psycopg

    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.patients import search as patient_search
    from desktop.services.patients.search import PAGE_SIZE, page_query, parse_query

    urls = {size: _ensure(base, size, log) for size in ("small", "large")}
    databases = {size: open_database(url) for size, url in urls.items()}
    raw = psycopg.connect(urls["large"].replace("postgresql+psycopg://", "postgresql://"))
    rows: list[Row] = []
    try:
        contexts = {size: make_context(db) for size, db in databases.items()}
        dialect = databases["large"].engine.dialect
        for label, typed in queries:
            stmt, values = page_query(parse_query(typed))
            compiled = stmt.compile(dialect=dialect)
            sql, params = str(compiled), compiled.construct_params(values)

            def run_raw(sql: str = sql, params: Mapping[str, Any] = params) -> list[Any]:
                with raw.cursor() as cursor:
                    cursor.execute(sql, params)
                    return cursor.fetchall()[:PAGE_SIZE]

            timed = interleaved_sets(
                functools.partial(patient_search.search_patients, contexts["large"], typed),
                run_raw,
                functools.partial(patient_search.search_patients, contexts["small"], typed),
                repeat=repeat,
            )
            rows.append(
                timed.row(
                    "PostgreSQL search",
                    f"{label} “{typed}”, 100k patients",
                    "raw psycopg, same SQL",
                    goal=3,
                )
            )
            rows.append(
                timed.row(
                    "PostgreSQL search",
                    f"{label} “{typed}”, 100k vs 10k patients",
                    "same search, 10k patients",
                    baseline=2,
                    goal=1.5,
                )
            )
    finally:
        raw.close()
        for db in databases.values():
            db.dispose()
    return rows
