"""warm_printing() readies ReportLab and the fonts for the first print, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from desktop.printing.warm import warm_printing

ROOT = Path(__file__).resolve().parents[2]


def test_warming_loads_reportlab_and_the_fonts_in_a_fresh_process() -> None:
    script = textwrap.dedent(
        """
        import sys
        assert "reportlab" not in sys.modules
        from desktop.printing.warm import warm_printing
        assert "reportlab" not in sys.modules  # importing it costs nothing yet
        warm_printing()
        from reportlab.pdfbase import pdfmetrics
        from desktop.printing.layout import FONT, FONT_BOLD
        assert {FONT, FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())
        print("warm")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "warm"


def test_warming_from_several_threads_at_once_is_harmless() -> None:
    errors: list[BaseException] = []

    def warm() -> None:
        try:
            warm_printing()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=warm) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    warm_printing()  # and again, at once
