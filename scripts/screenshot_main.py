"""Screenshot of the main window with search results, on a real X server (xvfb-run).

Usage: xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot_main.py DB QUERY OUT.png
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

from desktop.app import create_application
from desktop.services.bootstrap import make_context, open_database
from desktop.ui.main_window import MainWindow


def main(database: str, query: str, out: str) -> int:
    app = create_application()
    db = open_database(f"sqlite:///{Path(database).resolve()}")
    window = MainWindow(make_context(db))
    window.resize(1200, 720)
    window.show()
    window.search_page.search_box.setText(query)

    def grab() -> None:
        print(repr(window.search_page.search_box.text()), ascii(query))
        window.grab().save(out)
        app.quit()

    QTimer.singleShot(1500, grab)
    app.exec()
    window.tasks.wait()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
