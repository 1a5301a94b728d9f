"""How one session block reads on the calendar: the patient, the status word and the areas,
elided to the block's width, a stripe in the status's colour, cancelled and no-show greyed
and struck through; the tooltip carries the whole text.

Kept apart from calendar_view.py (the grid's geometry, paint loop and input) so the paint
loop stays a thin call per block."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

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


def elided_lines(
    lines: tuple[str, ...], width: int, metrics: QFontMetrics, rows: int = 3
) -> list[str]:
    """The lines a block of ``rows`` text rows shows: the patient on the first row; the
    others word-wrapped onto the rows left (the areas before the room); a one-row block
    gets the patient and the status on its row. Whatever does not fit is elided."""
    lines = tuple(line for line in lines if line)
    if not lines:
        return []
    if rows <= 1 or len(lines) == 1:
        return [_elided(" · ".join(lines[:2]), width, metrics)]
    shown = [_elided(lines[0], width, metrics)]
    for line in lines[1:]:
        left = rows - len(shown)
        if left <= 0:
            break
        shown.extend(_wrapped(line, width, metrics, left))
    return shown


def _elided(line: str, width: int, metrics: QFontMetrics) -> str:
    if metrics.horizontalAdvance(line) <= width:
        return line
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)


def _wrapped(line: str, width: int, metrics: QFontMetrics, limit: int) -> list[str]:
    """``line`` broken at spaces into at most ``limit`` rows of ``width``; the last row
    takes the rest, elided. Measures each candidate row once: this runs for every block
    the calendar paints."""
    if metrics.horizontalAdvance(line) <= width:
        return [line]
    if limit <= 1:
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)]
    words = line.split(" ")
    rows: list[str] = []
    current = ""
    for n, part in enumerate(words):
        candidate = f"{current} {part}" if current else part
        if current and metrics.horizontalAdvance(candidate) > width:
            rows.append(current if " " in current else _elided(current, width, metrics))
            if len(rows) == limit - 1:  # the last row: everything left, elided
                rows.append(_elided(" ".join(words[n:]), width, metrics))
                return rows
            current = part
        else:
            current = candidate
    rows.append(current if " " in current else _elided(current, width, metrics))
    return rows


def paint_block(
    painter: QPainter,
    rect: QRect,
    status: str,
    fill: QColor,
    border: QColor,
    labels: list[str],
    metrics: QFontMetrics,
) -> None:
    """One block: fill, status stripe, border, then as many lines as fit its height."""
    painter.fillRect(rect, fill)
    stripe = _STRIPES.get(status)
    if stripe is not None and rect.width() > 3 * STRIPE_WIDTH:
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE_WIDTH, rect.height()), stripe)
    painter.setPen(border)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    struck = status in STRUCK
    painter.setPen(_GREYED if struck else _TEXT)
    left = rect.left() + STRIPE_WIDTH + 3
    y = rect.top() + 2
    for number, label in enumerate(labels):
        if y + metrics.height() > rect.bottom() + 2:
            break
        baseline = y + metrics.ascent()
        painter.drawText(left, baseline, label)
        if struck and number == 0:
            middle = baseline - metrics.xHeight() // 2
            painter.drawLine(left, middle, left + metrics.horizontalAdvance(label), middle)
        y += metrics.height()


def text_width(rect: QRect) -> int:
    """The width the labels of a block drawn in ``rect`` may take."""
    return max(1, rect.width() - STRIPE_WIDTH - 6)


def text_rows(rect: QRect, metrics: QFontMetrics) -> int:
    """How many rows of text a block drawn in ``rect`` holds."""
    return max(1, (rect.height() - 2) // max(1, metrics.height()))
