"""Sentences from services and the database layer reach the interface in its language."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MESSAGES_TS = ROOT / "resources" / "translations" / "messages_tr.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Programming mistakes, never shown to a person as a sentence of ours.
_INTERNAL = {
    "AssertionError",
    "KeyError",
    "LookupError",
    "Paragraph",  # printouts: in the patient's language, through printing/layout.word
    "ParagraphStyle",
    "NotImplementedError",
    "RuntimeError",
    "SystemExit",
    "TypeError",
    "ValueError",
}


def _translations_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def _plain_sentence(node: ast.AST | None) -> bool:
    """A literal or f-string sentence (not wrapped in msg())."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value


def _first_is_sentence(call: ast.Call) -> bool:
    return bool(call.args) and _plain_sentence(call.args[0])


def _untranslatable_sentences(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            # Exceptions and warnings are classes (capitalised); their first argument is
            # the sentence the person at the desk reads.
            if name[:1].isupper() and name not in _INTERNAL and _first_is_sentence(node):
                found.append(f"{where}: {name}(…) with a plain sentence")
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0].value
            named = isinstance(target, ast.Name) and target.id.endswith("errors")
            if named and isinstance(target, ast.Name) and _plain_sentence(node.value):
                found.append(f"{where}: {target.id}[…] = a plain sentence")
    return found


def test_every_sentence_for_people_goes_through_msg() -> None:
    """Services and db raise and collect messages with msg(), so the interface can translate."""
    translations = _translations_module()
    problems = []
    for path in translations.message_files():
        problems += _untranslatable_sentences(path)
    assert problems == []


def test_the_checker_finds_plain_sentences(tmp_path) -> None:
    sample = ROOT / "tests" / "_sample_messages.py"
    sample.write_text(
        "def f(errors, n):\n"
        "    errors['name'] = 'Type a name.'\n"
        "    errors['age'] = msg('Type an age.')\n"
        "    raise ServiceError(f'{n} is wrong.')\n"
        "    raise ServiceError(msg('{n} is wrong.', n=n))\n"
        "    raise ValueError('internal only')\n"
    )
    try:
        found = _untranslatable_sentences(sample)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "errors[…] = a plain sentence",
        "ServiceError(…) with a plain sentence",
    ]


def test_every_msg_template_is_literal_and_in_the_ts_file() -> None:
    translations = _translations_module()
    templates, problems = translations.extract_messages()
    assert problems == []
    in_file = {m.findtext("source") for m in ET.parse(MESSAGES_TS).getroot().iter("message")}
    missing = sorted(set(templates) - in_file)
    assert missing == [], (
        "New messages: run `python scripts/translations.py update` and translate them in "
        "resources/translations/messages_tr.ts"
    )


def test_every_message_is_translated_with_its_placeholders() -> None:
    problems = []
    for message in ET.parse(MESSAGES_TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = "" if node is None else (node.text or "")
        if node is None or node.get("type") == "unfinished" or not text:
            problems.append(f"untranslated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} → {text!r}")
    assert problems == []


@pytest.mark.parametrize("broken", [False, True])
def test_translated_fills_values_and_survives_a_bad_translation(qapp, monkeypatch, broken) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.services.common.messages import join, msg
    from desktop.ui.shell import i18n

    table = {
        "Keep the name under {limit} characters.": "Adı {limit} karakterin altında tutun."
        if not broken
        else "Adı {limt} karakterin altında tutun.",
        "Check {field}.": "{field} alanını kontrol edin.",
        "the name": "adı",
    }
    monkeypatch.setattr(
        QCoreApplication, "translate", staticmethod(lambda ctx, text: table.get(text, text))
    )
    sentence = join(
        msg("Keep the name under {limit} characters.", limit=100),
        msg("Check {field}.", field=msg("the name")),
    )
    assert str(sentence) == "Keep the name under 100 characters. Check the name."
    first = "Keep the name under 100 characters." if broken else "Adı 100 karakterin altında tutun."
    assert i18n.translated(sentence) == f"{first} adı alanını kontrol edin."
    assert i18n.translated("Ayşe Yılmaz") == "Ayşe Yılmaz"  # data is never looked up


def test_settings_dialog_shows_service_messages_in_turkish(qtbot, ctx, tmp_path, turkish) -> None:
    from desktop.services.settings import store as settings
    from desktop.ui.settings.settings_dialog import SettingsDialog

    fake = tmp_path / "logo.jpg"
    fake.write_bytes(b"GIF89a....")
    before = settings.read_all(ctx)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.region_edit.setText("Q1")
    dialog.logo_edit.setText(str(fake))
    dialog.save_button.click()
    assert "iki harfli bir ülke kodu" in dialog.errors["default_region"].text()
    assert dialog.errors["clinic_logo_path"].text() == (
        "“logo.jpg” bir PNG ya da JPEG görüntüsü değil. Logoyu PNG ya da JPEG olarak kaydedin."
    )
    assert settings.read_all(ctx) == before


def test_fill_never_overwrites_a_translation_that_exists(tmp_path, monkeypatch) -> None:
    """An answer for an interface string once replaced the printed cash-up heading with the
    same English ("Entries": Hareket → İşlem); fill only fills what is untranslated."""
    import json
    import shutil

    translations = _translations_module()
    for name in ("messages_tr.ts", "peeldesk_tr.ts"):
        shutil.copy(translations.TS_DIR / name, tmp_path / name)
    monkeypatch.setattr(translations, "TS_DIR", tmp_path)
    monkeypatch.setattr(translations, "update_interface", lambda lang: None)
    printed = translations.read_translations(
        tmp_path / "messages_tr.ts", context=translations.PRINTED_CONTEXT
    )
    assert printed["Entries"] == "Hareket"
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"Entries": "İşlem"}), encoding="utf-8")
    translations.fill(answers)
    after = translations.read_translations(
        tmp_path / "messages_tr.ts", context=translations.PRINTED_CONTEXT
    )
    assert after["Entries"] == "Hareket"
    assert after == printed  # nothing else moved either
