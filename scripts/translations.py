"""Qt translations: extract UI strings into .ts sources, compile .ts into .qm.

    python scripts/translations.py update    # pyside6-lupdate over desktop/ (after adding strings)
    python scripts/translations.py release   # pyside6-lrelease: resources/translations/*.qm

The .qm files are build output (not committed): `./dev` and `build.spec` run `release`.
Translators edit resources/translations/peeldesk_<lang>.ts (by hand or with pyside6-linguist).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# Only the interface is translated; services return messages already written for people.
SOURCES = ("desktop/ui", "desktop/app.py")
LANGUAGES = ("tr",)


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


def update() -> None:
    """Add new strings to every .ts (keeping existing translations), mark vanished ones obsolete."""
    for lang in LANGUAGES:
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
    for ts in sorted(TS_DIR.glob("peeldesk_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        command = [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "release"])
    parser.add_argument("--out", type=Path, default=TS_DIR, help="folder for .qm files")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    else:
        for qm in release(args.out, quiet=False):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
