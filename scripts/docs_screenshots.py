"""Screenshots for docs/user-guide.md, taken from the real app on a demo database.

Run on a real X server (never without the timeout: a stray dialog would wait forever):
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/docs_screenshots.py

Writes docs/images/*.png (palette-reduced to stay small). The demo database and the window
settings live in a temporary folder, so nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported after the platform is chosen (main)
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settle(
    app: QApplication,
    ms: int = 300,
    until: Callable[[], bool] | None = None,
    limit_ms: int = 5000,
) -> None:
    """Let Qt paint (and background searches finish) before grabbing."""
    deadline = time.monotonic() + limit_ms / 1000
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end or (until is not None and not until()):
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() > deadline:
            break


def save(widget: QWidget, out_dir: Path, name: str, *, photos: bool = False) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage()
    # UI pixels have few colours: an 8-bit palette (without dithering noise) keeps each PNG
    # well under 150 KB. Photos keep their colours (a palette turns skin green).
    small = (
        image.convertToFormat(QImage.Format.Format_RGB888)
        if photos
        else image.convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
        )
    )
    path = out_dir / name
    # The format comes from the .png suffix: PySide6 6.11's stubs want it as bytes, but
    # at run time only str is accepted, so it is not passed at all.
    small.save(str(path), quality=9)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}  {path.stat().st_size // 1024} KB")
    return path


def shoot_form_errors(
    app: QApplication, window: MainWindow, typed: str, out_dir: Path, name: str
) -> None:
    """A new patient with an impossible date and a short phone: the service's messages."""
    from PySide6.QtWidgets import QLineEdit

    from desktop.ui.patients.patient_dialog import PatientDialog

    window.new_patient(typed)
    settle(app, 300)
    form = next(w for w in app.topLevelWidgets() if isinstance(w, PatientDialog) and w.isVisible())
    for key, typed_value in (("birth_date", "31.02.1990"), ("phone", "12")):
        field = form.fields[key]
        assert isinstance(field, QLineEdit)
        field.setText(typed_value)
    form.save()
    form.resize(620, 760)
    settle(app, 200)
    save(form, out_dir, name)
    form._initial = form._values()  # no discard-changes question
    form.done(0)


def skin_photo(spots: int, redness: int) -> bytes:
    """A made-up close-up of skin: a warm field with ``spots`` reddish marks (no one's face)."""
    import io
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(7)  # the same marks, fewer and paler after treatment
    image = Image.new("RGB", (1600, 1200), (226, 186, 164))
    draw = ImageDraw.Draw(image)
    marks = [(rng.randrange(1600), rng.randrange(1200), rng.randrange(12, 40)) for _ in range(60)]
    for x, y, r in marks[:spots]:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(226, 186 - redness, 164 - redness))
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(6)).save(out, format="JPEG", quality=90)
    return out.getvalue()


def shoot_comparison(app: QApplication, window: MainWindow, out: Path) -> None:
    """Two photos of one area, before and after, in the comparison view."""
    import sqlite3
    from dataclasses import replace

    from desktop.services.common.context import Actor
    from desktop.services.photos.importing import import_photo
    from desktop.ui.photos.compare_dialog import open_comparison

    path = window.ctx.database.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        physician, area = connection.execute(
            "SELECT ts.physician_id, sa.id FROM session_area sa "
            "JOIN treatment_session ts ON ts.id = sa.session_id "
            "JOIN signed_consent sc ON sc.patient_id = ts.patient_id "
            "JOIN consent_template t ON t.id = sc.template_id "
            "WHERE t.kind = 'photography' AND ts.status = 'done' ORDER BY sa.id LIMIT 1"
        ).fetchone()
    doctor = replace(window.ctx, actor=Actor(physician, "Dr", "physician"))
    before = import_photo(doctor, area, "before", "front", skin_photo(60, 70), "a.jpg")
    after = import_photo(doctor, area, "after", "front", skin_photo(25, 30), "b.jpg")
    dialog = open_comparison(window, window, before.id, after.id)
    dialog.resize(1000, 620)
    settle(app, 600, until=lambda: bool(dialog.series) and dialog.status.text() == "")
    save(dialog, out, "compare-photos.png", photos=True)
    dialog.done(0)


