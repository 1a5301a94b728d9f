"""What the window does once Settings are saved: new time zone, new language, listeners told.

Pages and table models format times in the zone they were built with, so a new clinic time
zone (rare: chosen once, at set-up) rebuilds the window as a new interface language does —
same size and place, the same patients open — rather than each view learning to re-read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop.services.settings.clinic_settings import ClinicSettings
from desktop.services.settings.clinic_zone import zone_named
from desktop.ui.shell.desks import known_desks, rebuild_desk

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def settings_saved(window: MainWindow, saved: ClinicSettings, previous: ClinicSettings) -> None:
    """Put the saved zone in the window's context, tell every view, then rebuild if needed."""
    zone_changed = False
    if saved.clinic_time_zone != previous.clinic_time_zone:
        zone = zone_named(saved.clinic_time_zone)
        zone_changed = zone != window.ctx.zone
        window.ctx.zone = zone
        desks = known_desks(window)
        if desks is not None:  # every person's desk follows the clinic's zone
            desks.set_zone(zone)
    # Listeners apply what they need now (the backup timer takes a new interval).
    window.events.sig_settings_changed.emit(saved)
    language_changed = saved.ui_language != previous.ui_language
    if zone_changed or language_changed:
        # After the dialog has closed: the window it belongs to is replaced.
        QTimer.singleShot(
            0, lambda: _rebuild(window, saved.ui_language if language_changed else None)
        )


def _rebuild(window: MainWindow, language: str | None) -> MainWindow:
    from desktop.ui.shell.language_switch import switch_language

    if language is not None:
        replacement = switch_language(window, language)
        if replacement is not window:
            return replacement
    return rebuild_desk(window)
