"""Screenshots of the calendar (day and week views, English and Turkish, 1100×720 and a
maximised 1920×1080; the day by laser device at 1100×720) for docs/user-guide.md, from a
demo database.

    timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/calendar_screenshots.py
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from docs_screenshots import demo_database, release_translations, save, settle  # noqa: E402


def main() -> int:
    out = ROOT / "docs" / "images"
    database = demo_database("peeldesk-calendar-", patients=200)
    qm_dir = database.parent / "qm"
    release_translations(qm_dir)
    from desktop.app import create_application
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.sessions import schedule
    from desktop.ui.sessions.calendar_page import CalendarPage
    from desktop.ui.shell import i18n

    app = create_application()
    db = open_database(f"sqlite:///{database}")
    ctx = make_context(db)
    today = ctx.today()
    week = schedule.sessions_of_days(ctx, today - timedelta(days=today.weekday()), 7)
    busiest = Counter(s.starts_at.astimezone(ctx.zone).date() for s in week).most_common(1)
    day = busiest[0][0] if busiest else today
    for language in ("en", "tr"):
        i18n.install_language(language, qm_dir)
        for size, suffix in (((1100, 720), ""), ((1920, 1040), "-max")):
            page = CalendarPage(ctx)
            page.resize(*size)
            page.show()
            page.show_day(day)
            settle(app, 200)
            save(page, out, f"calendar-day-{language}{suffix}.png")
            if not suffix:  # by laser device: the CO2 laser's service-due banner
                page.grouping.setCurrentIndex(2)
                settle(app, 200)
                save(page, out, f"calendar-devices-{language}.png")
                page.grouping.setCurrentIndex(0)
            page.mode.setCurrentIndex(1)
            settle(app, 200)
            save(page, out, f"calendar-week-{language}{suffix}.png")
            page.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
