"""The printed treatment history in Turkish or English: words, codes, dates and area names."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop.printing.history import build_history_pdf, code_word
from desktop.printing.layout import ClinicIdentity
from desktop.services.sessions.checks import (
    ADVERSE_EVENT_LABELS,
    ANAESTHESIA_LABELS,
    COMBINED_PROCEDURES,
    FOLLOW_UP_KIND_LABELS,
    INDICATIONS,
    STATUS_LABELS,
)
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.tasks import TaskRunner
from tests.conftest import FIXED_NOW, ISTANBUL
from tests.history_print_support import rich_history

CLINIC = ClinicIdentity(name="Işıltı Klinik", address="Bağdat Cad. 1, İstanbul")
# Every code a history prints: session status, anaesthesia, indications, combined
# procedures, follow-up kinds and adverse events.
PRINTED_CODES = sorted(
    {
        *STATUS_LABELS,
        *ANAESTHESIA_LABELS,
        *INDICATIONS,
        *COMBINED_PROCEDURES,
        *FOLLOW_UP_KIND_LABELS,
        *ADVERSE_EVENT_LABELS,
    }
)
ENGLISH_TITLES = ("Area", "Depth", "Passes", "Device / mode", "Fluence / spot", "Reaction")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def history(ctx):
    return rich_history(ctx)[1]


def _pdf(history, language: str) -> str:
    return _text(
        build_history_pdf(
            history, clinic=CLINIC, zone=ISTANBUL, printed_at=FIXED_NOW, language=language
        )
    )


def test_turkish_history_has_turkish_words_dates_and_area_names(history) -> None:
    text = _pdf(history, "tr")
    for expected in (
        "Tedavi geçmişi — İpek Şahin Yılmaz",
        "doğum tarihi 23 Nisan 1986",
        "Fitzpatrick cilt tipi III · 5 seans",
        "Bölgelere göre özet",
        "Seanslar (en yeniden eskiye)",
        "Bölge",
        "Derinlik",
        "Geçiş",
        "Cihaz / mod",
        "Reaksiyon",
        "14 Temmuz 2026, 11:30 · Yapıldı · Dr. Selin Aydın · 45 dk",
        "15 Eylül 2026, 11:30 · Gelmedi",
        "8 Aralık 2026, 11:30 · Planlandı",
        "Anestezi: Lokal enjeksiyon",
        "Endikasyon: Akne izleri, Ameliyat izleri",
        "Birlikte uygulanan: PRP",
        "3–4. gün kontrolü (17.07.2026); reaksiyon: kabuklanma; iyileşme: iyi",
        "istenmeyen etkiler: Uzun süren",
        "Diğer kontrol (17.07.2026)",
        "Yanaklar (iki yan)",
        "Göz çevresi",
        "El sırtları (iki el)",
        "1,25 J/cm² / 5 mm",  # Turkish decimal comma
        "7,5",
        "Sayfa 1 / 2",
        "Yazdırılma 25.11.2026 10:00 · gizlidir",
        "Tedavi geçmişi — İpek Şahin Yılmaz (devam)",
    ):
        assert expected in text, expected
    summary = text[text.index("Bölgelere göre özet") : text.index("Seanslar")]
    order = [summary.index(name) for name in ("Yanaklar", "Alın", "Göz çevresi", "Boyun")]
    assert order == sorted(order)  # most treated first, then in Turkish alphabetical order
    words = set(re.findall(r"[\w/]+", text))
    for title in ENGLISH_TITLES:
        assert title not in text, title
    for english in ("Done", "Planned", "Forehead", "Cheeks", "Sessions", "Page", "Notes"):
        assert english not in words, english


def test_english_history_keeps_english_words_and_names(history) -> None:
    text = _pdf(history, "en")
    for expected in (
        "Treatment history — İpek Şahin Yılmaz",
        "born 23 April 1986 · Fitzpatrick skin type III · 5 sessions",
        "14 July 2026, 11:30 · Done · Dr. Selin Aydın · 45 min",
        "Cheeks (both)",
        "Passes",
        "1.25 J/cm² / 5 mm",
        "Other follow-up (17.07.2026)",
        "Page 1 of 2",
    ):
        assert expected in text, expected
    assert "Yanaklar" not in text and "Bölge" not in text and "Sayfa" not in text


@pytest.mark.parametrize("code", PRINTED_CODES)
def test_every_code_the_history_prints_has_a_turkish_word(code: str) -> None:
    turkish, english = code_word(code, "tr"), code_word(code, "en")
    assert turkish and english and code not in (turkish, english)
    assert turkish != english or code == "prp"


def test_history_page_prints_in_the_interface_language_unless_told(qtbot, ctx, turkish) -> None:
    patient = rich_history(ctx)[0]
    tasks = TaskRunner()
    page = HistoryPage(ctx, tasks, patient)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.history is not None)
    tasks.wait()
    assert page.print_language.currentData() == "tr"
    assert "Bölgelere göre özet" in _text(page.build_pdf())
    page.print_language.setCurrentIndex(page.print_language.findData("en"))
    assert "Summary by area" in _text(page.build_pdf())
