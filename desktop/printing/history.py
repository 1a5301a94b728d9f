"""The printable treatment history of one patient (for the physician's file).

Printed in Turkish or English (the interface language by default, chosen by the caller):
every heading, column title, stored code, date and area name comes in that language.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal
from functools import cache
from html import escape
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_long_date, format_number, format_short_date, name_in
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    FONT_BOLD,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
    word,
)

if TYPE_CHECKING:  # plain data in: the DTOs are frozen dataclasses
    from desktop.services.sessions.history import PatientHistory

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Treatment history", "tr": "Tedavi geçmişi"},
    "born": {"en": "born {date}", "tr": "doğum tarihi {date}"},
    "skin_type": {"en": "Fitzpatrick skin type {type}", "tr": "Fitzpatrick cilt tipi {type}"},
    "sessions_one": {"en": "1 session", "tr": "1 seans"},
    "sessions_all": {"en": "{total} sessions", "tr": "{total} seans"},
    "sessions_some": {
        "en": "{shown} of {total} sessions shown",
        "tr": "gösterilen: {shown} / {total} seans",
    },
    "dates": {"en": "dates {low} – {high}", "tr": "tarih aralığı {low} – {high}"},
    "area_filter": {"en": "area: {name}", "tr": "bölge: {name}"},
    "summary": {"en": "Summary by area", "tr": "Bölgelere göre özet"},
    "area": {"en": "Area", "tr": "Bölge"},
    "sessions": {"en": "Sessions", "tr": "Seans"},
    "last_depth": {"en": "Last depth", "tr": "Son derinlik"},
    "last_date": {"en": "Last date", "tr": "Son tarih"},
    "nothing_done": {
        "en": "No treatment recorded as done yet.",
        "tr": "Henüz yapıldı olarak kaydedilmiş bir tedavi yok.",
    },
    "sessions_heading": {"en": "Sessions, newest first", "tr": "Seanslar (en yeniden eskiye)"},
    "no_match": {"en": "No sessions match.", "tr": "Seçime uyan seans yok."},
    "minutes": {"en": "{minutes} min", "tr": "{minutes} dk"},
    "size": {"en": "cm²", "tr": "cm²"},
    "depth": {"en": "Depth", "tr": "Derinlik"},
    "passes": {"en": "Passes", "tr": "Geçiş"},
    "device": {"en": "Device / mode", "tr": "Cihaz / mod"},
    "beam": {"en": "Fluence / spot", "tr": "Enerji / spot"},
    "reaction": {"en": "Reaction", "tr": "Reaksiyon"},
    "anaesthesia": {"en": "Anaesthesia: {text}", "tr": "Anestezi: {text}"},
    "indications": {"en": "Indications: {text}", "tr": "Endikasyon: {text}"},
    "combined": {"en": "Combined with: {text}", "tr": "Birlikte uygulanan: {text}"},
    "follow_up_on": {"en": "Follow-up planned: {date}", "tr": "Planlanan kontrol: {date}"},
    "notes": {"en": "Notes: {text}", "tr": "Notlar: {text}"},
    "note_reaction": {"en": "reaction: {text}", "tr": "reaksiyon: {text}"},
    "note_healing": {"en": "healing: {text}", "tr": "iyileşme: {text}"},
    "note_adverse": {"en": "adverse events: {text}", "tr": "istenmeyen etkiler: {text}"},
    "printed": {"en": "Printed {when} · confidential", "tr": "Yazdırılma {when} · gizlidir"},
}
# Codes whose shared printout word (code_labels) means something else in a history.
_CODE_WORDS: dict[str, dict[str, str]] = {
    "other": {"en": "Other follow-up", "tr": "Diğer kontrol"},  # follow-up kind, not a sex
}
FRAME_PADDING = 6  # ReportLab's Frame default, used by layout.build_pdf
ROMAN = ("I", "II", "III", "IV", "V", "VI")
GRID = colors.HexColor("#c9d3d4")
HEAD_BG = colors.HexColor("#e8eff0")


def code_word(code: str, language: str) -> str:
    """The printed word for a stored code (status, anaesthesia, indication, follow-up...)."""
    if code in _CODE_WORDS:
        return word(code, language, _CODE_WORDS)
    return label(code, language)


def area_name(item, language: str) -> str:
    """An area's catalog name in ``language`` (DTOs carry the name per language)."""
    return name_in(language, item.names)


_TURKISH_ORDER = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"


def _name_key(name: str, language: str) -> tuple:
    """Sort key for area names: Turkish alphabet order (ç after c, ı before i) for Turkish."""
    if language != "tr":
        return (name.casefold(),)
    lowered = name.replace("I", "ı").replace("İ", "i").lower()
    return tuple(
        (_TURKISH_ORDER.index(ch), "") if ch in _TURKISH_ORDER else (99, ch) for ch in lowered
    )


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


@cache
def _styles() -> dict[str, ParagraphStyle]:
    shared = styles()
    # Follow-up notes: wrapped lines start under the text, not under the arrow.
    hanging = ParagraphStyle("hanging", parent=shared["cell"], leftIndent=10, firstLineIndent=-10)
    return {**shared, "hanging": hanging}


