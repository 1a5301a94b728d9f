"""How hard a password is to guess (zxcvbn), and why a weak one is refused, in our words.

zxcvbn's score runs from 0 (in every list of common passwords) to 4; we refuse below 3.
Its own feedback is English only, so each kind of weakness it finds is said by one of our
sentences (translated like every service message); names the person, the account and the
clinic are known by count as guessable words too (zxcvbn's ``user_inputs``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from desktop.services.common.messages import Message, join, msg

MIN_SCORE = 3
# zxcvbn refuses more than 72 characters (ValueError) and its time grows with the length:
# a longer password is rated by its first 72 characters.
_CHECKED_LENGTH = 72

_COMMON = msg("It is one of the passwords people use most.")
_NAMES = msg("It contains a name: your own, your user name or the clinic's.")
_WORD = msg("A single word or name with a few digits is easy to guess.")
_DATES = msg("Dates and years are easy to guess.")
_KEYS = msg("Rows and patterns of keys (such as qwerty) are easy to guess.")
_REPEATS = msg("Repeated characters or words are easy to guess.")
_SEQUENCES = msg("Sequences such as 1234 or abcd are easy to guess.")
_ADVICE = msg(
    "Choose a password that is hard to guess: for example three or four unrelated words, "
    "with a digit or a sign between them."
)


def _inputs(words: tuple[str, ...]) -> list[str]:
    """The names as zxcvbn's own dictionary words: lower case, each part on its own too."""
    found: list[str] = []
    for text in words:
        lower = unicodedata.normalize("NFC", text or "").lower()
        plain = unicodedata.normalize("NFKD", lower)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ı", "i")
        for form in dict.fromkeys((lower, plain)):  # "ayşe" and "ayse"
            for part in [form, *form.replace(".", " ").replace("-", " ").split()]:
                if len(part) >= 3 and part not in found:
                    found.append(part)
    return found


def _reason(result: dict[str, Any]) -> Message:
    sequence = result.get("sequence") or []
    if any(m.get("dictionary_name") == "user_inputs" for m in sequence):
        return _NAMES
    warning = str((result.get("feedback") or {}).get("warning") or "")
    patterns = {m.get("pattern") for m in sequence}
    if "common password" in warning or "commonly used password" in warning:
        return _COMMON
    if "date" in warning.casefold() or "year" in warning.casefold() or "date" in patterns:
        return _DATES
    if "key" in warning or "spatial" in patterns:
        return _KEYS
    if "repeat" in warning.casefold() or "repeat" in patterns:
        return _REPEATS
    if "sequence" in warning.casefold() or "sequence" in patterns:
        return _SEQUENCES
    return _WORD


def weakness(password: str, names: tuple[str, ...] = ()) -> Message | None:
    """None for a password hard enough to guess, else why not and what to do instead."""
    import zxcvbn  # a few ms the first time; only account screens need it

    checked = password[:_CHECKED_LENGTH]
    result = zxcvbn.zxcvbn(checked, user_inputs=_inputs(names))
    # zxcvbn rates two known names and a year as fair ("ayşekaya2026"); whoever knows the
    # person guesses it first, so mostly names is refused whatever the score.
    named = sum(
        len(m.get("token", ""))
        for m in result.get("sequence") or []
        if m.get("dictionary_name") == "user_inputs"
    )
    if int(result["score"]) >= MIN_SCORE and named * 2 < len(checked):
        return None
    return join(_reason(result), _ADVICE)
