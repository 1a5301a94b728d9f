"""The aftercare timeline keeps each date on one line, in both languages (long Turkish names)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from babel.dates import get_day_names, get_month_names
from pypdf import PdfReader

from desktop.formatting import format_weekday_date, locale_for
from desktop.printing.aftercare import AftercareSheet, build_aftercare_pdf
from desktop.printing.handout_common import Block, date_range, unbroken_dates
from desktop.printing.layout import ClinicIdentity
from desktop.services.handouts import sheets as handouts
from tests import handout_fixtures as hf


def _lines(pdf: bytes) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _names(language: str) -> tuple[set[str], set[str]]:
    locale = locale_for(language)
    return set(get_month_names("wide", locale=locale).values()), set(
        get_day_names("wide", locale=locale).values()
    )


def _assert_no_date_is_cut(lines: list[str], language: str) -> None:
    """A line starting with a year, a month or a weekday is the tail of a cut date."""
    months, days = _names(language)
    for line in lines:
        first = line.split(" ")[0].rstrip(",")
        assert not (first.isdigit() and len(first) == 4), line
        assert first not in months, line
        assert first not in days or line.endswith(("2026", "2027")), line


@pytest.mark.parametrize(
    ("language", "longest"),
    [("tr", "29 Ağustos 2026 Cumartesi"), ("en", "Wednesday, 30 September 2026")],
)
def test_the_longest_dates_of_a_language_print_on_one_line(language: str, longest: str) -> None:
    rows = (
        (date_range(date(2026, 8, 26), date(2026, 9, 2), language), "Kızarıklık"),
        (format_weekday_date(date(2026, 8, 29), language), "Günlük yaşam"),
        (format_weekday_date(date(2026, 9, 30), language), "Yeni cilt"),
        (date_range(date(2026, 8, 29), date(2026, 11, 28), language), "Güneşten korunun"),
    )
    sheet = AftercareSheet(
        ClinicIdentity("Klinik"),
        language,
        "Bakım",
        "Ayşe Işık",
        "26 Ağustos 2026",
        "",
        "Giriş",
        (Block("Zaman çizelgesi", rows=rows, highlight_last_row=True),),
    )
    lines = _lines(build_aftercare_pdf(sheet))
    assert longest in lines
    for when, _text in rows[1:3]:
        assert " ".join(when.split()) in lines
    _assert_no_date_is_cut(lines, language)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_real_aftercare_sheet_keeps_every_timeline_date_whole(
    ctx, monkeypatch, language: str
) -> None:
    import desktop.printing.aftercare as aftercare

    sheets: list[AftercareSheet] = []
    real = aftercare.build_aftercare_pdf

    def keep(sheet: AftercareSheet) -> bytes:
        sheets.append(sheet)
        return real(sheet)

    monkeypatch.setattr(aftercare, "build_aftercare_pdf", keep)
    hf.clinic(ctx)
    patient_id = hf.patient(ctx, "Şükrü", "Işıkoğlu", language)
    # Wednesday 26 August 2026, a deep peel: the timeline reaches into September/November.
    at = datetime(2026, 8, 26, 8, 0, tzinfo=UTC)
    session_id = hf.make_session(ctx, patient_id, at, [("forehead", 90), ("cheeks", 60)])
    lines = _lines(handouts.build_aftercare(ctx, session_id).pdf)
    (timeline,) = [block for block in sheets[0].blocks if block.rows]
    for when, _text in timeline.rows:
        for part in unbroken_dates(when):
            assert any(part in line for line in lines), (part, lines)
