"""The lean read path: a Core select run on the driver connection, rows as plain tuples.

A read through an ORM Session costs about 0.2 ms before the first row on this
machine (the Session, its connection wrapper, BEGIN, the statement's execution
context, ROLLBACK): more than the whole statement for a search with few hits or
a history of a few hundred rows. Reads that need no identity map (no objects to
change and flush) go through here instead: the statement is compiled once per
database, its values and results pass through the very type processors
SQLAlchemy would apply, and the statement runs on a pooled driver connection.

SQLite runs in autocommit mode on our connections (db.engine), so one statement
reads one consistent snapshot; several statements that must agree are read in
one ``BEGIN`` … ``ROLLBACK`` (``snapshot=True``). PostgreSQL's driver opens a
transaction on the first statement; the pool rolls it back on return.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Select, Table, exc, insert

Processor = Callable[[Any], Any] | None


class _Prepared:
    """One statement compiled for one dialect, with its bind and result processors."""

    __slots__ = ("binds", "defaults", "names", "positional", "processed", "sql")

    def __init__(self, statement: Select, engine: Engine) -> None:
        dialect = engine.dialect
        compiled = statement.compile(dialect=dialect)
        self.sql = str(compiled)
        self.positional = compiled.positiontup is not None
        self.names: tuple[str, ...] = tuple(compiled.positiontup or compiled.binds)
        self.binds: dict[str, Processor] = {}
        self.defaults: dict[str, Any] = {}
        for name, bind in compiled.binds.items():
            self.binds[name] = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if not bind.required:
                self.defaults[name] = bind.effective_value
        results = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.selected_columns
        ]
        self.processed: tuple[tuple[int, Callable[[Any], Any]], ...] = tuple(
            (index, process) for index, process in enumerate(results) if process is not None
        )

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        processed: dict[str, Any] = {}
        for name in self.names:
            value = values[name] if name in values else self.defaults[name]
            process = self.binds[name]
            processed[name] = value if process is None or value is None else process(value)
        if self.positional:
            return [processed[name] for name in self.names]
        return processed

    def convert(self, rows: list[Any]) -> list[tuple[Any, ...]]:
        if not rows or not self.processed:
            return rows  # tuples straight from the driver
        # Column by column: only the columns with a processor are touched, and zip()
        # rebuilds the rows in C (a per-row, per-value loop cost more than the SQL).
        columns: list[Any] = list(zip(*rows, strict=True))
        for index, process in self.processed:
            columns[index] = _processed(columns[index], process)
        return list(zip(*columns, strict=True))


# Results that may be shared between rows: immutable (enums are str subclasses).
_SHAREABLE = (str, int, float, Decimal, date, time, bytes)


def _processed(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` applied to each value, once per distinct value when the result is immutable.

    Codes, statuses and dates repeat from row to row (a history has a handful of
    distinct statuses in hundreds of sessions); lists and dicts are made per row.
    """
    seen: dict[Any, Any] = {}
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        found = seen.get(value, _MISSING)
        if found is _MISSING:
            found = process(value)
            if isinstance(found, _SHAREABLE):
                seen[value] = found
        out.append(found)
    return out


_MISSING = object()


class LeanReader:
    """Runs prepared statements on one driver connection (see lean_read)."""

    def __init__(self, cursor: Any, prepare: Callable[[Select], _Prepared]) -> None:
        self._cursor = cursor
        self._prepare = prepare

    def rows(self, statement: Select, values: Mapping[str, Any] | None = None) -> list[tuple]:
        prepared = self._prepare(statement)
        self._cursor.execute(prepared.sql, prepared.parameters(values or {}))
        return prepared.convert(self._cursor.fetchall())

    def first(self, statement: Select, values: Mapping[str, Any] | None = None) -> tuple | None:
        found = self.rows(statement, values)
        return found[0] if found else None


class LeanStatements:
    """The statements compiled for one engine, kept as long as the engine.

    Only statements built once (module constants or lru_cache'd builders) belong
    here: the cache is keyed by the statement object itself.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._prepared: dict[int, tuple[Select, _Prepared]] = {}

    def prepare(self, statement: Select) -> _Prepared:
        found = self._prepared.get(id(statement))
        if found is None or found[0] is not statement:
            found = (statement, _Prepared(statement, self._engine))
            self._prepared[id(statement)] = found
        return found[1]

    @contextmanager
    def read(
        self, *, snapshot: bool, translate: Callable[[exc.DBAPIError], BaseException]
    ) -> Iterator[LeanReader]:
        dialect = self._engine.dialect
        sqlite = dialect.name == "sqlite"
        connection = None
        cursor = None
        try:
            # A new pooled connection runs its set-up (db.engine's pragmas) here: a file
            # locked by another program fails here, and gets the same message as below.
            connection = self._engine.raw_connection()
            cursor = connection.cursor()
            if snapshot and sqlite:
                cursor.execute("BEGIN")
            try:
                yield LeanReader(cursor, self.prepare)
            finally:
                if snapshot and sqlite:
                    cursor.execute("ROLLBACK")
        except exc.DBAPIError as error:  # raised already wrapped by the pool
            raise translate(error) from error
        except dialect.loaded_dbapi.Error as error:
            wrapped = exc.DBAPIError.instance(
                None, None, error, dialect.loaded_dbapi.Error, dialect=dialect
            )
            if isinstance(wrapped, exc.DBAPIError):
                raise translate(wrapped) from error
            raise wrapped from error
        finally:
            if cursor is not None:
                cursor.close()
            if connection is not None:
                connection.close()  # back to the pool, which rolls back what is left open


_INSERTS: dict[tuple[str, str, tuple[str, ...]], tuple[str, tuple[str, ...], tuple[Any, ...]]] = {}


def insert_many(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Rows of one table, every row with the same keys, as one executemany of driver values.

    On SQLite the insert is compiled once per table and key set, each column's bind
    processor runs column by column (once per distinct value where the stored value
    is immutable: statuses, dates, flags repeat), and the driver's executemany gets
    plain tuples: SQLAlchemy's per-row parameter handling cost more than the inserts.
    Elsewhere Core's insert is used (its multi-row VALUES batches suit PostgreSQL).
    A column left out must have no Python-side default (it would be skipped here).
    """
    if not rows:
        return
    keys = tuple(rows[0])
    if any(len(row) != len(keys) or row.keys() != rows[0].keys() for row in rows):
        raise ValueError("insert_many needs the same keys in every row")
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    cache_key = (table.name, dialect.name, keys)
    prepared = _INSERTS.get(cache_key)
    if prepared is None:
        left_out = [c.key for c in table.columns if c.key not in keys and c.default is not None]
        if left_out:
            raise ValueError(f"insert_many needs values for {left_out} (they have defaults)")
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = tuple(compiled.positiontup or ())
        processors = tuple(
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order
        )
        prepared = (str(compiled), order, processors)
        _INSERTS[cache_key] = prepared
    sql, order, processors = prepared
    columns = [
        _bound([row[name] for row in rows], process) if process else [row[name] for row in rows]
        for name, process in zip(order, processors, strict=True)
    ]
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _bound(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` (a bind processor) on each value; once per distinct hashable value."""
    seen: dict[Any, Any] = {}
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        try:
            found = seen.get(value, _MISSING)
        except TypeError:  # a list or dict (JSON): made per row
            out.append(process(value))
            continue
        if found is _MISSING:
            found = process(value)
            if isinstance(found, _SHAREABLE):
                seen[value] = found
        out.append(found)
    return out
