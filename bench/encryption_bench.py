"""The cost of the sealed database (db/sealing.py): search, history and a verified backup on
a sealed copy of the 10k-patient demo database against the same calls on its plaintext copy,
timed in turn in one loop (``--only encryption``)."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.measure import Row, interleaved_sets

SEARCHES = (("2 letters", "ay"), ("two words", "ayşe yıl"))


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dest:
        src.backup(dest)
    with sqlite3.connect(target) as dest:
        dest.execute("PRAGMA journal_mode = DELETE")


# No goal is set: the issue asks for the ratios. Where the time goes, for a reader of the report.
NOTE = (
    "Part of every ratio is the driver, not the cipher: `sqlcipher3` bundles its own SQLite "
    "build, which ran an indexed range read about 1.5× slower than Python's `sqlite3` with no "
    "key at all (a one-off check while writing this bench). Pages are decrypted when read from "
    "disk or the OS cache, not from SQLite's own page cache, so warm searches and histories pay "
    "little; a backup reads, re-encrypts and verifies every page, so it pays most."
)


def encryption_rows(small: Path, *, repeat: int, log: Callable[[str], None] = print) -> list[Row]:
    from bench.slots import _patient_with_history
    from db import sealing
    from db.backup import create_backup
    from db.sealing_migration import seal_database
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.patients import search
    from desktop.services.sessions import history

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="peeldesk-seal-bench-") as folder:
        base = Path(folder)
        plain, sealed = base / "plain" / "clinic.sqlite3", base / "sealed" / "clinic.sqlite3"
        _copy(small, plain)
        patient_id = _patient_with_history(plain)
        _copy(plain, sealed)
        log("sealing a copy of the 10k-patient database…")
        # The passphrase's argon2id cost is paid once at start, not per call: cheap here.
        seal_database(sealed, "bench passphrase words", cost=sealing.CHEAP_FOR_TESTS)
        plain_db = open_database(f"sqlite:///{plain}")
        sealed_db = open_database(f"sqlite:///{sealed}")
        try:
            ctx_plain, ctx_sealed = make_context(plain_db), make_context(sealed_db)
            for label, typed in SEARCHES:
                timed = interleaved_sets(
                    partial(search.search_patients, ctx_sealed, typed),
                    partial(search.search_patients, ctx_plain, typed),
                    repeat=repeat,
                )
                rows.append(timed.row("encryption", f"search {label} “{typed}”", "plaintext"))
            timed = interleaved_sets(
                lambda: history.patient_history(ctx_sealed, patient_id),
                lambda: history.patient_history(ctx_plain, patient_id),
                repeat=repeat,
            )
            rows.append(timed.row("encryption", "history, patient with 200 sessions", "plaintext"))
            counter = itertools.count()

            def backup(path: Path) -> None:
                target = base / "backups" / f"{path.parent.name}-{next(counter)}.sqlite3"
                made = create_backup(path, target)
                for item in made.path.parent.glob(made.path.name + "*"):
                    item.unlink()

            timed = interleaved_sets(
                lambda: backup(sealed), lambda: backup(plain), repeat=max(3, repeat // 10), warmup=1
            )
            size_mib = plain.stat().st_size / 2**20
            rows.append(
                timed.row(
                    "encryption",
                    f"verified backup ({size_mib:.0f} MiB: copy, integrity check, row counts)",
                    "plaintext",
                )
            )
        finally:
            plain_db.dispose()
            sealed_db.dispose()
            sealing.forget_all()
    return rows
