"""Interface language: Qt translators for PeelDesk's own strings and Qt's standard buttons.

How a screen becomes translatable (the pattern every widget follows):
- write English in the code, wrapped: ``self.tr("Save")`` in QObject subclasses,
  ``QCoreApplication.translate("Context", "…")`` elsewhere, ``QT_TRANSLATE_NOOP`` for
  module-level tables translated where they are shown; put values in with
  ``.format(name=…)`` placeholders, never by concatenation. Call them literally:
  pyside6-lupdate does not see strings passed through an alias such as ``_tr = translate``;
- run ``python scripts/translations.py update`` and translate the new entries of
  ``resources/translations/peeldesk_tr.ts`` (text editor or pyside6-linguist);
- ``./dev`` and the bundle build compile the .ts into .qm.
Sentences that services write (errors, warnings) use ``msg()`` from db/messages.py
instead; show them through ``translated()`` / ``error_text()`` below.
The language is read at start-up (setting ``ui_language``, remembered per computer in
view_state so the first questions are asked in it too); Settings switches it at once
(language_switch.py rebuilds the main window).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path
from desktop.services.common.messages import CONTEXT as MESSAGES_CONTEXT
from desktop.services.common.messages import Message, Named

log = logging.getLogger("peeldesk")

SUPPORTED = ("tr", "en")
_installed: list[QTranslator] = []
_current = "en"


def resolve_language(setting: str, system_locale: str | None = None) -> str:
    """'tr'/'en' as set; 'system' (or anything unknown) follows the computer's locale."""
    if setting in SUPPORTED:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    return "tr" if name.lower().startswith("tr") else "en"


def current_language() -> str:
    """The interface language in use: pass it to desktop.formatting for dates and money."""
    return _current


def translated(text: str) -> str:
    """A sentence from a service, in the interface language; other text is shown as written.

    Services write ``msg("…{name}…", name=…)`` (db/messages.py): the template is looked up
    in the "Messages" context and the values filled in afterwards, so a translation may
    put them in its own order.
    """
    if not isinstance(text, Message):
        return str(text)
    pattern = QCoreApplication.translate(MESSAGES_CONTEXT, text.template)
    values = {key: _value(value) for key, value in text.values.items()}
    if not values:
        return pattern
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder must not hide the message.
        log.warning("translated message has placeholders the source does not have")
        return str(text)


def _value(value: object) -> object:
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, Named):  # a catalog name: the clinic's own word in this language
        return value.in_language(_current)
    return value


def error_text(error: BaseException) -> str:
    """What an exception from a service or the database says, in the interface language."""
    field_errors = getattr(error, "field_errors", None)
    if field_errors:
        return " ".join(translated(message) for message in field_errors.values())
    if error.args and isinstance(error.args[0], Message):
        return translated(error.args[0])
    return str(error)


def translations_dir() -> Path:
    return resource_path("translations")


def install_language(language: str, qm_dir: Path | None = None) -> bool:
    """Replace the installed translators with those for ``language``.

    Returns False (and stays in English) when PeelDesk's compiled translation is missing.
    Widgets created afterwards use the new language; existing ones keep their text.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "en":
        return True
    ours = QTranslator(app)
    qm = (qm_dir or translations_dir()) / f"peeldesk_{language}.qm"
    if not ours.load(str(qm)):
        log.warning("translation %s not found; run `./dev setup` to compile it", qm.name)
        return False
    qt_own = QTranslator(app)
    # Standard buttons (OK, Cancel, Save, Discard...) and dialogs come from Qt's catalogue.
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = language
    if language == "tr":
        QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    return True


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation under ``context`` and return it unchanged.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning ``object``, which made every table
    of marked texts untyped. lupdate finds the call by its name, wherever it is imported from.
    """
    del context  # only lupdate reads it
    return source
