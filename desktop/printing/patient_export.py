"""The readable PDF of a patient's data export (access request). Plain data in, PDF out."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.printing.layout import (
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)

_PATIENT_FIELDS = (
    ("given_name", "Given name"),
    ("family_name", "Family name"),
    ("birth_date", "Birth date"),
    ("sex", "Sex"),
    ("phone_e164", "Phone"),
    ("email", "E-mail"),
    ("language", "Language"),
    ("skin_type", "Skin type (Fitzpatrick)"),
    ("screened_on", "Screening date"),
    ("isotretinoin", "Isotretinoin"),
    ("isotretinoin_last_dose", "Isotretinoin last dose"),
    ("pregnant_or_breastfeeding", "Pregnant or breastfeeding"),
    ("herpes_history", "Herpes history"),
    ("anticoagulants", "Anticoagulants"),
    ("keloid_history", "Keloid history"),
    ("photosensitising_drugs", "Photosensitising drugs"),
    ("current_tan", "Current tan"),
    ("consent_treatment_on", "Treatment consent given"),
    ("consent_photos_on", "Photo consent given"),
    ("notes", "Notes"),
    ("archived", "Archived"),
    ("anonymised_at", "Identity removed"),
    ("created_at", "Record created"),
    ("updated_at", "Last changed"),
)


def _text(value: Any, zone: tzinfo) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v, zone)}" for k, v in value.items()) or "—"
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return str(value)


def _p(value: Any, zone: tzinfo, style: str = "cell") -> Paragraph:
    return Paragraph(escape(_text(value, zone)).replace("\n", "<br/>"), styles()[style])


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0d2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecec")))
    table.setStyle(TableStyle(commands))
    return table


def render_patient_export(data: dict, *, zone: tzinfo = UTC) -> bytes:
    """A readable report of everything in ``data`` (see services.patient_export)."""
    s = styles()
    width = content_width()
    patient = data["patient"]
    name = f"{patient.get('given_name', '')} {patient.get('family_name', '')}".strip()
    clinic = data.get("clinic", {})
    meta = DocumentMeta(
        title="Personal data held by the clinic",
        language="en",
        clinic=ClinicIdentity(
            clinic.get("name", ""), clinic.get("address", ""), clinic.get("phone", "")
        ),
        subject=name,
        footer_note=f"Exported {_text(data['exported_at'], zone)} · patient no. {patient['id']}",
    )
    story: list = [
        Paragraph("Personal data held by the clinic", s["title"]),
        Paragraph(
            escape(
                f"This report lists everything the clinic's PeelDesk system holds about {name} "
                f"(patient no. {patient['id']}): personal details, treatment sessions with the "
                "treated areas and follow-up notes, price quotes, and the log of who looked at "
                "or changed the record. The same data is in the JSON file exported with it."
            ),
            s["body"],
        ),
        Paragraph("Personal details", s["h2"]),
        _table(
            [
                [_p(label, zone, "cell_bold"), _p(patient.get(key), zone)]
                for key, label in _PATIENT_FIELDS
            ],
            [width * 0.35, width * 0.65],
            header=False,
        ),
    ]
    story.append(Paragraph(f"Treatment sessions ({len(data['sessions'])})", s["h2"]))
    if not data["sessions"]:
        story.append(Paragraph("No sessions are recorded.", s["body"]))
    for session in data["sessions"]:
        heading = (
            f"{_text(session['starts_at'], zone)} · {session.get('status', '')} · "
            f"{session.get('physician_name') or 'physician not recorded'}"
        )
        story.append(Paragraph(escape(heading), s["cell_bold"]))
        facts = [
            ("Indications", session.get("indications")),
            ("Anaesthesia", session.get("anaesthesia")),
            ("Combined procedures", session.get("combined_procedures")),
            ("Aftercare products", session.get("aftercare_products")),
            ("Follow-up date", session.get("follow_up_on")),
            ("Notes", session.get("notes")),
        ]
        story.append(
            _table(
                [[_p(k, zone, "cell_bold"), _p(v, zone)] for k, v in facts],
                [width * 0.3, width * 0.7],
                header=False,
            )
        )
        if session["areas"]:
            rows = [
                [
                    _p(h, zone, "cell_bold")
                    for h in (
                        "Area",
                        "cm²",
                        "Depth µm",
                        "Passes",
                        "Device / mode",
                        "Immediate reaction",
                    )
                ]
            ]
            for area in session["areas"]:
                rows.append(
                    [
                        _p(area.get("area_name_en"), zone),
                        _p(area.get("size_cm2"), zone),
                        _p(area.get("depth_um"), zone),
                        _p(area.get("passes"), zone),
                        _p(" ".join(x for x in (area.get("device"), area.get("mode")) if x), zone),
                        _p(area.get("immediate_reaction"), zone),
                    ]
                )
            story.append(_table(rows, [width * f for f in (0.22, 0.09, 0.11, 0.09, 0.2, 0.29)]))
        for follow_up in session["follow_ups"]:
            text = (
                f"Follow-up {_text(follow_up.get('recorded_at'), zone)} ({follow_up.get('kind')}): "
                f"reaction {_text(follow_up.get('reaction'), zone)}; healing "
                f"{_text(follow_up.get('healing'), zone)}; adverse events "
                f"{_text(follow_up.get('adverse_events'), zone)}; notes {_text(follow_up.get('notes'), zone)}"
            )
            story.append(Paragraph(escape(text), s["cell"]))
        story.append(Spacer(1, 6))
    story.append(Paragraph(f"Price quotes ({len(data['quotes'])})", s["h2"]))
    if not data["quotes"]:
        story.append(Paragraph("No quotes are recorded.", s["body"]))
    for quote in data["quotes"]:
        story.append(
            Paragraph(
                escape(
                    f"Quote {quote.get('number') or '(draft)'} · {quote.get('status')} · issued "
                    f"{_text(quote.get('issued_on'), zone)} · total {quote.get('total')} {quote.get('currency')}"
                ),
                s["cell_bold"],
            )
        )
        if quote["lines"]:
            rows = [
                [
                    _p(h, zone, "cell_bold")
                    for h in ("Line", "cm²", "Unit price", "Sessions", "Total")
                ]
            ]
            for line in quote["lines"]:
                rows.append(
                    [
                        _p(line.get("description"), zone),
                        _p(line.get("size_cm2"), zone),
                        _p(line.get("unit_price"), zone),
                        _p(line.get("sessions"), zone),
                        _p(line.get("line_total"), zone),
                    ]
                )
            story.append(_table(rows, [width * f for f in (0.4, 0.12, 0.16, 0.12, 0.2)]))
    story.append(Paragraph(f"Access and change log ({len(data['audit_events'])})", s["h2"]))
    rows = [[_p(h, zone, "cell_bold") for h in ("When", "Who", "What", "Details")]]
    for event in data["audit_events"]:
        rows.append(
            [
                _p(event.get("occurred_at"), zone),
                _p(event.get("actor_name"), zone),
                _p(event.get("action"), zone),
                _p(event.get("details"), zone),
            ]
        )
    story.append(_table(rows, [width * f for f in (0.18, 0.18, 0.18, 0.46)]))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            "Technical fields (record numbers, workstation names) are in the JSON file.",
            s["small"],
        )
    )
    return build_pdf(meta, story)
