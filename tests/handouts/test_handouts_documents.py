"""Aftercare and pre-treatment sheets: right dates, intact Turkish, bundled font, one page."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.handouts import session_data as handout_sessions
from desktop.services.handouts import sheets as handouts
from desktop.services.handouts import template_store
from tests import handout_fixtures as hf

# 08:30 UTC = 11:30 in Istanbul on Wednesday 25 November 2026.
SESSION_AT = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
THREE_AREAS_DEEP = [("forehead", 40), ("eye_contour", 90), ("cheeks", 60)]  # deepest 90 → deep
THREE_AREAS_MEDIUM = [("forehead", 40), ("perioral", 60), ("chin", 25)]  # deepest 60 → medium


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> set[str]:
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        page_fonts = resources["/Font"].get_object()
        assert isinstance(page_fonts, DictionaryObject)
        for font in page_fonts.values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


@pytest.fixture
def clinic(ctx):
    hf.clinic(ctx)
    return ctx


def test_english_aftercare_deep_peel_has_the_deep_tier_dates(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Emily", "O'Brien", "en")
    sid = hf.make_session(
        ctx, pid, SESSION_AT, THREE_AREAS_DEEP, products=["Healing ointment, 3 times a day"]
    )
    built = handouts.build_aftercare(ctx, sid)
    pages = _pages(built.pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "Emily O'Brien" in text
    assert "Wednesday, 25 November 2026" in text  # session date in the info box
    assert "Forehead" in text and "Eye contour" in text and "Cheeks (both)" in text
    # Deep tier: first days to day 4, daily life day 5, new skin day 8, results day 10,
    # sun avoidance to day 28.
    assert "25–29 November 2026" in text
    assert "Monday, 30 November 2026" in text
    assert "Thursday, 3 December 2026" in text
    assert "Saturday, 5 December 2026" in text
    assert "until 23 December 2026" in text
    assert "light bleeding" in text  # deep peels mention it
    assert "Healing ointment, 3 times a day" in text
    assert "+90 216 555 01 23" in text  # kept on one line with no-break spaces
    assert "Işıltı Cilt Kliniği" in text
    assert "physician's review" not in text  # the review mark is for the clinic only
    assert _fonts(built.pdf) and all("DejaVuSans" in f for f in _fonts(built.pdf))


def test_turkish_aftercare_medium_peel_dates_letters_and_follow_up(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Şükrü İsmail", "Işıkoğlu", "tr")
    sid = hf.make_session(ctx, pid, SESSION_AT, THREE_AREAS_MEDIUM, follow_up_on=date(2026, 12, 2))
    built = handouts.build_aftercare(ctx, sid)
    pages = _pages(built.pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "Şükrü İsmail Işıkoğlu" in text
    assert "Alın" in text and "Dudak ve dudak çevresi" in text and "Çene" in text
    assert "25 Kasım 2026 Çarşamba" in text
    # Medium tier: first days to day 3, daily life day 4, new skin and results day 7,
    # sun avoidance to day 21.
    assert "25–28 Kasım 2026" in text
    assert "29 Kasım 2026 Pazar" in text
    assert "2 Aralık 2026 Çarşamba" in text
    assert "16 Aralık 2026 tarihine kadar" in text
    assert "hafif kanama" not in text  # no bleeding note below the deep tier
    assert "Kontrol randevunuz" in text
    assert "ğ" in text and "ş" in text and "ı" in text and "İ" in text
    assert "Sayfa 1 / 1" in text
    assert all("DejaVuSans" in f for f in _fonts(built.pdf))


def test_session_date_is_the_clinic_day_not_the_utc_day(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    late = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # 01:30 on 26 November in Istanbul
    sid = hf.make_session(ctx, pid, late, [("neck", 20)])  # superficial: sun to day 14
    text = _pages(handouts.build_aftercare(ctx, sid).pdf)[0]
    assert "Thursday, 26 November 2026" in text
    assert "until 10 December 2026" in text


def test_no_depth_recorded_uses_the_default_tier_and_later_planned_session(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    sid = hf.make_session(ctx, pid, SESSION_AT, [("neck", None)])
    hf.make_session(
        ctx, pid, datetime(2026, 12, 9, 11, 0, tzinfo=UTC), [("neck", None)], status="planned"
    )
    text = _pages(handouts.build_aftercare(ctx, sid).pdf)[0]
    assert "medium-depth" in text
    assert "Wednesday, 9 December 2026, 14:00" in text  # the next session, Istanbul time


@pytest.mark.parametrize("language", ["en", "tr"])
def test_a_full_common_case_still_fits_one_page(clinic, language) -> None:
    """Three areas, a deep peel (bleeding note), three products and a booked follow-up."""
    ctx = clinic
    pid = hf.patient(ctx, "Şükrü İsmail", "Işıkoğlu", language)
    products = ["Onarıcı krem, günde 3 kez", "Termal su spreyi", "SPF 50+ mineral güneş kremi"]
    sid = hf.make_session(
        ctx, pid, SESSION_AT, THREE_AREAS_DEEP, products=products, follow_up_on=date(2026, 12, 2)
    )
    assert len(_pages(handouts.build_aftercare(ctx, sid).pdf)) == 1
    planned = hf.make_session(ctx, pid, SESSION_AT, THREE_AREAS_DEEP, status="planned")
    assert len(_pages(handouts.build_pretreatment(ctx, planned).pdf)) == 1


@pytest.mark.parametrize("language", ["en", "tr"])
def test_many_areas_flow_to_a_second_page_with_the_continued_header(clinic, language) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Gül", "Şen", language)
    codes = ["face_full", "forehead", "cheeks", "eye_contour", "perioral", "chin", "nose"]
    codes += ["neck", "decollete", "hands", "back_of_hands"]
    sid = hf.make_session(
        ctx, pid, SESSION_AT, [(c, 40) for c in codes], products=[f"Product {n}" for n in range(8)]
    )
    pages = _pages(handouts.build_aftercare(ctx, sid).pdf)
    assert len(pages) == 2
    continued = "(continued)" if language == "en" else "(devam)"
    assert f"Gül Şen {continued}" in pages[1]
    assert continued not in pages[0]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Wednesday, 9 December 2026, 14:00", "local anaesthetic", "15 and 60 minutes"]),
        ("tr", ["9 Aralık 2026 Çarşamba, 14:00", "lokal anestezi", "15 ile 60 dakika"]),
    ],
)
def test_pretreatment_sheet_appointment_time_in_clinic_zone(clinic, language, expected) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "İpek", "Güneş", language)
    at = datetime(2026, 12, 9, 11, 0, tzinfo=UTC)
    sid = hf.make_session(ctx, pid, at, THREE_AREAS_DEEP, status="planned")
    built = handouts.build_pretreatment(ctx, sid)
    pages = _pages(built.pdf)
    assert len(pages) == 1
    assert "İpek Güneş" in pages[0]
    for piece in expected:
        assert piece in pages[0]
    assert all("DejaVuSans" in f for f in _fonts(built.pdf))


def test_pretreatment_mentions_anaesthesia_only_when_deep(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    sid = hf.make_session(ctx, pid, SESSION_AT, [("neck", 20)], status="planned")
    assert "local anaesthetic" not in _pages(handouts.build_pretreatment(ctx, sid).pdf)[0]


def test_unknown_and_cancelled_sessions_are_refused_clearly(clinic) -> None:
    ctx = clinic
    with pytest.raises(NotFound, match="no session number 999"):
        handouts.build_aftercare(ctx, 999)
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    sid = hf.make_session(ctx, pid, SESSION_AT, [("neck", 20)], status="cancelled")
    with pytest.raises(ValidationError, match="cancelled"):
        handouts.build_pretreatment(ctx, sid)


def test_reception_may_print_and_the_cli_save_is_audited(clinic, tmp_path) -> None:
    pid = hf.patient(clinic, "Ada", "Kaya", "en")
    sid = hf.make_session(clinic, pid, SESSION_AT, [("neck", 20)])
    reception = ServiceContext(
        clinic.database,
        actor=Actor(staff_id=None, name="Desk", role="reception"),
        clock=clinic.clock,
        zone=clinic.zone,
    )
    built = handouts.build_aftercare(reception, sid)
    target = handouts.save_handout(reception, built, tmp_path / "a.pdf")
    assert target.read_bytes() == built.pdf
    with clinic.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.save")
        ).one()
    assert (event.patient_id, event.entity_id, event.actor_name) == (pid, sid, "Desk")
    assert json.loads(event.details)["document"] == "aftercare"
    # Reception may print, but not change what the physician prescribed.
    with pytest.raises(PermissionDenied):
        handout_sessions.set_aftercare_products(reception, sid, ["x"], 1)


def test_an_unknown_role_may_not_print(clinic) -> None:
    pid = hf.patient(clinic, "Ada", "Kaya", "en")
    sid = hf.make_session(clinic, pid, SESSION_AT, [("neck", 20)])
    nobody = ServiceContext(clinic.database, actor=Actor(None, "x", "guest"), zone=clinic.zone)
    with pytest.raises(PermissionDenied):
        handouts.build_aftercare(nobody, sid)


def test_products_are_stored_per_session_and_printed(clinic) -> None:
    pid = hf.patient(clinic, "Ada", "Kaya", "tr")
    sid = hf.make_session(clinic, pid, SESSION_AT, [("neck", 20)])
    before = handout_sessions.read_handout_session(clinic, sid)
    assert before.products == ()
    after = handout_sessions.set_aftercare_products(
        clinic,
        sid,
        ["  Onarıcı krem,  günde 3 kez ", "", "SPF 50+ güneş kremi"],
        before.row_version,
    )
    assert after.products == ("Onarıcı krem, günde 3 kez", "SPF 50+ güneş kremi")
    text = _pages(handouts.build_aftercare(clinic, sid).pdf)[0]
    assert "Onarıcı krem, günde 3 kez" in text
    with pytest.raises(ValidationError, match="at most"):
        handout_sessions.set_aftercare_products(clinic, sid, ["x"] * 13, after.row_version)


def test_clinic_edited_template_is_printed_and_reset_restores_the_default(clinic) -> None:
    ctx = clinic
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    sid = hf.make_session(ctx, pid, SESSION_AT, [("neck", 20)])
    detail = template_store.get_template(ctx, "aftercare", "en")
    body = detail.body.replace(
        "Aftercare after your micro laser peeling", "Looking after your skin, {patient_name}"
    )
    template_store.save_template(ctx, "aftercare", "en", body, detail.row_version)
    assert "Looking after your skin, Ada Kaya" in _pages(handouts.build_aftercare(ctx, sid).pdf)[0]
    tiers = template_store.get_template(ctx, "depth_tiers", "all")
    template_store.save_template(
        ctx,
        "depth_tiers",
        "all",
        tiers.body.replace("sun_until_day = 14", "sun_until_day = 30"),
        None,
    )
    assert "until 25 December 2026" in _pages(handouts.build_aftercare(ctx, sid).pdf)[0]
    template_store.reset_template(ctx, "aftercare", "en")
    text = _pages(handouts.build_aftercare(ctx, sid).pdf)[0]
    assert "Aftercare after your micro laser peeling" in text


def test_patient_text_is_escaped_not_read_as_markup(clinic) -> None:
    pid = hf.patient(clinic, "Ayşe <b>", "Ak & Co", "tr")
    sid = hf.make_session(clinic, pid, SESSION_AT, [("neck", 20)])
    assert "Ayşe <b> Ak & Co" in _pages(handouts.build_aftercare(clinic, sid).pdf)[0]
