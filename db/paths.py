"""Where PeelDesk keeps its files, and how a database URL is chosen."""

from __future__ import annotations

import json
import os
from pathlib import Path

from db.errors import DatabaseProblem
from db.messages import join, msg

APP_NAME = "PeelDesk"
DATABASE_ENV = "PEELDESK_DATABASE"
DATA_DIR_ENV = "PEELDESK_DATA_DIR"
WORKSTATION_FILE = "workstation.json"


def data_dir() -> Path:
    """The user's data directory (platformdirs), or PEELDESK_DATA_DIR when set."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "peeldesk.sqlite3"


def workstation_file() -> Path:
    """This computer's own choice of database (not clinic data): {"database_url": ...}."""
    return config_dir() / WORKSTATION_FILE


class WorkstationFileProblem(DatabaseProblem):
    """The workstation file cannot be read or holds what it must not (a password)."""


def url_has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return bool(make_url(url).password)


# What to do instead of saving a password (also said when a server asks for one).
PASSWORD_ADVICE = msg(
    "Leave the password out of the address and put it in the user's PostgreSQL password "
    "file instead (~/.pgpass on Linux and macOS, %APPDATA%\\postgresql\\pgpass.conf on "
    "Windows; one line host:port:database:user:password, readable by the user only), or "
    "let the server trust this computer."
)
PASSWORD_REFUSED = join(
    msg(
        "A password cannot be kept in this computer's settings, where anyone with access to "
        "the computer could read it."
    ),
    PASSWORD_ADVICE,
)


def read_workstation_url() -> str | None:
    """The database URL saved for this computer, or None when none is saved."""
    path = workstation_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise WorkstationFileProblem(
            msg(
                "This computer's database setting ({path}) cannot be read: {detail}. "
                "Fix the file's permissions, or delete it to use the local database file.",
                path=str(path),
                detail=error.strerror or str(error),
            )
        ) from error
    url: object
    try:
        url = json.loads(text).get("database_url")
    except (ValueError, AttributeError):
        url = None
    if not isinstance(url, str) or not url.strip():
        # Silently falling back to the local file would split the clinic's records.
        raise WorkstationFileProblem(
            msg(
                "This computer's database setting ({path}) is damaged. Choose the database "
                "again (Admin → Database connection…), or delete the file to use the local "
                "database file.",
                path=str(path),
            )
        )
    if url_has_password(url):
        raise WorkstationFileProblem(
            msg("{path}: {problem}", path=str(path), problem=PASSWORD_REFUSED)
        )
    return url


def write_workstation_url(url: str) -> Path:
    """Save this computer's database URL, owner-only, replacing the file in one step."""
    if url_has_password(url):
        raise WorkstationFileProblem(PASSWORD_REFUSED)
    path = workstation_file()
    ensure_private_dir(path.parent)
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"database_url": url}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)  # an older temporary file keeps its mode through O_TRUNC
    os.replace(temporary, path)
    return path


def resolve_database_url(cli_value: str | None = None) -> str:
    """--database beats $PEELDESK_DATABASE beats this computer's saved setting beats the
    default file.

    A plain path is accepted and turned into a sqlite URL.
    """
    value = (
        cli_value
        or os.environ.get(DATABASE_ENV)
        or read_workstation_url()
        or str(default_database_path())
    )
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parents readable by the owner only.

    Folders that already exist are left as they are: they may be shared
    (``/tmp``, a home directory) and are not ours to change.
    """
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, before SQLite opens it."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
