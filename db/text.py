"""Search folding with Turkish rules.

SQLite's lower()/LIKE/NOCASE fold ASCII only, and Python's casefold() turns
'İ' into 'i' + COMBINING DOT ABOVE. Search keys are therefore folded here, in
Python, and stored; queries fold the typed text the same way and look the key
up as a prefix range on an index.
"""

from __future__ import annotations

import re
import unicodedata

# Dotted/dotless i pairs first, before casefold() can add a combining dot.
_TURKISH_I = str.maketrans({"İ": "i", "I": "i", "ı": "i", "i": "i"})
# Letters that do not decompose into a base letter plus marks.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Fold text for matching: case-, accent- and Turkish-i-insensitive."""
    text = text.translate(_TURKISH_I).casefold().translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of a name: letters and digits, split on anything else."""
    return _WORD.findall(fold(text))


def prefix_upper_bound(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix``.

    ``key >= prefix AND key < prefix_upper_bound(prefix)`` is a prefix match
    that an ordinary B-tree index can serve (LIKE on an expression cannot).
    """
    return prefix + "\U0010ffff"
