"""A look at a SQLite file before opening it for real, without writing a byte to it.

Opening through ``db.engine.Database`` sets WAL mode and other pragmas, which rewrites the
file's header: a file of another program, or a damaged one, must be refused before that.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.schema_shape import schema_problems


@dataclass(frozen=True)
class FileProbe:
    exists: bool
    empty: bool = False
    # A SQLite file with tables but no PeelDesk version: another program's.
    foreign: bool = False
    # What is wrong with its schema (unreadable names, missing tables at this version).
    problems: list[str] = field(default_factory=list)


def probe_file(path: Path) -> FileProbe:
    if not path.is_file():
        return FileProbe(exists=False)
    if path.stat().st_size == 0:
        return FileProbe(exists=True, empty=True)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return FileProbe(exists=True)  # the opening says what is wrong
    try:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if tables and "alembic_version" not in tables:
            return FileProbe(exists=True, foreign=True)
        return FileProbe(exists=True, problems=schema_problems(connection))
    except sqlite3.DatabaseError:
        # Not a plain SQLite file (damaged pages, an encrypted file, a name that is not
        # text): the schema check and the opening say what is wrong, in their words.
        try:
            return FileProbe(exists=True, problems=schema_problems(connection))
        except sqlite3.DatabaseError:
            return FileProbe(exists=True)
    finally:
        connection.close()
