"""Does a SQLite file hold the tables and columns its schema version promises?

``PRAGMA integrity_check`` looks at pages, not at meaning: a table renamed by another program,
or a name in the schema whose bytes were damaged (one flipped bit makes it invalid UTF-8),
passes it, and the file then fails only when a screen touches that table. These checks read
the schema itself, on a plain ``sqlite3`` connection (no SQLAlchemy, nothing written), in a few
milliseconds, so they run with every check of a file and at every opening.
"""

from __future__ import annotations

import sqlite3

from db.messages import msg


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """What is wrong with the schema of the file behind ``connection``; [] means nothing.

    - every name in the schema must be readable text (UTF-8);
    - a file at this release's schema version must have every table and column of the
      models (an older version is checked by its upgrade, a newer one is refused elsewhere).
    """
    raw = _schema_rows(connection)
    problems: list[str] = []
    names: dict[str, str] = {}
    for kind, name, table in raw:
        try:
            decoded = name.decode("utf-8")
            table.decode("utf-8")
        except UnicodeDecodeError:
            shown = name.decode("utf-8", errors="replace")
            problems.append(
                msg(
                    "The file's list of tables is damaged: the name “{name}” is not readable text.",
                    name=shown,
                )
            )
            continue
        names[decoded] = kind
    if problems:
        return problems
    if "alembic_version" not in names or not _at_head(connection):
        return []
    return _missing_parts(connection, {n for n, kind in names.items() if kind == "table"})


def _schema_rows(connection: sqlite3.Connection) -> list[tuple[str, bytes, bytes]]:
    previous = connection.text_factory
    connection.text_factory = bytes
    try:
        rows = connection.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index', "
            "'view', 'trigger')"
        ).fetchall()
    finally:
        connection.text_factory = previous
    return [(kind.decode("ascii", errors="replace"), name, table) for kind, name, table in rows]


def _at_head(connection: sqlite3.Connection) -> bool:
    from db.schema import HEAD_REVISION

    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == HEAD_REVISION


def _missing_parts(connection: sqlite3.Connection, present: set[str]) -> list[str]:
    from db.models import Base

    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            problems.append(msg("The table “{table}” is missing.", table=table.name))
            continue
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in columns:
                problems.append(
                    msg(
                        "The column “{column}” of the table “{table}” is missing.",
                        column=column.name,
                        table=table.name,
                    )
                )
    return problems
