"""Printed words come from the one catalogue, in the document's language; no inline tables."""

from __future__ import annotations

import ast
import io
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.printing import words
from desktop.printing.layout import ClinicIdentity
from desktop.printing.words import printed, printed_languages, translated

ROOT = Path(__file__).resolve().parents[2]
PRINTING = ROOT / "desktop" / "printing"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Codes a per-language table would be keyed by, or a language branch would compare with.
LANGUAGE_CODES = {"en", "tr", "de", "fr", "ar", "ru", "es", "it", "nl", "fa"}


def _translations_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def _is_language_code(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value in LANGUAGE_CODES


def _mentions_language(node: ast.AST) -> bool:
    names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]
    names += [n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)]
    return any("lang" in name.lower() for name in names)


def language_tables_and_branches(source: str, where: str) -> list[str]:
    """Dicts keyed by language codes and comparisons of a language with a code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = f"{where}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Dict) and node.keys:
            if all(key is not None and _is_language_code(key) for key in node.keys):
                found.append(f"{line}: a table keyed by language")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            codes = [
                side
                for side in sides
                if _is_language_code(side)
                or (
                    isinstance(side, ast.Tuple | ast.List | ast.Set)
                    and any(_is_language_code(item) for item in side.elts)
                )
            ]
            if codes and any(_mentions_language(side) for side in sides):
                found.append(f"{line}: a branch on a language code")
    return found


def test_printing_has_no_per_language_tables_or_branches() -> None:
    problems = []
    for path in sorted(PRINTING.rglob("*.py")):
        where = str(path.relative_to(ROOT))
        problems += language_tables_and_branches(path.read_text(encoding="utf-8"), where)
    assert problems == [], "Write printed words with printed(…): see desktop/printing/words.py"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('WORDS = {"title": {"en": "Price quote", "tr": "Fiyat teklifi"}}', 1),
        ('_W = {"en": {"yes": "yes"}, "tr": {"yes": "evet"}}', 1),
        ('x = ", " if language == "tr" else "."', 1),
        ('if lang != "tr":\n    pass', 1),
        ('language = language if language in ("tr", "en") else "en"', 1),
        ('LABELS = {"female": "Female", "tr": "Turkish"}', 0),
        ('kind = "tr" if code == "tr" else "en"', 0),
    ],
)
def test_the_checker_finds_language_tables_and_branches(source: str, expected: int) -> None:
    assert len(language_tables_and_branches(source, "sample.py")) == expected


def _catalogue_files() -> list[Path]:
    return sorted((ROOT / "resources" / "translations").glob("messages_*.ts"))


def _printed_context(path: Path) -> dict[str, ET.Element]:
    contexts = ET.parse(path).getroot().iter("context")
    chosen = [c for c in contexts if c.findtext("name") == words.CONTEXT]
    return {m.findtext("source") or "": m for c in chosen for m in c.iter("message")}


def test_every_printed_word_is_in_the_catalogue_and_nothing_stale() -> None:
    extracted, problems = _translations_module().extract_printed()
    assert problems == []
    assert len(extracted) > 100  # the extractor found the documents' words
    for path in _catalogue_files():
        assert sorted(_printed_context(path)) == sorted(extracted), (
            f"{path.name}: run `python scripts/translations.py update` and translate"
        )


@pytest.mark.parametrize("path", _catalogue_files(), ids=lambda p: p.name)
def test_every_printed_word_is_translated_with_its_placeholders(path: Path) -> None:
    problems = []
    for source, message in _printed_context(path).items():
        node = message.find("translation")
        text = "" if node is None else (node.text or "")
        if node is None or node.get("type") == "unfinished" or not text:
            problems.append(f"untranslated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} → {text!r}")
    assert problems == []


def test_words_print_in_the_documents_language_with_values() -> None:
    assert printed("Valid until", "tr") == "Geçerlilik tarihi"
    assert printed("Valid until", "en") == "Valid until"
    assert printed("VAT added ({rate} %)", "tr", rate="20") == "Eklenen KDV (%20)"
    assert printed("Page {page} of {total}", "tr", page=1, total=2) == "Sayfa 1 / 2"
    assert printed("Valid until", "xx") == "Valid until"  # no catalogue: English
    assert translated("a word nobody marked", "tr") == "a word nobody marked"
    assert {"en", "tr"} <= set(printed_languages())


def test_the_extractor_writes_the_printed_context(tmp_path, monkeypatch) -> None:
    translations = _translations_module()
    sample = tmp_path / "sample.py"
    sample.write_text(
        "printed('Valid until', language)\n"
        "LABELS = {'done': printed_word('Done')}\n"
        "printed(word, language)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "message_files", lambda: [sample])
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    found, problems = translations.extract_printed()
    assert found == ["Valid until", "Done"]
    assert problems == ["sample.py:3: printed() needs a literal template"]
    target = tmp_path / "messages_tr.ts"
    missing = translations.write_messages_ts(
        target, "tr", ["Hello."], {"Hello.": "Merhaba."}, (found, {"Done": "Yapıldı"})
    )
    assert missing == 1  # "Valid until" is still to translate
    monkeypatch.setattr(words, "catalogue_folder", lambda: tmp_path)
    assert printed("Done", "tr") == "Yapıldı"
    assert printed("Valid until", "tr") == "Valid until"  # unfinished: English
    assert translations.read_translations(target, context="Messages") == {"Hello.": "Merhaba."}


GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Printed</name>
        <message><source>Price quote</source><translation>Kostenvoranschlag</translation></message>
        <message><source>Valid until</source><translation>Gültig bis</translation></message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Seite {page} von {total}</translation>
        </message>
    </context>
</TS>
"""


