"""Any text and any dates: the validator saves and reads back, or refuses with messages."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.common.errors import ValidationError
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput

text = st.text(max_size=120)
dates = st.none() | st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31))
names = text | st.sampled_from(["İsmail", "IŞIK", "ğüşıöç", "Ayşe Nur", " Ş ", "O'Brien"])
phones = st.sampled_from(["", "0532 123 45 67", "+44 20 7946 0958", "12", "abc"]) | text


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    given_name=names,
    family_name=names,
    birth_date=dates,
    screened_on=dates,
    phone=phones,
    email=text,
    notes=st.text(max_size=300),
    skin_type=st.none() | st.integers(min_value=-2, max_value=9),
)
def test_validator_saves_and_reads_back_or_refuses(
    ctx, given_name, family_name, birth_date, screened_on, phone, email, notes, skin_type
) -> None:
    data = PatientInput(
        given_name=given_name,
        family_name=family_name,
        birth_date=birth_date,
        screened_on=screened_on,
        phone=phone,
        email=email,
        notes=notes,
        skin_type=skin_type,
    )
    try:
        saved = patients.register_patient(ctx, data)
    except ValidationError as error:
        assert error.field_errors
        assert all(m.strip() for m in error.field_errors.values())
        return
    loaded = patients.get_patient(ctx, saved.id)
    assert loaded == saved
    assert loaded.data.given_name == unicodedata.normalize("NFC", " ".join(given_name.split()))
    assert loaded.data.birth_date == birth_date
    assert loaded.data.skin_type == skin_type
