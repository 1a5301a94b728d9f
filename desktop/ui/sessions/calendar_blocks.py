"""How one session block reads on the calendar: the patient, the status word and the areas,
elided to the block's width, a stripe in the status's colour, cancelled and no-show greyed
and struck through; the tooltip carries the whole text.

Kept apart from calendar_view.py (the grid's geometry, paint loop and input) so the paint
loop stays a thin call per block."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap, QStaticText

from desktop.formatting import Names, name_in
from desktop.services.sessions.checks import STATUS_LABELS
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.sessions.calendar_layout import Grouping
from desktop.ui.widgets.vocabulary import word

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


# Block texts made before, by what a column shows (kind, zone, language), then by the
# session as read, its areas and its place in a course: kept by the calendar page across loads.
KeptTexts = dict[
    tuple[Grouping | None, tzinfo, str],
    dict[tuple[ScheduledSession, tuple[Names, ...], tuple[int, int] | None], BlockText],
]
KEPT_LIMIT = 20_000


def block_texts(
    sessions: Iterable[ScheduledSession],
    areas: Mapping[int, tuple[Names, ...]],
    column_kind: Grouping | None,
    zone: tzinfo,
    language: str,
    kept: KeptTexts | None = None,
    places: Mapping[int, tuple[int, int]] | None = None,
) -> dict[int, BlockText]:
    """Each session's block text (by session id), as a load of the calendar shows it: the
    patient, the status word and the areas in ``language``, then whichever of physician,
    room and device the column title (``column_kind``) does not already say.

    Made on every load for hundreds of sessions: each status word is translated once, each
    distinct time converted and written once (sessions share their slot times; strftime
    would also pass through PySide's import hook twice per call). With ``kept`` (the
    caller's, across loads) a session read again unchanged, with the same areas, reuses
    its text: a refresh after one change makes one. ``places`` (session id → (n, total))
    puts "session 2 of 3" before the areas of a session booked from a course."""
    made = {} if kept is None else kept.setdefault((column_kind, zone, language), {})
    if len(made) > KEPT_LIMIT:
        made.clear()
    statuses: dict[str, str] = {}
    clock: dict[datetime, str] = {}

    def at(moment: datetime) -> str:
        found = clock.get(moment)
        if found is None:
            local = moment.astimezone(zone)
            found = clock[moment] = f"{local.hour:02d}:{local.minute:02d}"
        return found

    places = places or {}
    of_course = QCoreApplication.translate("CalendarBlocks", "session {n} of {total}")
    found: dict[int, BlockText] = {}
    for s in sessions:
        its_areas = areas.get(s.id, ())
        place = places.get(s.id)
        key = (s, its_areas, place)
        again = made.get(key)
        if again is not None:
            found[s.id] = again
            continue
        status = statuses.get(s.status)
        if status is None:
            status = statuses[s.status] = word(STATUS_LABELS.get(s.status, str(s.status)))
        others = [
            name
            for kind, name in (
                (Grouping.PHYSICIAN, s.physician_name),
                (Grouping.ROOM, s.room_name),
                (Grouping.DEVICE, s.device_name),
            )
            if name and kind is not column_kind
        ]
        names = [name_in(language, names) for names in its_areas]
        if place is not None:
            status = f"{status} · {of_course.format(n=place[0], total=place[1])}"
        found[s.id] = made[key] = block_text(
            s.patient_name,
            status,
            names,
            f"{at(s.starts_at)}–{at(s.ends_at)}",
            others,
        )
    return found


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


class BlockBackgrounds:
    """Each block's border, fill and status stripe, drawn once per look and size into a
    pixmap: one drawPixmap per block costs a third of the three fillRects it replaces, and
    a week's blocks share a few sizes. Made at the screen's pixel ratio. Kept by status,
    selection and size (a status always has the same colours): ``clear`` when the
    selection's colour (the palette) changes."""

    LIMIT = 2_000

    def __init__(self) -> None:
        self._made: dict[tuple[str, bool, int, int, float], QPixmap] = {}

    def clear(self) -> None:
        self._made.clear()

    def of(
        self,
        status: str,
        selected: bool,
        size: tuple[int, int, float],
        fill: QColor,
        border: QColor,
    ) -> QPixmap:
        """The background of a block ``size`` (width, height, pixel ratio) big."""
        key = (status, selected, *size)
        found = self._made.get(key)
        if found is None:
            if len(self._made) > self.LIMIT:
                self._made.clear()
            w, h, ratio = size
            found = QPixmap(max(1, round(w * ratio)), max(1, round(h * ratio)))
            found.setDevicePixelRatio(ratio)
            painter = QPainter(found)
            painter.fillRect(0, 0, w, h, border)
            painter.fillRect(1, 1, w - 2, h - 2, fill)
            stripe = _STRIPES.get(status)
            if stripe is not None and w > 3 * STRIPE_WIDTH:
                painter.fillRect(1, 1, STRIPE_WIDTH - 1, h - 2, stripe)
            painter.end()
            self._made[key] = found
        return found


class TextPen:
    """The painter's text colour, set only when it changes (a setPen per block costs
    as much as a fill)."""

    __slots__ = ("colour",)

    def __init__(self) -> None:
        self.colour: QColor | None = None

    def use(self, painter: QPainter, colour: QColor) -> None:
        if colour is not self.colour:
            painter.setPen(colour)
            self.colour = colour


def paint_block(
    painter: QPainter,
    x: int,
    y: int,
    status: str,
    background: QPixmap,
    label: QStaticText | None,
    first_width: int,
    metrics: QFontMetrics,
    pen: TextPen,
) -> None:
    """One block at (``x``, ``y``): its background (BlockBackgrounds: border, fill, status
    stripe), then ``label``: its lines prepared as one text (calendar_text_cache.py), the
    patient (``first_width`` wide) struck through when the session no longer holds the
    time."""
    painter.drawPixmap(x, y, background)
    if label is None:
        return
    struck = status in STRUCK
    pen.use(painter, _GREYED if struck else _TEXT)
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
