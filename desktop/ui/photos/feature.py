"""Treatment photos on the main window: a Photos tab in every patient's history (physicians
and admins; reception's window never builds it), reloaded when a consent or a session of that
patient is saved.

Comparing: every panel's ``compare_requested(photo_id_a, photo_id_b)`` is forwarded to
``PhotosFeature.hub.compare_requested``, which opens the comparison view on the two photos.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.services.common.permissions import Permission, allowed
from desktop.services.settings import store
from desktop.services.settings.clinic_settings import ClinicSettings
from desktop.ui.main_window import MenuName
from desktop.ui.photos.camera_capture import camera_present, open_camera
from desktop.ui.photos.grid_panel import PhotoPanel
from desktop.ui.photos.import_session import SessionPhotos
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell.feature import Feature


class PhotoHub(QObject):
    compare_requested = Signal(int, int)


class PhotosFeature(Feature):
    def install(self) -> None:
        self.hub = PhotoHub(self.window)
        self.hub.compare_requested.connect(self.compare)
        self.panels: list[PhotoPanel] = []
        if not allowed(self.ctx, Permission.VIEW_CLINICAL):
            return  # reception: no Photos tab, not even a request the service would refuse
        self.camera = camera_present()  # asked once per window: Qt Multimedia loads lazily
        self.inbox = self._inbox_setting(store.read_all(self.ctx))
        self.window.add_history_section(self._section)
        self.session_photos = SessionPhotos(self.window, self._refresh)
        if self.window.has_feature(SessionsFeature):
            sessions = self.window.feature(SessionsFeature)
            sessions.session_form_extras.append(self.session_photos.extend)
        self.action_photos = QAction(
            QCoreApplication.translate("PhotosFeature", "&Photos"), self.window
        )
        self.action_photos.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.action_photos.triggered.connect(self.show_photos)
        self.window.add_action(MenuName.PATIENT, self.action_photos)
        events = self.window.events
        events.sig_consent_saved.connect(lambda view: self._refresh(view.patient_id))
        events.sig_session_saved.connect(lambda detail: self._refresh(detail.patient_id))
        events.sig_patient_anonymised.connect(self._refresh)
        events.sig_settings_changed.connect(self._settings_changed)

    @staticmethod
    def _inbox_setting(settings: ClinicSettings) -> tuple[str, int]:
        return settings.photo_inbox_folder, settings.photo_inbox_rescan_seconds

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ClinicSettings):
            self.inbox = self._inbox_setting(settings)
            for panel in self.panels:
                panel.set_inbox(*self.inbox)

    def _section(self, patient_id: int) -> tuple[str, QWidget]:
        panel = PhotoPanel(
            self.ctx,
            self.window.tasks,
            self.window.writes,
            patient_id,
            camera=open_camera if self.camera else None,
            inbox=self.inbox,
        )
        panel.compare_requested.connect(self.hub.compare_requested)
        self.panels.append(panel)
        panel.destroyed.connect(lambda _o=None, p=panel: self._forget(p))
        return QCoreApplication.translate("PhotosFeature", "P&hotos"), panel

    def show_photos(self) -> PhotoPanel | None:
        """The current patient's history, on its Photos tab, the focus in the grid."""
        patient_id = self.window.patient_or_hint(
            QCoreApplication.translate("PhotosFeature", "Find and select a patient first.")
        )
        if patient_id is None or not self.window.has_feature(SessionsFeature):
            return None
        page = self.window.feature(SessionsFeature).open_history(patient_id)
        if page is None or page.section_tabs is None:
            return None
        panel = next((w for w in page.sections if isinstance(w, PhotoPanel)), None)
        if panel is None:
            return None
        # From the Sessions tab, the session selected there is the one looked at.
        chosen = page.selected_session_id() if page.section_tabs.currentIndex() == 0 else None
        page.section_tabs.setCurrentWidget(panel)
        panel.grid.setFocus()
        if chosen is not None:
            panel.focus_session = chosen
            if panel.sheet is not None:
                panel.select_session(chosen)
        return panel

    def compare(self, photo_id_a: int, photo_id_b: int) -> QWidget:
        """The comparison view on two photos (the grid's Space, Space, C)."""
        from desktop.ui.photos.compare_dialog import open_comparison

        return open_comparison(self.window, self.window, photo_id_a, photo_id_b)

    def _forget(self, panel: PhotoPanel) -> None:
        if panel in self.panels:
            self.panels.remove(panel)

    def panels_of(self, patient_id: int) -> list[PhotoPanel]:
        return [p for p in self.panels if p.patient_id == patient_id]

    def _refresh(self, patient_id: int) -> None:
        for panel in self.panels_of(patient_id):
            panel.refresh()
