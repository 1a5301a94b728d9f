"""Where PeelDesk keeps its files, and how a database URL is chosen."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PeelDesk"
DATABASE_ENV = "PEELDESK_DATABASE"
DATA_DIR_ENV = "PEELDESK_DATA_DIR"


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


def resolve_database_url(cli_value: str | None = None) -> str:
    """--database beats $PEELDESK_DATABASE beats the default file.

    A plain path is accepted and turned into a sqlite URL.
    """
    value = cli_value or os.environ.get(DATABASE_ENV) or str(default_database_path())
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
