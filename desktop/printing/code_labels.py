"""Words for the codes the database stores (status, anaesthesia, indications…), per language.

Printouts go to patients: they show "Yapıldı" / "Done", never "done".
tests/printing/test_code_labels.py checks that every code the services define is here.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # sex, language
    "female": {"en": "Female", "tr": "Kadın"},
    "male": {"en": "Male", "tr": "Erkek"},
    "other": {"en": "Other", "tr": "Diğer"},
    "tr": {"en": "Turkish", "tr": "Türkçe"},
    "en": {"en": "English", "tr": "İngilizce"},
    # session status
    "planned": {"en": "Planned", "tr": "Planlandı"},
    "done": {"en": "Done", "tr": "Yapıldı"},
    "cancelled": {"en": "Cancelled", "tr": "İptal edildi"},
    "no_show": {"en": "Did not come", "tr": "Gelmedi"},
    # anaesthesia
    "none": {"en": "None", "tr": "Yok"},
    "topical": {"en": "Topical cream", "tr": "Krem (topikal)"},
    "local": {"en": "Local injection", "tr": "Lokal enjeksiyon"},
    # indications
    "wrinkles": {"en": "Wrinkles", "tr": "Kırışıklıklar"},
    "acne_scars": {"en": "Acne scars", "tr": "Akne izleri"},
    "surgical_scars": {"en": "Surgical scars", "tr": "Ameliyat izleri"},
    "sun_spots": {"en": "Sun spots", "tr": "Güneş lekeleri"},
    "actinic_keratoses": {"en": "Actinic keratoses", "tr": "Aktinik keratozlar"},
    "pores": {"en": "Enlarged pores", "tr": "Geniş gözenekler"},
    "skin_texture": {"en": "Skin texture", "tr": "Cilt dokusu"},
    # combined procedures
    "fractional_laser": {"en": "Fractional laser", "tr": "Fraksiyonel lazer"},
    "microneedling": {"en": "Microneedling", "tr": "Mikroiğneleme"},
    "chemical_peel": {"en": "Chemical peel", "tr": "Kimyasal peeling"},
    "prp": {"en": "PRP", "tr": "PRP"},
    # follow-up kinds
    "day_3_4": {"en": "Day 3–4 check", "tr": "3–4. gün kontrolü"},
    "week_1": {"en": "One-week review", "tr": "Birinci hafta kontrolü"},
    # adverse events
    "prolonged_redness": {"en": "Prolonged redness", "tr": "Uzun süren kızarıklık"},
    "blistering": {"en": "Blistering", "tr": "Kabarcıklanma"},
    "pigment_change": {"en": "Pigment change", "tr": "Renk değişikliği"},
    "infection": {"en": "Infection", "tr": "Enfeksiyon"},
    "herpes_flare": {"en": "Herpes flare", "tr": "Uçuk alevlenmesi"},
    "scarring": {"en": "Scarring", "tr": "İz kalması"},
    # quote status
    "draft": {"en": "Draft", "tr": "Taslak"},
    "issued": {"en": "Issued", "tr": "Verildi"},
    "accepted": {"en": "Accepted", "tr": "Kabul edildi"},
    "declined": {"en": "Declined", "tr": "Reddedildi"},
    "expired": {"en": "Expired", "tr": "Süresi doldu"},
}


def label(code: str, language: str) -> str:
    """The word for a stored code; anything that is not a code is returned as written."""
    words = LABELS.get(code)
    if words is None:
        return code
    return words.get(language, words["en"])
