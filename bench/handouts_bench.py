"""Build time per handout sheet vs LibreOffice headless converting an equivalent .odt to PDF.

What is compared, in one run on one machine:
- PeelDesk: the whole service call ``build_aftercare`` / ``build_pretreatment``
  (read the session, load the templates, compute the dates, lay out, embed
  the font, return PDF bytes), median of ``--runs`` calls, warm process.
- LibreOffice: ``soffice --headless --convert-to pdf sheet.odt``, one process
  per document (what a clinic does today with a Writer template), median of
  ``--lo-runs`` conversions after one warm-up. The .odt holds the same text
  and structure (title, info table, headings, paragraphs, bullet lists, the
  timeline table): it is made once, untimed, by LibreOffice from an HTML
  rendering of the very sheet PeelDesk printed.

Run: .venv/bin/python bench/handouts_bench.py [--runs 40] [--lo-runs 5]
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from db.models import SessionArea, Staff, TreatmentArea, TreatmentSession
from desktop.printing import aftercare as aftercare_print
from desktop.printing import pretreatment as pretreatment_print
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.handouts import sheets as handouts
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.settings import store as settings


def _setup(folder: Path) -> tuple[ServiceContext, dict[tuple[str, str], int]]:
    from zoneinfo import ZoneInfo

    database = open_database(f"sqlite:///{folder}/bench.sqlite3")
    ctx = ServiceContext(database, zone=ZoneInfo("Europe/Istanbul"))
    settings.update(
        ctx,
        {
            "clinic_name": "Işıltı Cilt Kliniği",
            "clinic_address": "Bağdat Cad. 12, Kadıköy, İstanbul",
            "clinic_phone": "+90 216 555 01 23",
        },
    )
    sessions = {}
    for language, (given, family) in {
        "en": ("Emily", "O'Brien"),
        "tr": ("Şükrü İsmail", "Işıkoğlu"),
    }.items():
        pid = patients.register_patient(
            ctx, PatientInput(given_name=given, family_name=family, language=language)
        ).id
        with database.write() as session:
            physician = session.scalar(select(Staff).where(Staff.username == "dr.bench"))
            if physician is None:
                physician = Staff(username="dr.bench", full_name="Dr. Bench", role="physician")
                session.add(physician)
                session.flush()
            areas = {a.code: a for a in session.scalars(select(TreatmentArea))}
            for document, status, when in (
                ("aftercare", "done", datetime(2026, 11, 25, 8, 30, tzinfo=UTC)),
                ("pretreatment", "planned", datetime(2026, 12, 9, 11, 0, tzinfo=UTC)),
            ):
                treatment = TreatmentSession(
                    patient_id=pid,
                    physician_id=physician.id,
                    starts_at=when,
                    status=status,
                    duration_minutes=45,
                    aftercare_products=json.dumps(["Healing cream, 3× a day", "SPF 50+"]),
                    areas=[
                        SessionArea(area_id=areas[c].id, size_cm2=Decimal("50"), depth_um=d)
                        for c, d in (("forehead", 40), ("eye_contour", 90), ("cheeks", 60))
                    ],
                )
                session.add(treatment)
                session.flush()
                sessions[(document, language)] = treatment.id
    return ctx, sessions


def _html(sheet: Any, info: list[tuple[str, str]]) -> str:  # an aftercare or pre-treatment sheet
    """The sheet's content as HTML (title, info table, headings, paragraphs, lists, tables)."""

    def text_html(text: str) -> str:
        out, bullets = [], []
        for block in text.split("\n\n"):
            for line in block.split("\n"):
                if line.startswith("- "):
                    bullets.append(f"<li>{html.escape(line[2:])}</li>")
                else:
                    if bullets:
                        out.append("<ul>" + "".join(bullets) + "</ul>")
                        bullets = []
                    out.append(f"<p>{html.escape(line)}</p>")
        if bullets:
            out.append("<ul>" + "".join(bullets) + "</ul>")
        return "".join(out)

    parts = [
        "<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';"
        "font-size:9pt}</style></head><body>",
        f"<p>{html.escape(sheet.clinic.name)}<br>{html.escape(sheet.clinic.address)} · "
        f"{html.escape(sheet.clinic.phone)}</p>",
        f"<h1>{html.escape(sheet.title)}</h1><table>",
        *(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in info),
        "</table>",
        text_html(sheet.intro),
    ]
    for block in sheet.blocks:
        if block.heading:
            parts.append(f"<h2>{html.escape(block.heading)}</h2>")
        parts.append(text_html(block.text))
        if block.items:
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block.items))
            parts.append("</ul>")
        if block.rows:
            parts.append("<table border='1'>")
            parts += [
                f"<tr><td><b>{html.escape(a)}</b></td><td>{text_html(b)}</td></tr>"
                for a, b in block.rows
            ]
            parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


