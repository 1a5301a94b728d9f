"""Small helpers: medians and the result rows the table prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: a measured median against its baseline."""

    section: str
    name: str
    value: float | None  # None: not measured (see note)
    baseline_name: str = ""
    baseline: float | None = None
    unit: str = "ms"
    goal: float | None = None  # highest acceptable ratio
    note: str = ""
    # Highest acceptable value itself, for goals stated in time rather than as a ratio
    # (a printed page); such a verdict depends on the machine, the ratio does not.
    limit: float | None = None
    # Why the row can miss its goal, as far as the bench knows; printed only when it does.
    cause: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "not measured"
        if self.limit is not None:
            return "met" if self.value <= self.limit else "MISSED"
        if self.goal is None or self.ratio is None:
            return ""
        return "met" if self.ratio <= self.goal else "MISSED"


def median_ms(action: Callable[[], object], *, repeat: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def interleaved_medians_ms(
    *actions: Callable[[], object], repeat: int, warmup: int = 3
) -> list[float]:
    """Median ms of each action, timed in turn within one loop.

    On a shared machine the background load changes from second to second; timing a
    service and its baseline one after the other lets the load land on one of them
    only, while alternating them makes both see the same load, so their ratio holds.
    """
    for _ in range(warmup):
        for action in actions:
            action()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, kept in zip(actions, times, strict=True):
            started = time.perf_counter()
            action()
            kept.append((time.perf_counter() - started) * 1000)
    return [statistics.median(kept) for kept in times]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.3g} {unit}"


def table(rows: list[Row]) -> str:
    """A Markdown table (reads fine in a terminal too)."""
    lines = [
        "| measure | PeelDesk | baseline | ratio | goal | verdict |",
        "|---|---:|---|---:|---:|---|",
    ]
    for row in rows:
        baseline = (
            f"{row.baseline_name}: {_fmt(row.baseline, row.unit)}" if row.baseline_name else ""
        )
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        if row.limit is not None:
            goal = f"≤ {_fmt(row.limit, row.unit)}"
        else:
            goal = f"≤ {row.goal:g}×" if row.goal is not None else ""
        verdict = row.verdict + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {row.section}: {row.name} | {_fmt(row.value, row.unit)} | {baseline} | {ratio} "
            f"| {goal} | {verdict} |"
        )
    return "\n".join(lines)
