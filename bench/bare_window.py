"""Baseline for start-up and memory: a bare PySide6 QMainWindow, shown, then quit.

Run as a script by bench/startup.py with PEELDESK_QUIT_AFTER_FIRST_SHOW set,
exactly like the app, so both numbers include interpreter start and imports.

``bare_window.py DATABASE SQL_FILE``: after the first show it also runs one search
statement (the app's own, with its parameters, as JSON) through a fresh sqlite3
connection and prints ``first-results-seconds``: the floor for "start to the search box
showing results".
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def _raw_search(database: str, statement_file: str) -> int:
    import json
    import sqlite3

    with open(statement_file, encoding="utf-8") as handle:
        statement = json.load(handle)
    connection = sqlite3.connect(database)
    try:
        connection.execute(f"PRAGMA cache_size = -{statement['cache_kib']}")
        return len(connection.execute(statement["sql"], statement["params"]).fetchall())
    finally:
        connection.close()


def main() -> int:
    started = float(os.environ["PEELDESK_QUIT_AFTER_FIRST_SHOW"])
    search = sys.argv[1:3]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        print(f"first-show-seconds {time.time() - started:.6f}", flush=True)
        if len(search) == 2:
            found = _raw_search(*search)
            print(f"first-results-seconds {time.time() - started:.6f} ({found})", flush=True)
        window.close()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