SheetT = TypeVar("SheetT")
SheetT_contra = TypeVar("SheetT_contra", contravariant=True)


class SheetPrinter(Protocol[SheetT_contra]):
    """build_aftercare_pdf / build_pretreatment_pdf: the sheet in, the PDF out."""

    def __call__(self, sheet: SheetT_contra) -> bytes: ...


def _capture_sheets(
    ctx: ServiceContext, sessions: dict[tuple[str, str], int]
) -> dict[tuple[str, str], str]:
    """Build each sheet once while keeping the dataclass the printer received, as HTML."""
    captured: dict[tuple[str, str], str] = {}
    originals = (aftercare_print.build_aftercare_pdf, pretreatment_print.build_pretreatment_pdf)

    def keep(
        document: str,
        language: str,
        original: SheetPrinter[SheetT],
        info_of: Callable[[SheetT], list[tuple[str, str]]],
    ) -> SheetPrinter[SheetT]:
        def wrapper(sheet: SheetT) -> bytes:
            captured[(document, language)] = _html(sheet, info_of(sheet))
            return original(sheet)

        return wrapper

    try:
        for (document, language), sid in sessions.items():
            if document == "aftercare":
                aftercare_print.build_aftercare_pdf = keep(
                    document,
                    language,
                    originals[0],
                    lambda s: [
                        ("Patient", s.patient_name),
                        ("Date", s.session_date),
                        ("Follow-up", s.follow_up_date),
                    ],
                )
            else:
                pretreatment_print.build_pretreatment_pdf = keep(
                    document,
                    language,
                    originals[1],
                    lambda s: [("Patient", s.patient_name), ("Appointment", s.appointment)],
                )
            handouts.build_handout(ctx, document, sid)
    finally:
        aftercare_print.build_aftercare_pdf, pretreatment_print.build_pretreatment_pdf = originals
    return captured


def _soffice(args: list[str], profile: Path, cwd: Path) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=180,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--lo-runs", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="copy both PDFs of each sheet here")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ctx, sessions = _setup(folder)
        sheets = _capture_sheets(ctx, sessions)
        profile = folder / "lo-profile"
        results = []
        for (document, language), sid in sessions.items():
            # Warm-up (as for LibreOffice below); its PDF is the one kept with --keep.
            built = handouts.build_handout(ctx, document, sid)
            timings = []
            for _ in range(args.runs):
                started = time.perf_counter()
                handouts.build_handout(ctx, document, sid)
                timings.append(time.perf_counter() - started)
            ours = statistics.median(timings)
            name = f"{document}-{language}"
            (folder / f"{name}.html").write_text(sheets[(document, language)], encoding="utf-8")
            _soffice(
                ["--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8", f"{name}.html"],
                profile,
                folder,
            )
            odt = folder / f"{name}.odt"
            _soffice(["--convert-to", "pdf", odt.name], profile, folder)  # warm-up
            lo_timings = []
            for _ in range(args.lo_runs):
                (folder / f"{name}.pdf").unlink(missing_ok=True)
                started = time.perf_counter()
                _soffice(["--convert-to", "pdf", odt.name], profile, folder)
                lo_timings.append(time.perf_counter() - started)
            lo = statistics.median(lo_timings)
            if args.keep:
                Path(args.keep, f"{name}-peeldesk.pdf").write_bytes(built.pdf)
                shutil.copy(folder / f"{name}.pdf", Path(args.keep, f"{name}-libreoffice.pdf"))
            results.append(
                (name, ours, lo, len(built.pdf), (folder / f"{name}.pdf").stat().st_size)
            )
        ctx.database.dispose()
    print(
        f"{'sheet':<18}{'PeelDesk ms':>12}{'LibreOffice ms':>16}{'ratio LO/ours':>15}"
        f"{'PDF kB ours/LO':>18}"
    )
    for name, ours, lo, size, lo_size in results:
        print(
            f"{name:<18}{ours * 1000:>12.1f}{lo * 1000:>16.0f}{lo / ours:>15.1f}"
            f"{f'{size / 1024:.0f}/{lo_size / 1024:.0f}':>18}"
        )
    print(f"(medians: PeelDesk of {args.runs} builds, LibreOffice of {args.lo_runs} conversions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
