"""Adding several photo files to one treated area, one after the other on the task runner
(≈ 1.6 s per 12-MP photo), with "3 of 8" progress; a file the service refuses is reported by
its name with the reason, and the others are still added (nothing of a refused file is kept)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from desktop.services.common.context import ServiceContext
from desktop.services.photos.importing import ImportedPhoto, import_photo
from desktop.ui.shell.actions import is_problem
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner

# Anything that reads a photo's bytes: a file on disk, or a camera's capture already in memory.
PhotoSource = tuple[str, Callable[[], bytes]]


def file_source(path: Path) -> PhotoSource:
    return path.name, path.read_bytes


@dataclass
class ImportOutcome:
    added: list[ImportedPhoto] = field(default_factory=list)
    added_names: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # file name, why


class ImportJob(QObject):
    """Imports ``sources`` one by one; ``sig_progress(done, total)``, then ``sig_finished``."""

    sig_progress = Signal(int, int)
    sig_finished = Signal(object)  # ImportOutcome

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        session_area_id: int,
        kind: str,
        angle: str,
        sources: Sequence[PhotoSource],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._area = session_area_id
        self._kind = kind
        self._angle = angle
        self._sources = list(sources)
        self.outcome = ImportOutcome()
        self.done = 0

    @property
    def total(self) -> int:
        return len(self._sources)

    def start(self) -> None:
        self.sig_progress.emit(0, self.total)
        self._next()

    def _next(self) -> None:
        if self.done >= self.total:
            self.sig_finished.emit(self.outcome)
            return
        name, read = self._sources[self.done]
        ctx, area, kind, angle = self._ctx, self._area, self._kind, self._angle

        def work() -> ImportedPhoto:
            return import_photo(ctx, area, kind, angle, read(), name)

        def added(photo: ImportedPhoto) -> None:
            if not isValid(self):
                return  # the history was closed meanwhile: the photos so far are stored
            self.outcome.added.append(photo)
            self.outcome.added_names.append(name)
            self._step()

        def refused(error: BaseException) -> None:
            if not isValid(self) and is_problem(error):
                return
            if isinstance(error, OSError):
                why = self.tr("the file could not be read ({reason}).").format(
                    reason=error.strerror or type(error).__name__
                )
            elif is_problem(error):
                why = error_text(error)
            else:
                raise error  # a bug: to the excepthook, which logs it
            self.outcome.refused.append((name, why))
            self._step()

        self._tasks.submit(work, added, refused)

    def _step(self) -> None:
        self.done += 1
        self.sig_progress.emit(self.done, self.total)
        self._next()
