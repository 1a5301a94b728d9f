"""`peeldesk demo` tells how much it added, the signed consents included."""

from __future__ import annotations

import argparse

from desktop.cli_commands.demo import run_demo


def test_demo_says_how_many_consents_were_signed(tmp_path, capsys) -> None:
    args = argparse.Namespace(
        database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        patients=6,
        sessions=20,
        force=False,
        seed=20261125,
    )
    assert run_demo(args) == 0
    out = capsys.readouterr().out
    assert "Added 6 patients, 20 sessions (" in out
    [line] = [text for text in out.splitlines() if text.startswith("Added")]
    count = int(line.split(" and ")[1].split(" signed consents")[0].replace(",", ""))
    assert count >= 6  # every demo patient has at least the laser peeling consent
