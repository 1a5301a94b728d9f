"""The printable treatment history of one patient (for the physician's file).

Printed in Turkish or English (the interface language by default, chosen by the caller):
every heading, column title, stored code, date and area name comes in that language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import cache
from html import escape
from typing import TYPE_CHECKING, Protocol

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import (
    format_local_datetime,
    format_long_date,
    format_number,
    format_short_date,
    format_time,
    name_in,
)
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    FONT,
    FONT_BOLD,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)
from desktop.printing.words import document_language, printed, printed_word, translated

if TYPE_CHECKING:  # plain data in: the DTOs are frozen dataclasses
    from desktop.services.sessions.history import PatientHistory


class NamedInEveryLanguage(Protocol):
    """An area DTO: every one carries the catalog name per language."""

    @property
    def names(self) -> Mapping[str, str]: ...


# Codes whose shared printout word (code_labels) means something else in a history.
_CODE_WORDS: dict[str, str] = {
    "other": printed_word("Other follow-up"),  # follow-up kind, not a sex
}
FRAME_PADDING = 6  # ReportLab's Frame default, used by layout.build_pdf
ROMAN = ("I", "II", "III", "IV", "V", "VI")
GRID = colors.HexColor("#c9d3d4")
HEAD_BG = colors.HexColor("#e8eff0")


def code_word(code: str, language: str) -> str:
    """The printed word for a stored code (status, anaesthesia, indication, follow-up...)."""
    if code in _CODE_WORDS:
        return translated(_CODE_WORDS[code], language)
    return label(code, language)


def area_name(item: NamedInEveryLanguage, language: str) -> str:
    """An area's catalog name in ``language`` (DTOs carry the name per language)."""
    return name_in(language, item.names)


def _name_key(name: str, language: str) -> tuple:
    """Sort key for area names in the language's alphabet order (Turkish: ç after c, ı before i).

    The alphabet is a printed word its translator writes out; other characters sort after
    its letters. An alphabet with a dotless ı pairs the capitals as Turkish does (I ı, İ i).
    """
    alphabet = printed("abcdefghijklmnopqrstuvwxyz", language)
    if "ı" in alphabet:
        name = name.replace("I", "ı").replace("İ", "i")
    rank = {letter: index for index, letter in enumerate(alphabet)}
    return tuple((rank[ch], "") if ch in rank else (99, ch) for ch in name.lower())


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


@cache
def _styles() -> dict[str, ParagraphStyle]:
    shared = styles()
    # Follow-up notes: wrapped lines start under the text, not under the arrow.
    hanging = ParagraphStyle("hanging", parent=shared["cell"], leftIndent=10, firstLineIndent=-10)
    return {**shared, "hanging": hanging}


def _codes(codes: Iterable[str], language: str) -> str:
    return ", ".join(code_word(code, language) for code in codes)


def _table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's cell default is Helvetica
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                # Narrow side padding: "Derinlik", "Passes", "1,25 J/cm² / 5 mm" fit unbroken.
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _facts(history: PatientHistory, language: str) -> list[str]:
    facts = []
    if history.birth_date:
        born = format_long_date(history.birth_date, language)
        facts.append(printed("born {date}", language, date=born))
    if history.skin_type:
        roman = ROMAN[history.skin_type - 1]
        facts.append(printed("Fitzpatrick skin type {type}", language, type=roman))
    shown, total = len(history.sessions), history.total_sessions
    if shown != total:
        facts.append(
            printed("{shown} of {total} sessions shown", language, shown=shown, total=total)
        )
    elif total == 1:
        facts.append(printed("1 session", language))
    else:
        facts.append(printed("{total} sessions", language, total=total))
    flt = history.filter
    if flt.date_from or flt.date_to:
        low = format_short_date(flt.date_from) or "…"
        high = format_short_date(flt.date_to) or "…"
        facts.append(printed("dates {low} – {high}", language, low=low, high=high))
    if flt.area_id is not None:
        names = dict(history.areas_on_file).get(flt.area_id)
        name = name_in(language, names) if names else "?"
        facts.append(printed("area: {name}", language, name=name))
    return facts


def _depth(depth_um: int | None) -> str:
    return f"{depth_um} µm" if depth_um else "—"


def _beam(fluence: Decimal | None, spot: Decimal | None, language: str) -> str:
    parts = []
    if fluence is not None:
        parts.append(f"{format_number(fluence, language)} J/cm²")
    if spot is not None:
        parts.append(f"{format_number(spot, language)} mm")
    return " / ".join(parts)


