"""Screenshots of the Photos tab in a patient's history (docs/user-guide.md), in English and
Turkish, from the real window on a demo database with made-up skin photos.

Run on a real X server, always with a timeout (a stray dialog would wait forever):
    timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/photo_screenshots.py

Writes docs/images/photos-grid.png and photos-grid-tr.png: the grid by session and area with
badges, two photos marked for comparison and the incoming photos folder listing two files.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from docs_screenshots import demo_database, release_translations, save, settle  # noqa: E402


def skin_photo(seed: int, spots: int, redness: float) -> bytes:
    """A made-up close-up of skin: a warm tone with soft brown spots, reddened after a peel."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    image = Image.new("RGB", (640, 480), (224, 182, 152))
    light = Image.radial_gradient("L").resize((640, 480))  # lit in the middle, darker around
    image = Image.composite(Image.new("RGB", (640, 480), (196, 148, 120)), image, light)
    draw = ImageDraw.Draw(image)
    for _ in range(spots):
        x, y, r = rng.randint(40, 600), rng.randint(40, 440), rng.randint(5, 16)
        tone = rng.randint(125, 165)
        draw.ellipse(
            (x - r, y - r * 0.8, x + r, y + r * 0.8), fill=(tone + 25, tone - 5, tone - 40)
        )
    image = image.filter(ImageFilter.GaussianBlur(3))
    if redness:
        image = Image.blend(image, Image.new("RGB", image.size, (214, 96, 96)), redness)
    noise = Image.effect_noise((640, 480), 20).convert("RGB")
    image = Image.blend(image, noise, 0.05)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    database = demo_database("peeldesk-photo-shots-", patients=40)
    qm_dir = database.parent / "qm"
    release_translations(qm_dir)

    from desktop.app import create_application
    from desktop.services.accounts.staff import StaffInput, create_staff
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.context import Actor
    from desktop.services.consent.signature_input import SignatureInput
    from desktop.services.consent.signing import sign_consent
    from desktop.services.consent.templates import current_template
    from desktop.services.photos.grid_data import photo_sheet
    from desktop.services.photos.importing import import_photo
    from desktop.services.sessions.history import patient_history
    from desktop.services.settings import store as settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.photos.grid_panel import PhotoPanel
    from desktop.ui.sessions.feature import SessionsFeature
    from desktop.ui.shell import i18n

    app = create_application()
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    inbox = Path(tempfile.mkdtemp(prefix="peeldesk-inbox-"))
    for name in ("IMG_2041.JPG", "IMG_2042.JPG"):
        (inbox / name).write_bytes(skin_photo(7, 12, 0))
    settings.update(ctx, {"clinic_name": "Demo Skin Clinic", "photo_inbox_folder": str(inbox)})
    doctor = create_staff(ctx, StaffInput("selin", "Dr. Selin Aydın", "physician"))
    ctx.actor = Actor(doctor.id, doctor.full_name, doctor.role)

    # The demo patient with the most sessions done, consenting to clinical photography.
    def done_sessions(pid: int) -> int:
        return sum(s.status == "done" for s in patient_history(ctx, pid).sessions)

    patient_id = max(range(1, 41), key=done_sessions)
    template = current_template(ctx, "photography", "tr")
    from consent_screenshots import pen_signature

    strokes = [[list(p) for p in stroke] for stroke in pen_signature()]
    pad = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (300, 100), "white").save(pad, format="PNG")
    sign_consent(ctx, patient_id, template.id, SignatureInput(strokes, pad.getvalue()), doctor.id)
    sheet = photo_sheet(ctx, patient_id)
    done = [s.id for s in sheet.sessions if s.status == "done"][-4:]  # the latest four done
    targets = [t for t in sheet.targets if t.session_id in done]
    for n, target in enumerate(targets):
        spots = max(30 - 7 * done.index(target.session_id), 4)
        area = target.session_area_id
        import_photo(ctx, area, "before", "front", skin_photo(n, spots, 0), "a.jpg")
        import_photo(ctx, area, "after", "front", skin_photo(n, spots, 0.25), "b.jpg")
        if n % 2 == 0:
            import_photo(ctx, area, "follow_up", "left_45", skin_photo(n + 99, spots, 0), "c.jpg")
    for language, name in (("en", "photos-grid.png"), ("tr", "photos-grid-tr.png")):
        i18n.install_language(language, qm_dir)
        window = MainWindow(ctx)
        window.resize(1180, 760)
        window.show()
        page = window.feature(SessionsFeature).open_history(patient_id)
        assert page is not None and page.section_tabs is not None
        panel = next(w for w in page.sections if isinstance(w, PhotoPanel))
        page.section_tabs.setCurrentWidget(panel)

        def loaded(shown: PhotoPanel = panel) -> bool:
            return shown.sheet is not None

        settle(app, 600, until=loaded)
        grid = panel.grid
        first = grid.current_cell()
        assert first is not None and first.photos
        for photo in first.photos[:2]:  # before and after of the latest session
            grid.toggle_mark(photo.id)
        grid.setFocus()
        settle(app, 400)
        save(window, args.out, name)
        window.tasks.wait()
        window.hide()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
