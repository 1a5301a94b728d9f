"""The readable PDF of a patient's data export (access request). Plain data in, PDF out."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.formatting import format_local_datetime, format_short_date
from desktop.printing.code_labels import label
from desktop.printing.layout import (
    FONT,
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)
from desktop.printing.patient_export_money import money_story
from desktop.printing.words import document_language, printed, printed_word, translated

# The patient"s fields in the order printed, with their labels.
_PATIENT_FIELDS: dict[str, str] = {
    "given_name": printed_word("Given name"),
    "family_name": printed_word("Family name"),
    "birth_date": printed_word("Birth date"),
    "sex": printed_word("Sex"),
    "phone_e164": printed_word("Phone"),
    "email": printed_word("E-mail"),
    "language": printed_word("Language"),
    "skin_type": printed_word("Skin type (Fitzpatrick)"),
    "screened_on": printed_word("Screening date"),
    "isotretinoin": printed_word("Isotretinoin"),
    "isotretinoin_last_dose": printed_word("Isotretinoin last dose"),
    "pregnant_or_breastfeeding": printed_word("Pregnant or breastfeeding"),
    "herpes_history": printed_word("Herpes history"),
    "anticoagulants": printed_word("Anticoagulants"),
    "keloid_history": printed_word("Keloid history"),
    "photosensitising_drugs": printed_word("Photosensitising drugs"),
    "current_tan": printed_word("Current tan"),
    "consent_treatment_on": printed_word("Treatment consent on paper"),
    "consent_photos_on": printed_word("Photo consent on paper"),
    "notes": printed_word("Notes"),
    "archived": printed_word("Archived"),
    "anonymised_at": printed_word("Identity removed"),
    "created_at": printed_word("Record created"),
    "updated_at": printed_word("Last changed"),
}


class _Writer:
    """Formats values and looks up words in one language."""

    def __init__(self, language: str, zone: tzinfo) -> None:
        self.language = document_language(language)
        self.zone = zone

    def text(self, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return printed("yes", self.language) if value else printed("no", self.language)
        if isinstance(value, list):
            return ", ".join(self.code(str(v)) for v in value) or "—"
        if isinstance(value, dict):
            return "; ".join(f"{k}: {self.text(v)}" for k, v in value.items()) or "—"
        if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return format_local_datetime(moment, self.zone)
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                return format_short_date(date.fromisoformat(value))
            except ValueError:
                return value
        return self.code(str(value)) if isinstance(value, str) else str(value)

    def code(self, value: str) -> str:
        return label(value, self.language)

    def cell(self, value: Any, style: str = "cell") -> Paragraph:
        return Paragraph(escape(self.text(value)).replace("\n", "<br/>"), styles()[style])

    def head(self, *headings: str) -> list[Paragraph]:
        return [self.cell(heading, "cell_bold") for heading in headings]


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's cell default is Helvetica
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
    """A readable report of everything in ``data`` (see services.patient_export),
    in the patient's language (Turkish or English)."""
    s = styles()
    width = content_width()
    patient = data["patient"]
    w = _Writer(str(patient.get("language") or "en"), zone)
    lang = w.language
    name = f"{patient.get('given_name', '')} {patient.get('family_name', '')}".strip()
    clinic = data.get("clinic", {})
    meta = DocumentMeta(
        title=printed("Personal data held by the clinic", lang),
        language=w.language,
        clinic=ClinicIdentity(
            clinic.get("name", ""), clinic.get("address", ""), clinic.get("phone", "")
        ),
        subject=name,
        footer_note=printed(
            "Exported {when} · patient no. {id}",
            lang,
            when=w.text(data["exported_at"]),
            id=patient["id"],
        ),
    )
    story: list = [
        Paragraph(escape(printed("Personal data held by the clinic", lang)), s["title"]),
        Paragraph(
            escape(
                printed(
                    "This report lists everything the clinic's PeelDesk system holds about {name} "
                    "(patient no. {id}): personal details, treatment sessions with the treated "
                    "areas and follow-up notes, price quotes, courses and payments, and the log of who looked at or "
                    "changed the record. The same data is in the JSON file exported with it.",
                    lang,
                    name=name,
                    id=patient["id"],
                )
            ),
            s["body"],
        ),
        Paragraph(escape(printed("Personal details", lang)), s["h2"]),
        _table(
            [
                [w.cell(translated(heading, lang), "cell_bold"), w.cell(patient.get(key))]
                for key, heading in _PATIENT_FIELDS.items()
            ],
            [width * 0.35, width * 0.65],
            header=False,
        ),
        Paragraph(
            escape(printed("Treatment sessions ({n})", lang, n=len(data["sessions"]))), s["h2"]
        ),
    ]
    if not data["sessions"]:
        story.append(Paragraph(escape(printed("No sessions are recorded.", lang)), s["body"]))
    # Exports carry an area name per language ("area_name_tr"); English when there is none.
    area_name = f"area_name_{lang}"
    for session in data["sessions"]:
        physician = session.get("physician_name") or printed("physician not recorded", lang)
        heading = f"{w.text(session['starts_at'])} · {w.text(session.get('status'))} · {physician}"
        story.append(Paragraph(escape(heading), s["cell_bold"]))
        facts = {
            "indications": printed("Indications", lang),
            "anaesthesia": printed("Anaesthesia", lang),
            "combined_procedures": printed("Combined procedures", lang),
            "aftercare_products": printed("Aftercare products", lang),
            "follow_up_on": printed("Follow-up date", lang),
            "notes": printed("Notes", lang),
        }
        story.append(
            _table(
                [[w.cell(head, "cell_bold"), w.cell(session.get(k))] for k, head in facts.items()],
                [width * 0.3, width * 0.7],
                header=False,
            )
        )
        if session["areas"]:
            rows = [
                w.head(
                    printed("Area", lang),
                    "cm²",
                    printed("Depth µm", lang),
                    printed("Passes", lang),
                    printed("Device / mode", lang),
                    printed("Immediate reaction", lang),
                )
            ]
            for area in session["areas"]:
                device = " ".join(x for x in (area.get("device"), area.get("mode")) if x)
                rows.append(
                    [
                        w.cell(area.get(area_name, area.get("area_name_en"))),
                        w.cell(area.get("size_cm2")),
                        w.cell(area.get("depth_um")),
                        w.cell(area.get("passes")),
                        w.cell(device),
                        w.cell(area.get("immediate_reaction")),
                    ]
                )
            story.append(_table(rows, [width * f for f in (0.22, 0.09, 0.11, 0.09, 0.2, 0.29)]))
        for follow_up in session["follow_ups"]:
            text = printed(
                "Follow-up {when} ({kind}): reaction {reaction}; healing {healing}; "
                "adverse events {adverse}; notes {notes}",
                lang,
                when=w.text(follow_up.get("recorded_at")),
                kind=w.text(follow_up.get("kind")),
                reaction=w.text(follow_up.get("reaction")),
                healing=w.text(follow_up.get("healing")),
                adverse=w.text(follow_up.get("adverse_events")),
                notes=w.text(follow_up.get("notes")),
            )
            story.append(Paragraph(escape(text), s["cell"]))
        story.append(Spacer(1, 6))
    story.append(
        Paragraph(escape(printed("Price quotes ({n})", lang, n=len(data["quotes"]))), s["h2"])
    )
    if not data["quotes"]:
        story.append(Paragraph(escape(printed("No quotes are recorded.", lang)), s["body"]))
    for quote in data["quotes"]:
        title = printed(
            "Quote {number} · {status} · issued {issued} · total {total} {currency}",
            lang,
            number=quote.get("number") or printed("(draft)", lang),
            status=w.text(quote.get("status")),
            issued=w.text(quote.get("issued_on")),
            total=quote.get("total"),
            currency=quote.get("currency"),
        )
        story.append(Paragraph(escape(title), s["cell_bold"]))
        if quote["lines"]:
            rows = [
                w.head(
                    printed("Line", lang),
                    "cm²",
                    printed("Unit price", lang),
                    printed("Sessions", lang),
                    printed("Total", lang),
                )
            ]
            for line in quote["lines"]:
                rows.append(
                    [
                        w.cell(line.get("description")),
                        w.cell(line.get("size_cm2")),
                        w.cell(line.get("unit_price")),
                        w.cell(line.get("sessions")),
                        w.cell(line.get("line_total")),
                    ]
                )
            story.append(_table(rows, [width * f for f in (0.4, 0.12, 0.16, 0.12, 0.2)]))
    story.extend(money_story(data.get("money", {}), w, _table, lang))
    story.extend(_consents(data.get("consents", []), w, lang))
    story.append(
        Paragraph(
            escape(printed("Access and change log ({n})", lang, n=len(data["audit_events"]))),
            s["h2"],
        )
    )
    rows = [
        w.head(
            printed("When", lang),
            printed("Who", lang),
            printed("What", lang),
            printed("Details", lang),
        )
    ]
    for event in data["audit_events"]:
        rows.append(
            [
                w.cell(event.get("occurred_at")),
                w.cell(event.get("actor_name")),
                w.cell(event.get("action")),
                w.cell(event.get("details")),
            ]
        )
    story.append(_table(rows, [width * f for f in (0.18, 0.18, 0.18, 0.46)]))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            escape(
                printed(
                    "Technical fields (record numbers, workstation names) are in the JSON file.",
                    lang,
                )
            ),
            s["small"],
        )
    )
    return build_pdf(meta, story)


