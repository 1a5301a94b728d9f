"""The signed consent as a PDF: full text, signature, version, time, witness, verification."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.consent.documents import consent_pdf
from desktop.services.consent.signing import withdraw_consent
from tests import handout_fixtures as hf
from tests.consent_support import sign, witness_id
from tests.sessions_support import screened_patient

ROOT = Path(__file__).resolve().parents[2]


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def test_the_turkish_consent_prints_text_signature_and_proof(ctx, tmp_path) -> None:
    hf.clinic(ctx)
    patient = screened_patient(ctx, "Şule", "Çağlar", birth_date=date(1990, 4, 3))
    signed = sign(ctx, patient, "treatment_deep", "tr")
    pdf = consent_pdf(ctx, signed.id).pdf
    text = _text(pdf)
    assert "Lokal anestezi ile derin lazer peeling onam formu" in text
    assert "hafif kanama veya sızıntı beklenir" in text
    assert "Şule Çağlar" in text and "03.04.1990" in text
    assert "25.11.2026 10:00:00" in text  # signed at the fixed now, in the clinic's zone
    assert signed.witness_name in text
    assert signed.proof_sha256 in text.replace(" ", "") and signed.text_sha256 in text.replace(
        " ", ""
    )
    reader = PdfReader(io.BytesIO(pdf))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1  # the signature
    (tmp_path / "consent.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(tmp_path / "consent.pdf"), str(tmp_path / "p")],
            check=True,
            timeout=60,
        )
        assert list(tmp_path.glob("p*.png"))


def test_a_withdrawn_consent_says_so_in_english(ctx) -> None:
    patient = screened_patient(ctx, "Anna", "Smith")
    signed = sign(ctx, patient, "marketing", "en")
    withdraw_consent(ctx, signed.id, "No more offers", witness_id=witness_id(ctx))
    text = _text(consent_pdf(ctx, signed.id).pdf)
    assert "Consent to being contacted about offers and news" in text
    assert "Withdrawn on 25.11.2026 10:00." in text and "No more offers" in text


def test_cli_prints_a_consent_to_an_owner_only_file_and_audits_it(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    hf.clinic(ctx)
    signed = sign(ctx, screened_patient(ctx), "photography", "tr")
    database.dispose()
    out = tmp_path / "onam.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Istanbul"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--database",
            str(path),
            "print",
            "consent",
            "--id",
            str(signed.id),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"signed consent {signed.id}" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Klinik fotoğraf onam formu" in _text(out.read_bytes())
    database = open_database(f"sqlite:///{path}")
    with database.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and (last.action, last.entity_id) == ("document.save", signed.id)
    database.dispose()
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--database",
            str(path),
            "print",
            "consent",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and "--id" in missing.stderr
