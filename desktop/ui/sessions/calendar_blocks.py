"""How one session block reads on the calendar: the patient, the status word and the areas,
elided to the block's width, a stripe in the status's colour, cancelled and no-show greyed
and struck through; the tooltip carries the whole text.

Kept apart from calendar_view.py (the grid's geometry, paint loop and input) so the paint
loop stays a thin call per block."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QStaticText

# A darker stripe on the block's left edge: the status reads even where the fill colours of
# two statuses look alike on a pale screen (done and in treatment are both green).
STATUS_STRIPES = {
    "planned": "#3f73c2",
    "arrived": "#d08c00",
    "in_treatment": "#1f8a4c",
    "done": "#6b8f6b",
    "cancelled": "#9a9a9a",
    "no_show": "#c04848",
}
STRUCK = frozenset({"cancelled", "no_show"})  # no longer hold the time: greyed and struck
_STRIPES = {status: QColor(colour) for status, colour in STATUS_STRIPES.items()}
_TEXT = QColor("#202020")
_GREYED = QColor("#6e6e6e")
STRIPE_WIDTH = 4


@dataclass(frozen=True)
class BlockText:
    """The lines a block shows, most important first, and its tooltip."""

    lines: tuple[str, ...]
    tooltip: str


def block_text(
    patient: str,
    status_word: str,
    areas: list[str],
    times: str,
    resources: list[str],
) -> BlockText:
    """Line 1 the patient, line 2 the status then the areas, line 3 the room and device
    (those not already the column's title); the tooltip has all of it, unelided."""
    second = " · ".join([status_word, ", ".join(areas)] if areas else [status_word])
    lines = [patient, second]
    if resources:
        lines.append(" · ".join(resources))
    tip = [patient, f"{times} · {status_word}"]
    if areas:
        tip.append(", ".join(areas))
    if resources:
        tip.append(" · ".join(resources))
    return BlockText(tuple(lines), "\n".join(tip))


class LineMeasure(Protocol):
    """How elided_lines measures: Qt's font metrics (exact), or the grid's cache of
    per-letter advances (calendar_text_cache.py, what painting uses)."""

    def fits(self, line: str, width: int) -> bool: ...

    def elided(self, line: str, width: int) -> str: ...


class MetricsMeasure:
    """LineMeasure over QFontMetrics: every call lays the text out."""

    def __init__(self, metrics: QFontMetrics) -> None:
        self._metrics = metrics

    def fits(self, line: str, width: int) -> bool:
        return self._metrics.horizontalAdvance(line) <= width

    def elided(self, line: str, width: int) -> str:
        return self._metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)


def elided_lines(
    lines: tuple[str, ...], width: int, measure: QFontMetrics | LineMeasure, rows: int = 3
) -> list[str]:
    """The lines a block of ``rows`` text rows shows: the patient on the first row; the
    others word-wrapped onto the rows left (the areas before the room); a one-row block
    gets the patient and the status on its row. Whatever does not fit is elided."""
    if isinstance(measure, QFontMetrics):
        measure = MetricsMeasure(measure)
    lines = tuple(line for line in lines if line)
    if not lines:
        return []
    if rows <= 1 or len(lines) == 1:
        return [_elided(" · ".join(lines[:2]), width, measure)]
    shown = [_elided(lines[0], width, measure)]
    for line in lines[1:]:
        left = rows - len(shown)
        if left <= 0:
            break
        shown.extend(_wrapped(line, width, measure, left))
    return shown


def _elided(line: str, width: int, measure: LineMeasure) -> str:
    return line if measure.fits(line, width) else measure.elided(line, width)


def _wrapped(line: str, width: int, measure: LineMeasure, limit: int) -> list[str]:
    """``line`` broken at spaces into at most ``limit`` rows of ``width``; the last row
    takes the rest, elided. Measures each candidate row once: this runs for every block
    the calendar paints (once per text and size: the grid keeps what it fitted)."""
    if measure.fits(line, width):
        return [line]
    if limit <= 1:
        return [measure.elided(line, width)]
    words = line.split(" ")
    rows: list[str] = []
    current = ""
    for n, part in enumerate(words):
        candidate = f"{current} {part}" if current else part
        if current and not measure.fits(candidate, width):
            rows.append(current if " " in current else _elided(current, width, measure))
            if len(rows) == limit - 1:  # the last row: everything left, elided
                rows.append(_elided(" ".join(words[n:]), width, measure))
                return rows
            current = part
        else:
            current = candidate
    rows.append(current if " " in current else _elided(current, width, measure))
    return rows


def paint_block(
    painter: QPainter,
    box: tuple[int, int, int, int],
    status: str,
    fill: QColor,
    border: QColor,
    label: QStaticText | None,
    first_width: int,
    metrics: QFontMetrics,
) -> None:
    """One block in ``box`` (x, y, width, height): border and fill as two fillRects (cheaper
    than a stroked rectangle), the status stripe, then ``label``: its lines prepared as one
    text (calendar_text_cache.py), the patient (``first_width`` wide) struck through when
    the session no longer holds the time."""
    x, y, w, h = box
    painter.fillRect(x, y, w, h, border)
    painter.fillRect(x + 1, y + 1, w - 2, h - 2, fill)
    stripe = _STRIPES.get(status)
    if stripe is not None and w > 3 * STRIPE_WIDTH:
        painter.fillRect(x + 1, y + 1, STRIPE_WIDTH - 1, h - 2, stripe)
    if label is None:
        return
    struck = status in STRUCK
    painter.setPen(_GREYED if struck else _TEXT)
    left = x + STRIPE_WIDTH + 3
    painter.drawStaticText(left, y + 2, label)
    if struck:
        middle = y + 2 + metrics.ascent() - metrics.xHeight() // 2
        painter.drawLine(left, middle, left + first_width, middle)


def text_width(block_width: int) -> int:
    """The width the labels of a block ``block_width`` wide may take."""
    return max(1, block_width - STRIPE_WIDTH - 6)


def text_rows(block_height: int, line_height: int) -> tuple[int, int]:
    """How many rows of text a block ``block_height`` high is fitted to, and how many it
    shows (none when not even one fits)."""
    line_height = max(1, line_height)
    return max(1, (block_height - 2) // line_height), (block_height - 1) // line_height
