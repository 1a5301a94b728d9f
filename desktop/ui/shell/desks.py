"""Several people at one computer: one main window (a "desk") per logged-in person.

Switching user hides the previous person's desk — its main window, open forms and their
questions, still under the lock's covers — and shows the next person's, built for their
account: their role (``ServiceContext.actor``), their interface language. Coming back shows
the hidden windows again exactly as they were. Each desk keeps its own ServiceContext and
task runner, so a save still running for the previous person finishes under their name.
One backup schedule runs per application: it moves to the desk being shown. Only the shown
desk's Qt translators are installed; a hidden desk keeps the text it was built with.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from desktop.services.accounts import preferences
from desktop.services.common.context import Actor, ServiceContext
from desktop.ui.main_window import MainWindow
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.i18n import current_language, install_language, resolve_language

_instances: list[Desks] = []


def desks_of(window: QWidget) -> Desks:
    """The desks ``window`` belongs to; a window built on its own becomes the first desk."""
    known = known_desks(window)
    if known is not None:
        return known
    assert isinstance(window, MainWindow)
    desks = Desks(window.ctx, window.feature_types)
    desks.adopt(window)
    return desks


def known_desks(window: QWidget) -> Desks | None:
    """The desks ``window`` belongs to, without making any."""
    for desks in _instances:
        if window in desks.windows:
            return desks
    return None


def desk_owning(widget: QWidget) -> QMainWindow | None:
    """The main window ``widget`` belongs to (itself, or an ancestor), if any."""
    owner: QWidget | None = widget
    while owner is not None:
        if isinstance(owner, QMainWindow):
            return owner
        owner = owner.parentWidget()
    return None


def _is_transient(widget: QWidget) -> bool:
    kind = widget.windowType()
    return isinstance(widget, QMenu) or kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def rebuild_desk(window: MainWindow) -> MainWindow:
    """A new main window in ``window``'s place, built from the same features as at start-up:
    same size and place, the same patients open, the same person's desk. The new window shows
    what changed since ``window`` was built (the interface language, the clinic's time zone)."""
    replacement = MainWindow(window.ctx, features=window.feature_types)
    replacement.restoreGeometry(window.saveGeometry())
    replacement.show()
    desks = known_desks(window)
    if desks is not None:
        desks.replace(window, replacement)
    replacement.take_over_from(window)
    window.close()
    window.deleteLater()
    return replacement


class Desks(QObject):
    """The desks of this application, and which one is shown."""

    def __init__(
        self, ctx: ServiceContext, features: Sequence[type[Feature]] | None = None
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._ctx = ctx  # each desk gets a copy with its own actor
        self._features = features
        self._desks: list[MainWindow] = []
        self._languages: dict[MainWindow, str] = {}
        self._hidden: dict[MainWindow, list[QWidget]] = {}
        self._closing = False
        self.active: MainWindow | None = None
        _instances.append(self)

    @property
    def windows(self) -> tuple[MainWindow, ...]:
        return tuple(self._desks)

    def desk_of(self, staff_id: int | None) -> MainWindow | None:
        for window in self._desks:
            if window.ctx.actor.staff_id == staff_id:
                return window
        return None

    def set_zone(self, zone: tzinfo) -> None:
        """The clinic's time zone changed: every desk's context (and the next desk's) takes it."""
        self._ctx.zone = zone
        for window in self._desks:
            window.ctx.zone = zone

    def people_with_open_desks(self) -> list[str]:
        return [window.ctx.actor.name for window in self._desks]

    # --- building and registering -----------------------------------------------------
    def adopt(self, window: MainWindow) -> None:
        """Register a window built elsewhere (start-up, a test) as a desk, in today's language."""
        if window in self._desks:
            return
        self._desks.append(window)
        self._languages[window] = current_language()
        window.installEventFilter(self)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        if self.active is None:
            self.active = window

    def open_desk(self, actor: Actor) -> MainWindow:
        """Build (not show) the desk for ``actor``, in that person's interface language."""
        ctx = dataclasses.replace(self._ctx, actor=actor)
        setting = quietly(lambda: preferences.language_for(ctx), None)
        if setting is not None and not install_language(resolve_language(setting)):
            install_language("en")
        window = MainWindow(ctx, features=self._features)
        self.adopt(window)
        return window

    def replace(self, old: MainWindow, new: MainWindow) -> None:
        """``new`` takes ``old``'s place (the language switch rebuilt the window)."""
        if old not in self._desks:
            return
        self._desks[self._desks.index(old)] = new
        self._languages.pop(old, None)
        self._languages[new] = current_language()
        old.removeEventFilter(self)
        new.installEventFilter(self)
        new.destroyed.connect(lambda _obj=None, w=new: self._forget(w))
        if self.active is old:
            self.active = new

    def _forget(self, window: MainWindow) -> None:
        if window in self._desks:
            self._desks.remove(window)
        self._languages.pop(window, None)
        self._hidden.pop(window, None)
        if self.active is window:
            self.active = None

    # --- switching ----------------------------------------------------------------------
    def waiting_question(self, window: MainWindow, lock: QWidget) -> bool:
        """True when ``window`` has an application-modal question or dialog open (besides
        ``lock``): hiding it would answer it, so that desk cannot be left right now."""
        for widget in self._windows_of(window):
            if widget.windowModality() != Qt.WindowModality.ApplicationModal:
                continue
            owner: QWidget | None = widget
            while owner is not None and owner is not lock:
                owner = owner.parentWidget()
            if owner is None:
                return True
        return False

    def switch_to(self, actor: Actor, previous: MainWindow) -> MainWindow:
        """Show ``actor``'s desk (built now if they have none) and hide ``previous``."""
        target = self.desk_of(actor.staff_id)
        if target is None:
            target = self.open_desk(actor)
            target.restoreGeometry(previous.saveGeometry())
            shown: list[QWidget] = [target]
        else:
            install_language(self._languages.get(target, "en"))
            shown = self._hidden.pop(target, [target])
        for widget in shown:
            widget.show()
        target.raise_()
        target.activateWindow()
        self._hand_over_backups(previous, target)
        if previous is not target:
            stash = self._windows_of(previous)
            self._hidden[previous] = stash
            for widget in reversed(stash):
                widget.hide()
        self.active = target
        return target

    def _windows_of(self, window: MainWindow) -> list[QWidget]:
        """The visible windows of a desk, the main window first."""
        found: list[QWidget] = [window] if window.isVisible() else []
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or _is_transient(widget):
                continue
            if desk_owning(widget) is window:
                found.append(widget)
        return found

    @staticmethod
    def _hand_over_backups(previous: MainWindow, target: MainWindow) -> None:
        from desktop.ui.backups.feature import BackupsFeature

        if previous is target:
            return
        if previous.has_feature(BackupsFeature) and target.has_feature(BackupsFeature):
            target.feature(BackupsFeature).take_schedule_from(previous.feature(BackupsFeature))

    # --- closing ------------------------------------------------------------------------
    def open_forms(self, window: MainWindow) -> int:
        """How many forms (dialogs other than the lock screen) a desk has open."""
        windows = self._hidden.get(window) or self._windows_of(window)
        return sum(
            1
            for widget in windows
            if isinstance(widget, QDialog) and widget.objectName() != "lockDialog"
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and not self._closing
            and isinstance(watched, MainWindow)
            and watched in self._desks
            and len(self._desks) > 1
        ):
            if not self._confirm_close_all(watched):
                event.ignore()
                return True
            self._close_others(watched)
        return False

    def _confirm_close_all(self, closing: MainWindow) -> bool:
        names = [w.ctx.actor.name for w in self._desks if w is not closing and self.open_forms(w)]
        if not names:
            return True
        answer = QMessageBox.question(
            closing,
            QCoreApplication.translate("Desks", "Close PeelDesk"),
            QCoreApplication.translate(
                "Desks",
                "{names} still have forms open on this computer. Closing PeelDesk closes "
                "them too, and what was typed there and not saved will be lost. Close anyway?",
            ).format(names=", ".join(names)),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _close_others(self, closing: MainWindow) -> None:
        self._closing = True
        try:
            for window in [w for w in self._desks if w is not closing]:
                window.tasks.wait(10_000)  # their saves finish under their own names
                for widget in self._hidden.pop(window, []):
                    if widget is not window:
                        widget.deleteLater()
                window.close()
                window.deleteLater()
        finally:
            self._closing = False
