"""The person at the desk: types into the real window and counts every key, and looks at the
screen the way that person would (is the step's state reached? which letter is underlined?)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # Qt is imported when the jobs run, after the database is made
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from desktop.ui.main_window import MainWindow

SCRIPTS = Path(__file__).resolve().parent.parent

T = TypeVar("T")
W = TypeVar("W", bound="QWidget")


class StepFailed(Exception):
    """A step did not reach the state it should have."""


@dataclass
class Job:
    name: str
    budget: int
    keys: int = 0
    steps: list[tuple[str, int]] = field(default_factory=list)  # (step, keys so far)

    @property
    def within_budget(self) -> bool:
        return self.keys <= self.budget


class Desk:
    """Types into the real window and counts every key."""

    def __init__(self, app: QApplication, window: MainWindow, out: Path | None) -> None:
        self.app = app
        self.window = window
        self.out = out
        self.job: Job | None = None
        self.shots = 0
        self.trail: list[str] = []  # the keys of the current job, for a failure message
        # A question nobody in the job expects would wait forever: note it and close it, so
        # the step fails with its text instead of hanging.
        self.unexpected: list[str] = []
        from PySide6.QtCore import QTimer

        self._watchdog = QTimer()
        self._watchdog.setInterval(300)
        self._watchdog.timeout.connect(self._close_questions)
        self._watchdog.start()

    # the person's hands
    def target(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        # The window manager activates a newly opened dialog; Xvfb and offscreen have none.
        top = QApplication.activeModalWidget() or self.window
        if not top.isActiveWindow():
            make_active(top)
            self.settle(50)
        focus: QWidget | None = top.focusWidget()
        return focus if focus is not None else top

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self.target()
        QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.trail.append(
            f"{key.name}{'+' + str(modifiers) if modifiers else ''}→{type(target).__name__}"
        )
        self.count(1)
        self.settle(80)

    def ctrl(self, letter: str, shift: bool = False) -> None:
        from PySide6.QtCore import Qt

        modifiers = Qt.KeyboardModifier.ControlModifier
        if shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        self.key(key_of(letter), modifiers)

    def alt(self, letter: str) -> None:
        from PySide6.QtCore import Qt

        self.key(key_of(letter), Qt.KeyboardModifier.AltModifier)

    def enter(self) -> None:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_Return)

    def write(self, text: str) -> None:
        """One key per character; Turkish letters as key events carrying their text
        (qtbot.keyClicks aborts on them)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for ch in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                self.target(),
                key_of(ch),
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
            self.count(1)
            self.settle(15)
        self.settle(100)

    def focus_field(self, field: QWidget, label: str = "") -> None:
        """Alt + the label's underlined letter; where that does not get there, Tab."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if QApplication.focusWidget() is field:
            return
        if label:
            self.alt(mnemonic(label))
        for _tab in range(30):
            if QApplication.focusWidget() is field:
                return
            self.key(Qt.Key.Key_Tab)
        raise StepFailed(f"Tab never reached {field.objectName()!r} ({self._where()})")

    def _close_questions(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.unexpected.append(widget.text())
                widget.reject()

    def stop_watching(self) -> None:
        """The jobs are over: stop closing unexpected questions."""
        self._watchdog.stop()

    def count(self, keys: int) -> None:
        assert self.job is not None
        self.job.keys += keys

    # the person's eyes
    def settle(self, ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def expect(self, step: str, check: Callable[[], T | None], limit_ms: int = 10_000) -> T:
        """Wait until ``check`` gives something, record the step and photograph the screen."""
        deadline = time.monotonic() + limit_ms / 1000
        while True:
            self.app.processEvents()
            found = check()
            if found:
                break
            if time.monotonic() > deadline:
                raise StepFailed(
                    f"{step}: not reached ({self._where()}, keys {self.trail}, "
                    f"questions closed {self.unexpected})"
                )
            time.sleep(0.01)
        if self.unexpected:
            raise StepFailed(f"{step}: an unexpected question came up: {self.unexpected}")
        assert self.job is not None
        self.job.steps.append((step, self.job.keys))
        self.shoot(step)
        return found

    def wait_for(self, check: Callable[[], object], limit_ms: int = 10_000) -> bool:
        deadline = time.monotonic() + limit_ms / 1000
        while not check():
            if time.monotonic() > deadline:
                return False
            self.app.processEvents()
            time.sleep(0.01)
        return True

    def visible(self, kind: type[W]) -> W | None:
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    def _where(self) -> str:
        from PySide6.QtWidgets import QApplication

        top = QApplication.activeModalWidget() or self.window
        focus: QWidget | None = top.focusWidget()
        return (
            f"window {top.windowTitle()!r}, focus {type(focus).__name__} "
            f"{focus.objectName() if focus is not None else ''!r}, "
            f"status {self.window.statusBar().currentMessage()!r}"
        )

    def shoot(self, step: str) -> None:
        if self.out is None or self.job is None:
            return
        from PySide6.QtWidgets import QApplication

        sys.path.insert(0, str(SCRIPTS))
        from docs_screenshots import save

        self.settle(250)
        shown = QApplication.activeModalWidget() or self.window
        self.shots += 1
        slug = "".join(c if c.isalnum() else "-" for c in step.lower()).strip("-")[:48]
        save(shown, self.out, f"{self.job.name}-{self.shots:02d}-{slug}.png")


def make_active(window: QWidget) -> None:
    """What a window manager does for a window that opens; offscreen and Xvfb have none.
    (Qt deprecates setActiveWindow, but activateWindow alone does nothing without one.)"""
    import warnings

    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def key_of(ch: str) -> Qt.Key:
    from PySide6.QtCore import Qt

    upper = ch.upper()
    if len(upper) == 1 and ("A" <= upper <= "Z" or "0" <= upper <= "9"):
        return Qt.Key(ord(upper))
    return {" ": Qt.Key.Key_Space, ".": Qt.Key.Key_Period}.get(ch, Qt.Key.Key_unknown)


def reset_to_search(desk: Desk) -> None:
    """Between jobs (not counted): everything closed, the search box empty and focused."""
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
    desk.settle(100)
    desk.window.search_page.search_box.clear()
    make_active(desk.window)
    desk.window.show_search()
    desk.settle(200)


def typeahead(combo: QComboBox, data: object) -> str:
    """The fewest first letters of the item holding ``data`` that select it in ``combo``."""
    wanted = combo.findData(data)
    name = combo.itemText(wanted).casefold()
    others = [combo.itemText(i).casefold() for i in range(wanted)]
    for length in range(1, len(name) + 1):
        if not any(o.startswith(name[:length]) for o in others):
            return name[:length]
    return name


def label_of(dialog: QWidget, field: QWidget) -> str:
    """The text of the label that names ``field`` (its buddy is the field or its box)."""
    from PySide6.QtWidgets import QLabel

    for label in dialog.findChildren(QLabel):
        # The stubs say a label always has a buddy; most have none.
        buddy: QWidget | None = label.buddy()
        if buddy is not None and (buddy is field or buddy.isAncestorOf(field)):
            return label.text()
    raise StepFailed(f"no label names {field.objectName()!r}")


def mnemonic(text: str) -> str:
    at = text.replace("&&", "").index("&")
    return text.replace("&&", "")[at + 1].lower()


def closed(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return not isValid(widget) or not widget.isVisible()