def build_history_pdf(
    history: PatientHistory,
    *,
    clinic: ClinicIdentity,
    zone: tzinfo,
    printed_at: datetime,
    language: str = "en",
) -> bytes:
    """Every session newest first, with areas, depths and follow-ups, after a per-area summary.

    ``language``: the interface passes its own; English if no catalogue is shipped for it.
    """
    language = document_language(language)
    title = printed("Treatment history", language)

    s = styles()
    # The page frame pads its content by 6 pt a side: full-width tables line up with the text.
    width = content_width() - 2 * FRAME_PADDING
    printed_when = format_local_datetime(printed_at, zone)
    meta = DocumentMeta(
        title=title,
        language=language,
        clinic=clinic,
        subject=history.patient_name,
        footer_note=printed("Printed {when} · confidential", language, when=printed_when),
    )
    story: list = [
        Paragraph(f"{escape(title)} — {escape(history.patient_name)}", s["title"]),
        _p(" · ".join(_facts(history, language)), "body"),
        Paragraph(escape(printed("Summary by area", language)), s["h2"]),
    ]
    if history.area_summary:
        heads = (
            printed("Area", language),
            printed("Sessions", language),
            printed("Last depth", language),
            printed("Last date", language),
        )
        rows = [[_p(head, "cell_bold") for head in heads]]
        # Most treated first, then by the printed name.
        ordered = sorted(
            history.area_summary,
            key=lambda item: (-item.sessions, _name_key(area_name(item, language), language)),
        )
        for summary in ordered:
            rows.append(
                [
                    _p(area_name(summary, language)),
                    _p(str(summary.sessions), "cell_right"),
                    _p(_depth(summary.last_depth_um), "cell_right"),
                    _p(format_short_date(summary.last_on) or "—"),
                ]
            )
        story.append(_table(rows, [width * 0.46, width * 0.16, width * 0.18, width * 0.20]))
    else:
        story.append(_p(printed("No treatment recorded as done yet.", language), "body"))

    story.append(Paragraph(escape(printed("Sessions, newest first", language)), s["h2"]))
    if not history.sessions:
        story.append(_p(printed("No sessions match.", language), "body"))
    columns = (
        printed("Area", language),
        "cm²",
        printed("Depth", language),
        printed("Passes", language),
        printed("Device / mode", language),
        printed("Fluence / spot", language),
        printed("Reaction", language),
    )
    fractions = (0.2, 0.07, 0.1, 0.09, 0.175, 0.19, 0.175)
    for session in history.sessions:
        when = session.starts_at.astimezone(zone)
        minutes = printed("{minutes} min", language, minutes=session.duration_minutes)
        head = (
            f"<b>{escape(format_long_date(when.date(), language))}, {format_time(when)}</b> · "
            f"{escape(code_word(session.status, language))} · {escape(session.physician_name)} · "
            f"{escape(minutes)}"
        )
        block: list = [Spacer(1, 3 * mm), Paragraph(head, s["body"])]
        rows = [[_p(column, "cell_bold") for column in columns]]
        for area in session.areas:
            rows.append(
                [
                    _p(area_name(area, language)),
                    _p(format_number(area.size_cm2, language), "cell_right"),
                    _p(_depth(area.depth_um), "cell_right"),
                    _p(str(area.passes) if area.passes else "—", "cell_right"),
                    _p("\n".join(x for x in (area.device, area.mode) if x)),
                    _p(_beam(area.fluence_j_cm2, area.spot_size_mm, language)),
                    _p(area.immediate_reaction),
                ]
            )
        block.append(_table(rows, [width * f for f in fractions]))
        block.append(Spacer(1, 1 * mm))
        lines = []
        if session.status == "done":
            anaesthesia = code_word(session.anaesthesia, language)
            lines.append(printed("Anaesthesia: {text}", language, text=anaesthesia))
        if session.indications:
            indications = _codes(session.indications, language)
            lines.append(printed("Indications: {text}", language, text=indications))
        if session.combined_procedures:
            combined = _codes(session.combined_procedures, language)
            lines.append(printed("Combined with: {text}", language, text=combined))
        if session.follow_up_on:
            planned = format_short_date(session.follow_up_on)
            lines.append(printed("Follow-up planned: {date}", language, date=planned))
        if lines:
            block.append(_p(" · ".join(lines), "cell"))
        if session.notes:
            block.append(_p(printed("Notes: {text}", language, text=session.notes), "cell"))
        for note in session.follow_ups:
            recorded = format_short_date(note.recorded_at.astimezone(zone).date())
            parts = [f"{code_word(note.kind, language)} ({recorded})"]
            if note.reaction:
                parts.append(printed("reaction: {text}", language, text=note.reaction))
            if note.healing:
                parts.append(printed("healing: {text}", language, text=note.healing))
            if note.adverse_events:
                adverse = _codes(note.adverse_events, language)
                parts.append(printed("adverse events: {text}", language, text=adverse))
            if note.notes:
                parts.append(note.notes)
            block.append(_p("↳ " + "; ".join(parts), "hanging"))
        story.append(KeepTogether(block))
    return build_pdf(meta, story)
