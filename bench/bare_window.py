"""Baseline for start-up and memory: a bare PySide6 QMainWindow, shown, then quit.

Run as a script by bench/startup.py with PEELDESK_QUIT_AFTER_FIRST_SHOW set,
exactly like the app, so both numbers include interpreter start and imports.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    started = float(os.environ["PEELDESK_QUIT_AFTER_FIRST_SHOW"])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        print(f"first-show-seconds {time.time() - started:.6f}", flush=True)
        window.close()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
