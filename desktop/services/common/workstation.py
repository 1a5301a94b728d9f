"""Files that belong to this computer's user rather than to the clinic's database."""

from __future__ import annotations

from pathlib import Path

from db.paths import config_dir, ensure_private_dir


def view_state_file() -> Path:
    """Window sizes and column widths (no patient data), in the user's config folder."""
    folder = config_dir()
    ensure_private_dir(folder)
    return folder / "view-state.ini"
