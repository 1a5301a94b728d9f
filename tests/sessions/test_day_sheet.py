"""The day sheet's rows (services/sessions/day_sheet.py) and its one-page PDF
(printing/day_sheet.py): order, the clinic's time zone, status words in both languages,
free gaps, totals, who may print it, and 30 sessions still on one A4 page."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor
from desktop.services.common.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.sessions import day_sheet as sheets
from tests import handout_fixtures as hf
from tests.day_sheet_support import DAY, add_session, clinic_day, full_day

pytestmark = pytest.mark.both_engines

RECEPTION = Actor(staff_id=None, name="Deniz Aksoy", role="reception")


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_rows_in_time_order_in_the_clinic_zone_with_gaps_and_totals(ctx) -> None:
    place = clinic_day(ctx)
    add_session(ctx, place, time(11, 0), "Şule", "Ağaoğlu", minutes=45, areas=("cheeks",))
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu", areas=("forehead", "neck"))
    add_session(ctx, place, time(9, 30), "Gökçe", "Öztürk", status="cancelled")
    add_session(ctx, place, time(10, 0), "Ali", "Kaya", physician_id=place.other_physician_id)
    # 23:30 on the evening before in Istanbul is 20:30 UTC the day before: not on this day.
    add_session(ctx, place, time(23, 30), "Dün", "Akşam", day=DAY.replace(day=7))

    sheet = sheets.day_sheet(ctx, DAY, physician_id=place.physician_id)

    assert sheet.subject_name == "Dr. Selin Arslan"
    assert [r.patient_name for r in sheet.rows] == ["İpek Işıkoğlu", "Gökçe Öztürk", "Şule Ağaoğlu"]
    first = sheet.rows[0]
    assert first.starts_at.astimezone(ctx.zone).time() == time(9, 0)
    assert first.starts_at.utcoffset() == timedelta(0)  # returned in UTC, shown in the zone
    assert [n["en"] for n in first.areas] == ["Forehead", "Neck"]
    assert (first.room_name, first.device_name) == ("Oda 1", "Er:YAG Lazer")
    assert first.file_number == str(first.patient_id)
    # The cancelled session is listed but takes no time: 09:30 is free until 11:00.
    assert sheet.session_count == 2 and sheet.booked_minutes == 75
    gaps = [
        (g.starts_at.astimezone(ctx.zone).time(), g.ends_at.astimezone(ctx.zone).time())
        for g in sheet.gaps
    ]
    assert gaps == [(time(9, 30), time(11, 0)), (time(11, 45), time(18, 0))]


def test_room_sheet_lists_every_physician_in_the_room(ctx) -> None:
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    add_session(ctx, place, time(10, 0), "Ali", "Kaya", physician_id=place.other_physician_id)
    sheet = sheets.day_sheet(ctx, DAY, room_id=place.room_id)
    assert sheet.kind == "room" and sheet.subject_name == "Oda 1"
    assert [r.physician_name for r in sheet.rows] == ["Dr. Selin Arslan", "Dr. İsmail Işık"]


def test_reception_may_read_and_print_it_but_needs_a_subject(ctx) -> None:
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    desk = replace(ctx, actor=RECEPTION)
    sheet = sheets.day_sheet(desk, DAY, physician_id=place.physician_id)
    built = sheets.build_day_sheet(desk, sheet, "en")
    _pages, text = _text(built.pdf)
    assert "Clinical note" not in text  # the desk's plan carries no clinical notes
    with pytest.raises(ValidationError):
        sheets.day_sheet(desk, DAY)
    with pytest.raises(ValidationError):
        sheets.day_sheet(desk, DAY, physician_id=place.physician_id, room_id=place.room_id)
    with pytest.raises(NotFound):
        sheets.day_sheet(desk, DAY, room_id=place.room_id + 99)
    nobody = replace(ctx, actor=Actor(staff_id=None, name="?", role="nobody"))
    with pytest.raises(PermissionDenied):
        sheets.day_sheet(nobody, DAY, room_id=place.room_id)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Day sheet", "Planned", "Cancelled", "Arrived", "free (", "Total: 2 sessions")),
        ("tr", ("Günlük plan", "Planlandı", "İptal", "Geldi", "boş (", "Toplam: 2 seans")),
    ],
)
def test_pdf_in_both_languages(ctx, language, words) -> None:
    hf.clinic(ctx)
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu", areas=("forehead",))
    add_session(ctx, place, time(9, 30), "Gökçe", "Öztürk", status="cancelled")
    add_session(ctx, place, time(10, 0), "Şule", "Ağaoğlu", status="arrived")
    sheet = sheets.day_sheet(ctx, DAY, physician_id=place.physician_id)
    pages, text = _text(sheets.build_day_sheet(ctx, sheet, language).pdf)
    assert pages == 1
    for word in (*words, "İpek Işıkoğlu", "Şule Ağaoğlu", "09:00–09:30", "Oda 1 /", "Er:YAG"):
        assert word in text, (word, text)


def test_thirty_sessions_fit_one_page(ctx) -> None:
    hf.clinic(ctx)
    place = clinic_day(ctx)
    full_day(ctx, place, 30)
    sheet = sheets.day_sheet(ctx, DAY, physician_id=place.physician_id)
    assert len(sheet.rows) == 30
    pages, text = _text(sheets.build_day_sheet(ctx, sheet, "tr").pdf)
    assert pages == 1, text
    assert "Işıkoğlu28" in text and "Çağlar27" in text and "devam" not in text


def test_a_day_that_cannot_fit_says_it_continues(ctx) -> None:
    place = clinic_day(ctx)
    full_day(ctx, place, 60)
    sheet = sheets.day_sheet(ctx, DAY, physician_id=place.physician_id)
    pages, text = _text(sheets.build_day_sheet(ctx, sheet, "en").pdf)
    assert pages == 2
    assert "the day did not fit one page" in text and "(continued)" in text


def test_saving_writes_the_file_and_audits_it(ctx, tmp_path) -> None:
    place = clinic_day(ctx)
    add_session(ctx, place, time(9, 0), "İpek", "Işıkoğlu")
    sheet = sheets.day_sheet(ctx, DAY, physician_id=place.physician_id)
    built = sheets.build_day_sheet(ctx, sheet, "en")
    assert built.suggested_name == "day-sheet-2026-12-08-Dr--Selin-Arslan.pdf"
    target = sheets.save_day_sheet(ctx, built, tmp_path / "day.pdf")
    assert target.read_bytes() == built.pdf
    with ctx.database.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.action == "document.save"
    assert '"day_sheet"' in event.details
    with pytest.raises(ValidationError):
        sheets.save_day_sheet(ctx, built, tmp_path)


def test_find_subject_by_name(ctx) -> None:
    place = clinic_day(ctx)
    assert sheets.find_subject(ctx, "physician", "dr. selin arslan") == place.physician_id
    assert sheets.find_subject(ctx, "physician", "selin") == place.physician_id
    assert sheets.find_subject(ctx, "room", "oda 1") == place.room_id
    with pytest.raises(NotFound):
        sheets.find_subject(ctx, "room", "Oda 9")