def release_translations(folder: Path) -> Path:
    """The .qm files compiled from the .ts now in the tree, into ``folder`` (screenshots show
    what is being written, not the last committed .qm)."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "translations.py"),
            "release",
            "--out",
            str(folder),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return folder


def demo_database(prefix: str, *, patients: int) -> Path:
    """A demo database in a new temporary folder, which also becomes PeelDesk's data folder
    (so window settings and keys never touch the user's)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["PEELDESK_DATA_DIR"] = str(work)
    database = work / "demo.sqlite3"
    command = ["demo", "--patients", str(patients)]
    subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(database), *command],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    database = demo_database("peeldesk-docs-", patients=400)
    work = database.parent
    qm_dir = work / "qm"
    release_translations(qm_dir)

    from desktop.app import create_application
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.settings import store as clinic_settings
    from desktop.services.settings import store as settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.patients.patient_dialog import PatientDialog
    from desktop.ui.settings.settings_dialog import SettingsDialog
    from desktop.ui.shell import i18n
    from desktop.ui.shell.about_dialog import AboutDialog
    from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

    app = create_application()
    i18n.install_language("en")
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    settings.update(ctx, {"clinic_name": "Demo Skin Clinic", "clinic_phone": "+90 212 555 01 23"})
    out = args.out

    window = MainWindow(ctx)
    window.resize(1000, 620)
    window.show()
    page = window.search_page
    page.search_box.setText("ay")
    settle(app, 400, until=lambda: page.model.rowCount() > 0)
    save(window, out, "search.png")

    patient_id = page.selected_patient_id()
    assert patient_id is not None, "the demo data should match 'ay'"
    window.open_patient(patient_id)
    settle(app, 300)
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, PatientDialog) and w.isVisible()]
    dialog = dialogs[0]
    dialog.resize(620, 760)
    settle(app, 200)
    save(dialog, out, "patient-form.png")
    dialog._initial = dialog._values()
    dialog.done(0)

    shoot_form_errors(app, window, "Zeynep Aydın", out, "new-patient-errors.png")

    from payment_screenshots import patient_with_a_course, shoot_payments

    paying = patient_with_a_course(ctx)
    shoot_payments(app, window, paying, out, "", settle, save)
    window.resize(1000, 620)

    for kind, name, build in (
        (ShortcutsDialog, "shortcuts.png", lambda: ShortcutsDialog(window)),
        (SettingsDialog, "settings.png", lambda: SettingsDialog(ctx, window)),
        (AboutDialog, "about.png", lambda: AboutDialog(window)),
    ):
        shown = build()
        assert isinstance(shown, kind)
        shown.show()
        settle(app, 300)
        save(shown, out, name)
        shown.done(0)
    shoot_comparison(app, window, out)

    # The same start screen in Turkish (Settings → Interface language → Türkçe).
    saved = clinic_settings.load(ctx)
    clinic_settings.save(ctx, type(saved)(**{**saved.__dict__, "ui_language": "tr"}), saved)
    i18n.install_language("tr", qm_dir)
    turkish = MainWindow(ctx)
    turkish.resize(1000, 620)
    turkish.show()
    turkish.search_page.search_box.setText("ay")
    settle(app, 400, until=lambda: turkish.search_page.model.rowCount() > 0)
    save(turkish, out, "search-tr.png")

    # The service's messages under the fields, in Turkish too.
    shoot_form_errors(app, turkish, "İpek Şahin", out, "new-patient-errors-tr.png")
    shoot_payments(app, turkish, paying, out, "-tr", settle, save)

    for main_window in (window, turkish):
        main_window.tasks.wait()
        main_window.hide()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
