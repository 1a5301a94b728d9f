"""*Add photos…* on an existing session's form (booked or recorded): pick files, then the area
of that session, the kind and the angle; the import runs as from the Photos tab, its progress
in the status bar and refused files named in a message at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from desktop.formatting import format_short_date
from desktop.services.common.codes import ConsentKind, SessionStatus
from desktop.services.consent.rule import ConsentMissing
from desktop.services.photos.grid_data import session_targets
from desktop.services.sessions.rows import SessionDetail
from desktop.ui.main_window import MainWindow
from desktop.ui.photos.grid_panel import IMAGE_PATTERNS
from desktop.ui.photos.import_job import ImportJob, ImportOutcome, file_source
from desktop.ui.photos.import_options import ImportOptionsDialog
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.shell.actions import offer_taken, value_or_none
from desktop.ui.widgets.area_names import pick_name

_NOT_HELD = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


class SessionPhotos:
    """Adds the button to session forms and runs what it starts; ``then(patient_id)`` after
    an import (the Photos tabs reload)."""

    def __init__(self, window: MainWindow, then: Callable[[int], None]) -> None:
        self.window = window
        self._then = then
        self.options: ImportOptionsDialog | None = None
        self.job: ImportJob | None = None
        self.last_report = ""

    def extend(self, dialog: SessionDialog, detail: SessionDetail) -> None:
        if detail.status in _NOT_HELD:
            return
        button = dialog.buttons.addButton(
            QCoreApplication.translate("SessionPhotos", "Add ph&otos…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        button.setObjectName("sessionPhotosButton")
        button.clicked.connect(lambda: self.add_photos(dialog, detail))

    def add_photos(
        self, parent: QWidget, detail: SessionDetail, paths: Sequence[Path] | None = None
    ) -> ImportOptionsDialog | None:
        ctx = self.window.ctx
        title = QCoreApplication.translate("SessionPhotos", "Add photos")
        targets = value_or_none(parent, title, lambda: session_targets(ctx, detail.id))
        if targets is None or not targets.areas:
            return None
        if not targets.consented:
            problem = ConsentMissing(detail.patient_id, [ConsentKind.PHOTOGRAPHY])
            offer = self.window.writes.offer_for(problem)
            if offer is not None and offer_taken(parent, title, problem, offer.label()):
                offer.accept(parent, problem, lambda: None)
            return None
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(
                parent,
                title,
                "",
                QCoreApplication.translate(
                    "SessionPhotos", "Images ({patterns});;All files (*)"
                ).format(patterns=IMAGE_PATTERNS),
            )
            paths = [Path(name) for name in names]
        if not paths:
            return None
        where = QCoreApplication.translate("SessionPhotos", "session of {date}").format(
            date=format_short_date(detail.starts_at.astimezone(ctx.zone))
        )
        areas = [(pick_name(names), area_id) for area_id, names in targets.areas]
        options = ImportOptionsDialog(where, len(paths), detail.status, parent, areas=areas)
        sources = [file_source(p) for p in paths]
        options.accepted.connect(lambda: self._start(parent, detail, options, sources))
        self.options = options
        options.open()
        return options

    def _start(
        self,
        parent: QWidget,
        detail: SessionDetail,
        options: ImportOptionsDialog,
        sources: list[tuple[str, Callable[[], bytes]]],
    ) -> None:
        area = options.chosen_area()
        if area is None or self.job is not None:
            return
        kind, angle = options.choice()
        job = ImportJob(self.window.ctx, self.window.tasks, area, kind, angle, sources)
        job.sig_progress.connect(
            lambda done, total: self.window.show_status(
                QCoreApplication.translate(
                    "SessionPhotos", "Adding photos: {done} of {total}…"
                ).format(done=done, total=total)
            )
        )
        job.sig_finished.connect(lambda outcome: self._finished(parent, detail, outcome))
        self.job = job
        job.start()

    def _finished(self, parent: QWidget, detail: SessionDetail, outcome: ImportOutcome) -> None:
        self.job = None
        lines = [
            QCoreApplication.translate("SessionPhotos", "{count} photo(s) added.").format(
                count=len(outcome.added)
            )
        ]
        for name, why in outcome.refused:
            lines.append(
                QCoreApplication.translate("SessionPhotos", "Not added: {file} — {reason}").format(
                    file=name, reason=why
                )
            )
        self.last_report = "\n".join(lines)
        self.window.show_status(lines[0], 5000)
        if outcome.refused:
            QMessageBox.warning(
                parent, QCoreApplication.translate("SessionPhotos", "Add photos"), self.last_report
            )
        self._then(detail.patient_id)
