"""A desk walkthrough under a real X server, driven by the keyboard as a receptionist would:
search → patient → book → record → history → quote → print preview, one PNG per step.

It presses the menu shortcuts and finds the windows that open by what the user sees (top-level
windows and tabs), never by the main window's internals, so the same script shows whether a
restructuring changed what the desk looks like. Run it before and after, and compare:

    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        scripts/walkthrough_screenshots.py --out /tmp/walkthrough

The demo database and window settings live in a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported in main(), after the demo database is made
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))
from docs_screenshots import demo_database, save, settle  # noqa: E402


def new_windows(app: QApplication, before: set[int]) -> list[QWidget]:
    return [
        w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before and w.isWindow()
    ]


def visible_ids(app: QApplication) -> set[int]:
    return {id(w) for w in app.topLevelWidgets() if w.isVisible()}


def press(
    app: QApplication,
    widget: QWidget,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier | None = None,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    top = widget.window()
    top.activateWindow()
    # No window manager under Xvfb: make the window active for Qt's shortcut map at once.
    QApplication.setActiveWindow(top)
    settle(app, 150)
    QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)
    settle(app, 300)


def shoot_new_window(
    app: QApplication,
    window: QMainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier | None,
    out: Path,
    name: str,
) -> QWidget | None:
    """Press a shortcut on the main window and photograph the window it opens."""
    before = visible_ids(app)
    press(app, app.focusWidget() or window, key, modifiers)
    settle(app, 600, until=lambda: bool(new_windows(app, before)), limit_ms=5000)
    opened = new_windows(app, before)
    if not opened:
        print(f"{name}: nothing opened ({window.statusBar().currentMessage()!r})")
        save(window, out, name)
        return None
    shown = opened[-1]
    settle(app, 400)
    save(shown, out, name)
    return shown


def close_quietly(app: QApplication, shown: QWidget) -> None:
    # Nothing was typed, so no "discard changes?" question should come up.
    shown.close()
    settle(app, 200)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    database = demo_database("peeldesk-walk-", patients=300)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application
    from desktop.services.bootstrap import make_context, open_database
    from desktop.ui.shell import i18n

    app = create_application()
    assert isinstance(app, QApplication)
    i18n.install_language("en")
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    from desktop.services.settings import store as settings

    # Printing asks first when the clinic has no name or phone: the walk prints a preview.
    settings.update(ctx, {"clinic_name": "Demo Skin Clinic", "clinic_phone": "+90 212 555 01 23"})
    from desktop.ui.main_window import MainWindow

    window: QMainWindow = MainWindow(ctx)
    window.resize(1100, 720)
    window.show()
    window.activateWindow()  # no window manager under Xvfb: nothing activates it otherwise
    settle(app, 600)
    save(window, out, "01-front-page.png")

    ctrl = Qt.KeyboardModifier.ControlModifier
    # Search: the box has the focus at start; type, then Enter opens the patient.
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    focus = app.focusWidget() or window.findChild(QLineEdit)
    print(f"typing into {type(focus).__name__}")
    assert focus is not None, "nothing to type the search into"

    QTest.keyClicks(focus, "ay")
    settle(app, 800)
    save(window, out, "02-search.png")
    press(app, app.focusWidget() or focus, Qt.Key.Key_Down)
    press(app, app.focusWidget() or focus, Qt.Key.Key_Return)
    settle(app, 800)
    save(window, out, "03-patient.png")

    for key, name in ((Qt.Key.Key_B, "04-book.png"), (Qt.Key.Key_Q, "07-quote.png")):
        shown = shoot_new_window(app, window, key, ctrl, out, name)
        if shown is not None:
            close_quietly(app, shown)
        if name == "04-book.png":
            press(app, window, Qt.Key.Key_H, ctrl)
            settle(app, 800)
            save(window, out, "06-history.png")

    # Record: today's first session from the day list (Ctrl+D, Enter), then back to the patient.
    press(app, window, Qt.Key.Key_D, ctrl)
    shown = shoot_new_window(app, window, Qt.Key.Key_Return, None, out, "05-record.png")
    if shown is not None:
        close_quietly(app, shown)

    # Print: the history's printable PDF in the preview (the *Print history…* button).
    from PySide6.QtWidgets import QPushButton

    before = visible_ids(app)
    press(app, window, Qt.Key.Key_H, ctrl)
    buttons = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.text().replace("&", "").startswith("Print history")
    ]
    if buttons:
        QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    settle(app, 500, until=lambda: bool(new_windows(app, before)), limit_ms=10_000)
    opened = new_windows(app, before)
    if opened:
        settle(app, 1500)  # QPdfView renders pages asynchronously
        save(opened[-1], out, "08-print-preview.png")
        close_quietly(app, opened[-1])
    else:
        print("08-print-preview.png: no preview opened")

    window.hide()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
