"""Screenshots of signing a consent at the desk (docs/user-guide.md), in Turkish and English.

Run on a real X server, always with a timeout (a stray dialog would wait forever):
    timeout 180 xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/consent_screenshots.py

Writes docs/images/consent-signing-tr.png and consent-signing-en.png: the signing dialog at its
opening size with a signature drawn from synthetic pen strokes (pressure varying).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from docs_screenshots import demo_database, release_translations, save, settle  # noqa: E402

PATIENTS = {"tr": ("Ayşe", "Yılmaz"), "en": ("Emma", "Clarke")}


def pen_signature() -> list[list[tuple[float, float, float, int]]]:
    """A hand-like signature in the pad's logical units (1500 × 500): a looping name, a
    flourish and an underline, with the pressure of a pen rising and falling."""
    strokes = []
    name = []
    for n in range(160):
        t = n / 159
        x = 170 + 760 * t + 38 * math.sin(t * 34)
        y = 255 - 70 * math.sin(t * 17) * (0.6 + 0.4 * math.sin(t * 3.1)) + 30 * t
        pressure = 0.35 + 0.55 * abs(math.sin(t * 9))
        name.append((round(x, 1), round(y, 1), round(pressure, 3), 8 * n))
    strokes.append(name)
    flourish = []
    for n in range(60):
        t = n / 59
        x = 960 + 200 * t
        y = 230 + 90 * math.sin(t * math.pi * 1.4)
        flourish.append((round(x, 1), round(y, 1), round(0.8 - 0.5 * t, 3), 1400 + 9 * n))
    strokes.append(flourish)
    underline = [
        (round(150 + 1050 * n / 40, 1), round(395 - 18 * n / 40, 1), 0.6, 2100 + 7 * n)
        for n in range(41)
    ]
    strokes.append(underline)
    return strokes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    database = demo_database("peeldesk-consent-shots-", patients=20)
    qm_dir = database.parent / "qm"
    release_translations(qm_dir)

    from desktop.app import create_application
    from desktop.services.accounts.staff import StaffInput, create_staff
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.context import Actor
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.settings import store as settings
    from desktop.ui.consent.signing_dialog import SigningDialog
    from desktop.ui.shell import i18n
    from desktop.ui.shell.actions import ActionRunner
    from desktop.ui.tasks import TaskRunner

    app = create_application()
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    settings.update(ctx, {"clinic_name": "Demo Skin Clinic", "clinic_phone": "+90 212 555 01 23"})
    desk = create_staff(ctx, StaffInput("derya", "Derya Kaya", "reception"))
    ctx.actor = Actor(desk.id, desk.full_name, desk.role)
    runner = ActionRunner(TaskRunner(app))

    for language, (given, family) in PATIENTS.items():
        i18n.install_language(language, qm_dir)
        patient = patients.register_patient(
            ctx, PatientInput(given_name=given, family_name=family, language=language)
        )
        dialog = SigningDialog(
            ctx,
            runner,
            patient_id=patient.id,
            patient_name=patient.full_name,
            patient_language=language,
            kind="treatment_standard",
        )
        dialog.show()
        settle(app, 300)
        dialog.pad.set_strokes(pen_signature())
        settle(app, 300)
        save(dialog, args.out, f"consent-signing-{language}.png")
        dialog.mark_unchanged()
        dialog.done(0)

    runner.tasks.wait()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
