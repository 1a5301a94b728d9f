"""Search as you type: names, any part of a phone number, birth dates.

The query is folded with Turkish rules (db.text.fold) and looked up as
prefix ranges on the patient_search_token primary key, read in index order
and cut at the page size: the cost of a page does not grow with the clinic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, and_, exists, false, select, tuple_
from sqlalchemy.orm import aliased

from db.models import Patient, PatientSearchToken
from db.text import prefix_upper_bound, words
from desktop.services.context import ServiceContext
from desktop.services.dates import parse_user_date
from desktop.services.patient_tokens import MIN_PHONE_DIGITS, PHONE_PREFIX
from desktop.services.patients import PatientRow, row_from
from desktop.services.permissions import Permission, require

PAGE_SIZE = 50
_PHONE_CHARS = re.compile(r"^[+\d()\-. ]+$")


@dataclass(frozen=True)
class SearchCursor:
    """Where the previous page stopped (keyset paging on the token index)."""

    token: str
    sort_key: str
    patient_id: int


@dataclass(frozen=True)
class SearchPage:
    rows: list[PatientRow]
    next_cursor: SearchCursor | None
    hint: str = ""


@dataclass
class ParsedQuery:
    prefixes: list[str] = field(default_factory=list)  # folded name words / '#'+digits
    birth_dates: list[date] = field(default_factory=list)
    hint: str = ""

    @property
    def empty(self) -> bool:
        return not self.prefixes and not self.birth_dates


def _merge_phone_groups(terms: list[str]) -> list[str]:
    """'0532 123 45 67' is one phone number, not four terms."""
    merged: list[str] = []
    for term in terms:
        is_digits = _PHONE_CHARS.match(term) and parse_user_date(term) is None
        if is_digits and merged and merged[-1].startswith("\0"):
            merged[-1] += term
        else:
            merged.append("\0" + term if is_digits else term)
    return [t[1:] if t.startswith("\0") else t for t in merged]


def parse_query(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
    for term in _merge_phone_groups(text.split()):
        as_date = parse_user_date(term)
        if as_date is not None:
            parsed.birth_dates.append(as_date)
            continue
        if _PHONE_CHARS.match(term) and any(ch.isdigit() for ch in term):
            digits = "".join(ch for ch in term if ch.isdigit())
            # 0090… or 0532…: international or trunk prefix, not part of the stored digits.
            digits = digits[2:] if digits.startswith("00") else digits.lstrip("0")
            if len(digits) >= MIN_PHONE_DIGITS:
                parsed.prefixes.append(PHONE_PREFIX + digits)
            else:
                parsed.hint = f"Type at least {MIN_PHONE_DIGITS} digits to search by phone."
            continue
        parsed.prefixes.extend(words(term))
    return parsed


def search_patients(
    ctx: ServiceContext,
    text: str,
    *,
    limit: int = PAGE_SIZE,
    after: SearchCursor | None = None,
    include_archived: bool = False,
) -> SearchPage:
    require(ctx, Permission.VIEW_PATIENTS)
    query = parse_query(text)
    if query.empty:
        return SearchPage([], None, query.hint)
    with ctx.database.read() as session:
        if not query.prefixes:
            return _by_birth_date_only(session, query, limit, after, include_archived)
        stmt = token_search_statement(
            query.prefixes,
            birth_dates=query.birth_dates,
            after=after,
            include_archived=include_archived,
        )
        hits = session.execute(stmt.limit(limit + 1)).all()
        page = hits[:limit]
        cursor = None
        if len(hits) > limit:
            last = page[-1]
            cursor = SearchCursor(last.token, last.sort_key, last.patient_id)
        rows = _rows_in_order(session, [hit.patient_id for hit in page])
        return SearchPage(rows, cursor, query.hint)


def token_search_statement(
    prefixes: list[str],
    *,
    birth_dates: list[date] | tuple[date, ...] = (),
    after: SearchCursor | None = None,
    include_archived: bool = False,
) -> Select:
    """The page query: hits as (token, sort_key, patient_id) in index order.

    The longest prefix drives a range scan of the patient_search_token primary
    key, already in (token, sort_key, patient_id) order, so LIMIT stops the walk
    after one page; NOT EXISTS keeps a patient matching through two words (Ali
    ALİOĞLU) to its first token; other words are EXISTS probes on the same key.
    Public so that tests and the benchmark can EXPLAIN exactly what runs.
    """
    # The longest prefix is usually the most selective: let it drive the index walk.
    ordered = sorted(prefixes, key=len, reverse=True)
    driver, others = ordered[0], ordered[1:]
    token = PatientSearchToken.__table__
    patient = Patient.__table__
    stmt = (
        select(token.c.token, token.c.sort_key, token.c.patient_id)
        .where(token.c.token >= driver, token.c.token < prefix_upper_bound(driver))
        .order_by(token.c.token, token.c.sort_key, token.c.patient_id)
    )
    earlier = aliased(PatientSearchToken)
    stmt = stmt.where(
        ~exists().where(
            earlier.patient_id == token.c.patient_id,
            earlier.token >= driver,
            earlier.token < token.c.token,
        )
    )
    for other in others:
        extra = aliased(PatientSearchToken)
        stmt = stmt.where(
            exists().where(
                extra.patient_id == token.c.patient_id,
                extra.token >= other,
                extra.token < prefix_upper_bound(other),
            )
        )
    # Patient conditions are a probe by primary key, not a join: with a join
    # SQLite's planner may start from the patient table (ix_patient_archived
    # looks selective to it) and sort the whole clinic (measured 110 ms vs <1 ms
    # on 100,000 patients).
    conditions = [patient.c.id == token.c.patient_id]
    conditions.extend(patient.c.birth_date == birth_date for birth_date in birth_dates)
    if not include_archived:
        conditions.append(patient.c.archived == false())
    if len(conditions) > 1:
        stmt = stmt.where(exists().where(*conditions))
    if after is not None:
        stmt = stmt.where(
            tuple_(token.c.token, token.c.sort_key, token.c.patient_id)
            > tuple_(after.token, after.sort_key, after.patient_id)
        )
    return stmt


def _by_birth_date_only(session, query, limit, after, include_archived) -> SearchPage:
    conditions = [Patient.birth_date == d for d in query.birth_dates]
    if not include_archived:
        conditions.append(Patient.archived == false())
    stmt = select(Patient).where(and_(*conditions)).order_by(Patient.sort_key, Patient.id)
    if after is not None:
        stmt = stmt.where(tuple_(Patient.sort_key, Patient.id) > (after.sort_key, after.patient_id))
    found = list(session.scalars(stmt.limit(limit + 1)))
    page = found[:limit]
    cursor = None
    if len(found) > limit:
        last = page[-1]
        cursor = SearchCursor("", last.sort_key, last.id)
    return SearchPage([row_from(p) for p in page], cursor, query.hint)


def _rows_in_order(session, ids: list[int]) -> list[PatientRow]:
    if not ids:
        return []
    by_id = {p.id: p for p in session.scalars(select(Patient).where(Patient.id.in_(ids)))}
    return [row_from(by_id[i]) for i in ids if i in by_id]