@pytest.fixture
def german_catalogue(tmp_path, monkeypatch):
    """A third language shipped as nothing but a catalogue file beside the others."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for path in _catalogue_files():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "messages_de.ts").write_text(GERMAN, encoding="utf-8")
    monkeypatch.setattr(words, "catalogue_folder", lambda: folder)
    return folder


def test_a_third_language_prints_from_its_catalogue_alone(german_catalogue) -> None:
    from desktop.printing.quote import QuotePrint, QuotePrintLine, build_quote_pdf

    assert printed_languages() == ("de", "en", "tr")
    line = QuotePrintLine(
        description="Stirn",
        size_cm2=Decimal("35.5"),
        band_label="30–60 cm²",
        unit_price=Decimal("1234.5"),
        sessions=3,
        discount=Decimal("0"),
        discount_labels=(),
        vat=Decimal("0"),
        total=Decimal("3703.5"),
    )
    quote = QuotePrint(
        clinic=ClinicIdentity(name="Klinik"),
        language="de",
        number="Q-1",
        status="issued",
        patient_name="Jürgen Weiß",
        issued_on=date(2026, 11, 25),
        created_on=date(2026, 11, 25),
        valid_until=date(2026, 12, 25),
        currency="EUR",
        vat_rate_percent=Decimal("19"),
        prices_include_vat=True,
        lines=(line,),
        subtotal=Decimal("3703.5"),
        discount_total=Decimal("0"),
        vat_total=Decimal("591.32"),
        rounding_total=Decimal("0"),
        total=Decimal("3703.5"),
    )
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(build_quote_pdf(quote))).pages
    )
    assert "Kostenvoranschlag" in text and "Gültig bis" in text and "Seite 1 von 1" in text
    assert "Total to pay" in text  # not translated yet: English
    assert "25. Dezember 2026" in text  # CLDR's German long date
    assert "3.703,50\xa0€" in text or "3.703,50 €" in text  # German money
    assert "35,5 cm²" in text


def test_a_language_without_a_catalogue_prints_in_english(german_catalogue) -> None:
    (german_catalogue / "messages_de.ts").unlink()
    words.forget_catalogues()
    assert printed_languages() == ("en", "tr")
    assert words.document_language("de") == "en"
    assert words.document_language("tr") == "tr"


def test_the_translation_script_works_on_every_shipped_catalogue(german_catalogue) -> None:
    translations = _translations_module()
    assert translations.LANGUAGES == ("tr",)
    assert translations.catalogue_languages(german_catalogue) == ("de", "tr")
