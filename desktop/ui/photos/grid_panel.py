"""The Photos tab of a patient's history: the grid of photos by session and area, adding
photos (files, drag & drop, the camera, the incoming folder), opening one, marking two to
compare.

``compare_requested(photo_id_a, photo_id_b)`` is emitted by the Compare button or the C key
with the two marked photos; PhotosFeature forwards it to whoever shows comparisons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.formatting import format_short_date
from desktop.services.common.codes import ConsentKind
from desktop.services.common.context import ServiceContext
from desktop.services.consent.rule import ConsentMissing
from desktop.services.photos.grid_data import PhotoSheet, photo_sheet
from desktop.ui.photos.grid_cells import Cell
from desktop.ui.photos.grid_view import PhotoGridView
from desktop.ui.photos.grid_viewer import PhotoViewer
from desktop.ui.photos.import_job import ImportJob, ImportOutcome, PhotoSource, file_source
from desktop.ui.photos.import_options import ImportOptionsDialog
from desktop.ui.photos.watched_folder import IncomingPhotos
from desktop.ui.shell.actions import ActionRunner, is_problem
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.area_names import pick_name

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.bmp"


class PhotoPanel(QWidget):
    compare_requested = Signal(int, int)
    sig_loaded = Signal(object)  # PhotoSheet
    sig_imported = Signal(object)  # ImportOutcome

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        writes: ActionRunner,
        patient_id: int,
        *,
        camera: Callable[[PhotoPanel], object] | None = None,
        inbox: tuple[str, int] = ("", 30),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self._ctx = ctx
        self._tasks = tasks
        self._writes = writes
        self.patient_id = patient_id
        self._generation = 0
        # Loaded when first shown: a history opened for its sessions reads no photo.
        self._stale = True
        self.focus_session: int | None = None  # a session to show once loaded (Patient → Photos)
        self.sheet: PhotoSheet | None = None
        self.job: ImportJob | None = None
        self.options: ImportOptionsDialog | None = None
        self.viewer: PhotoViewer | None = None
        self.incoming: IncomingPhotos | None = None

        self.notice = QLabel()
        self.notice.setObjectName("photoNotice")
        self.notice.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("&Sign now…"))
        self.sign_button.setObjectName("photoSignNow")
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_consent)
        self.sign_button.hide()
        self.add_button = QPushButton(self.tr("A&dd photos…"))
        self.add_button.setObjectName("addPhotosButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.camera_button = QPushButton(self.tr("&Take photo…"))
        self.camera_button.setObjectName("takePhotoButton")
        self.camera_button.setAutoDefault(False)
        if camera is None:
            self.camera_button.setEnabled(False)
            self.camera_button.setToolTip(self.tr("No camera found"))
        else:
            self.camera_button.clicked.connect(lambda: camera(self))
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setAutoDefault(False)
        self.compare_button.setToolTip(self.tr("Mark two photos with Space, then compare (C)"))
        self.compare_button.clicked.connect(self._compare)
        self.marked_label = QLabel()
        self.progress = QLabel()
        self.progress.setObjectName("photoProgress")
        self.report = QLabel()
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)

        self.grid = PhotoGridView(self)
        self.grid.set_zone(ctx.zone)
        self.grid.sig_open_photo.connect(self.open_photo)
        self.grid.sig_compare.connect(self.compare_requested)
        self.grid.sig_files_dropped.connect(
            lambda cell, paths: self.ask_options(cell, [file_source(p) for p in paths])
        )
        self.grid.sig_marked.connect(self._marked_changed)

        consent_row = QHBoxLayout()
        consent_row.addWidget(self.notice, 1)
        consent_row.addWidget(self.sign_button)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.camera_button)
        bar.addStretch(1)
        bar.addWidget(self.marked_label)
        bar.addWidget(self.compare_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(consent_row)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.grid, 1)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.report)
        self.set_inbox(*inbox)
        self._marked_changed()

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload now if shown, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, ctx, patient_id = self._generation, self._ctx, self.patient_id

        def done(sheet: PhotoSheet) -> None:
            if isValid(self) and generation == self._generation:
                self._show(sheet)

        def failed(error: BaseException) -> None:
            if not is_problem(error):
                raise error  # a bug: to the excepthook, which logs it
            if isValid(self) and generation == self._generation:
                self.notice.setText(error_text(error))

        self._tasks.submit(lambda: photo_sheet(ctx, patient_id), done, failed)

    def _show(self, sheet: PhotoSheet) -> None:
        self.sheet = sheet
        self.grid.reset_sheet(sheet)
        consented = sheet.consented
        self.sign_button.setVisible(not consented)
        for widget in (self.add_button, self.grid):
            widget.setEnabled(consented)
        self._marked_changed()
        if not consented:
            self.notice.setText(
                self.tr(
                    "The patient has not consented to clinical photography (or has withdrawn "
                    "it): no photo is shown or taken until the consent is signed."
                )
            )
        elif not sheet.sessions:
            self.notice.setText(self.tr("No sessions yet: photos belong to a session's areas."))
        else:
            self.notice.setText(
                self.tr("{count} photos. Drop files on an area of a session to add them.").format(
                    count=len(sheet.photos)
                )
            )
        if self.focus_session is not None:
            self.select_session(self.focus_session)
            self.focus_session = None
        self.sig_loaded.emit(sheet)

    def sign_consent(self) -> None:
        """The *Sign now* offer used when a save lacks a consent; the grid reloads after."""
        problem = ConsentMissing(self.patient_id, [ConsentKind.PHOTOGRAPHY])
        offer = self._writes.offer_for(problem)
        if offer is not None:
            offer.accept(self, problem, self.refresh)

    def select_session(self, session_id: int) -> bool:
        """Put the grid on ``session_id``'s row (its first photographed area, else its first)."""
        grid = self.grid.grid
        rows = [r for r, s in enumerate(grid.sessions) if s.id == session_id]
        if not rows:
            return False
        columns = range(grid.columnCount())
        shot = [c for c in columns if (cell := grid.cell(rows[0], c)) and cell.photos]
        self.grid.go_to(rows[0], shot[0] if shot else 0)
        return True

    # --- looking -----------------------------------------------------------------------------
    def _marked_changed(self) -> None:
        count = len(self.grid.marked)
        self.marked_label.setText(self.tr("{count} of 2 marked").format(count=count))
        self.compare_button.setEnabled(count == 2)

    def _compare(self) -> None:
        self.grid.compare()

    def where(self, cell: Cell) -> str:
        names = dict(self.sheet.areas) if self.sheet else {}
        area = pick_name(names[cell.area_id]) if cell.area_id in names else ""
        day = format_short_date(cell.session.starts_at.astimezone(self._ctx.zone))
        return self.tr("{area}, session of {date}").format(area=area, date=day)

    def open_photo(self, photo_id: int) -> PhotoViewer:
        cell = self.grid.current_cell()
        title = self.where(cell) if cell else self.tr("Photo")
        self.viewer = PhotoViewer(self._ctx, self._tasks, photo_id, title, self)
        self.viewer.open()
        return self.viewer

    # --- the incoming photos folder --------------------------------------------------------
    def set_inbox(self, folder: str, seconds: int) -> None:
        """Watch ``folder`` (the clinic setting; "" for none) for new photo files."""
        if self.incoming is not None:
            if str(self.incoming.watcher.folder) == folder:
                self.incoming.watcher.timer.setInterval(seconds * 1000)
                return
            self.incoming.deleteLater()
            self.incoming = None
        if folder:
            self.incoming = IncomingPhotos(Path(folder), seconds, self._assign_incoming, self)
            self.layout_.insertWidget(self.layout_.indexOf(self.progress), self.incoming)

    def _assign_incoming(self, paths: list[Path]) -> bool:
        cell = self.target_cell()
        if cell is None or self.job is not None:
            return False
        dialog = self.ask_options(cell, [file_source(p) for p in paths])
        dialog.rejected.connect(lambda: self.incoming.added([]) if self.incoming else None)
        return True

    # --- adding ----------------------------------------------------------------------------
    def target_cell(self) -> Cell | None:
        """The selected cell, when photos can be added to it; else says why."""
        cell = self.grid.current_cell()
        if cell is None or cell.session_area_id is None:
            self.report.setText(
                self.tr("Select the session and the treated area the photos belong to.")
            )
            return None
        return cell

    def choose_files(self) -> None:
        cell = self.target_cell()
        if cell is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos — {where}").format(where=self.where(cell)),
            "",
            self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_PATTERNS),
        )
        if names:
            self.ask_options(cell, [file_source(Path(name)) for name in names])

    def ask_options(self, cell: Cell, sources: Sequence[PhotoSource]) -> ImportOptionsDialog:
        """Ask kind and angle (non-modal), then add ``sources`` to ``cell``."""
        dialog = ImportOptionsDialog(self.where(cell), len(sources), cell.session.status, self)
        dialog.accepted.connect(lambda: self.start_import(cell, sources, *dialog.choice()))
        self.options = dialog
        dialog.open()
        return dialog

    def start_import(
        self, cell: Cell, sources: Sequence[PhotoSource], kind: str, angle: str
    ) -> ImportJob | None:
        if self.job is not None:
            self.report.setText(self.tr("Wait until the photos being added are done."))
            return None
        if cell.session_area_id is None:
            return None
        self.report.clear()
        job = ImportJob(self._ctx, self._tasks, cell.session_area_id, kind, angle, sources, self)
        job.sig_progress.connect(self._progress)
        job.sig_finished.connect(self._imported)
        self.add_button.setEnabled(False)
        self.job = job
        job.start()
        return job

    def _progress(self, done: int, total: int) -> None:
        self.progress.setText(
            self.tr("Adding photos: {done} of {total}…").format(done=done, total=total)
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        self.job = None
        self.add_button.setEnabled(True)
        self.progress.clear()
        lines = [self.tr("{count} photo(s) added.").format(count=len(outcome.added))]
        for name, why in outcome.refused:
            lines.append(self.tr("Not added: {file} — {reason}").format(file=name, reason=why))
        self.report.setText("\n".join(lines))
        if self.incoming is not None:
            self.incoming.added(outcome.added_names)
        self.refresh()
        self.sig_imported.emit(outcome)
