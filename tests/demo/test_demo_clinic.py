"""Demo data comes with a (made-up) clinic, so its sheets print without the missing-details question,
and it never overwrites a clinic the administrator already named."""

from __future__ import annotations

from desktop.services.demo.generate import DEMO_CLINIC, generate_demo
from desktop.services.settings import store as settings
from desktop.services.settings.clinic_identity import missing_clinic_details


def test_demo_data_names_a_clinic(ctx) -> None:
    assert missing_clinic_details(ctx)  # a new database has no clinic yet
    generate_demo(ctx, patients=3, sessions=2)
    assert not missing_clinic_details(ctx)
    assert settings.read(ctx, "clinic_name") == DEMO_CLINIC["clinic_name"]


def test_demo_data_keeps_the_clinics_own_name(ctx) -> None:
    settings.update(ctx, {"clinic_name": "Şifa Güzellik Merkezi"})
    generate_demo(ctx, patients=3, sessions=2)
    assert settings.read(ctx, "clinic_name") == "Şifa Güzellik Merkezi"
    assert settings.read(ctx, "clinic_phone") == ""
