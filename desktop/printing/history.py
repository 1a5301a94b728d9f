"""The printable treatment history of one patient (for the physician's file)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.printing.layout import (
    FONT_BOLD,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)

if TYPE_CHECKING:  # plain data in: the DTOs are frozen dataclasses
    from desktop.services.history import PatientHistory

STATUS = {"planned": "Planned", "done": "Done", "cancelled": "Cancelled", "no_show": "No-show"}
ANAESTHESIA = {"none": "none", "topical": "topical cream", "local": "local injection"}
FOLLOW_UP = {"day_3_4": "Day 3–4 check", "week_1": "One-week review", "other": "Follow-up"}
GRID = colors.HexColor("#c9d3d4")
HEAD_BG = colors.HexColor("#e8eff0")


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def _words(codes) -> str:
    return ", ".join(code.replace("_", " ") for code in codes)


def _table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def build_history_pdf(
    history: PatientHistory,
    *,
    clinic: ClinicIdentity,
    zone: tzinfo,
    printed_at: datetime,
) -> bytes:
    """Every session newest first, with areas, depths and follow-ups, after a per-area summary."""
    s = styles()
    width = content_width()
    meta = DocumentMeta(
        title="Treatment history",
        language="en",
        clinic=clinic,
        subject=history.patient_name,
        footer_note=f"Printed {printed_at.astimezone(zone):%d.%m.%Y %H:%M} · confidential",
    )
    facts = []
    if history.birth_date:
        facts.append(f"born {history.birth_date:%d.%m.%Y}")
    if history.skin_type:
        facts.append(f"skin type {['I', 'II', 'III', 'IV', 'V', 'VI'][history.skin_type - 1]}")
    facts.append(
        f"{len(history.sessions)} of {history.total_sessions} sessions shown"
        if len(history.sessions) != history.total_sessions
        else f"{history.total_sessions} sessions"
    )
    flt = history.filter
    if flt.date_from or flt.date_to:
        low = f"{flt.date_from:%d.%m.%Y}" if flt.date_from else "…"
        high = f"{flt.date_to:%d.%m.%Y}" if flt.date_to else "…"
        facts.append(f"dates {low} – {high}")
    if flt.area_id is not None:
        names = dict(history.areas_on_file)
        facts.append(f"area: {names.get(flt.area_id, '?')}")
    story: list = [
        Paragraph(f"Treatment history — {escape(history.patient_name)}", s["title"]),
        _p(" · ".join(facts), "body"),
        Paragraph("Summary by area", s["h2"]),
    ]
    if history.area_summary:
        rows = [[_p("Area", "cell_bold"), _p("Sessions", "cell_bold"),
                 _p("Last depth", "cell_bold"), _p("Last date", "cell_bold")]]  # fmt: skip
        for item in history.area_summary:
            rows.append(
                [
                    _p(item.name_en),
                    _p(str(item.sessions), "cell_right"),
                    _p(f"{item.last_depth_um} µm" if item.last_depth_um else "—", "cell_right"),
                    _p(f"{item.last_on:%d.%m.%Y}" if item.last_on else "—"),
                ]
            )
        story.append(_table(rows, [width * 0.46, width * 0.16, width * 0.18, width * 0.20]))
    else:
        story.append(_p("No treatment recorded as done yet.", "body"))

    story.append(Paragraph("Sessions, newest first", s["h2"]))
    if not history.sessions:
        story.append(_p("No sessions match.", "body"))
    for item in history.sessions:
        when = item.starts_at.astimezone(zone)
        head = (
            f"<b>{when:%d.%m.%Y %H:%M}</b> · {STATUS.get(item.status, item.status)} · "
            f"{escape(item.physician_name)} · {item.duration_minutes} min"
        )
        block: list = [Spacer(1, 3 * mm), Paragraph(head, s["body"])]
        rows = [[_p(h, "cell_bold") for h in
                 ("Area", "cm²", "Depth", "Passes", "Device / mode", "Fluence / spot", "Reaction")]]  # fmt: skip
        for area in item.areas:
            settings = " / ".join(x for x in (area.device, area.mode) if x)
            beam = " / ".join(
                x
                for x in (
                    f"{area.fluence_j_cm2} J/cm²" if area.fluence_j_cm2 is not None else "",
                    f"{area.spot_size_mm} mm" if area.spot_size_mm is not None else "",
                )
                if x
            )
            rows.append(
                [
                    _p(area.name_en),
                    _p(f"{area.size_cm2.normalize():f}", "cell_right"),
                    _p(f"{area.depth_um} µm" if area.depth_um else "—", "cell_right"),
                    _p(str(area.passes) if area.passes else "—", "cell_right"),
                    _p(settings),
                    _p(beam),
                    _p(area.immediate_reaction),
                ]
            )
        fractions = (0.19, 0.08, 0.1, 0.1, 0.18, 0.16, 0.19)
        block.append(_table(rows, [width * f for f in fractions]))
        lines = []
        if item.status == "done":
            lines.append(f"Anaesthesia: {ANAESTHESIA.get(item.anaesthesia, item.anaesthesia)}")
        if item.indications:
            lines.append(f"Indications: {_words(item.indications)}")
        if item.combined_procedures:
            lines.append(f"Combined with: {_words(item.combined_procedures)}")
        if item.follow_up_on:
            lines.append(f"Follow-up planned: {item.follow_up_on:%d.%m.%Y}")
        if lines:
            block.append(_p(" · ".join(lines), "cell"))
        if item.notes:
            block.append(_p(f"Notes: {item.notes}", "cell"))
        for note in item.follow_ups:
            parts = [
                f"{FOLLOW_UP.get(note.kind, note.kind)} "
                f"({note.recorded_at.astimezone(zone):%d.%m.%Y})"
            ]
            if note.reaction:
                parts.append(f"reaction: {note.reaction}")
            if note.healing:
                parts.append(f"healing: {note.healing}")
            if note.adverse_events:
                parts.append(f"adverse events: {_words(note.adverse_events)}")
            if note.notes:
                parts.append(note.notes)
            block.append(_p("↳ " + "; ".join(parts), "cell"))
        story.append(KeepTogether(block))
    return build_pdf(meta, story)
