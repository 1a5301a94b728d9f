"""Make the first print of the day as fast as the next: ReportLab imported, fonts ready.

ReportLab's import, the bundled fonts (four TrueType files parsed) and the first
layout's lazy imports cost about 300–450 ms, paid by the first print of a fresh
process unless ``warm_printing()`` has run before. The app calls it on a worker
thread once the window is on screen (never before the first paint: it would
delay the window by as much).
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_ready = threading.Event()


def warm_printing(languages: tuple[str, ...] = ("tr", "en")) -> None:
    """Import the printing modules, register the fonts, lay out one throw-away page.

    Safe to call from any thread and more than once (later calls return at once);
    a print started meanwhile simply waits for the fonts like it would have anyway.
    """
    if _ready.is_set():
        return
    with _lock:
        if _ready.is_set():
            return
        from datetime import date

        from desktop.formatting import format_weekday_date
        from desktop.printing.handout_common import Block, build_handout_pdf, date_range
        from desktop.printing.layout import ClinicIdentity, register_fonts, styles

        register_fonts()
        styles()
        # Babel reads each language's calendar data (about 60 ms a language) at its
        # first date: the sheets print their dates in English or Turkish.
        for language in languages:
            format_weekday_date(date(2026, 1, 1), language)
            date_range(date(2026, 1, 1), date(2026, 2, 1), language)
        # One small page through the same code as a sheet (paragraphs, bullets, tables,
        # the numbered canvas, font subsetting): ReportLab imports parts of itself lazily.
        build_handout_pdf(
            ClinicIdentity("PeelDesk"),
            "tr",
            "Işık",
            "Şükrü",
            [("Hasta", "Ayşe Yılmaz")],
            "Günaydın.\n\n- İlk gün",
            [Block("Takvim", rows=(("1 Ocak 2026", "Dinlenin."),), boxed=True)],
        )
        _ready.set()
