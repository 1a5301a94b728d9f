"""Gap-free counters (quote numbers such as Q-2026-0042) shared by every workstation.

``next_value(session, name)`` must be called inside the write transaction that
uses the number (``with ctx.database.write() as session``): the counter row
stays locked until that transaction ends, so

- two workstations never get the same number: on PostgreSQL the UPDATE takes
  the row lock and a second desk waits for the first to commit, then counts on
  from the committed value (READ COMMITTED re-reads the row it waited for); on
  SQLite ``BEGIN IMMEDIATE`` already lets one writer in at a time;
- no number is lost: if the transaction rolls back (bad input, a crash, a
  refused save), the increment rolls back with it and the next caller gets the
  same number.

One portable statement does it (``UPDATE ... SET last_value = last_value + 1
RETURNING last_value``), equivalent to ``SELECT ... FOR UPDATE`` followed by an
UPDATE but with one round trip. A counter that does not exist yet is created
with ``INSERT ... ON CONFLICT DO NOTHING`` so that two desks creating it at once
do not fail.
"""

from __future__ import annotations

from sqlalchemy import Executable, select, update
from sqlalchemy.orm import Session

from db.models import NumberSequence

MAX_NAME = 40


def next_value(session: Session, name: str) -> int:
    """The next number (1, 2, 3, …) of counter ``name``, reserved by this transaction."""
    if not name or len(name) > MAX_NAME:
        raise ValueError(f"sequence name must be 1-{MAX_NAME} characters: {name!r}")
    bump = (
        update(NumberSequence)
        .where(NumberSequence.name == name)
        .values(last_value=NumberSequence.last_value + 1)
        .returning(NumberSequence.last_value)
        .execution_options(synchronize_session=False)
    )
    value = session.execute(bump).scalar()
    if value is None:
        _create(session, name)
        value = session.execute(bump).scalar_one()
    return int(value)


def current_value(session: Session, name: str) -> int:
    """The last number handed out by ``name`` (0 if none yet); for display only."""
    value = session.scalar(select(NumberSequence.last_value).where(NumberSequence.name == name))
    return int(value or 0)


def _create(session: Session, name: str) -> None:
    dialect = session.get_bind().dialect.name
    # Each dialect has its own Insert class with on_conflict_do_nothing().
    statement: Executable
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = (
            postgresql_insert(NumberSequence)
            .values(name=name, last_value=0)
            .on_conflict_do_nothing(index_elements=["name"])
        )
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = (
            sqlite_insert(NumberSequence)
            .values(name=name, last_value=0)
            .on_conflict_do_nothing(index_elements=["name"])
        )
    else:  # pragma: no cover - PeelDesk supports SQLite and PostgreSQL only
        raise RuntimeError(f"unsupported database engine: {dialect}")
    session.execute(statement)
