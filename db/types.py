"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, DateTime, Dialect, String, type_coerce
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as UTC.

    SQLite keeps no zone, so values are converted to UTC on the way in and
    come back aware (UTC); the UI converts to the clinic's local time.
    Naive datetimes are refused: they are always a bug here.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime passed to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else aware_utc(value)


def aware_utc(value: datetime) -> datetime:
    """A datetime as a UTCDateTime column returns it (for rows read with raw_column)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact Decimal stored as a scaled integer (money in kuruş/cents, cm² in 1/100).

    SQLite has no decimal type and SQLAlchemy's Numeric goes through float
    there; an integer is exact and sums correctly on every engine.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("floats are not accepted for exact decimal columns")
        scaled = (Decimal(value) * self._factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return int(scaled)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)


@lru_cache(maxsize=4096)
def scaled_decimal(value: int, scale: int = 2) -> Decimal:
    """What ScaledDecimal(scale) returns for a stored integer, for rows read with raw_column.

    Same value and exponent (350 -> Decimal("3.50")); cached because sizes and
    settings repeat across rows, and a Decimal is immutable.
    """
    return Decimal(int(value)).scaleb(-scale)


def raw_column(column: Any) -> ColumnElement[Any]:  # a mapped column of a TypeDecorator
    """The column with its stored type (BigInteger, DateTime) instead of the decorator.

    The SQL is unchanged; only the per-value Python conversion is skipped, so a
    service reading hundreds of rows as tuples can convert repeated values once
    (scaled_decimal, aware_utc) instead of once per row and column.
    """
    return type_coerce(column, column.type.impl_instance)


def BytewiseString(length: int) -> String:
    """A string that compares and sorts by code point on every engine.

    Search keys are matched as prefix ranges (``key >= p AND key < p + U+10FFFF``)
    and paged in index order. SQLite's default BINARY collation already compares
    UTF-8 bytes, i.e. code points; a PostgreSQL database usually has a linguistic
    default collation (tr_TR, en_US, ICU) under which U+10FFFF may be ignored,
    punctuation may be skipped and the index order differs, so the range can miss
    rows and pages disagree with SQLite. Collation "C" (bytewise, always present)
    makes PostgreSQL behave exactly like SQLite, and its B-tree serves the range.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utc_now() -> datetime:
    return datetime.now(UTC)
