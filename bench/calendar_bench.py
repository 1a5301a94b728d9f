"""The calendar's week view: 600 sessions across 4 physicians, laid out, their block texts
made (patient; status · areas; physician, room and device, as the calendar page makes them)
and painted (open: a week never shown, and again: a refresh) and repainted at scrolled
positions (scroll), against filling the same number of plain rectangles at the same
positions in the same widget type, interleaved in one loop. Each timed run paints each grid
once (counted)."""

from __future__ import annotations

import os
import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from bench.measure import Row

GOAL = 2.0
CAUSE = (
    "each block takes two PySide calls (its background pixmap: border, fill and status "
    "stripe; its prepared text of up to three lines), a cancelled one a third (the strike) "
    "and a pen change, where the floor takes one, each costing about a microsecond whatever "
    "it draws, and the 600 sessions are laid out in lanes and their texts made first; "
    "QPainter offers Python no batched fill or text call"
)
SESSIONS = 600
WEEK = date(2026, 11, 23)


GIVEN = (
    "Ayşe",
    "Zeynep",
    "Elif",
    "Fatma",
    "Merve",
    "Selin",
    "Deniz",
    "Gül",
    "Hatice",
    "İrem",
    "Özlem",
    "Şule",
    "Büşra",
    "Ceren",
    "Ebru",
    "Nur",
    "Canan",
    "Derya",
    "Leyla",
    "Yasemin",
)
FAMILY = (
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Öztürk",
    "Aydın",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özdemir",
    "Ağaoğlu",
)


AREAS = (
    ({"en": "Cheeks (both)", "tr": "Yanaklar (iki yan)"}, {"en": "Forehead", "tr": "Alın"}),
    ({"en": "Back of hands (both)", "tr": "El sırtları (iki el)"},),
    ({"en": "Neck", "tr": "Boyun"}, {"en": "Spot or scar", "tr": "Leke veya iz"}),
    (),
)
DEVICES = ("CO2 laser", "Er:YAG laser")


def _areas(sessions: list) -> dict:
    """Each session's areas as calendar_content reads them (names per language)."""
    from desktop.formatting import Names

    catalog = [tuple(Names(names) for names in areas) for areas in AREAS]
    return {s.id: catalog[s.id % len(catalog)] for s in sessions if catalog[s.id % len(catalog)]}


def _sessions() -> list:
    """A full week for 4 physicians: each works back to back in 30-minute sessions (a
    physician is never booked twice at once), the four staggered by 5 minutes, so every
    day column has four lanes; each physician in a room of their own."""
    from db.codes import SessionStatus
    from desktop.services.sessions.schedule import ScheduledSession

    found = []
    statuses = list(SessionStatus)
    per_day = SESSIONS // 7 + 1
    for i in range(SESSIONS):
        day, slot = divmod(i, per_day)
        turn, doc = divmod(slot, 4)
        start = datetime.combine(WEEK + timedelta(days=day), datetime.min.time(), UTC)
        start += timedelta(minutes=8 * 60 + turn * 30 + doc * 5)
        name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}"
        found.append(
            ScheduledSession(
                id=i + 1, row_version=1, patient_id=i + 1, patient_name=name,
                physician_id=doc + 1, physician_name=f"Dr {doc}", room_id=doc + 1,
                room_name=f"Room {doc + 1}", device_id=doc % 2 + 1,
                device_name=DEVICES[doc % 2],
                starts_at=start, ends_at=start + timedelta(minutes=30),
                status=statuses[i % len(statuses)],
            )
        )  # fmt: skip
    return found


