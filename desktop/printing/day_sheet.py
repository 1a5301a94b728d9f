"""The day sheet: one physician's or one room's day on one A4 page, for the desk.

Each session in time order (time–end, patient and file number, areas, room and device — or
the physician on a room's sheet —, status) with an empty column for handwritten notes, the
free stretches of the day between them, and the totals. A full day fits one page: rows get
smaller until the table fits; only a day that cannot fit even then runs onto a second page:
its footer says so, and the later pages' header says "continued".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_local_datetime, format_time, format_weekday_date, name_in
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    FONT,
    FONT_BOLD,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MUTED,
    PAGE_SIZE,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    register_fonts,
    styles,
)
from desktop.printing.words import document_language, printed

if TYPE_CHECKING:  # plain data in: the DTOs are frozen dataclasses
    from desktop.services.sessions.day_sheet import DaySheet, DaySheetRow, FreeGap

FRAME_PADDING = 6  # ReportLab's Frame default, used by layout.build_pdf
GRID = colors.HexColor("#c9d3d4")
HEAD_BG = colors.HexColor("#e8eff0")
FREE_BG = colors.HexColor("#f3f7f3")
CANCELLED = colors.HexColor("#8a8f90")
# Column shares of the table width: time, patient, file number, areas, where, status, notes.
FRACTIONS = (0.135, 0.19, 0.06, 0.19, 0.17, 0.12, 0.135)


@dataclass(frozen=True)
class _Size:
    font: float
    leading: float
    padding: float


# Largest first: the first that lets the whole day fit one page is used.
SIZES = (
    _Size(9, 11.5, 3.5),
    _Size(8.5, 10.5, 2.5),
    _Size(8, 9.5, 2),
    _Size(7.5, 8.8, 1.5),
    _Size(7, 8.2, 1.2),
    _Size(6.5, 7.6, 1),
)


def build_day_sheet_pdf(
    sheet: DaySheet,
    *,
    clinic: ClinicIdentity,
    zone: tzinfo,
    printed_at: datetime,
    language: str = "en",
) -> bytes:
    language = document_language(language)
    title = printed("Day sheet", language)
    day = format_weekday_date(sheet.day, language)
    when = format_local_datetime(printed_at, zone)
    footer = printed("Printed {when}", language, when=when)
    story: list[Flowable] = []
    for size in SIZES:
        story = _story(sheet, title, day, zone, language, size)
        if _fits_one_page(story):
            break
    else:
        footer = printed(
            "Printed {when} · the day did not fit one page",
            language,
            when=when,
        )
    meta = DocumentMeta(
        title=title,
        language=language,
        clinic=clinic,
        subject=f"{sheet.subject_name} — {day}",
        footer_note=footer,
    )
    return build_pdf(meta, story)


def _fits_one_page(story: list[Flowable]) -> bool:
    width = content_width() - 2 * FRAME_PADDING
    height = PAGE_SIZE[1] - (HEADER_HEIGHT + 4 * mm) - (FOOTER_HEIGHT + 4 * mm) - 2 * FRAME_PADDING
    used = 0.0
    for flowable in story:
        _w, h = flowable.wrap(width, height)
        used += float(h) + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return bool(used <= height)


def _story(
    sheet: DaySheet, title: str, day: str, zone: tzinfo, language: str, size: _Size
) -> list[Flowable]:
    s = styles()
    who = (
        printed("Physician: {name}", language, name=sheet.subject_name)
        if sheet.kind == "physician"
        else printed("Room: {name}", language, name=sheet.subject_name)
    )
    story: list[Flowable] = [
        Paragraph(f"{escape(title)} — {escape(day)}", s["title"]),
        Paragraph(f"<b>{escape(who)}</b>", s["body"]),
    ]
    if sheet.rows:
        story.append(_table(sheet, zone, language, size))
    else:
        story.append(Paragraph(escape(printed("No sessions booked.", language)), s["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(_totals(sheet, language)), s["body"]))
    return story


def _duration(minutes: int, language: str) -> str:
    if minutes < 60:
        return printed("{minutes} min", language, minutes=minutes)
    if minutes % 60 == 0:
        return printed("{hours} h", language, hours=minutes // 60)
    return printed("{hours} h {minutes} min", language, hours=minutes // 60, minutes=minutes % 60)


def _totals(sheet: DaySheet, language: str) -> str:
    minutes = sheet.booked_minutes
    count = sheet.session_count
    if count == 1:
        sessions = printed("1 session", language)
    else:
        sessions = printed("{total} sessions", language, total=count)
    free = sum(gap.minutes for gap in sheet.gaps)
    return printed(
        "Total: {sessions}, {booked} booked; free: {free}",
        language,
        sessions=sessions,
        booked=_duration(minutes, language) if minutes else printed("nothing", language),
        free=_duration(free, language) if free else printed("nothing", language),
    )


def _cell_styles(size: _Size) -> dict[str, ParagraphStyle]:
    register_fonts()
    cell = ParagraphStyle(
        f"day_cell_{size.font}",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=size.font,
        leading=size.leading,
    )
    return {
        "cell": cell,
        "bold": ParagraphStyle(f"day_bold_{size.font}", parent=cell, fontName=FONT_BOLD),
        "muted": ParagraphStyle(f"day_muted_{size.font}", parent=cell, textColor=CANCELLED),
        "free": ParagraphStyle(
            f"day_free_{size.font}",
            parent=cell,
            fontName=FONT,
            fontSize=size.font - 0.5,
            leading=size.leading - 0.5,
            textColor=MUTED,
        ),
    }


def _span(starts: datetime, ends: datetime, zone: tzinfo) -> str:
    return f"{format_time(starts.astimezone(zone))}–{format_time(ends.astimezone(zone))}"


def _table(sheet: DaySheet, zone: tzinfo, language: str, size: _Size) -> Table:
    st = _cell_styles(size)

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), st[style])

    where_head = (
        printed("Room / device", language)
        if sheet.kind == "physician"
        else printed("Physician / device", language)
    )
    heads = (
        printed("Time", language),
        printed("Patient", language),
        printed("No.", language),
        printed("Areas", language),
        where_head,
        printed("Status", language),
        printed("Notes", language),
    )
    rows: list[list] = [[p(head, "bold") for head in heads]]
    commands: list[tuple] = []
    # Sessions and free stretches in one time order (a gap before the session it ends at).
    entries: list[tuple[datetime, int, DaySheetRow | None, FreeGap | None]] = [
        (row.starts_at, 1, row, None) for row in sheet.rows
    ]
    entries += [(gap.starts_at, 0, None, gap) for gap in sheet.gaps]
    for _at, _order, entry, gap in sorted(entries, key=lambda e: (e[0], e[1])):
        if gap is not None:
            text = printed("free ({span})", language, span=_duration(gap.minutes, language))
            rows.append([p(_span(gap.starts_at, gap.ends_at, zone), "free"), p(text, "free")])
            rows[-1] += [""] * (len(heads) - 2)
            line = len(rows) - 1
            commands += [
                ("SPAN", (1, line), (-1, line)),
                ("BACKGROUND", (0, line), (-1, line), FREE_BG),
            ]
            continue
        assert entry is not None
        row = entry
        style = "cell" if row.blocks else "muted"
        areas = ", ".join(name_in(language, names) for names in row.areas)
        first = row.room_name if sheet.kind == "physician" else row.physician_name
        where = " / ".join(part for part in (first, row.device_name) if part) or "—"
        rows.append(
            [
                p(_span(row.starts_at, row.ends_at, zone), style),
                p(row.patient_name, style),
                p(row.file_number, style),
                p(areas or "—", style),
                p(where, style),
                p(label(row.status, language), style),
                "",
            ]
        )
    width = content_width() - 2 * FRAME_PADDING
    table = Table(rows, colWidths=[width * f for f in FRACTIONS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's cell default is Helvetica
                ("FONTSIZE", (0, 0), (-1, -1), size.font),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), size.padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size.padding),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *commands,
            ]
        )
    )
    return table
