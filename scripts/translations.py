"""Qt translations: extract UI strings into .ts sources, compile .ts into .qm.

    python scripts/translations.py update    # extract new strings (after adding some)
    python scripts/translations.py release   # pyside6-lrelease: resources/translations/*.qm
    python scripts/translations.py merge     # after a git merge conflict in a .ts file
    python scripts/translations.py todo      # untranslated strings (both files), as JSON
    python scripts/translations.py fill F    # take translations from JSON {"source": "çeviri"}

Two sources per language, compiled into one peeldesk_<lang>.qm:
- peeldesk_<lang>.ts: the interface (tr()/translate() in desktop/ui), kept by pyside6-lupdate;
- messages_<lang>.ts: the sentences services and the database layer write with
  ``msg("…")`` (db/messages.py), context "Messages", and the words printed documents
  write with ``printed("…")``/``printed_word("…")`` (desktop/printing/words.py), context
  "Printed", both kept by this script (lupdate cannot read keyword arguments).
  Printing reads the Printed context straight from the .ts (it has no Qt), so the
  messages_<lang>.ts files ship with the package too.
The .qm files are committed (a wheel from a clean checkout needs them, and building one should
not need Qt's lrelease): run `release` after editing a .ts and commit both; `./dev` does it
when a .ts is newer, and tests/packaging/test_translations_compiled.py fails on a stale .qm.
Translators edit the .ts files (by hand or with pyside6-linguist).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TypeGuard

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# Only the interface is translated; services return messages already written for people.
SOURCES = ("desktop/ui", "desktop/app.py")


def catalogue_languages(folder: Path = TS_DIR) -> tuple[str, ...]:
    """The translated languages: one messages_<lang>.ts each (adding a language is adding one)."""
    return tuple(
        sorted(path.stem.removeprefix("messages_") for path in folder.glob("messages_*.ts"))
    )


LANGUAGES = catalogue_languages()
# Where msg("…") sentences are written (everything below the interface).
MESSAGE_SOURCES = ("db", "desktop")
MESSAGES_CONTEXT = "Messages"
PRINTED_CONTEXT = "Printed"
# printed("…", language) translates at once; printed_word("…") marks a word kept in a table.
PRINTED_CALLS = ("printed", "printed_word")


def _tool(name: str) -> str:
    # Prefer the tool installed next to this Python (the venv), then PATH.
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this environment.")
    return found


def source_files() -> list[str]:
    files: list[str] = []
    for entry in SOURCES:
        path = ROOT / entry
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files.extend(str(p.relative_to(ROOT)) for p in found)
    return files


def message_files() -> list[Path]:
    found = []
    for entry in MESSAGE_SOURCES:
        for path in sorted((ROOT / entry).rglob("*.py")):
            if "ui" not in path.relative_to(ROOT).parts:
                found.append(path)
    return found


def _call_name(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _is_msg_call(node: ast.AST) -> TypeGuard[ast.Call]:
    return _call_name(node) == "msg"


def _extract(names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Literal first arguments of calls to ``names``, in first-seen order, and non-literals."""
    templates: dict[str, None] = {}
    problems = []
    for path in message_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = _call_name(node)
            if name not in names:
                continue
            assert isinstance(node, ast.Call)
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates[first.value] = None
            else:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                problems.append(f"{where}: {name}() needs a literal template")
    return list(templates), problems


def extract_messages() -> tuple[list[str], list[str]]:
    """Every literal msg() template, in first-seen order, and the calls that are not literal."""
    return _extract(("msg",))


def extract_printed() -> tuple[list[str], list[str]]:
    """Every literal printed()/printed_word() word, and the calls that are not literal."""
    return _extract(PRINTED_CALLS)


def messages_ts(lang: str) -> Path:
    return TS_DIR / f"messages_{lang}.ts"


def read_translations(*files: Path, context: str | None = None) -> dict[str, str]:
    """Finished translations by source text (later files win), of one context if given."""
    found: dict[str, str] = {}
    for path in files:
        if not path.is_file():
            continue
        contexts = ET.parse(path).getroot().iter("context")
        chosen = [c for c in contexts if context is None or c.findtext("name") == context]
        for message in (m for c in chosen for m in c.iter("message")):
            node = message.find("translation")
            source = message.findtext("source")
            if node is None or source is None or not node.text:
                continue
            if node.get("type") not in ("unfinished", "obsolete", "vanished"):
                found[source] = node.text
    return found


def write_messages_ts(
    path: Path,
    lang: str,
    templates: list[str],
    known: dict[str, str],
    printed: tuple[list[str], dict[str, str]] = ([], {}),
) -> int:
    """Write the Messages and Printed contexts (sorted, so merges stay local).

    ``printed`` is the printed words and their known translations. Returns how many
    entries are new (untranslated)."""
    root = ET.Element("TS", version="2.1", language=f"{lang}_TR" if lang == "tr" else lang)
    missing = _add_context(root, MESSAGES_CONTEXT, templates, known)
    words, known_words = printed
    if words:
        missing += _add_context(root, PRINTED_CONTEXT, words, known_words)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _add_context(root: ET.Element, name: str, sources: list[str], known: dict[str, str]) -> int:
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    missing = 0
    for source in sorted(sources):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
            missing += 1
    return missing


def _printed_words(lang: str, *files: Path) -> tuple[list[str], dict[str, str]]:
    words, problems = extract_printed()
    if problems:
        raise SystemExit("\n".join(problems))
    return words, read_translations(*files, context=PRINTED_CONTEXT)


