"""Sentences for people that can be shown in the interface's language.

Services and the database layer write their messages in English, through ``msg``::

    msg("Keep the name under {limit} characters.", limit=100)

The result is an ordinary ``str`` (the English sentence, so logs, the command line and
``str(exc)`` keep working) that also remembers its template and values. The interface
looks the template up in the "Messages" translation context and fills in the values
(see ``desktop/ui/shell/i18n.translated``). ``scripts/translations.py update`` finds
every ``msg("…")`` call by reading the source, so call it literally with a literal
template: never build the template with an f-string or by concatenation.

A value may itself be a Message (it is translated too); anything else is shown with
``str()``: format dates and money before passing them in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "Messages"


class Message(str):
    """An English sentence plus the template and values it was made from."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None) -> Message:
        values = dict(values or {})
        sentence = str.__new__(cls, template.format(**values) if values else template)
        sentence.template = template
        sentence.values = values
        return sentence

    def __reduce__(
        self,
    ) -> tuple[
        type[Message], tuple[str, dict[str, Any]]
    ]:  # pickling keeps the template (task runner, multiprocessing)
        return (Message, (self.template, dict(self.values)))


def msg(template: str, /, **values: Any) -> Message:
    """The English sentence ``template.format(**values)``, translatable by the interface."""
    return Message(template, values)


def join(*parts: str) -> Message:
    """Sentences shown one after the other, each translated on its own."""
    kept = [part for part in parts if part]
    template = " ".join(f"{{part{i}}}" for i in range(len(kept)))
    return Message(template, {f"part{i}": part for i, part in enumerate(kept)})
