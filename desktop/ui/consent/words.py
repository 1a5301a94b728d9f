"""How the consent screens name a kind of consent and a consent's state, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ConsentWords"

# The kinds, in the order the clinic meets them (ConsentKind's values).
KIND_TITLES: dict[str, str] = {
    "treatment_standard": QT_TRANSLATE_NOOP("ConsentWords", "Laser peeling"),
    "treatment_deep": QT_TRANSLATE_NOOP("ConsentWords", "Deep peel with local anaesthesia"),
    "treatment_combined": QT_TRANSLATE_NOOP("ConsentWords", "Peel with fractional laser"),
    "photography": QT_TRANSLATE_NOOP("ConsentWords", "Clinical photography"),
    "marketing": QT_TRANSLATE_NOOP("ConsentWords", "Marketing contact"),
}

STATUS_WORDS: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("ConsentWords", "Valid"),
    "withdrawn": QT_TRANSLATE_NOOP("ConsentWords", "Withdrawn"),
    "superseded": QT_TRANSLATE_NOOP("ConsentWords", "Sign again (new version)"),
    "missing": QT_TRANSLATE_NOOP("ConsentWords", "Not signed"),
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_TITLES.get(str(kind), str(kind)))


def status_word(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_WORDS.get(str(status), str(status)))
