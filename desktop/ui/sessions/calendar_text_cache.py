"""The calendar blocks' text, measured and prepared once: letters' advances for the grid's
font, labels elided to a width, and each block's fitted lines as one prepared QStaticText.

A week view paints hundreds of blocks on every open, refresh and scroll; Qt's elidedText and
horizontalAdvance lay the whole text out on every call (ten times the cost of summing cached
per-letter advances), and one drawStaticText per block costs half of one drawText per line.
Kept by text, not by block: a refresh redraws the same names, and blocks with the same short
label share it. The grid calls ``forget`` when its font changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QStaticText

from desktop.ui.sessions.calendar_blocks import elided_lines

CACHE_LIMIT = 20_000  # entries kept per cache before starting afresh
# Summed advances miss kerning by a fraction of a pixel: this close to the width, Qt decides.
QT_DECIDES_WITHIN = 1.5
LINE_SEPARATOR = "\u2028"  # breaks a plain QStaticText's line (rich text: 5× to prepare)


class PreparedLabel:
    """A block's fitted lines drawn as one text, and the first line's width (the patient,
    struck through on a cancelled or no-show block)."""

    __slots__ = ("first_width", "text")

    def __init__(self, text: QStaticText, first_width: int) -> None:
        self.text = text
        self.first_width = first_width


class BlockTextCache:
    """Measures with per-letter advances of ``font`` (Qt checks the near misses) and keeps
    what it made; ``elided``/``fits`` follow the LineMeasure protocol of calendar_blocks."""

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._metrics = QFontMetrics(self._font)
        self._advances: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._fits: dict[tuple[str, int], bool] = {}
        self._static: dict[str, PreparedLabel] = {}
        self._labels: dict[tuple[tuple[str, ...], int, int], PreparedLabel | None] = {}

    # --- measuring ------------------------------------------------------------------------
    def _advance(self, line: str, stop: float) -> tuple[float, int, float]:
        """Summed advance of ``line`` (summing stops once past ``stop``), how many letters
        fit in ``stop - ellipsis - 1`` pixels, and the ellipsis's advance."""
        advances = self._advances
        if not advances:
            advances["…"] = QFontMetricsF(self._font).horizontalAdvance("…")
        ellipsis = advances["…"]
        room = stop - ellipsis - 1
        used, cut = 0.0, 0
        for ch in line:
            step = advances.get(ch)
            if step is None:
                step = advances[ch] = QFontMetricsF(self._font).horizontalAdvance(ch)
            used += step
            if used <= room:
                cut += 1
            elif used > stop + QT_DECIDES_WITHIN:
                break  # cannot fit: the rest changes nothing
        return used, cut, ellipsis

    def fits(self, line: str, width: int) -> bool:
        """Whether ``line`` is at most ``width`` pixels wide."""
        key = (line, width)
        found = self._fits.get(key)
        if found is None:
            if len(self._fits) > CACHE_LIMIT:
                self._fits.clear()
            used = self._advance(line, width)[0]
            if abs(used - width) <= QT_DECIDES_WITHIN:
                found = self._metrics.horizontalAdvance(line) <= width
            else:
                found = used < width
            self._fits[key] = found
        return found

    def elided(self, line: str, width: int) -> str:
        """``line`` cut with “…” to ``width`` pixels as Qt's elidedText cuts it (a letter
        shorter at most, never wider)."""
        key = (line, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > CACHE_LIMIT:
                self._elided.clear()
            used, cut, ellipsis = self._advance(line, width)
            if abs(used - width) <= QT_DECIDES_WITHIN:
                found = self._metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            elif used < width:
                found = line
            else:  # as Qt elides: what fits, then “…” (only “…” when no letter fits)
                found = line[:cut] + "…" if width - ellipsis - 1 >= -1 else ""
            self._elided[key] = found
        return found

    # --- preparing ------------------------------------------------------------------------
    def label(self, lines: tuple[str, ...], width: int, rows: int) -> PreparedLabel | None:
        """``lines`` fitted to ``width`` and ``rows`` (calendar_blocks.elided_lines), prepared
        as one text; None when nothing shows."""
        key = (lines, width, rows)
        if key in self._labels:
            return self._labels[key]
        if len(self._labels) > CACHE_LIMIT:
            self._labels.clear()
        shown = elided_lines(lines, width, self, rows)
        found = self._prepared(shown) if any(shown) else None
        self._labels[key] = found
        return found

    def _prepared(self, shown: list[str]) -> PreparedLabel:
        joined = LINE_SEPARATOR.join(shown)
        found = self._static.get(joined)
        if found is None:
            if len(self._static) > CACHE_LIMIT:
                self._static.clear()
            text = QStaticText(joined)
            text.setTextFormat(Qt.TextFormat.PlainText)
            found = self._static[joined] = PreparedLabel(
                text, self._metrics.horizontalAdvance(shown[0])
            )
        return found

    def prepared_count(self) -> int:
        """How many labels are prepared (tests: a first paint prepares them)."""
        return len(self._static)
