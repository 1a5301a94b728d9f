"""The readable PDF of a patient's data export (access request). Plain data in, PDF out."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.printing.code_labels import label
from desktop.printing.layout import (
    ClinicIdentity,
    DocumentMeta,
    build_pdf,
    content_width,
    styles,
)

_PATIENT_FIELDS = (
    "given_name",
    "family_name",
    "birth_date",
    "sex",
    "phone_e164",
    "email",
    "language",
    "skin_type",
    "screened_on",
    "isotretinoin",
    "isotretinoin_last_dose",
    "pregnant_or_breastfeeding",
    "herpes_history",
    "anticoagulants",
    "keloid_history",
    "photosensitising_drugs",
    "current_tan",
    "consent_treatment_on",
    "consent_photos_on",
    "notes",
    "archived",
    "anonymised_at",
    "created_at",
    "updated_at",
)

# Words of the report in the patient's language (English for any other).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "given_name": "Given name",
        "family_name": "Family name",
        "birth_date": "Birth date",
        "sex": "Sex",
        "phone_e164": "Phone",
        "email": "E-mail",
        "language": "Language",
        "skin_type": "Skin type (Fitzpatrick)",
        "screened_on": "Screening date",
        "isotretinoin": "Isotretinoin",
        "isotretinoin_last_dose": "Isotretinoin last dose",
        "pregnant_or_breastfeeding": "Pregnant or breastfeeding",
        "herpes_history": "Herpes history",
        "anticoagulants": "Anticoagulants",
        "keloid_history": "Keloid history",
        "photosensitising_drugs": "Photosensitising drugs",
        "current_tan": "Current tan",
        "consent_treatment_on": "Treatment consent given",
        "consent_photos_on": "Photo consent given",
        "notes": "Notes",
        "archived": "Archived",
        "anonymised_at": "Identity removed",
        "created_at": "Record created",
        "updated_at": "Last changed",
        "title": "Personal data held by the clinic",
        "intro": "This report lists everything the clinic's PeelDesk system holds about {name} "
        "(patient no. {id}): personal details, treatment sessions with the treated areas and "
        "follow-up notes, price quotes, and the log of who looked at or changed the record. "
        "The same data is in the JSON file exported with it.",
        "details": "Personal details",
        "sessions": "Treatment sessions ({n})",
        "no_sessions": "No sessions are recorded.",
        "no_physician": "physician not recorded",
        "indications": "Indications",
        "anaesthesia": "Anaesthesia",
        "combined_procedures": "Combined procedures",
        "aftercare_products": "Aftercare products",
        "follow_up_on": "Follow-up date",
        "area": "Area",
        "depth": "Depth µm",
        "passes": "Passes",
        "device": "Device / mode",
        "reaction": "Immediate reaction",
        "follow_up": "Follow-up {when} ({kind}): reaction {reaction}; healing {healing}; "
        "adverse events {adverse}; notes {notes}",
        "quotes": "Price quotes ({n})",
        "no_quotes": "No quotes are recorded.",
        "quote": "Quote {number} · {status} · issued {issued} · total {total} {currency}",
        "draft": "(draft)",
        "line": "Line",
        "unit_price": "Unit price",
        "line_sessions": "Sessions",
        "total": "Total",
        "log": "Access and change log ({n})",
        "when": "When",
        "who": "Who",
        "what": "What",
        "log_details": "Details",
        "technical": "Technical fields (record numbers, workstation names) are in the JSON file.",
        "footer": "Exported {when} · patient no. {id}",
        "yes": "yes",
        "no": "no",
    },
    "tr": {
        "given_name": "Adı",
        "family_name": "Soyadı",
        "birth_date": "Doğum tarihi",
        "sex": "Cinsiyet",
        "phone_e164": "Telefon",
        "email": "E-posta",
        "language": "Dil",
        "skin_type": "Cilt tipi (Fitzpatrick)",
        "screened_on": "Sorgulama tarihi",
        "isotretinoin": "İzotretinoin",
        "isotretinoin_last_dose": "İzotretinoin son doz",
        "pregnant_or_breastfeeding": "Gebelik veya emzirme",
        "herpes_history": "Uçuk (herpes) öyküsü",
        "anticoagulants": "Kan sulandırıcı",
        "keloid_history": "Keloid öyküsü",
        "photosensitising_drugs": "Işığa duyarlılık yapan ilaç",
        "current_tan": "Güncel bronzluk",
        "consent_treatment_on": "Tedavi onamı tarihi",
        "consent_photos_on": "Fotoğraf onamı tarihi",
        "notes": "Notlar",
        "archived": "Arşivde",
        "anonymised_at": "Kimlik bilgileri silindi",
        "created_at": "Kayıt oluşturuldu",
        "updated_at": "Son değişiklik",
        "title": "Kliniğin sakladığı kişisel veriler",
        "intro": "Bu rapor, kliniğin PeelDesk sisteminde {name} (hasta no. {id}) hakkında "
        "tutulan her şeyi listeler: kişisel bilgiler, uygulanan bölgeleri ve kontrol notlarıyla "
        "tedavi seansları, fiyat teklifleri ve kaydı kimin görüntülediği ya da değiştirdiği. "
        "Aynı veriler, birlikte verilen JSON dosyasında da bulunur.",
        "details": "Kişisel bilgiler",
        "sessions": "Tedavi seansları ({n})",
        "no_sessions": "Kayıtlı seans yok.",
        "no_physician": "hekim kaydedilmemiş",
        "indications": "Endikasyonlar",
        "anaesthesia": "Anestezi",
        "combined_procedures": "Birlikte yapılan işlemler",
        "aftercare_products": "Bakım ürünleri",
        "follow_up_on": "Kontrol tarihi",
        "area": "Bölge",
        "depth": "Derinlik µm",
        "passes": "Geçiş",
        "device": "Cihaz / mod",
        "reaction": "Hemen görülen reaksiyon",
        "follow_up": "Kontrol {when} ({kind}): reaksiyon {reaction}; iyileşme {healing}; "
        "istenmeyen etkiler {adverse}; notlar {notes}",
        "quotes": "Fiyat teklifleri ({n})",
        "no_quotes": "Kayıtlı teklif yok.",
        "quote": "Teklif {number} · {status} · düzenleme {issued} · toplam {total} {currency}",
        "draft": "(taslak)",
        "line": "Kalem",
        "unit_price": "Birim fiyat",
        "line_sessions": "Seans",
        "total": "Toplam",
        "log": "Erişim ve değişiklik kaydı ({n})",
        "when": "Ne zaman",
        "who": "Kim",
        "what": "Ne",
        "log_details": "Ayrıntı",
        "technical": "Teknik alanlar (kayıt numaraları, bilgisayar adları) JSON dosyasındadır.",
        "footer": "Dışa aktarma {when} · hasta no. {id}",
        "yes": "evet",
        "no": "hayır",
    },
}


class _Writer:
    """Formats values and looks up words in one language."""

    def __init__(self, language: str, zone: tzinfo) -> None:
        self.language = language if language in _WORDS else "en"
        self.words = _WORDS[self.language]
        self.zone = zone

    def __call__(self, key: str, **values: Any) -> str:
        return self.words[key].format(**values)

    def text(self, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.words["yes"] if value else self.words["no"]
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
            return moment.astimezone(self.zone).strftime("%d.%m.%Y %H:%M")
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                return date.fromisoformat(value).strftime("%d.%m.%Y")
            except ValueError:
                return value
        return self.code(str(value)) if isinstance(value, str) else str(value)

    def code(self, value: str) -> str:
        return label(value, self.language)

    def cell(self, value: Any, style: str = "cell") -> Paragraph:
        return Paragraph(escape(self.text(value)).replace("\n", "<br/>"), styles()[style])

    def head(self, *keys: str) -> list[Paragraph]:
        return [self.cell(self.words.get(key, key), "cell_bold") for key in keys]


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
    """A readable report of everything in ``data`` (see services.patient_export),
    in the patient's language (Turkish or English)."""
    s = styles()
    width = content_width()
    patient = data["patient"]
    w = _Writer(str(patient.get("language") or "en"), zone)
    name = f"{patient.get('given_name', '')} {patient.get('family_name', '')}".strip()
    clinic = data.get("clinic", {})
    meta = DocumentMeta(
        title=w("title"),
        language=w.language,
        clinic=ClinicIdentity(
            clinic.get("name", ""), clinic.get("address", ""), clinic.get("phone", "")
        ),
        subject=name,
        footer_note=w("footer", when=w.text(data["exported_at"]), id=patient["id"]),
    )
    story: list = [
        Paragraph(escape(w("title")), s["title"]),
        Paragraph(escape(w("intro", name=name, id=patient["id"])), s["body"]),
        Paragraph(escape(w("details")), s["h2"]),
        _table(
            [[w.cell(w(key), "cell_bold"), w.cell(patient.get(key))] for key in _PATIENT_FIELDS],
            [width * 0.35, width * 0.65],
            header=False,
        ),
        Paragraph(escape(w("sessions", n=len(data["sessions"]))), s["h2"]),
    ]
    if not data["sessions"]:
        story.append(Paragraph(escape(w("no_sessions")), s["body"]))
    area_name = "area_name_tr" if w.language == "tr" else "area_name_en"
    for session in data["sessions"]:
        heading = (
            f"{w.text(session['starts_at'])} · {w.text(session.get('status'))} · "
            f"{session.get('physician_name') or w('no_physician')}"
        )
        story.append(Paragraph(escape(heading), s["cell_bold"]))
        facts = (
            "indications",
            "anaesthesia",
            "combined_procedures",
            "aftercare_products",
            "follow_up_on",
            "notes",
        )
        story.append(
            _table(
                [[w.cell(w(k), "cell_bold"), w.cell(session.get(k))] for k in facts],
                [width * 0.3, width * 0.7],
                header=False,
            )
        )
        if session["areas"]:
            rows = [w.head("area", "cm²", "depth", "passes", "device", "reaction")]
            for area in session["areas"]:
                device = " ".join(x for x in (area.get("device"), area.get("mode")) if x)
                rows.append(
                    [
                        w.cell(area.get(area_name)),
                        w.cell(area.get("size_cm2")),
                        w.cell(area.get("depth_um")),
                        w.cell(area.get("passes")),
                        w.cell(device),
                        w.cell(area.get("immediate_reaction")),
                    ]
                )
            story.append(_table(rows, [width * f for f in (0.22, 0.09, 0.11, 0.09, 0.2, 0.29)]))
        for follow_up in session["follow_ups"]:
            text = w(
                "follow_up",
                when=w.text(follow_up.get("recorded_at")),
                kind=follow_up.get("kind"),
                reaction=w.text(follow_up.get("reaction")),
                healing=w.text(follow_up.get("healing")),
                adverse=w.text(follow_up.get("adverse_events")),
                notes=w.text(follow_up.get("notes")),
            )
            story.append(Paragraph(escape(text), s["cell"]))
        story.append(Spacer(1, 6))
    story.append(Paragraph(escape(w("quotes", n=len(data["quotes"]))), s["h2"]))
    if not data["quotes"]:
        story.append(Paragraph(escape(w("no_quotes")), s["body"]))
    for quote in data["quotes"]:
        title = w(
            "quote",
            number=quote.get("number") or w("draft"),
            status=quote.get("status"),
            issued=w.text(quote.get("issued_on")),
            total=quote.get("total"),
            currency=quote.get("currency"),
        )
        story.append(Paragraph(escape(title), s["cell_bold"]))
        if quote["lines"]:
            rows = [w.head("line", "cm²", "unit_price", "line_sessions", "total")]
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
    story.append(Paragraph(escape(w("log", n=len(data["audit_events"]))), s["h2"]))
    rows = [w.head("when", "who", "what", "log_details")]
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
    story.append(Paragraph(escape(w("technical")), s["small"]))
    return build_pdf(meta, story)
