"""The first frame: a window with the search box, on screen before anything heavy is loaded.

PeelDesk's main window needs SQLAlchemy, the models, the services and every feature (about a
second of imports on a desk computer). This window needs only Qt: it is shown at once, takes
what the receptionist types, and hands the text to the real search box when the main window
takes its place (``desktop.app.run_gui``). It shows no patient data and offers no action, so
it may stand before the log-in as well.

Only PySide6 and the standard library here: ``tests/shell/test_startup_imports.py`` checks
that nothing heavier is loaded before this window is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget


class StartingWindow(QMainWindow):
    """Title, size and search box of the main window; the status bar says what is loading."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startingWindow")
        self.setWindowTitle("PeelDesk")
        self.resize(1100, 720)  # the main window's first size (MainWindow.__init__)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.search_box = QLineEdit(page)
        self.search_box.setObjectName("startingSearchBox")
        # The search page's own texts, so they need no translation of their own.
        self.search_box.setPlaceholderText(
            QCoreApplication.translate(
                "PatientSearchPage", "Name, phone digits or birth date (31.12.1980)"
            )
        )
        self.search_box.setAccessibleName(
            QCoreApplication.translate("PatientSearchPage", "Search patients")
        )
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search_box.setFont(font)
        layout.addWidget(self.search_box)
        layout.addStretch(1)
        self.setCentralWidget(page)
        self.loading = QLabel(self.tr("Opening the database…"))
        self.statusBar().addWidget(self.loading)
        self.search_box.setFocus()

    def typed_text(self) -> str:
        return self.search_box.text()


def run_while_responsive(work: Callable[[], object]) -> None:
    """Run ``work`` on a worker thread while the GUI thread keeps answering events.

    For imports and warm-up only (no Qt widgets in ``work``); an exception in it is raised
    here, on the GUI thread, as if it had run here.
    """
    failure: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as error:  # re-raised on the GUI thread below
            failure.append(error)

    worker = threading.Thread(target=target, name="peeldesk-warm-up", daemon=True)
    worker.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    poll.start()
    if worker.is_alive():
        loop.exec()
    poll.stop()
    worker.join()
    if failure:
        raise failure[0]
