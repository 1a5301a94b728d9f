"""Words for the codes the database stores (status, anaesthesia, indications…).

Printouts go to patients: they show "Yapıldı" / "Done", never "done". The English word
is here; its translations are in the catalogue's Printed context (desktop/printing/words).
tests/printing/test_code_labels.py checks that every code the services define is here.
"""

from __future__ import annotations

from desktop.formatting import language_name
from desktop.printing.words import printed_languages, printed_word, translated

LABELS: dict[str, str] = {
    # sex (a language code is named by CLDR, in label())
    "female": printed_word("Female"),
    "male": printed_word("Male"),
    "other": printed_word("Other"),
    # session status
    "planned": printed_word("Planned"),
    "arrived": printed_word("Arrived"),
    "in_treatment": printed_word("In treatment"),
    "done": printed_word("Done"),
    "cancelled": printed_word("Cancelled"),
    "no_show": printed_word("Did not come"),
    # anaesthesia
    "none": printed_word("None"),
    "topical": printed_word("Topical cream"),
    "local": printed_word("Local injection"),
    # indications
    "wrinkles": printed_word("Wrinkles"),
    "acne_scars": printed_word("Acne scars"),
    "surgical_scars": printed_word("Surgical scars"),
    "sun_spots": printed_word("Sun spots"),
    "actinic_keratoses": printed_word("Actinic keratoses"),
    "pores": printed_word("Enlarged pores"),
    "skin_texture": printed_word("Skin texture"),
    # combined procedures
    "fractional_laser": printed_word("Fractional laser"),
    "microneedling": printed_word("Microneedling"),
    "chemical_peel": printed_word("Chemical peel"),
    "prp": printed_word("PRP"),
    # follow-up kinds
    "day_3_4": printed_word("Day 3–4 check"),
    "week_1": printed_word("One-week review"),
    # adverse events
    "prolonged_redness": printed_word("Prolonged redness"),
    "blistering": printed_word("Blistering"),
    "pigment_change": printed_word("Pigment change"),
    "infection": printed_word("Infection"),
    "herpes_flare": printed_word("Herpes flare"),
    "scarring": printed_word("Scarring"),
    # quote status
    "draft": printed_word("Draft"),
    "issued": printed_word("Issued"),
    "accepted": printed_word("Accepted"),
    "declined": printed_word("Declined"),
    "expired": printed_word("Expired"),
    # money events and payment methods (receipts, cash-up)
    "charge": printed_word("Charge"),
    "deposit": printed_word("Deposit"),
    "payment": printed_word("Payment"),
    "refund": printed_word("Refund"),
    "correction": printed_word("Correction"),
    "cash": printed_word("Cash"),
    "card": printed_word("Card"),
    "bank_transfer": printed_word("Bank transfer"),
    # course status (patient data export)
    "open": printed_word("Open course"),
    "closed": printed_word("Closed course"),
}


def label(code: str, language: str) -> str:
    """The word for a stored code; anything that is not a code is returned as written."""
    if code in printed_languages():
        return language_name(code, language)  # a patient's language: "Türkçe", "English"
    english = LABELS.get(code)
    return code if english is None else translated(english, language)