def update_messages(extra: tuple[Path, ...] = ()) -> None:
    templates, problems = extract_messages()
    if problems:
        raise SystemExit("\n".join(problems))
    for lang in LANGUAGES:
        path = messages_ts(lang)
        known = read_translations(*extra, path, context=MESSAGES_CONTEXT)
        printed = _printed_words(lang, *extra, path)
        missing = write_messages_ts(path, lang, templates, known, printed)
        print(
            f"{path.relative_to(ROOT)}: {len(templates)} messages, {len(printed[0])} printed"
            f" words, {missing} to translate"
        )


def update() -> None:
    """Add new strings to every .ts (keeping existing translations), drop vanished ones."""
    for lang in LANGUAGES:
        update_interface(lang)
    update_messages()


def merge() -> None:
    """Resolve a git conflict in the .ts files: keep every translation from both sides."""
    for lang in LANGUAGES:
        interface = TS_DIR / f"peeldesk_{lang}.ts"
        interface_sides = _conflict_sides(interface)
        message_sides = _conflict_sides(messages_ts(lang))
        if interface_sides:
            # lupdate starts from one side, adds what the other side's code wrote, and the
            # other side's translations are copied in afterwards.
            interface.write_bytes(interface_sides[0].read_bytes())
            update_interface(lang)
            _fill_interface(interface, read_translations(*interface_sides))
            update_interface(lang)  # back in lupdate's own layout
        if message_sides:
            messages_ts(lang).unlink()  # holds conflict markers; both sides are read instead
        update_messages(tuple(message_sides))
        for side in (*interface_sides, *message_sides):
            side.unlink()


def todo(lang: str = "tr") -> dict[str, str]:
    """Messages and interface strings still to translate, as a JSON-ready {source: ""}."""
    known = read_translations(messages_ts(lang), context=MESSAGES_CONTEXT)
    templates, _ = extract_messages()
    wanted = {template: "" for template in sorted(templates) if template not in known}
    known_words = read_translations(messages_ts(lang), context=PRINTED_CONTEXT)
    words, _ = extract_printed()
    wanted |= {word: "" for word in sorted(words) if word not in known_words}
    for message in ET.parse(TS_DIR / f"peeldesk_{lang}.ts").getroot().iter("message"):
        node = message.find("translation")
        if node is None:
            continue
        forms = [form.text or "" for form in node.iter("numerusform")]
        empty_plural = message.get("numerus") == "yes" and not all(f.strip() for f in forms)
        if node.get("type") == "unfinished" or empty_plural:
            wanted[message.findtext("source") or ""] = ""
    return wanted


def fill(answers: Path, lang: str = "tr") -> None:
    """Add translations from a JSON file of {source: translation} (what `todo` listed).

    Only what is untranslated is filled, in each catalogue: the same English can already be
    translated otherwise in another context (a printed column heading, say), and an answer
    meant for an interface string must not overwrite it. Change a translation in its .ts.
    """
    import json

    given = {k: v for k, v in json.loads(answers.read_text(encoding="utf-8")).items() if v}
    path = messages_ts(lang)
    templates, _ = extract_messages()
    known = given | read_translations(path, context=MESSAGES_CONTEXT)
    words, known_words = _printed_words(lang, path)
    missing = write_messages_ts(path, lang, templates, known, (words, given | known_words))
    # Interface strings (lupdate's file) with the same source get the translation too.
    _fill_interface(TS_DIR / f"peeldesk_{lang}.ts", given)
    update_interface(lang)  # back in lupdate's own layout
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}: {len(templates)} messages, {missing} to translate")


def _conflict_sides(path: Path) -> list[Path]:
    """Both versions of a file git left in conflict ("ours", "theirs"), as temporary files."""
    relative = path.relative_to(ROOT).as_posix()
    sides = []
    for stage in (2, 3):
        shown = subprocess.run(
            ["git", "show", f":{stage}:{relative}"], cwd=ROOT, capture_output=True
        )
        if shown.returncode == 0:
            side = path.with_suffix(f".stage{stage}.ts")
            side.write_bytes(shown.stdout)
            sides.append(side)
    return sides


def _fill_interface(path: Path, known: dict[str, str]) -> None:
    """Finish untranslated entries whose source is in ``known`` (ElementTree's layout)."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        source = message.findtext("source")
        if node is not None and node.get("type") == "unfinished" and source in known:
            node.text = known[source]
            del node.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)


def update_interface(lang: str) -> None:
    """pyside6-lupdate over the interface sources into peeldesk_<lang>.ts."""
    ts = TS_DIR / f"peeldesk_{lang}.ts"
    subprocess.run(
        # No source locations: line numbers would change with every edit and make
        # merges of the .ts conflict; the context (class name) is enough to find a string.
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *source_files(),
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def release(out_dir: Path = TS_DIR, quiet: bool = True) -> list[Path]:
    """Compile every .ts into out_dir; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        sources = [TS_DIR / f"peeldesk_{lang}.ts", messages_ts(lang)]
        qm = out_dir / f"peeldesk_{lang}.qm"
        command = [_tool("pyside6-lrelease"), *(str(ts) for ts in sources if ts.is_file())]
        command += ["-qm", str(qm)]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "release", "merge", "todo", "fill"])
    parser.add_argument("answers", nargs="?", type=Path, help="fill: a JSON file")
    parser.add_argument("--out", type=Path, default=TS_DIR, help="folder for .qm files")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    elif args.action == "merge":
        merge()
    elif args.action == "todo":
        import json

        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif args.action == "fill":
        if args.answers is None:
            parser.error("fill needs a JSON file")
        fill(args.answers)
    else:
        for qm in release(args.out, quiet=False):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
