"""Gap-free counters under two processes writing at once."""

from __future__ import annotations

import multiprocessing

from db.engine import Database
from desktop.services.common.sequences import next_value

PER_PROCESS = 40


def _take_numbers(url: str, queue) -> None:
    database = Database(url)
    taken = []
    try:
        for _ in range(PER_PROCESS):
            with database.write() as session:
                taken.append(next_value(session, "quote-2026"))
    finally:
        database.dispose()
    queue.put(taken)


def test_two_processes_get_distinct_numbers_without_gaps(database) -> None:
    url = str(database.engine.url)
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    workers = [spawn.Process(target=_take_numbers, args=(url, queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
    # Each process saw its own numbers rising.
    assert all(r == sorted(r) for r in results)


def test_a_rolled_back_transaction_does_not_burn_a_number(database) -> None:
    with database.write() as session:
        assert next_value(session, "x") == 1
    try:
        with database.write() as session:
            assert next_value(session, "x") == 2
            raise RuntimeError("issue failed later in the same transaction")
    except RuntimeError:
        pass
    with database.write() as session:
        assert next_value(session, "x") == 2
        assert next_value(session, "other") == 1


def _issue_quotes(url: str, patient_id: int, count: int, queue) -> None:
    from decimal import Decimal

    from desktop.services.common.context import ServiceContext
    from desktop.services.quotes import drafts as quote_drafts
    from desktop.services.quotes import issuing as quote_issuing
    from desktop.services.quotes import records as quotes

    database = Database(url)
    ctx = ServiceContext(database=database, workstation="desk")
    numbers = []
    try:
        for _ in range(count):
            data = quotes.QuoteInput(lines=(quotes.QuoteLineInput(None, Decimal(20), "Leke"),))
            draft = quote_drafts.create_draft(ctx, patient_id, data)
            numbers.append(quote_issuing.issue_quote(ctx, draft.id, draft.row_version).number)
    finally:
        database.dispose()
    queue.put(numbers)


def test_two_workstations_issuing_quotes_share_one_gap_free_series(database, ctx) -> None:
    from desktop.services.patients.records import register_patient
    from desktop.services.patients.validation import PatientInput

    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    desks = [
        spawn.Process(target=_issue_quotes, args=(str(database.engine.url), patient.id, 10, queue))
        for _ in range(2)
    ]
    for desk in desks:
        desk.start()
    numbers = sorted(queue.get(timeout=120) + queue.get(timeout=120))
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    from desktop.services.common.context import ServiceContext

    year = ServiceContext(database=database).today().year  # the desks use the real clock
    assert numbers == sorted(f"Q-{year}-{n:04d}" for n in range(1, 21))
