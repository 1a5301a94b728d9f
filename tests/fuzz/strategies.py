"""Hypothesis strategies for the absurd, mixed with ordinary values, and the property's checks.

Each strategy draws mostly plausible values (so examples get past the first check and reach
the deeper ones) and often absurd ones: 1e30 and 10**40, NaN and Infinity, negatives, years 1
and 9999, lone surrogates, control characters, NUL, 10,000-character strings, empty text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError

# A few hundred examples in the ordinary run; thousands in the `thorough` twins (marked
# `slow`, run when PEELDESK_TEST_FUZZ=thorough, as CI's long job does).
EXAMPLES = 150
EXAMPLES_SLOW = 3000
THOROUGH = os.environ.get("PEELDESK_TEST_FUZZ") == "thorough"

ABSURD_DECIMALS = [
    Decimal("1e30"),
    Decimal(10**40),
    Decimal("-1e30"),
    Decimal("NaN"),
    Decimal("-NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("-1"),
    Decimal("0"),
    Decimal("-0"),
    Decimal("1e-30"),
    Decimal("0.004"),
    Decimal("9" * 40),
    Decimal("1E+999999"),
]
ABSURD_NUMBER_TEXT = ["", " ", "abc", "1e30", "NaN", "inf", "-5", "12,5", "1.2.3", "1e999999999"]
ABSURD_INTS = [0, -1, -(2**31), 2**31, 2**63, -(2**63) - 1, 10**40, -(10**40)]
ABSURD_TEXT = [
    "",
    "   ",
    "\ud800",
    "a\udfffb",
    "\x00",
    "NUL\x00inside",
    "\x1b[31mred",
    "bell\x07",
    "line\nbreak\ttab",
    "carriage\rreturn",
    "\u202eright-to-left",
    "\ufffe",
    "x" * 10_000,
    "Ş" * 2001,
    "İğüşöç ı",
]


def mostly(
    plausible: st.SearchStrategy[Any], *absurd: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """``plausible`` nineteen times in twenty: a booking has some twenty fields, and more
    absurd values would stop nearly every example at the first checks, never reaching the
    deeper ones (or storing anything)."""
    rare = st.one_of(*absurd)
    # Hypothesis favours the ends of a range: the rare branch sits in the middle.
    return st.integers(min_value=0, max_value=19).flatmap(lambda n: rare if n == 7 else plausible)


def decimals(low: str, high: str) -> st.SearchStrategy[Any]:
    """Decimals in [low, high] (two places) or absurd ones, as Decimal, float or text."""
    plausible = st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=2)
    return mostly(
        plausible,
        st.sampled_from(ABSURD_DECIMALS),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(ABSURD_NUMBER_TEXT),
        plausible.map(lambda d: str(d).replace(".", ",")),
    )


def exact_decimals(low: str, high: str) -> st.SearchStrategy[Decimal]:
    """Only Decimals (the quote and price-list inputs are typed Decimal), plausible or absurd."""
    return mostly(
        st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=2),
        st.sampled_from(ABSURD_DECIMALS),
        st.decimals(allow_nan=True, allow_infinity=True),
    )


def integers(low: int, high: int) -> st.SearchStrategy[int]:
    return mostly(
        st.integers(min_value=low, max_value=high),
        st.sampled_from(ABSURD_INTS),
        st.integers(min_value=-(10**40), max_value=10**40),
    )


def texts(*plausible: str) -> st.SearchStrategy[str]:
    return mostly(
        st.sampled_from(plausible or ("Er:YAG",)),
        st.sampled_from(ABSURD_TEXT),
        st.text(max_size=60),
        st.text(alphabet=st.characters(codec=None, categories=["Cc", "Cs", "Co", "Zl"])),
    )


def days(near: date) -> st.SearchStrategy[date]:
    """Days around ``near`` (the fixed clock's today) or anywhere from year 1 to 9999."""
    return mostly(
        st.dates(min_value=near, max_value=date(near.year + 1, 12, 31)),
        st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2201, 1, 1)]),
        st.dates(),
    )


def times() -> st.SearchStrategy[time]:
    return mostly(
        st.builds(time, st.integers(8, 18), st.sampled_from([0, 15, 30, 45])),
        st.sampled_from([time(0, 0), time(23, 59)]),
        st.times(),
    )


def profile(slow: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis settings for a property: the database fixture is reused across examples
    on purpose (each example counts rows before and after, so sharing it is harmless).

    The suite's run is derandomized: the same examples every time, so a landing is never
    blocked by a case a new random draw happens to find (one such, a 2**63 minimum on a
    combination rule, is now a regression test). The thorough run draws anew each time.
    """
    return settings(
        max_examples=EXAMPLES_SLOW if slow else EXAMPLES,
        derandomize=not slow,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
        ],
    )


def thorough(test: Callable[..., None]) -> Callable[..., None]:
    """The thousands-of-examples twin of a property: slow, and run only when asked."""
    marks = (
        pytest.mark.slow,
        pytest.mark.timeout(1800),
        pytest.mark.skipif(
            not THOROUGH,
            reason="3,000 examples a property (minutes): set PEELDESK_TEST_FUZZ=thorough",
        ),
    )
    for mark in marks:
        test = mark(test)
    return test


def or_none(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``values``, and None (a field left empty) one time in ten."""
    return st.integers(min_value=0, max_value=9).flatmap(lambda n: st.none() if n == 5 else values)


def row_counts(ctx: ServiceContext, *tables: Any) -> dict[str, int]:
    with ctx.database.read() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in tables
        }


def check_refusal(error: ValidationError, fields: set[str]) -> None:
    """A refusal names at least one field of the input, each with a sentence."""
    assert error.field_errors, "a ValidationError without a field"
    for key, message in error.field_errors.items():
        assert key.split(".")[0].split("[")[0] in fields, f"{key!r} is not a field of the input"
        assert str(message).strip(), f"no message for {key!r}"
        str(message).encode("utf-8")  # a lone surrogate quoted back could not be shown or logged
