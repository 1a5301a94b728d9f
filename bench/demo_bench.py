"""`peeldesk demo` (10,000 patients, 100,000 sessions) against raw executemany of its rows.

The product is ``generate_demo`` into a fresh, empty, current database: making
the rows up (seeded), SQLAlchemy turning them into driver values, the inserts
and the commits. The floor replays every statement the product sent, with the
very values it sent, through ``sqlite3``: the same transactions, each batch one
``executemany``. Product and floor run in turn, in sets, each on its own fresh
copy of the same empty database.
"""

from __future__ import annotations

import cProfile
import pstats
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import Row, interleaved_sets

PATIENTS, SESSIONS = 10_000, 100_000
GOAL = 2.0
_CONTROL = ("COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def _fresh(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)


def _product(template: Path, target: Path, keep: list | None = None) -> Callable[[], None]:
    def run() -> None:
        from sqlalchemy import event

        from desktop.services.bootstrap import make_context, open_database
        from desktop.services.demo.generate import generate_demo

        _fresh(template, target)
        database = open_database(f"sqlite:///{target}")
        try:
            ctx = make_context(database)

            def capture(_c: Any, _k: Any, sql: str, params: Any, _x: Any, many: bool) -> None:
                if keep is not None:
                    keep.append((sql, params, many))

            event.listen(database.engine, "before_cursor_execute", capture)
            generate_demo(ctx, patients=PATIENTS, sessions=SESSIONS)
            event.remove(database.engine, "before_cursor_execute", capture)
        finally:
            database.dispose()

    return run


def _floor(template: Path, target: Path, statements: list) -> Callable[[], None]:
    def run() -> None:
        from db.engine import BUSY_TIMEOUT_MS

        _fresh(template, target)
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            for pragma in (
                f"busy_timeout = {BUSY_TIMEOUT_MS}",
                "foreign_keys = ON",
                "journal_mode = WAL",
                "synchronous = FULL",
            ):
                conn.execute(f"PRAGMA {pragma}")
            for sql, params, many in statements:
                if sql.lstrip().upper().startswith("BEGIN") and conn.in_transaction:
                    conn.execute("COMMIT")  # the product commits each batch
                # SQLAlchemy flags its multi-row VALUES batches (insertmanyvalues) as
                # executemany too, but sends them as one flat row to cursor.execute.
                if many and params and isinstance(params[0], list | tuple | dict):
                    conn.executemany(sql, params)
                else:
                    conn.execute(sql, params)
            if conn.in_transaction:
                conn.execute("COMMIT")
        finally:
            conn.close()

    return run


def _template(folder: Path) -> Path:
    from desktop.services.bootstrap import open_database

    path = folder / "empty.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _where_the_time_goes(product: Callable[[], None]) -> str:
    """One profiled run of the product, summed by who does the work."""
    profile = cProfile.Profile()
    profile.runcall(product)
    stats = pstats.Stats(profile)
    total = 0.0
    buckets = {"making the rows up (demo/)": 0.0, "SQLAlchemy": 0.0, "sqlite3 executemany": 0.0}
    raw_stats: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, function), (_cc, _nc, own, _cum, _callers) in raw_stats.items():
        total += own
        if "services/demo/" in filename or filename.endswith("random.py"):
            buckets["making the rows up (demo/)"] += own
        elif "sqlalchemy" in filename or "db/types.py" in filename:
            buckets["SQLAlchemy"] += own
        elif "executemany" in function or "commit" in function:
            buckets["sqlite3 executemany"] += own
    parts = [f"{name} {share / total:.0%}" for name, share in buckets.items()]
    return "one profiled run of the product: " + ", ".join(parts) + " of its time"


def demo_rows(*, sets: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="peeldesk-demo-bench-") as tmp:
        folder = Path(tmp)
        template = _template(folder)
        statements: list = []
        _product(template, folder / "first.sqlite3", statements)()  # warm-up and capture
        product = _product(template, folder / "product.sqlite3")
        floor = _floor(template, folder / "floor.sqlite3", statements)
        floor()  # warm-up
        timed = interleaved_sets(product, floor, repeat=1, sets=sets, warmup=0)
        many = sum(1 for _sql, _params, is_many in statements if is_many)
        row = timed.row(
            "demo",
            f"`peeldesk demo`, {PATIENTS:,} patients and {SESSIONS:,} sessions "
            f"({many} executemany statements)",
            "raw sqlite3 executemany of the same rows",
            goal=GOAL,
        )
        cause = _where_the_time_goes(product) if row.verdict == "MISSED" else ""
    from dataclasses import replace

    return [replace(row, cause=cause)]
