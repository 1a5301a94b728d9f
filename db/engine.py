"""Engine and session set-up: one Database object per open database.

Every write is one transaction that starts with ``BEGIN IMMEDIATE`` on
SQLite: Python's sqlite3 driver does not BEGIN before reads, so a
read-then-write transaction in two processes silently loses an update unless
the write lock is taken at the start.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from importlib import import_module
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.errors import (
    DatabaseBeingChecked,
    DatabaseFull,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseUnreachable,
    NotADatabase,
    SchemaMismatch,
)
from db.lean import LeanReader, LeanStatements
from db.messages import msg
from db.paths import ensure_private_file
from db.postgresql import postgresql_connect_args, shown_url, translate_postgresql
from db.sealing import data_key_for, key_pragmas

BUSY_TIMEOUT_MS = 5000
# How long a write off the GUI thread waits for the start-up check of the file to finish.
CHECK_WAIT_SECONDS = 120
# Page cache per SQLite connection, in KiB (SQLite's default is 2 MiB). A multi-word
# search probes the token index for every candidate; on 100,000 patients those
# probes take 3.8 ms with the default cache and 0.75 ms once the hot index pages
# stay cached. Memory is taken only as pages are read.
SQLITE_CACHE_KIB = 32768
CONNECT_TIMEOUT_S = 10
_WRITE_OPTION = "peeldesk_write"


def _install_sqlite_pragmas(engine: Engine, data_key: bytes | None = None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (the documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in key_pragmas(data_key) if data_key else ():  # sealed: key first
                cursor.execute(pragma)
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def _sqlite_kind(original: BaseException, message: str) -> int | None:
    """The SQLite primary result code of a driver error, from its code or its text."""
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    for needle, kind in (
        ("file is not a database", _SQLITE_NOTADB),
        ("malformed", _SQLITE_CORRUPT),
        ("disk is full", _SQLITE_FULL),
        ("readonly", _SQLITE_READONLY),
        ("read-only", _SQLITE_READONLY),
        ("locked", _SQLITE_BUSY),
        ("busy", _SQLITE_BUSY),
        ("disk i/o error", _SQLITE_IOERR),
        ("unable to open", _SQLITE_CANTOPEN),
    ):
        if needle in message:
            return kind
    return None


def translate_error(error: BaseException, url: str) -> DatabaseProblem | None:
    """Turn a driver error into a message for people, or None if it is not one we know.

    Every message says whether the last change was saved (it never is: the
    transaction was rolled back) and that earlier changes are safe.
    """
    original = getattr(error, "orig", error)
    message = str(original).lower()
    # SQLite: "no such column/table"; PostgreSQL: "column/relation ... does not exist".
    if (
        "no such column" in message
        or "no such table" in message
        or ("does not exist" in message and ("column" in message or "relation" in message))
    ):
        return SchemaMismatch(
            msg(
                "The database “{database}” does not have the structure this version of "
                "PeelDesk expects (a table or column is missing), so nothing was changed. "
                "Restore a backup made by PeelDesk, or ask your administrator.",
                database=shown_url(url),
            )
        )
    driver = type(original).__module__  # sqlite3, or sqlcipher3 for a sealed file
    if isinstance(original, sqlite3.Error) or driver.startswith(("sqlite", "sqlcipher")):
        kind = _sqlite_kind(original, message)
        if kind in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
            return NotADatabase(
                msg(
                    "The file “{database}” is not a PeelDesk database or is damaged. "
                    "Nothing was changed. Choose another file, or restore a backup "
                    "(PeelDesk offers the newest good one when it starts).",
                    database=shown_url(url),
                )
            )
        if kind in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return DatabaseLocked(
                msg(
                    "The database is busy: another program or workstation is holding it, so "
                    "the last action was not completed. Wait a moment and try again; if it "
                    "keeps happening, close other programs that use the database file. "
                    "Everything saved before is safe."
                )
            )
        if kind == _SQLITE_READONLY:
            return DatabaseReadOnly(
                msg(
                    "The database “{database}” is read-only for this user, so the last change "
                    "was not saved. Everything saved before is safe. Ask your administrator "
                    "to make the file and its folder writable.",
                    database=shown_url(url),
                )
            )
        if kind == _SQLITE_FULL:
            return DatabaseFull(
                msg(
                    "The disk is full, so the last change was not saved. "
                    "Free some space and try again; everything saved before is safe."
                )
            )
        if kind == _SQLITE_IOERR:
            return DatabaseUnreachable(
                msg(
                    "The database “{database}” could not be read or written (a disk or "
                    "connection error), so the last change was not saved. Everything saved "
                    "before is safe. Close PeelDesk, check the disk, then run "
                    "“peeldesk check”.",
                    database=shown_url(url),
                )
            )
        if kind == _SQLITE_CANTOPEN:
            return DatabaseUnreachable(
                msg(
                    "The database “{database}” cannot be opened (missing folder or no permission).",
                    database=shown_url(url),
                )
            )
    if "psycopg" in type(original).__module__:
        problem = translate_postgresql(original, message, url)
        if problem is not None:
            return problem
    if isinstance(error, exc.OperationalError) and "connection" in message:
        return DatabaseUnreachable(
            msg("The database server cannot be reached. Check the network and the server address.")
        )
    return None


class Database:
    """An open database: engine plus the two ways to use it (read / write)."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self._echo = echo
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        in_file = self.is_sqlite and parsed.database not in (None, "", ":memory:")
        self.path: Path | None = Path(str(parsed.database)) if in_file else None
        self._connect()
        # Set while writes may go ahead; cleared while the start-up check of the file runs.
        self._checked = threading.Event()
        self._checked.set()
        self._refusal: DatabaseProblem | None = None

    def _connect(self) -> None:
        kwargs: dict = {"echo": self._echo, "future": True}
        # Sealed (db/sealing.py): KeyNeeded before the file is touched, if the key is not given.
        data_key = data_key_for(self.path) if self.path is not None else None
        if data_key is not None:
            kwargs["module"] = import_module("sqlcipher3.dbapi2")
        if self.is_sqlite:
            if self.path is not None:
                ensure_private_file(self.path)
            # Connections come from a pool and each is used by one thread at a time.
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            # A server restart or a dropped Wi-Fi link leaves dead pooled connections:
            # test each before use, and recycle idle ones before firewalls cut them.
            kwargs.update(pool_pre_ping=True, pool_recycle=1800, pool_size=3, max_overflow=4)
            if make_url(self.url).get_backend_name() == "postgresql":
                kwargs["connect_args"] = postgresql_connect_args(BUSY_TIMEOUT_MS, CONNECT_TIMEOUT_S)
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine, data_key)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        writing = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._write = sessionmaker(bind=writing, expire_on_commit=False)
        self._lean = LeanStatements(self.engine)

    def reconnect(self) -> None:  # after the file's key changed (sealed or re-keyed)
        self.engine.dispose()
        self._connect()

    # --- the start-up check of the file (desktop/ui/backups/startup_check.py) ---------------
    def hold_writes(self) -> None:
        """Hold every write until ``allow_writes`` (the file is being checked)."""
        self._checked.clear()

    def allow_writes(self) -> None:
        """The check passed: held writes go ahead."""
        self._refusal = None
        self._checked.set()

    def refuse_writes(self, problem: DatabaseProblem) -> None:
        """The check failed: every write, held or new, is refused with ``problem``."""
        self._refusal = problem
        self._checked.set()

    @property
    def writes_held(self) -> bool:
        return not self._checked.is_set()

    def _wait_for_check(self) -> None:
        if not self._checked.is_set():
            # A write on the GUI thread must not freeze the window: it is told to wait
            # instead. A write on a worker (a save in progress) waits for the check.
            if threading.current_thread() is not threading.main_thread():
                self._checked.wait(CHECK_WAIT_SECONDS)
            if not self._checked.is_set():
                raise DatabaseBeingChecked(
                    msg(
                        "PeelDesk is checking the database file, one moment. Nothing was "
                        "saved yet: try again in a few seconds."
                    )
                )
        if self._refusal is not None:
            raise self._refusal

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent snapshot on SQLite's WAL)."""
        session = self._read()
        try:
            yield session
        except exc.DBAPIError as error:
            raise self._translated(error) from error
        finally:
            # close() ends the transaction and detaches objects without expiring them,
            # so rows read here stay readable after the block.
            session.close()

    def lean_read(self, *, snapshot: bool = False) -> AbstractContextManager[LeanReader]:
        """A read without the ORM (see db.lean): statements built once, rows as tuples.

        ``snapshot=True`` when several statements must see the same data.
        """
        return self._lean.read(snapshot=snapshot, translate=self._translated)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction; commits on success, rolls back on error.

        While the start-up check of the file runs, the write waits for it (on a worker) or is
        refused with a message to try again (on the GUI thread); after a failed check it is
        refused."""
        self._wait_for_check()
        try:
            with self._write.begin() as session:
                yield session
        except exc.DBAPIError as error:
            raise self._translated(error) from error

    def _translated(self, error: exc.DBAPIError) -> BaseException:
        return translate_error(error, self.url) or error

    def check_readable(self) -> None:
        """Fail early, with a clear message, on a file that is not a database."""
        try:
            with self.engine.connect() as conn:
                conn.execute(
                    text("SELECT count(*) FROM sqlite_master" if self.is_sqlite else "SELECT 1")
                )
        except exc.DBAPIError as error:
            problem = translate_error(error, self.url)
            if problem:
                raise problem from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()
