"""This computer's saved database choice: precedence, owner-only file, no passwords."""

from __future__ import annotations

import stat

import pytest

from db import paths
from db.paths import (
    WorkstationFileProblem,
    read_workstation_url,
    resolve_database_url,
    workstation_file,
    write_workstation_url,
)

SERVER = "postgresql+psycopg://peeldesk@server.local:5432/peeldesk"


def test_without_a_saved_choice_the_default_file_is_used() -> None:
    assert read_workstation_url() is None
    assert resolve_database_url() == "sqlite:///" + str(paths.default_database_path().resolve())


def test_precedence_cli_then_environment_then_workstation_then_default(
    monkeypatch, tmp_path
) -> None:
    write_workstation_url(SERVER)
    assert resolve_database_url() == SERVER
    monkeypatch.setenv(paths.DATABASE_ENV, str(tmp_path / "env.sqlite3"))
    assert resolve_database_url() == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_database_url(str(tmp_path / "cli.sqlite3")) == (
        f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    )
    monkeypatch.delenv(paths.DATABASE_ENV)
    workstation_file().unlink()
    assert resolve_database_url().endswith("peeldesk.sqlite3")


def test_saved_file_is_owner_only_also_under_a_lax_umask(monkeypatch) -> None:
    import os

    old = os.umask(0o022)
    try:
        path = write_workstation_url(SERVER)
        write_workstation_url(SERVER)  # replacing keeps the mode
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not path.with_name(path.name + ".tmp").exists()


def test_a_password_is_refused_when_saving_and_when_reading() -> None:
    with pytest.raises(WorkstationFileProblem, match="pgpass"):
        write_workstation_url("postgresql+psycopg://peeldesk:secret@server/peeldesk")
    assert not workstation_file().exists()
    # Typed into the file by hand: refused at start rather than used.
    workstation_file().parent.mkdir(parents=True, exist_ok=True)
    workstation_file().write_text(
        '{"database_url": "postgresql+psycopg://peeldesk:secret@server/peeldesk"}'
    )
    with pytest.raises(WorkstationFileProblem, match="pgpass") as caught:
        resolve_database_url()
    assert "secret" not in str(caught.value)


def test_a_damaged_file_is_reported_not_silently_replaced_by_the_local_file() -> None:
    workstation_file().parent.mkdir(parents=True, exist_ok=True)
    workstation_file().write_text("{not json")
    with pytest.raises(WorkstationFileProblem, match="damaged"):
        resolve_database_url()


def test_the_command_line_reports_a_damaged_file_as_a_sentence(capsys) -> None:
    from desktop.cli import main

    workstation_file().parent.mkdir(parents=True, exist_ok=True)
    workstation_file().write_text("[]")
    assert main(["check"]) == 2
    assert "damaged" in capsys.readouterr().err
