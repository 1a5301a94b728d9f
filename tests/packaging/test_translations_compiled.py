"""The committed .qm translations are exactly what the .ts sources compile to.

The compiled files are committed so that a wheel built from a clean checkout speaks Turkish
without Qt's lrelease in the build environment; this test catches a .ts edited without
recompiling (`python scripts/translations.py release`, then commit the .qm).
"""

from __future__ import annotations

from pathlib import Path

from tests.translation_helpers import ROOT, compile_translations

COMMITTED = ROOT / "resources" / "translations"


def _differing(committed: Path, fresh: Path) -> list[str]:
    stale = []
    for compiled in sorted(fresh.glob("*.qm")):
        kept = committed / compiled.name
        if not kept.is_file() or kept.read_bytes() != compiled.read_bytes():
            stale.append(compiled.name)
    return stale


def test_committed_translations_match_a_fresh_compile(tmp_path) -> None:
    fresh = compile_translations(tmp_path / "fresh")
    assert sorted(p.name for p in fresh.glob("*.qm")) == ["peeldesk_tr.qm"]
    stale = _differing(COMMITTED, fresh)
    assert not stale, (
        f"{stale} out of date with the .ts sources: run "
        "`python scripts/translations.py release` and commit the .qm files"
    )


def test_an_edited_translation_is_noticed(tmp_path) -> None:
    # The comparison above must be able to fail: a changed source compiles differently.
    fresh = compile_translations(tmp_path / "fresh")
    edited = tmp_path / "edited"
    edited.mkdir()
    qm = fresh / "peeldesk_tr.qm"
    (edited / qm.name).write_bytes(qm.read_bytes()[:-1] + b"\x00")
    assert _differing(edited, fresh) == ["peeldesk_tr.qm"]
    assert _differing(fresh, fresh) == []
