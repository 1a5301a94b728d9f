"""Finding PeelDesk's data files (resources/) the same way wherever it runs.

``importlib.resources`` resolves the ``resources`` package in a checkout (the project folder
on sys.path), in an installed wheel (site-packages/resources) and in the PyInstaller bundle
(_internal/resources), so there is one lookup and no guessing from ``__file__`` or
``sys._MEIPASS``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

RESOURCES_PACKAGE = "resources"


def resource(*parts: str) -> Traversable:
    """A data file or folder, for reading with ``open()``/``read_text()``."""
    return files(RESOURCES_PACKAGE).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A data file as a real path, for libraries that open files by name (Qt, ReportLab).

    PeelDesk is installed unpacked (checkout, wheel, one-folder bundle), never imported from
    a zip; if it ever were, this fails loudly instead of handing Qt a name it cannot open.
    """
    found = resource(*parts)
    if not isinstance(found, Path):
        raise RuntimeError(f"PeelDesk's resources are not on disk: {found}")
    return found
