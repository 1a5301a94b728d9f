import pytest

from db.text import fold, prefix_upper_bound, words


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("isik", "Işık"),
        ("isik", "IŞIK"),
        ("ismail", "İSMAİL"),
        ("ISMAIL", "ismail"),
        ("sukru", "Şükrü"),
        ("cigdem", "ÇİĞDEM"),
        ("ozturk", "Öztürk"),
        ("lefevre", "Lefèvre"),
        ("lukasz", "Łukasz"),
        ("soren", "Søren"),
    ],
)
def test_fold_matches_turkish_and_accented_names(typed: str, stored: str) -> None:
    assert fold(stored) == fold(typed)


def test_fold_never_leaves_combining_marks() -> None:
    # casefold() alone turns İ into i + U+0307; the fold must not.
    assert fold("İ") == "i"
    assert "\u0307" not in fold("İSTANBUL")


def test_words_split_on_punctuation() -> None:
    assert words("O'Brien-Yılmaz  Ayşe") == ["o", "brien", "yilmaz", "ayse"]


def test_prefix_upper_bound_brackets_all_extensions() -> None:
    bound = prefix_upper_bound("ay")
    assert bound > "ay" and bound > "ayşe" and bound > "ayzzzz"
    assert not (bound > "az")
