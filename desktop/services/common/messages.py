"""Translatable sentences for services: see db/messages.py (shared with the database layer)."""

from __future__ import annotations

from collections.abc import Mapping

from db.messages import CONTEXT, Message, join, msg

__all__ = ["CONTEXT", "Message", "Named", "join", "msg"]


class Named(str):
    """A name the clinic keeps in several languages (a catalog area), as a msg() value.

    ``str`` of it is the English name (logs, tests, the command line); the interface shows
    the form for its own language (desktop/ui/shell/i18n.translated), English if missing.
    """

    forms: Mapping[str, str]

    def __new__(cls, english: str, forms: Mapping[str, str] | None = None) -> Named:
        name = str.__new__(cls, english)
        name.forms = {lang: text for lang, text in (forms or {}).items() if text}
        return name

    def in_language(self, language: str) -> str:
        return self.forms.get(language) or str(self)

    def __reduce__(self) -> tuple[type[Named], tuple[str, dict[str, str]]]:  # every form kept
        return (Named, (str(self), dict(self.forms)))