def _consents(consents: list[dict], w: _Writer, lang: str) -> list[Any]:
    """Each signed consent: what, version, when, witness, status, and its proof hash (the full
    texts and signatures are in the JSON file)."""
    s = styles()
    story: list[Any] = [
        Paragraph(escape(printed("Signed consents ({n})", lang, n=len(consents))), s["h2"])
    ]
    if not consents:
        story.append(Paragraph(escape(printed("No consents are signed.", lang)), s["body"]))
    for consent in consents:
        title = printed(
            "{title} · version {version} · signed {when} · witness {witness} · {status}",
            lang,
            title=consent.get("text", "").partition("\n")[0],
            version=consent.get("form_version"),
            when=w.text(consent.get("signed_at")),
            witness=consent.get("witness_name") or "—",
            status=w.text(consent.get("status")),
        )
        story.append(Paragraph(escape(title), s["cell_bold"]))
        if consent.get("withdrawn_at"):
            story.append(
                Paragraph(
                    escape(
                        printed(
                            "Withdrawn {when}: {reason}",
                            lang,
                            when=w.text(consent.get("withdrawn_at")),
                            reason=consent.get("withdrawal_reason") or "—",
                        )
                    ),
                    s["cell"],
                )
            )
        story.append(
            Paragraph(
                escape(printed("Proof: {hash}", lang, hash=consent.get("proof_sha256", ""))),
                s["small"],
            )
        )
    story.append(Spacer(1, 6))
    return story