def _codes(codes, language: str) -> str:
    return ", ".join(code_word(code, language) for code in codes)


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
                # Narrow side padding: "Derinlik", "Passes", "1,25 J/cm² / 5 mm" fit unbroken.
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _facts(history: PatientHistory, language: str) -> list[str]:
    def w(key: str) -> str:
        return word(key, language, WORDS)

    facts = []
    if history.birth_date:
        facts.append(w("born").format(date=format_long_date(history.birth_date, language)))
    if history.skin_type:
        facts.append(w("skin_type").format(type=ROMAN[history.skin_type - 1]))
    shown, total = len(history.sessions), history.total_sessions
    if shown != total:
        facts.append(w("sessions_some").format(shown=shown, total=total))
    else:
        facts.append(w("sessions_one") if total == 1 else w("sessions_all").format(total=total))
    flt = history.filter
    if flt.date_from or flt.date_to:
        low = format_short_date(flt.date_from) or "…"
        high = format_short_date(flt.date_to) or "…"
        facts.append(w("dates").format(low=low, high=high))
    if flt.area_id is not None:
        names = dict(history.areas_on_file).get(flt.area_id, {"en": "?"})
        facts.append(w("area_filter").format(name=name_in(language, names)))
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

    ``language`` ("tr" or "en"): the interface passes its own language.
    """
    language = language if language in ("tr", "en") else "en"

    def w(key: str) -> str:
        return word(key, language, WORDS)

    s = styles()
    # The page frame pads its content by 6 pt a side: full-width tables line up with the text.
    width = content_width() - 2 * FRAME_PADDING
    printed = printed_at.astimezone(zone)
    meta = DocumentMeta(
        title=w("title"),
        language=language,
        clinic=clinic,
        subject=history.patient_name,
        footer_note=w("printed").format(when=f"{printed:%d.%m.%Y %H:%M}"),
    )
    story: list = [
        Paragraph(f"{escape(w('title'))} — {escape(history.patient_name)}", s["title"]),
        _p(" · ".join(_facts(history, language)), "body"),
        Paragraph(escape(w("summary")), s["h2"]),
    ]
    if history.area_summary:
        rows = [
            [_p(w(key), "cell_bold") for key in ("area", "sessions", "last_depth", "last_date")]
        ]
        # Most treated first, then by the printed name.
        ordered = sorted(
            history.area_summary,
            key=lambda item: (-item.sessions, _name_key(area_name(item, language), language)),
        )
        for item in ordered:
            rows.append(
                [
                    _p(area_name(item, language)),
                    _p(str(item.sessions), "cell_right"),
                    _p(_depth(item.last_depth_um), "cell_right"),
                    _p(format_short_date(item.last_on) or "—"),
                ]
            )
        story.append(_table(rows, [width * 0.46, width * 0.16, width * 0.18, width * 0.20]))
    else:
        story.append(_p(w("nothing_done"), "body"))

    story.append(Paragraph(escape(w("sessions_heading")), s["h2"]))
    if not history.sessions:
        story.append(_p(w("no_match"), "body"))
    columns = ("area", "size", "depth", "passes", "device", "beam", "reaction")
    fractions = (0.2, 0.07, 0.1, 0.09, 0.175, 0.19, 0.175)
    for item in history.sessions:
        when = item.starts_at.astimezone(zone)
        head = (
            f"<b>{escape(format_long_date(when.date(), language))}, {when:%H:%M}</b> · "
            f"{escape(code_word(item.status, language))} · {escape(item.physician_name)} · "
            f"{escape(w('minutes').format(minutes=item.duration_minutes))}"
        )
        block: list = [Spacer(1, 3 * mm), Paragraph(head, s["body"])]
        rows = [[_p(w(key), "cell_bold") for key in columns]]
        for area in item.areas:
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
        if item.status == "done":
            lines.append(w("anaesthesia").format(text=code_word(item.anaesthesia, language)))
        if item.indications:
            lines.append(w("indications").format(text=_codes(item.indications, language)))
        if item.combined_procedures:
            lines.append(w("combined").format(text=_codes(item.combined_procedures, language)))
        if item.follow_up_on:
            lines.append(w("follow_up_on").format(date=format_short_date(item.follow_up_on)))
        if lines:
            block.append(_p(" · ".join(lines), "cell"))
        if item.notes:
            block.append(_p(w("notes").format(text=item.notes), "cell"))
        for note in item.follow_ups:
            recorded = format_short_date(note.recorded_at.astimezone(zone).date())
            parts = [f"{code_word(note.kind, language)} ({recorded})"]
            if note.reaction:
                parts.append(w("note_reaction").format(text=note.reaction))
            if note.healing:
                parts.append(w("note_healing").format(text=note.healing))
            if note.adverse_events:
                parts.append(w("note_adverse").format(text=_codes(note.adverse_events, language)))
            if note.notes:
                parts.append(note.notes)
            block.append(_p("↳ " + "; ".join(parts), "hanging"))
        story.append(KeepTogether(block))
    return build_pdf(meta, story)
