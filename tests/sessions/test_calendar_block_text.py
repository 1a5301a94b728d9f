"""A calendar block drawn the fast way (border, fill and stripe from a pixmap made once per
look and size, its fitted lines as one prepared text measured from cached letter advances) looks as the block drawn line by line
with Qt's own measuring did: same lines, same places, the same strike through a cancelled
patient."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from desktop.ui.sessions.calendar_blocks import (
    STRIPE_WIDTH,
    STRUCK,
    BlockBackgrounds,
    TextPen,
    elided_lines,
    paint_block,
    text_rows,
    text_width,
)
from desktop.ui.sessions.calendar_text_cache import BlockTextCache

LINES = (
    ("Ayşe Yılmaz", "Planlandı · Yanaklar (iki yan), Alın", "Oda 2 · CO2 lazer"),
    ("Şule Çelik-Ağaoğlu", "Cancelled · Back of hands (both), Spot or scar, Neck"),
    ("İrem Öztürk", "No-show"),
    ("Gül Doğan", "Done · Forehead", "Room 1"),
)
FILL, BORDER = QColor("#cfe3ff"), QColor("#7e9bc4")


def _image(width: int, height: int) -> QImage:
    image = QImage(width + 4, height + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def _as_before(
    image: QImage,
    lines: tuple[str, ...],
    status: str,
    width: int,
    height: int,
    measure: BlockTextCache | None = None,
) -> None:
    """The block as calendar_blocks drew it before the fast path: a filled rectangle, the
    stripe, a stroked border, and drawText per line elided with QFontMetrics (or with
    ``measure``)."""
    from desktop.ui.sessions.calendar_blocks import _GREYED, _STRIPES, _TEXT

    painter = QPainter(image)
    painter.setFont(QFont())
    metrics = painter.fontMetrics()
    rect = QRect(1, 1, width, height)
    labels = elided_lines(
        lines, text_width(width), measure or metrics, max(1, (height - 2) // metrics.height())
    )
    painter.fillRect(rect, FILL)
    stripe = _STRIPES.get(status)
    if stripe is not None and rect.width() > 3 * STRIPE_WIDTH:
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE_WIDTH, rect.height()), stripe)
    painter.setPen(BORDER)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    if not any(labels):  # too narrow for a letter (before: a stray dot of strike-through)
        painter.end()
        return
    struck = status in STRUCK
    painter.setPen(_GREYED if struck else _TEXT)
    left, y = rect.left() + STRIPE_WIDTH + 3, rect.top() + 2
    for number, label in enumerate(labels):
        if y + metrics.height() > rect.bottom() + 2:
            break
        baseline = y + metrics.ascent()
        painter.drawText(left, baseline, label)
        if struck and number == 0:
            middle = baseline - metrics.xHeight() // 2
            painter.drawLine(left, middle, left + metrics.horizontalAdvance(label), middle)
        y += metrics.height()
    painter.end()


def _fast(
    image: QImage, cache: BlockTextCache, lines: tuple[str, ...], status: str, w: int, h: int
) -> None:
    painter = QPainter(image)
    painter.setFont(QFont())
    metrics = painter.fontMetrics()
    rows, shown = text_rows(h, metrics.height())
    label = cache.label(lines, text_width(w), rows) if shown else None
    background = BlockBackgrounds().of(status, False, (w, h, 1.0), FILL, BORDER)
    paint_block(
        painter,
        1,
        1,
        status,
        background,
        label.text if label else None,
        label.first_width if label else 0,
        metrics,
        TextPen(),
    )
    painter.end()


@pytest.mark.parametrize("status", ["planned", "cancelled", "no_show", "done", "unknown"])
@pytest.mark.parametrize("size", [(400, 70), (150, 70), (150, 17), (90, 40), (10, 30)])
def test_a_block_draws_as_it_did_line_by_line(qapp, status, size) -> None:
    cache = BlockTextCache(QFont())
    width, height = size
    metrics = QFontMetrics(QFont())
    rows = max(1, (height - 2) // metrics.height())
    for lines in LINES:
        fast, same_lines = _image(width, height), _image(width, height)
        _fast(fast, cache, lines, status, width, height)
        _as_before(same_lines, lines, status, width, height, cache)
        assert fast == same_lines  # the prepared text lands where drawText put each line
        before = _image(width, height)
        _as_before(before, lines, status, width, height)
        ours = elided_lines(lines, text_width(width), cache, rows)
        qt = elided_lines(lines, text_width(width), metrics, rows)
        if ours == qt:
            assert fast == before
        else:  # only an elided line may differ: cut a letter earlier than Qt cuts it
            assert len(ours) == len(qt)
            for a, b in zip(ours, qt, strict=True):
                if a != b:
                    assert a.endswith("…") and b.endswith("…"), (a, b)
                    assert b.startswith(a[:-1]) and len(b) - len(a) <= 1, (a, b)


def test_fitted_lines_fit_and_wrap_like_qt_measures_them(qapp) -> None:
    cache, metrics = BlockTextCache(QFont()), QFontMetrics(QFont())
    for lines in LINES:
        for width in range(20, 320, 7):
            for rows in (1, 2, 3, 4):
                ours = elided_lines(lines, width, cache, rows)
                for line in ours:
                    assert metrics.horizontalAdvance(line) <= width or line in ("", "…")
                qt = elided_lines(lines, width, metrics, rows)
                if ours == qt:
                    continue
                assert len(ours) == len(qt), (ours, qt)
                for a, b in zip(ours, qt, strict=True):
                    assert a == b or (a.endswith("…") and b.startswith(a[:-1])), (a, b)


def test_a_label_is_prepared_once_and_shared(qapp) -> None:
    cache = BlockTextCache(QFont())
    first = cache.label(LINES[0], 140, 3)
    assert first is not None and cache.label(LINES[0], 140, 3) is first
    assert first.text.textFormat() == Qt.TextFormat.PlainText
    assert first.text.text().split("\u2028")[0] == "Ayşe Yılmaz"
    assert cache.prepared_count() == 1
    assert cache.label(("", ""), 140, 3) is None


def test_a_reload_reuses_the_texts_of_unchanged_sessions(qapp) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from db.codes import SessionStatus
    from desktop.formatting import Names
    from desktop.services.sessions.schedule import ScheduledSession
    from desktop.ui.sessions.calendar_blocks import KeptTexts, block_texts
    from desktop.ui.sessions.calendar_layout import Grouping

    start = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    session = ScheduledSession(
        id=1, row_version=1, patient_id=1, patient_name="Ayşe Yılmaz", physician_id=1,
        physician_name="Dr Can", room_id=1, room_name="Room 1", device_id=None, device_name="",
        starts_at=start, ends_at=start + timedelta(minutes=45), status=SessionStatus.PLANNED,
    )  # fmt: skip
    areas = {1: (Names({"en": "Forehead", "tr": "Alın"}),)}
    kept: KeptTexts = {}
    first = block_texts([session], areas, Grouping.PHYSICIAN, UTC, "en", kept)[1]
    assert first.lines == ("Ayşe Yılmaz", "Planned · Forehead", "Room 1")
    assert first.tooltip.splitlines()[1] == "07:00–07:45 · Planned"
    read_again = replace(session)  # the same session read anew: an equal, new object
    assert block_texts([read_again], areas, Grouping.PHYSICIAN, UTC, "en", kept)[1] is first
    hour = timedelta(hours=1)
    moved = replace(session, starts_at=start + hour, ends_at=session.ends_at + hour, row_version=2)
    later = block_texts([moved], areas, Grouping.PHYSICIAN, UTC, "en", kept)[1]
    assert later.tooltip.splitlines()[1] == "08:00–08:45 · Planned"
    fewer = block_texts([session], {}, Grouping.PHYSICIAN, UTC, "en", kept)[1]
    assert fewer.lines[1] == "Planned"  # its areas changed: made anew
    by_room = block_texts([session], areas, Grouping.ROOM, UTC, "en", kept)[1]
    assert by_room.lines[2] == "Dr Can"  # the room is the column's title now
    in_turkish = block_texts([session], areas, Grouping.PHYSICIAN, UTC, "tr", kept)[1]
    assert in_turkish.lines[1].endswith("Alın")
