"""PeelDesk's log file: every frame of an unexpected error, and no patient data.

The file lives in the platform's log folder (``platformdirs.user_log_dir``), or in
``$PEELDESK_DATA_DIR/logs`` when that is set, like the database. It is readable by its owner
only and rotates, so it never grows without bound.

Exception messages and local values can hold patient names ("Ayşe Yılmaz already has a
session at 10:00"), so a logged exception is written as its type and its frames (file, line,
function, source line), never as ``str(exc)``. That holds for every handler set up here,
stderr included. Log messages themselves are the caller's: pass ids, never names.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from db.paths import APP_NAME, DATA_DIR_ENV, ensure_private_dir

LOG_FILE_NAME = "peeldesk.log"
# 1 MB × (1 + 4 old files): months of warnings, and a bounded share of the disk.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
INFO_LOGGERS = ("peeldesk", "desktop", "db", "alembic.runtime.migration")
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"  # what the CLI always printed

# A record attribute: stderr skips records that carry it (their details are in the file).
FILE_ONLY = "peeldesk_file_only"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

log = logging.getLogger("peeldesk")
# The handlers set up by setup_logging(), replaced (not added to) on a second call.
_handlers: list[logging.Handler] = []
_log_file: Path | None = None


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def current_log_file() -> Path | None:
    """The file setup_logging() writes to, or None when it could not open one."""
    return _log_file


def describe_exception(kind: type[BaseException], error: BaseException, tb: object) -> str:
    """A traceback with every frame, the chained causes too, and no exception message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current_tb = tb if current is error else current.__traceback__
        parts.append(_describe_one(kind if current is error else type(current), current_tb))
        if current.__cause__ is not None:
            parts.append("The above exception was the direct cause of:")
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            parts.append("While handling the above exception, another one happened:")
            current = current.__context__
        else:
            current = None
    # Like Python's own traceback: the first cause on top, the one that escaped last.
    return "\n".join(reversed(parts))


def _describe_one(kind: type[BaseException], tb: object) -> str:
    lines = ["Traceback (most recent call last):"]
    frames = traceback.extract_tb(tb) if isinstance(tb, TracebackType) else []
    for frame in frames:
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    lines.append(
        f"{kind.__module__}.{kind.__qualname__} (message not logged: it may name a patient)"
    )
    return "\n".join(lines)


class NoPatientDataFormatter(logging.Formatter):
    """Formats exceptions with describe_exception(), whatever another handler cached."""

    def formatException(self, ei) -> str:
        kind, error, tb = ei
        if kind is None or error is None:
            return ""
        return describe_exception(kind, error, tb)

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's exception text on the record; a standard
        # formatter would have put the message there, so never reuse the cache.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are created (and kept) readable by their owner only."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # a file left by an older version may be wider open
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(*, stderr: bool = True) -> Path | None:
    """Send warnings to stderr (as before) and PeelDesk's notes and every warning to the file.

    Returns the log file, or None when it cannot be written (a read-only home folder):
    PeelDesk still runs, with its log on stderr only. Calling it again replaces the
    handlers, so a test or a second start in one process does not log twice.
    """
    global _log_file
    stop_logging()
    root = logging.getLogger()
    # Like logging.basicConfig: no stderr handler when someone (pytest) already has one.
    if stderr and not root.handlers:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(NoPatientDataFormatter(STDERR_FORMAT))
        console.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
        _handlers.append(console)
    path = log_dir() / LOG_FILE_NAME
    problem: OSError | None = None
    try:
        ensure_private_dir(path.parent)
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        problem = error
    else:
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(NoPatientDataFormatter(FILE_FORMAT))
        _handlers.append(file_handler)
        _log_file = path
    for handler in _handlers:
        root.addHandler(handler)
    # PeelDesk's own notes and schema upgrades at INFO; other libraries only from WARNING
    # (Alembic alone writes a dozen plugin lines per start).
    for name in INFO_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    if problem is not None:
        log.warning("no log file (%s): %s", path, problem.strerror or type(problem).__name__)
    return _log_file


def stop_logging() -> None:
    """Close and remove the handlers setup_logging() added (tests; an embedding program)."""
    global _log_file
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    _log_file = None


def log_unexpected(exc_info: ExcInfo, where: str) -> None:
    """Log an error nobody caught; with a log file, the traceback goes there only.

    The user then sees one line pointing to the file (report_pointer) or Python's own
    traceback, not a second, message-less copy on stderr.
    """
    log.error(
        "unexpected error in %s", where, exc_info=exc_info, extra={FILE_ONLY: _log_file is not None}
    )


def report_pointer(kind: type[BaseException]) -> str:
    """The one line for stderr that says what failed and where the details are."""
    found = current_log_file()
    details = f"details in {found}" if found else "details above"
    return f"peeldesk: unexpected {kind.__name__}; {details}"


def flush() -> None:
    for handler in _handlers:
        handler.flush()
    sys.stderr.flush()
