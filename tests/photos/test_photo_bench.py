"""The photo part of `python -m bench` still runs (tiny counts; the figures are not checked)."""

from __future__ import annotations

from bench.photo_bench import backup_rows, phone_photo


def test_the_backup_figure_runs_and_names_its_sizes() -> None:
    original = dict(phone_photo())["original"]
    assert 2_500_000 < len(original) < 3_500_000  # phone-sized
    rows, note = backup_rows(2, log=lambda _m: None)
    assert [row.name for row in rows] == [
        "backup of 2 phone photos: first",
        "backup of 2 phone photos: next day (10 new)",
    ]
    assert all(row.value is not None and row.value > 0 for row in rows)
    assert "photos/ folder" in note and "backup file" in note
