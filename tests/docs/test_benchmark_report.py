"""docs/benchmarks.md is written by the bench from its rows: checked on given rows, no real run."""

from __future__ import annotations

from pathlib import Path

from bench.measure import Row, interleaved_medians_ms, table
from bench.report import PartResult, RunInfo, gaps_note, update_report

RUN = RunInfo(
    when="2026-12-03 20:00 UTC",
    commit="abc1234",
    machine="2 cores, Test CPU",
    command="python -m bench --only search",
)


def _search_rows() -> list[Row]:
    return [
        Row("search", "1 letter “a”, 100k patients", 0.24, "raw sqlite3, same SQL", 0.09, goal=3),
        Row(
            "search",
            "two words, 100k vs 10k patients",
            0.95,
            "same search, 10k patients",
            0.18,
            goal=1.5,
            cause="the 10k database has only 8 matches",
        ),
        Row("PostgreSQL", "search", None, note="set PEELDESK_BENCH_PG_URL to measure it"),
    ]


def test_the_report_holds_the_run_its_table_and_the_gaps_of_its_rows(tmp_path: Path) -> None:
    report = tmp_path / "docs" / "benchmarks.md"

    text = update_report(report, [PartResult("search", _search_rows())], RUN)

    assert report.read_text(encoding="utf-8") == text
    assert "written by `python -m bench`" in text
    assert "Measured 2026-12-03 20:00 UTC at commit `abc1234`" in text
    assert "Machine: 2 cores, Test CPU." in text
    assert (
        "| search: 1 letter “a”, 100k patients | 0.24 ms | raw sqlite3, same SQL: 0.09 ms" in text
    )
    gaps = text.split("**Gaps**", 1)[1]
    assert "*search: two words, 100k vs 10k patients*: 5.28× its baseline" in gaps
    assert "Why: the 10k database has only 8 matches." in gaps
    assert "*PostgreSQL: search*: not measured in this run (set PEELDESK_BENCH_PG_URL" in gaps
    assert "1 letter" not in gaps  # a row that met its goal is no gap
    # The parts this run did not measure say so instead of showing figures.
    assert "Not measured yet: run `python -m bench --only startup`." in text
    assert "Not measured yet: run `python -m bench --only slots`." in text


def test_a_partial_run_replaces_its_own_part_and_keeps_the_others(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    startup = [Row("start-up", "first window", 545.0, "bare window", 90.0, goal=2)]
    update_report(report, [PartResult("startup", startup, "imports: none")], RUN)
    update_report(report, [PartResult("search", _search_rows(), load=1000.0)], RUN)
    assert "Load average at the end of this part: 1000.0 on" in report.read_text(encoding="utf-8")
    later = RunInfo("2026-12-04 09:00 UTC", "def5678", "another machine", "python -m bench")

    text = update_report(
        report, [PartResult("search", [Row("search", "x", 1.0, "raw", 1.0, goal=3)])], later
    )

    assert (
        "| start-up: first window | 545 ms | bare window: 90 ms | 6.06× | ≤ 2× | MISSED |" in text
    )
    assert "imports: none" in text
    assert "Measured 2026-12-03 20:00 UTC at commit `abc1234`" in text  # the start-up part
    assert "Measured 2026-12-04 09:00 UTC at commit `def5678`" in text  # the new search part
    assert "two words" not in text  # the old search rows are gone
    assert text.count("## Patient search") == 1
    assert "Every row of this part met its goal in this run." in text


def test_a_page_goal_is_judged_on_the_time_and_the_ratio_is_only_shown() -> None:
    fast = Row("PDF", "quote, per page", 20.0, "plain page", 10.0, limit=25.0)
    slow = Row("PDF", "aftercare, per page", 38.0, "plain page", 30.0, limit=25.0)

    assert (fast.verdict, slow.verdict) == ("met", "MISSED")
    rendered = table([fast, slow])
    assert (
        "| PDF: quote, per page | 20 ms | plain page: 10 ms | 2.00× | ≤ 25 ms | met |" in rendered
    )
    gaps = gaps_note([fast, slow])
    assert "*PDF: aftercare, per page*: 38.0 ms against a goal of ≤ 25 ms." in gaps
    assert "quote" not in gaps


def test_a_service_and_its_baseline_are_timed_in_turn() -> None:
    calls: list[str] = []

    def service() -> None:
        calls.append("service")

    def baseline() -> None:
        calls.append("baseline")

    medians = interleaved_medians_ms(service, baseline, repeat=4, warmup=1)

    assert calls == ["service", "baseline"] * 5  # one warm-up round, then four timed rounds
    assert len(medians) == 2 and all(m >= 0 for m in medians)
