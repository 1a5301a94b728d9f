"""Small helpers: medians and the result rows the table prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


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
    # Over repeated sets (see interleaved_sets): the lowest and highest set median of the
    # value, and the lowest and highest of the per-set ratios.
    value_span: tuple[float, float] | None = None
    ratio_span: tuple[float, float] | None = None
    sets: int = 1

    # The median of the per-set ratios when measured in sets, else value / baseline.
    set_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.set_ratio is not None:
            return self.set_ratio
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


@dataclass(frozen=True)
class Sets:
    """Medians of each action in each set: ``medians[action][set]``."""

    medians: tuple[tuple[float, ...], ...]

    def median(self, action: int) -> float:
        return statistics.median(self.medians[action])

    def span(self, action: int) -> tuple[float, float]:
        return min(self.medians[action]), max(self.medians[action])

    def ratios(self, action: int, baseline: int) -> list[float]:
        return [
            mine / theirs
            for mine, theirs in zip(self.medians[action], self.medians[baseline], strict=True)
        ]

    def row(
        self,
        section: str,
        name: str,
        baseline_name: str,
        *,
        action: int = 0,
        baseline: int = 1,
        **options: Any,
    ) -> Row:
        """A table row: ``action`` against ``baseline``, medians and ranges over the sets."""
        ratios = self.ratios(action, baseline)
        return Row(
            section,
            name,
            self.median(action),
            baseline_name,
            self.median(baseline),
            value_span=self.span(action),
            ratio_span=(min(ratios), max(ratios)),
            set_ratio=statistics.median(ratios),
            sets=len(ratios),
            **options,
        )


def interleaved_sets(
    *actions: Callable[[], object], repeat: int, sets: int = 3, warmup: int = 3
) -> Sets:
    """Each action timed in turn within one loop, in ``sets`` sets after one warm-up.

    The product and its floor take turns (so a burst of load on the shared machine
    lands on both), and the sets show how far a median moves from one set to the
    next: the table prints the median of the set medians with their range.
    """
    for _ in range(warmup):
        for action in actions:
            action()
    medians: list[list[float]] = [[] for _ in actions]
    for _ in range(sets):
        for kept, median in zip(
            medians, interleaved_medians_ms(*actions, repeat=repeat, warmup=0), strict=True
        ):
            kept.append(median)
    return Sets(tuple(tuple(kept) for kept in medians))


def profile_shares(
    action: Callable[[], object], groups: dict[str, Callable[[str, str], bool]], *, calls: int
) -> str:
    """Where ``action``'s time goes: cProfile's own time summed by group, as shares.

    ``groups`` maps a name to a test on (file name, function name); a function counts
    in the first group whose test accepts it, the rest is "other Python".
    """
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        action()
    profile.disable()
    raw: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    shares = dict.fromkeys([*groups, "other Python"], 0.0)
    total = 0.0
    for (filename, _line, function), (_cc, _nc, own, _cum, _callers) in raw.items():
        total += own
        group = next((g for g, test in groups.items() if test(filename, function)), None)
        shares[group or "other Python"] += own
    return ", ".join(f"{name} {own / total:.0%}" for name, own in shares.items() if own)


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
        if row.ratio_span is not None and row.sets > 1:
            ratio += f" ({row.ratio_span[0]:.2f}–{row.ratio_span[1]:.2f})"
        value = _fmt(row.value, row.unit)
        if row.value_span is not None and row.sets > 1:
            low, high = row.value_span
            value += f" ({_fmt(low, row.unit).split()[0]}–{_fmt(high, row.unit)})"
        if row.limit is not None:
            goal = f"≤ {_fmt(row.limit, row.unit)}"
        else:
            goal = f"≤ {row.goal:g}×" if row.goal is not None else ""
        verdict = row.verdict + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {row.section}: {row.name} | {value} | {baseline} | {ratio} | {goal} | {verdict} |"
        )
    return "\n".join(lines)
