"""The incoming photos folder: where the clinic's camera or phone drops files.

A QFileSystemWatcher sees new files at once; a timer rescans as well (network folders do not
always report changes). New image files are listed under the Photos tab; the physician selects
some and assigns them to the selected session's area (never automatically to a patient).
A file once added is moved to the folder's ``imported`` sub-folder, so it is not offered
again; if it cannot be moved (a read-only share), it is remembered by its content hash.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

IMPORTED = "imported"
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".webp", ".bmp"}
)
# Content hashes of files added but not movable, for this run of the program.
_REMEMBERED: set[str] = set()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def incoming_files(folder: Path) -> list[Path]:
    """The image files directly in ``folder`` not yet added, by name; [] when it is missing."""
    try:
        found = sorted(
            (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES),
            key=lambda p: p.name.casefold(),
        )
    except OSError:
        return []
    if not _REMEMBERED:
        return found
    return [p for p in found if _digest(p) not in _REMEMBERED]


def set_aside(path: Path) -> None:
    """Move an added file into ``imported/`` (a new name if taken); remember it otherwise."""
    target_dir = path.parent / IMPORTED
    try:
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        number = 1
        while target.exists():
            target = target_dir / f"{path.stem}-{number}{path.suffix}"
            number += 1
        shutil.move(path, target)
    except OSError as error:
        log.warning("incoming photo not moved: %s", type(error).__name__)
        try:
            _REMEMBERED.add(_digest(path))
        except OSError:
            pass


class InboxWatcher(QObject):
    """Lists ``folder``'s new image files on every change and every ``seconds``."""

    sig_changed = Signal(list)  # list[Path]

    def __init__(self, folder: Path, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.files: list[Path] = []
        self._watcher = QFileSystemWatcher(self)
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._watcher.directoryChanged.connect(lambda _path: self.scan())
        self.timer = QTimer(self)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.scan)
        self.timer.start()
        self.scan()

    def scan(self) -> list[Path]:
        if not self._watcher.directories() and self.folder.is_dir():
            self._watcher.addPath(str(self.folder))  # the folder appeared (a share mounted)
        files = incoming_files(self.folder)
        if files != self.files:
            self.files = files
            self.sig_changed.emit(files)
        return files


class IncomingPhotos(QWidget):
    """The list of incoming files and *Add to the selected area*; ``assign(paths)`` is the
    panel's: it asks kind and angle and imports them, then ``added(names)`` sets them aside."""

    def __init__(
        self,
        folder: Path,
        seconds: int,
        assign: Callable[[list[Path]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incomingPhotos")
        self._assign = assign
        self.pending: list[Path] = []  # handed to the panel, waiting for the import's answer
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("incomingList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(72)
        self.list.setAccessibleName(self.tr("Incoming photos"))
        self.assign_button = QPushButton(self.tr("Add to the selected &area…"))
        self.assign_button.setObjectName("assignIncoming")
        self.assign_button.setAutoDefault(False)
        self.assign_button.clicked.connect(self.assign_selected)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.watcher = InboxWatcher(folder, seconds, self)
        self.watcher.sig_changed.connect(self._show)
        self._show(self.watcher.files)

    def _show(self, files: list[Path]) -> None:
        self.list.clear()
        for path in files:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        folder = str(self.watcher.folder)
        if not self.watcher.folder.is_dir():
            self.title.setText(
                self.tr(
                    "Incoming photos: the folder {folder} is not reachable from this computer."
                ).format(folder=folder)
            )
        else:
            self.title.setText(
                self.tr("Incoming photos in {folder}: {count}").format(
                    folder=folder, count=len(files)
                )
            )
        self.assign_button.setEnabled(bool(files))

    def selected(self) -> list[Path]:
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    def assign_selected(self) -> None:
        paths = self.selected()
        if paths and self._assign(paths):
            self.pending = paths

    def added(self, names: list[str]) -> None:
        """The import finished: set aside the files it added, offer the rest again."""
        done = set(names)
        for path in self.pending:
            if path.name in done and path.exists():
                set_aside(path)
        self.pending = []
        self.watcher.scan()
