"""`pip install .` gives a working PeelDesk: the wheel, in a fresh venv, outside the checkout.

Builds the wheel from the files a clean checkout has (git's tracked and not-ignored files, so
nothing compiled locally sneaks in), installs it with its dependencies into a new venv in a
temp folder, and runs `peeldesk` from another temp folder with a minimal environment.
Installing PySide6 into a new venv takes about a minute (pip reuses its download cache), so
this runs only when asked (.ci/run asks):
    PEELDESK_TEST_WHEEL=1 ./dev test tests/packaging/test_wheel.py
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__
from tests.translation_helpers import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PEELDESK_TEST_WHEEL") != "1",
        reason="builds the wheel and installs it into a new venv (~1.5 min): "
        "set PEELDESK_TEST_WHEEL=1",
    ),
    pytest.mark.timeout(900),
]

# Never copied into the build: local build output and tools' caches.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def _clean_copy(destination: Path) -> Path:
    """The project as a fresh clone would have it (plus uncommitted, not-ignored edits)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
    )
    if listed.returncode != 0:  # not a git checkout (an unpacked source archive)
        shutil.copytree(ROOT, destination, ignore=_NOT_SOURCE)
        return destination
    for name in listed.stdout.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file():  # deleted but not yet committed: skip
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = _clean_copy(work / "source")
    # An absolute path: a bare word is taken for a package name on the index.
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist")]
    subprocess.run(
        [*build, str(source.resolve())],
        cwd=work,
        check=True,
    )
    [wheel] = (work / "dist").glob("peeldesk-*.whl")
    target = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    # Without PYTHONPATH: a checkout on it (with its egg-info) makes pip think PeelDesk is
    # installed already, and it skips installing the wheel.
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [str(target / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        cwd=work,
        env=clean_env,
        check=True,
    )
    return target


def _run(venv: Path, tmp_path: Path, *command: str, lang: str = "C.UTF-8"):
    env = {
        "LC_ALL": lang,
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PEELDESK_DATA_DIR": str(tmp_path / "data"),
    }
    # From an unrelated folder, without PYTHONPATH: nothing may come from the checkout.
    return subprocess.run(
        list(command), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_installed_package_has_its_files_and_metadata(venv, tmp_path) -> None:
    probe = """
import desktop, db, resources
from importlib.metadata import metadata
from desktop.resources import resource_path
from db.schema import MIGRATIONS_DIR
info = metadata("peeldesk")
print(desktop.__file__, resources.__file__, MIGRATIONS_DIR, sep="\\n")
print(info["Version"], info["License-Expression"], *info.get_all("Classifier"), sep="\\n")
for parts in (("catalog", "areas.json"), ("fonts", "DejaVuSans.ttf"),
              ("handouts", "tr", "aftercare.txt"), ("icons", "peeldesk.svg")):
    assert resource_path(*parts).is_file(), parts
"""
    result = _run(venv, tmp_path, "python", "-c", probe)
    assert result.returncode == 0, result.stderr
    package, resources, migrations, version, licence, *classifiers = result.stdout.splitlines()
    site = str(venv / "lib")
    assert package.startswith(site) and resources.startswith(site) and migrations.startswith(site)
    assert list(Path(migrations, "versions").glob("0001_*.py"))
    assert version == __version__
    assert licence == "LicenseRef-Proprietary"
    assert "Private :: Do Not Upload" in classifiers
    # pip compiles the bytecode as it installs (never --no-compile: a start from source on a
    # computer that may not write __pycache__ is about 1.2 times slower).
    assert list(Path(package).parent.glob("__pycache__/app.cpython-*.pyc"))


def _a_finished_translation() -> tuple[str, str, str]:
    """(context, English, Turkish) of the first finished entry in peeldesk_tr.ts."""
    tree = ET.parse(ROOT / "resources" / "translations" / "peeldesk_tr.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            plural = message.get("numerus") == "yes"
            if node is not None and node.text and node.get("type") is None and not plural:
                return context.findtext("name") or "", message.findtext("source") or "", node.text
    raise AssertionError("peeldesk_tr.ts has no finished translation")


def test_the_installed_package_speaks_turkish(venv, tmp_path) -> None:
    context, english, turkish = _a_finished_translation()
    probe = """
import sys
from desktop.app import create_application
from desktop.resources import resource_path
from desktop.ui.shell.i18n import install_language
from PySide6.QtCore import QCoreApplication
app = create_application()
print(resource_path("translations", "peeldesk_tr.qm"))
print(install_language("tr"))
print(QCoreApplication.translate(sys.argv[1], sys.argv[2]).replace("\\n", " "))
"""
    result = _run(venv, tmp_path, "python", "-c", probe, context, english)
    assert result.returncode == 0, result.stderr
    qm, installed, translated = result.stdout.splitlines()
    assert qm.startswith(str(venv / "lib"))
    assert installed == "True"
    assert translated == turkish.replace("\n", " ")


def test_demo_print_and_smoke_from_the_installed_command(venv, tmp_path) -> None:
    peeldesk = str(venv / "bin" / "peeldesk")
    database = str(tmp_path / "demo.sqlite3")
    demo = _run(
        venv,
        tmp_path,
        peeldesk,
        "--database",
        database,
        "demo",
        "--patients",
        "20",
        "--sessions",
        "40",
    )
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(database) as conn:
        (session_id,) = conn.execute(
            "SELECT id FROM treatment_session WHERE status = 'done' ORDER BY id LIMIT 1"
        ).fetchone()
    printed = _run(
        venv,
        tmp_path,
        peeldesk,
        "--database",
        database,
        "print",
        "aftercare",
        str(session_id),
        "--out",
        "x.pdf",
    )
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    smoke = _run(venv, tmp_path, peeldesk, "--smoke", "--database", database, lang="tr_TR.UTF-8")
    assert smoke.returncode == 0, smoke.stderr
    assert "translation" not in smoke.stderr  # no "translation … not found" warning
    log = (tmp_path / "data" / "logs" / "peeldesk.log").read_text(encoding="utf-8")
    assert "peeldesk: PeelDesk" in log and ": smoke" in log


def test_the_installed_package_prints_in_turkish(venv, tmp_path) -> None:
    """Printing has no Qt: it reads its words from the messages_*.ts catalogues, which must ship."""
    probe = """
from desktop.printing.words import printed, printed_languages
print(",".join(sorted(printed_languages())))
print(printed("Valid until", "tr"))
"""
    result = _run(venv, tmp_path, "python", "-c", probe)
    assert result.returncode == 0, result.stderr
    languages, valid_until = result.stdout.splitlines()
    assert "tr" in languages.split(",")
    assert valid_until == "Geçerlilik tarihi"
