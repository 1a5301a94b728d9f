"""Gap-free counters (quote numbers per year), safe with several workstations.

``next_value`` must run inside the caller's write transaction, so the number is
used, committed or rolled back together with the record that carries it: a
failed issue never burns a number, and two desks never get the same one.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import NumberSequence


def next_value(session: Session, name: str) -> int:
    """Bump counter ``name`` (created at 0 if missing) and return its new value.

    SQLite: writes already start with BEGIN IMMEDIATE, so the whole transaction
    holds the write lock. PostgreSQL: the row is locked with SELECT … FOR UPDATE
    until commit; a missing row is inserted inside a savepoint so two desks
    creating it at once both succeed (the loser then locks the winner's row).
    """
    current = session.scalar(
        select(NumberSequence.last_value).where(NumberSequence.name == name).with_for_update()
    )
    if current is None:
        try:
            with session.begin_nested():
                session.execute(insert(NumberSequence).values(name=name, last_value=0))
        except IntegrityError:
            pass  # another workstation created it first; lock theirs below
        current = session.scalar(
            select(NumberSequence.last_value).where(NumberSequence.name == name).with_for_update()
        )
    value = int(current or 0) + 1
    session.execute(
        update(NumberSequence).where(NumberSequence.name == name).values(last_value=value)
    )
    return value
