"""A handout paragraph wrapped again at the same size keeps the lines of that size."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from desktop.printing.handout_common import _Para
from desktop.printing.layout import styles

TEXT = "Şükrü Işıkoğlu, ilk üç gün cildinizi nemli tutun ve güneşten koruyun. " * 4


def _lines(paragraph: Paragraph) -> list:
    return [" ".join(line[1]) for line in paragraph.blPara.lines]


def test_the_remembered_wrap_is_the_one_of_the_same_size() -> None:
    style = styles()["body"]
    remembered, fresh = _Para(TEXT, style), Paragraph(TEXT, style)
    narrow = remembered.wrap(120, 1000)
    remembered.wrap(400, 1000)
    assert remembered.wrap(400, 1000) == fresh.wrap(400, 1000)
    assert _lines(remembered) == _lines(fresh)
    assert remembered.wrap(120, 1000) == narrow == fresh.wrap(120, 1000)
    assert _lines(remembered) == _lines(fresh)
    top, rest = remembered.split(120, 30)
    assert isinstance(top, Paragraph) and rest.wrap(120, 1000)[1] > 0
