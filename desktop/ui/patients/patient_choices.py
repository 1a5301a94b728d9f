"""The choices the patient form offers, marked for translation under PatientDialog."""

from __future__ import annotations

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

SEX_CHOICES = (
    ("", "—"),
    ("female", QT_TRANSLATE_NOOP("PatientDialog", "Female")),
    ("male", QT_TRANSLATE_NOOP("PatientDialog", "Male")),
    ("other", QT_TRANSLATE_NOOP("PatientDialog", "Other")),
)
LANGUAGE_CHOICES = (("tr", "Türkçe"), ("en", "English"))
SKIN_TYPES = (
    (None, "—"),
    (1, QT_TRANSLATE_NOOP("PatientDialog", "Type I")),
    (2, QT_TRANSLATE_NOOP("PatientDialog", "Type II")),
    (3, QT_TRANSLATE_NOOP("PatientDialog", "Type III")),
    (4, QT_TRANSLATE_NOOP("PatientDialog", "Type IV")),
    (5, QT_TRANSLATE_NOOP("PatientDialog", "Type V")),
    (6, QT_TRANSLATE_NOOP("PatientDialog", "Type VI")),
)
CONTRAINDICATIONS = (
    ("isotretinoin", QT_TRANSLATE_NOOP("PatientDialog", "Isotretinoin (acne medication)")),
    (
        "pregnant_or_breastfeeding",
        QT_TRANSLATE_NOOP("PatientDialog", "Pregnant or breast-feeding"),
    ),
    ("herpes_history", QT_TRANSLATE_NOOP("PatientDialog", "History of herpes (cold sores)")),
    ("anticoagulants", QT_TRANSLATE_NOOP("PatientDialog", "Takes anticoagulants")),
    ("keloid_history", QT_TRANSLATE_NOOP("PatientDialog", "Keloid or hypertrophic scars")),
    ("photosensitising_drugs", QT_TRANSLATE_NOOP("PatientDialog", "Photosensitising drugs")),
    ("current_tan", QT_TRANSLATE_NOOP("PatientDialog", "Currently tanned")),
)
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("PatientDialog", "dd.mm.yyyy")
