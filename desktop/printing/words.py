"""Printed words in the document's language (the patient's, not the interface's).

A printed word is written once, in English, where it is used::

    printed("Valid until", language)
    printed("VAT added ({rate} %)", language, rate="20")

``scripts/translations.py update`` finds every literal ``printed("…")`` and
``printed_word("…")`` by reading the source and keeps them in the "Printed" context of
``resources/translations/messages_<lang>.ts``, next to the services' messages, where
translators translate them. Printing has no Qt (architecture rule), so the catalogue is
read here with ``xml.etree`` from those same ``.ts`` files, once per language.

Tables of stored codes mark their English words with ``printed_word("Female")`` (so
they are extracted) and translate them when printing with ``translated(word, language)``.
A word without a translation prints in English; placeholders are named, as in ``msg()``.

Adding a language is adding ``messages_<code>.ts``: the languages documents can be
printed in are the catalogues shipped (plus English, the language of the source).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from desktop.resources import resource_path

CONTEXT = "Printed"
SOURCE_LANGUAGE = "en"
_CATALOGUE_PREFIX = "messages_"
# Translations Qt Linguist has not marked finished are not printed (English instead).
_NOT_FINISHED = ("unfinished", "obsolete", "vanished")


@cache  # finding the folder resolves paths on disk: ~100 µs, once per word without this
def catalogue_folder() -> Path:
    """Where the shipped .ts catalogues are (tests point it at a temporary folder)."""
    return resource_path("translations")


def printed(text: str, language: str, /, **values: Any) -> str:
    """``text`` (a literal English word or sentence) in ``language``, values filled in."""
    return translated(text, language, **values)


def printed_word(text: str) -> str:
    """Marks a literal English word for the catalogue; translate it with ``translated``."""
    return text


def translated(text: str, language: str, /, **values: Any) -> str:
    """A word already marked with ``printed``/``printed_word``, in ``language``."""
    found = _catalogue(catalogue_folder(), language).get(text, text)
    return found.format(**values) if values else found


def printed_languages() -> tuple[str, ...]:
    """English and every language with a catalogue shipped, sorted."""
    return _shipped_languages(catalogue_folder())


def document_language(language: str | None) -> str:
    """``language`` if documents can be printed in it, English otherwise."""
    return language if language in printed_languages() else SOURCE_LANGUAGE


def forget_catalogues() -> None:
    """Read the catalogues again on next use (after a translator edited them, in tests)."""
    _catalogue.cache_clear()
    _shipped_languages.cache_clear()


@cache
def _shipped_languages(folder: Path) -> tuple[str, ...]:
    codes = {path.stem.removeprefix(_CATALOGUE_PREFIX) for path in folder.glob("messages_*.ts")}
    return tuple(sorted(codes | {SOURCE_LANGUAGE}))


@cache
def _catalogue(folder: Path, language: str) -> dict[str, str]:
    """The finished translations of the Printed context, by English text."""
    path = folder / f"{_CATALOGUE_PREFIX}{language}.ts"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") not in _NOT_FINISHED:
                found[source] = node.text
    return found
