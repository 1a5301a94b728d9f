"""The one-folder PyInstaller bundle builds and starts (`--smoke`) without the source tree.

Building takes about 1.5 minutes, so this runs only when asked (.ci/run asks):
    PEELDESK_TEST_BUNDLE=1 ./dev test tests/packaging/test_bundle.py
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from tests.translation_helpers import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PEELDESK_TEST_BUNDLE") != "1",
        reason="builds the PyInstaller bundle (~1.5 min): set PEELDESK_TEST_BUNDLE=1",
    ),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    # Asked for, so a missing PyInstaller is a failure, not a skip (./dev installs it).
    import PyInstaller  # noqa: F401

    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return work / "dist" / "peeldesk"


def _run(bundle, tmp_path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {
        "LC_ALL": lang,
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PEELDESK_DATA_DIR": str(tmp_path / "data"),
    }
    # Run from an unrelated folder with a minimal environment: nothing may come from the
    # source tree or the development venv.
    return subprocess.run(
        [str(bundle / "peeldesk"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bundle_holds_resources_migrations_and_no_qml(bundle) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "peeldesk.svg").is_file()
    assert (internal / "resources" / "translations" / "peeldesk_tr.qm").is_file()
    assert list((internal / "db" / "migrations" / "versions").glob("0001_*.py"))
    libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert "libQt6Pdf.so.6" in libs and "libQt6PrintSupport.so.6" in libs
    assert not {name for name in libs if "Quick" in name or "Qml" in name or "WebEngine" in name}
    # Staff passwords are Argon2id hashes: the cffi binding must be in the bundle.
    assert list(internal.glob("_argon2_cffi_bindings/_ffi*.so"))


def test_bundle_ships_peeldesk_as_compiled_bytecode(bundle) -> None:
    """Start-up never compiles PeelDesk's modules: an installed bundle usually may not write
    __pycache__ (Program Files, /opt), so shipped source would be compiled at every start."""
    from PyInstaller.archive.readers import CArchiveReader

    executable = CArchiveReader(str(bundle / "peeldesk"))
    [pyz_name] = [name for name in executable.toc if name.endswith(".pyz")]
    modules = executable.open_embedded_archive(pyz_name).toc
    for name in ("desktop.app", "desktop.ui.shell.starting_window", "desktop.ui.main_window"):
        assert name in modules, name
    internal = bundle / "_internal"
    # Only the Alembic scripts are source (data Alembic reads when upgrading, not at start).
    sources = [p for p in internal.rglob("*.py") if "migrations" not in p.parts]
    assert not [p for p in sources if p.parts[len(internal.parts)] in ("desktop", "db")]


def test_bundle_starts_on_a_new_database_and_quits_cleanly(bundle, tmp_path) -> None:
    result = _run(bundle, tmp_path, "--smoke", "--database", str(tmp_path / "new.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new.sqlite3").stat().st_size > 0  # migrations ran from the bundle


def test_bundle_cli_fills_demo_data_and_starts_in_turkish(bundle, tmp_path) -> None:
    database = str(tmp_path / "demo.sqlite3")
    demo = _run(
        bundle, tmp_path, "--database", database, "demo", "--patients", "30", "--sessions", "60"
    )
    assert demo.returncode == 0, demo.stderr
    # Printing from the bundle: ReportLab with the bundled DejaVu fonts and handout texts.
    with sqlite3.connect(database) as conn:
        (session_id,) = conn.execute(
            "SELECT id FROM treatment_session WHERE status = 'done' ORDER BY id LIMIT 1"
        ).fetchone()
    pdf = tmp_path / "aftercare.pdf"
    printed = _run(
        bundle,
        tmp_path,
        "--database",
        database,
        "print",
        "aftercare",
        str(session_id),
        "--out",
        str(pdf),
    )
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    verified = _run(bundle, tmp_path, "--database", database, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # ui_language defaults to "system": a Turkish computer gets the Turkish interface.
    turkish = _run(bundle, tmp_path, "--smoke", "--database", database, lang="tr_TR.UTF-8")
    assert turkish.returncode == 0, turkish.stderr
    assert "translation" not in turkish.stderr  # no "translation … not found" warning
