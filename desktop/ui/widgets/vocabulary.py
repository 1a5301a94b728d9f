"""Translated display words for the codes and labels that services define in English.

Services keep their English labels (STATUS_LABELS, INDICATIONS…); the interface shows them
through ``word(label)``, which looks the English text up in the "Vocabulary" translation
context. The QT_TRANSLATE_NOOP list below is what pyside6-lupdate extracts: add a label here
when a service adds one (an unknown label is shown as written).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

_WORDS = (
    # session status
    QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    QT_TRANSLATE_NOOP("Vocabulary", "Arrived"),
    QT_TRANSLATE_NOOP("Vocabulary", "In treatment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    QT_TRANSLATE_NOOP("Vocabulary", "No-show"),
    # anaesthesia
    QT_TRANSLATE_NOOP("Vocabulary", "None"),
    QT_TRANSLATE_NOOP("Vocabulary", "Topical cream"),
    QT_TRANSLATE_NOOP("Vocabulary", "Local injection"),
    # indications
    QT_TRANSLATE_NOOP("Vocabulary", "Wrinkles"),
    QT_TRANSLATE_NOOP("Vocabulary", "Acne scars"),
    QT_TRANSLATE_NOOP("Vocabulary", "Surgical scars"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sun spots"),
    QT_TRANSLATE_NOOP("Vocabulary", "Actinic keratoses"),
    QT_TRANSLATE_NOOP("Vocabulary", "Enlarged pores"),
    QT_TRANSLATE_NOOP("Vocabulary", "Skin texture"),
    # combined procedures
    QT_TRANSLATE_NOOP("Vocabulary", "Fractional laser"),
    QT_TRANSLATE_NOOP("Vocabulary", "Microneedling"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chemical peel"),
    QT_TRANSLATE_NOOP("Vocabulary", "PRP"),
    # follow-up kinds
    QT_TRANSLATE_NOOP("Vocabulary", "Day 3–4 check"),
    QT_TRANSLATE_NOOP("Vocabulary", "One-week review"),
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # adverse events
    QT_TRANSLATE_NOOP("Vocabulary", "Prolonged redness"),
    QT_TRANSLATE_NOOP("Vocabulary", "Blistering"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pigment change"),
    QT_TRANSLATE_NOOP("Vocabulary", "Infection"),
    QT_TRANSLATE_NOOP("Vocabulary", "Herpes flare"),
    QT_TRANSLATE_NOOP("Vocabulary", "Scarring"),
    # staff roles (permissions.ROLE_NAMES, also capitalised)
    QT_TRANSLATE_NOOP("Vocabulary", "reception"),
    QT_TRANSLATE_NOOP("Vocabulary", "physician"),
    QT_TRANSLATE_NOOP("Vocabulary", "administrator"),
    QT_TRANSLATE_NOOP("Vocabulary", "Reception"),
    QT_TRANSLATE_NOOP("Vocabulary", "Physician"),
    QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
    # contraindications ("The patient …")
    QT_TRANSLATE_NOOP("Vocabulary", "takes or recently took isotretinoin"),
    QT_TRANSLATE_NOOP("Vocabulary", "is pregnant or breast-feeding"),
    QT_TRANSLATE_NOOP("Vocabulary", "has a history of herpes (cold sores)"),
    QT_TRANSLATE_NOOP("Vocabulary", "takes anticoagulants"),
    QT_TRANSLATE_NOOP("Vocabulary", "has keloid or hypertrophic scars"),
    QT_TRANSLATE_NOOP("Vocabulary", "takes photosensitising drugs"),
    QT_TRANSLATE_NOOP("Vocabulary", "is currently tanned"),
)


def word(label: str) -> str:
    """``label`` (English, from a service) in the interface language."""
    return QCoreApplication.translate(CONTEXT, label)


def words(labels: dict[str, str]) -> dict[str, str]:
    """A service's {code: English label} table with the labels translated."""
    return {code: word(label) for code, label in labels.items()}