def calendar_rows(*, repeat: int) -> tuple[list[Row], str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from bench.clash_bench import paired_ms, ratio_spread
    from desktop.ui.sessions.calendar_blocks import KeptTexts, block_texts
    from desktop.ui.sessions.calendar_layout import Grouping, columns_for, lay_out
    from desktop.ui.sessions.calendar_view import CalendarGrid

    app = QApplication.instance() or QApplication([])
    sessions = _sessions()
    areas = _areas(sessions)
    kept: KeptTexts = {}  # the page's block texts from earlier loads
    zone = UTC

    paints = {"real": 0, "plain": 0}

    class RealGrid(CalendarGrid):
        """The real grid, counting its paints."""

        def paintEvent(self, event: QPaintEvent) -> None:
            paints["real"] += 1
            super().paintEvent(event)

    class PlainGrid(CalendarGrid):
        """The same widget type painting only the blocks' rectangles (at the positions the
        real grid computes, so both pay for the geometry)."""

        def paintEvent(self, event: QPaintEvent) -> None:
            paints["plain"] += 1
            painter = QPainter(self)
            colour = QColor("#cfe3ff")
            for x, y, w, h in self.block_boxes():
                painter.fillRect(x, y, w, h, colour)
            painter.end()

    def make(kind: type[CalendarGrid]) -> tuple[QScrollArea, CalendarGrid]:
        scroll = QScrollArea()
        grid = kind()
        scroll.setWidget(grid)
        scroll.setWidgetResizable(True)
        scroll.resize(1100, 680)
        scroll.show()
        return scroll, grid

    real_scroll, real = make(RealGrid)
    plain_scroll, plain = make(PlainGrid)
    columns = columns_for(sessions, Grouping.DAY, zone, WEEK)
    fixed_blocks = lay_out(sessions, columns, Grouping.DAY, zone)
    plain.set_content(columns, fixed_blocks)

    def open_real() -> None:
        # The first open of a week: the grid's elided labels and prepared texts are
        # forgotten, so the text costs what it costs on names never drawn before.
        real.forget_texts()
        kept.clear()
        refresh_real()

    def refresh_real() -> None:
        # As the calendar page loads a week: columns, blocks, then each block's text (the
        # week of all physicians: its columns are days, so physician, room and device show)
        cols = columns_for(sessions, Grouping.DAY, zone, WEEK)
        blocks = lay_out(sessions, cols, Grouping.DAY, zone)
        texts = block_texts((b.session for b in blocks), areas, None, zone, "en", kept)
        real.set_content(cols, blocks, texts)
        real.repaint(QRect(0, 0, real.width(), real.height()))

    def open_plain() -> None:
        # A fresh list each time, as the real grid gets: the rectangles are computed anew.
        plain.set_content(columns, list(fixed_blocks))
        plain.repaint(QRect(0, 0, plain.width(), plain.height()))

    def scroller(scroll: QScrollArea) -> Callable[[], None]:
        def run() -> None:
            bar = scroll.verticalScrollBar()
            for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 8)):
                bar.setValue(value)
                scroll.viewport().repaint()

        return run

    app.processEvents()
    paints.update(real=0, plain=0)
    open_t, refresh_t, base_t = paired_ms(open_real, refresh_real, open_plain, repeat=repeat)
    opened = dict(paints)
    scroll_t, scroll_base_t = paired_ms(
        scroller(real_scroll), scroller(plain_scroll), repeat=repeat
    )
    real_scroll.close()
    plain_scroll.close()
    base = "plain rectangles, same widget"
    med = statistics.median
    rows = [
        Row("calendar", "week view, 600 sessions: open", med(open_t), base, med(base_t), goal=GOAL,
            cause=CAUSE + "; a week never shown before also elides and prepares every label"),
        Row("calendar", "week view, 600 sessions: open again (refresh)", med(refresh_t), base,
            med(base_t), goal=GOAL, cause=CAUSE),
        Row("calendar", "week view, 600 sessions: scroll", med(scroll_t), base,
            med(scroll_base_t), goal=GOAL),
    ]  # fmt: skip
    note = "\n".join(
        [
            f"Blocks: {len(real.blocks)} in {len(real.columns)} day columns, "
            f"{max(b.lanes for b in real.blocks)} lanes, "
            f"{real.block_boxes()[0][2]} px wide. Paints while opening (warm-up included): "
            f"real grid {opened['real']} for {2 * (repeat + 3)} opens, plain grid "
            f"{opened['plain']} for {repeat + 3}.",
            "",
            "Round-by-round ratios (median and 10th–90th percentile):",
            "",
            f"- open / plain rectangles: {ratio_spread(open_t, base_t)}",
            f"- open again / plain rectangles: {ratio_spread(refresh_t, base_t)}",
            f"- scroll / plain rectangles: {ratio_spread(scroll_t, scroll_base_t)}",
        ]
    )
    return rows, note
