"""What a feature is to the main window: an object that contributes menus, pages and views.

The window builds the features listed in ``desktop.ui.shell.features.FEATURES`` in that order
and keeps them in a typed registry, so tests and other features reach one with
``window.feature(SessionsFeature)`` instead of attributes hung on the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell.events import AppEvents


class Feature:
    """Base of every feature; subclasses contribute through the window's API in install()."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def ctx(self) -> ServiceContext:
        return self.window.ctx

    @property
    def events(self) -> AppEvents:
        return self.window.events

    def install(self) -> None:
        """Add this feature's actions, pages and status widgets to the window."""
        raise NotImplementedError

    def take_over_from(self, previous: Feature) -> None:
        """Carry state over from the same feature of a window being replaced (language switch).

        Most features keep nothing worth carrying; those that do override this.
        """
