"""The log file: where it is, who may read it, every frame of an error, no patient data."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import logs

PATIENT = "Ayşe Yılmaz-İŞIK"


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logs.setup_logging(stderr=False)
    assert path is not None
    yield path
    logs.stop_logging()


def _book_session(family_name: str) -> None:
    taken_by = family_name  # a local value holding a name, as real code has
    raise ValueError(f"{taken_by} already has a session at 10:00")


def _register(family_name: str) -> None:
    try:
        _book_session(family_name)
    except ValueError as error:
        raise RuntimeError(f"could not register {family_name}") from error


def _log_failure() -> None:
    try:
        _register(PATIENT)
    except RuntimeError as error:
        logs.log_unexpected((type(error), error, error.__traceback__), "a test")


def test_the_log_lives_in_the_data_folder_for_its_owner_only(log_file) -> None:
    logging.getLogger("peeldesk").warning("a warning")
    assert log_file.parent == Path(os.environ["PEELDESK_DATA_DIR"]) / "logs"
    assert log_file.name == "peeldesk.log"
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert "WARNING peeldesk: a warning" in log_file.read_text(encoding="utf-8")


def test_an_error_is_logged_with_every_frame_and_without_the_patient(log_file) -> None:
    # A handler with Python's standard formatter runs first and caches the full text
    # (message included) on the record; the file must not reuse it.
    seen: list[str] = []
    standard = logging.Handler()
    standard.emit = lambda record: seen.append(logging.Formatter().format(record))  # type: ignore[method-assign]
    logging.getLogger().handlers.insert(0, standard)
    try:
        _log_failure()
    finally:
        logging.getLogger().removeHandler(standard)
    assert PATIENT in seen[0]  # the cache really held the name

    text = log_file.read_text(encoding="utf-8")
    assert "Ayşe" not in text and "Yılmaz" not in text and "İŞIK" not in text
    assert "ERROR peeldesk: unexpected error in a test" in text
    this_file = Path(__file__).name
    for function in ("_log_failure", "_register", "_book_session"):
        assert f'{this_file}", line ' in text and f", in {function}" in text
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
    # The cause comes first, as in Python's own traceback.
    assert text.index("builtins.ValueError") < text.index("builtins.RuntimeError")


def test_the_log_rotates_and_old_files_stay_private(monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    path = logs.setup_logging(stderr=False)
    try:
        assert path is not None
        for n in range(20):
            logging.getLogger("peeldesk").warning("line %d of a long day", n)
    finally:
        logs.stop_logging()
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated == [f"peeldesk.log{s}" for s in ("", ".1", ".2", ".3", ".4")]
    assert {stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()} == {0o600}


def test_a_second_setup_replaces_the_handlers(log_file) -> None:
    assert logs.setup_logging(stderr=False) == log_file
    logging.getLogger("peeldesk").warning("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_no_writable_log_folder_still_starts(monkeypatch, tmp_path, caplog) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PEELDESK_DATA_DIR", str(blocker))
    try:
        assert logs.setup_logging(stderr=False) is None
    finally:
        logs.stop_logging()
    assert "no log file" in caplog.text
    assert logs.report_pointer(KeyError) == "peeldesk: unexpected KeyError; details above"
