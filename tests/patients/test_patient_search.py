from __future__ import annotations

from datetime import date

import pytest

from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.validation import PatientInput

# Every test here runs on SQLite and on PostgreSQL (skipped without a server).
pytestmark = pytest.mark.both_engines

PEOPLE = [
    ("İsmail", "IŞIK", "0532 123 45 67", date(1980, 1, 2)),
    ("Şükrü", "Öztürk", "+44 20 7946 0958", None),
    ("Ali", "Alioğlu", "", None),
    ("Ayşe Nur", "Yılmaz", "0555 987 65 43", date(1990, 5, 6)),
    ("Işıl", "Çağlar", "", date(1975, 12, 31)),
]


@pytest.fixture
def people(ctx) -> dict[str, int]:
    ids = {}
    for given, family, phone, born in PEOPLE:
        saved = patients.register_patient(
            ctx, PatientInput(given_name=given, family_name=family, phone=phone, birth_date=born)
        )
        ids[family] = saved.id
    return ids


def _found(ctx, text: str) -> list[str]:
    return [row.family_name for row in patient_search.search_patients(ctx, text).rows]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("isik", ["IŞIK"]),
        ("IŞIK", ["IŞIK"]),
        ("ismail", ["IŞIK"]),
        ("İSMAİL", ["IŞIK"]),
        ("sukru", ["Öztürk"]),
        ("ozt", ["Öztürk"]),
        ("ayse yil", ["Yılmaz"]),
        ("yil ayse", ["Yılmaz"]),
        ("cag", ["Çağlar"]),
        ("isil", ["Çağlar"]),
    ],
)
def test_names_match_whatever_the_case_and_turkish_letters(ctx, people, typed, expected) -> None:
    assert _found(ctx, typed) == expected


@pytest.mark.parametrize(
    "typed", ["532", "123 45", "0532 123 45 67", "+90 532 123 4567", "4567", "905321234567"]
)
def test_any_part_of_the_phone_number_finds_the_patient(ctx, people, typed) -> None:
    assert _found(ctx, typed) == ["IŞIK"]


def test_birth_date_alone_or_with_a_name(ctx, people) -> None:
    assert _found(ctx, "31.12.1975") == ["Çağlar"]
    assert _found(ctx, "1975-12-31") == ["Çağlar"]
    assert _found(ctx, "isil 31.12.1975") == ["Çağlar"]
    assert _found(ctx, "ali 31.12.1975") == []


def test_exact_word_ranks_before_longer_words(ctx, people) -> None:
    patients.register_patient(ctx, PatientInput(given_name="Alican", family_name="Demir"))
    assert _found(ctx, "ali")[:2] == ["Alioğlu", "Demir"]


def test_short_phone_fragment_gives_a_hint_not_an_error(ctx, people) -> None:
    page = patient_search.search_patients(ctx, "53")
    assert page.rows == []
    assert "3 digits" in page.hint


def test_paging_returns_every_match_once(ctx) -> None:
    for n in range(23):
        patients.register_patient(
            ctx,
            PatientInput(given_name=f"Ali {'x' * (n % 3)}", family_name=f"Alioğlu{chr(97 + n)}"),
        )
    seen: list[int] = []
    page = patient_search.search_patients(ctx, "ali", limit=5)
    while True:
        seen.extend(row.id for row in page.rows)
        if page.next_cursor is None:
            break
        page = patient_search.search_patients(ctx, "ali", limit=5, after=page.next_cursor)
    assert len(seen) == 23
    assert len(set(seen)) == 23


def test_empty_query_returns_nothing(ctx, people) -> None:
    assert patient_search.search_patients(ctx, "   ").rows == []
