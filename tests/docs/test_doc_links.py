"""No dangling references: links in the docs and document names in the source all exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Where code, comments and messages live; build output and caches are not ours.
SOURCE_SUFFIXES = {".py", ".spec", ".toml", ".cfg", ".ini", ".sh", ".desktop", ".mako"}
SOURCE_NAMES = {"dev", "Makefile", "run", "pg"}
SKIPPED_DIRS = {".git", ".venv", "build", "dist", "__pycache__", ".cache", "node_modules"}

_FENCE = re.compile(r"^(```|~~~).*?^\1", flags=re.DOTALL | re.MULTILINE)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", flags=re.MULTILINE)
# A document named in source: README.md, README-postgres.md, docs/admin-guide.md, DESIGN.md…
_DOC_NAME = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w-]+\.md)\b")
_README_VARIANT = re.compile(r"\bREADME-[\w-]+(?![\w-]|\.md)")
# This file names missing documents on purpose, to show that the checker finds them.
CHECKER = Path(__file__).resolve()


def _prose(markdown: str) -> str:
    """The text outside code: links in code blocks and spans are examples, not links."""
    return _CODE_SPAN.sub("", _FENCE.sub("", markdown))


def anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]|<!--.*?-->", "", heading).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    seen: dict[str, int] = {}
    found = set()
    for heading in _HEADING.findall(_FENCE.sub("", markdown)):
        slug = anchor(heading)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def broken_links(document: Path) -> list[str]:
    """Every relative link of ``document`` whose file or #anchor does not exist."""
    broken = []
    for target in _LINK.findall(_prose(document.read_text(encoding="utf-8"))):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path_part, _, fragment = target.partition("#")
        linked = (document.parent / path_part).resolve() if path_part else document
        if not linked.exists():
            broken.append(f"{document.name}: {target} (no such file)")
        elif (
            fragment
            and linked.suffix == ".md"
            and fragment not in anchors(linked.read_text(encoding="utf-8"))
        ):
            broken.append(f"{document.name}: {target} (no such heading)")
    return broken


def _source_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        if any(part in SKIPPED_DIRS for part in path.relative_to(ROOT).parts):
            continue
        if path == CHECKER:
            continue
        if path.is_file() and (path.suffix in SOURCE_SUFFIXES or path.name in SOURCE_NAMES):
            files.append(path)
    return sorted(files)


def missing_documents(text: str, label: str) -> list[str]:
    """Documents ``text`` (the file ``label``) names that are not in the repository."""
    known = {p.relative_to(ROOT).as_posix() for p in DOCS}
    known_names = {Path(p).name for p in known}
    missing = []
    for name in _DOC_NAME.findall(text):
        if name not in known and name not in known_names and not (ROOT / name).exists():
            missing.append(name)
    for name in _README_VARIANT.findall(text):
        if f"{name}.md" not in known_names:
            missing.append(name)
    return [f"{label} names {name}" for name in dict.fromkeys(missing)]


def test_every_relative_link_in_the_docs_exists() -> None:
    assert ROOT / "docs" / "admin-guide.md" in DOCS
    assert [problem for document in DOCS for problem in broken_links(document)] == []


def test_no_source_file_names_a_document_that_does_not_exist() -> None:
    files = _source_files()
    assert ROOT / "tests" / "conftest.py" in files and ROOT / "dev" in files
    problems = [
        problem
        for path in files
        for problem in missing_documents(
            path.read_text(encoding="utf-8", errors="replace"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert problems == []


def test_the_checkers_see_what_is_broken(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other page\n\n## Backups, restore and checks\n")
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n## Patients' data requests\n\n"
        "[ok](other.md#backups-restore-and-checks) [ok](#patients-data-requests) "
        "[gone](missing.md) [bad anchor](other.md#nowhere) [web](https://example.org/x)\n\n"
        "```sh\n[not a link](nowhere.md)\n```\n"
    )
    assert broken_links(page) == [
        "page.md: missing.md (no such file)",
        "page.md: other.md#nowhere (no such heading)",
    ]
    assert (
        anchor("Audit trail and `peeldesk audit verify`") == "audit-trail-and-peeldesk-audit-verify"
    )
    named = "# see README-postgres.md and DESIGN.md, or README-backups; README.md is fine\n"
    assert missing_documents(named, "sample.py") == [
        "sample.py names README-postgres.md",
        "sample.py names DESIGN.md",
        "sample.py names README-backups",
    ]
