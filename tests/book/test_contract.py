"""The storage contract, run against SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.book import migrate
from promissory.book.store import Append, Book
from promissory.core.engine import position, replay
from promissory.core.events import Advance, Payment
from promissory.core.money import Money
from promissory.errors import Conflict, InvalidInput, NotFound, RuleViolation


@pytest.fixture
def app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock())
    p.init()
    p.add_note(SEED_TERMS)
    return p


def usd(amount: str) -> Money:
    return Money.of(amount, "USD")


def test_init_creates_the_head_schema_and_is_repeatable(book_url: str) -> None:
    book = Book(book_url)
    assert book.create() == (None, migrate.head_revision())
    assert book.create() == (migrate.head_revision(), migrate.head_revision())
    assert book.note_ids() == []


def test_events_get_a_gap_free_sequence_and_a_verified_chain(app: Promissory) -> None:
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "5000000.00"})
    app.post(NOTE, {"kind": "advance", "effective_date": date(2002, 1, 15), "amount": "1000.00"})
    app.post(NOTE, {"kind": "payment", "effective_date": date(2002, 3, 1), "amount": "2000.00"})
    stored = app.book.stored_events(NOTE)
    assert [s.event.seq for s in stored] == [1, 2, 3]
    assert stored[0].prev_hash == app.note(NOTE).creation_hash  # event #1 chains to the terms
    assert [s.prev_hash for s in stored[1:]] == [s.hash for s in stored[:-1]]
    assert app.book.head(NOTE) == (3, stored[-1].hash)
    assert app.verify() == []


def test_a_stale_expected_sequence_is_a_conflict_and_writes_nothing(app: Promissory) -> None:
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1.00"})
    with pytest.raises(Conflict, match="expected to append after event #0"):
        app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 6), "amount": "1.00"},
                 expected_head=0)  # fmt: skip
    with pytest.raises(Conflict):
        app.book.append([Advance(note_id=NOTE, effective_date=date(2001, 10, 7), amount=usd("1"))],
                        expected_head=0)  # fmt: skip
    assert app.book.head(NOTE)[0] == 1


def test_an_idempotency_key_returns_the_first_result_and_posts_nothing(app: Promissory) -> None:
    fields = {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "250000.00"}
    first = app.post(NOTE, fields, idempotency_key="wire-1")
    again = app.post(NOTE, fields, idempotency_key="wire-1")
    assert again.repeated
    assert again.event == first.event
    assert app.book.head(NOTE)[0] == 1
    with pytest.raises(Conflict, match="different request"):
        app.post(NOTE, {**fields, "amount": "1.00"}, idempotency_key="wire-1")


def test_a_racing_duplicate_key_resolves_to_the_first_event(app: Promissory) -> None:
    event = Advance(note_id=NOTE, effective_date=date(2001, 10, 5), amount=usd("10.00"))
    # Another writer got there first with the same key (as if between our check and our append).
    app.book.append([event], expected_head=0, idempotency_key="k")
    with pytest.raises(Conflict):
        app.book.append([event], expected_head=1, idempotency_key="k")
    result = app.record(event, idempotency_key="k")
    assert result.repeated
    assert result.event.seq == 1
    assert app.book.head(NOTE)[0] == 1


def test_a_rule_violation_is_refused_and_not_written(app: Promissory) -> None:
    with pytest.raises(RuleViolation):
        app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5),
                        "amount": "20000000.01"})  # fmt: skip
    assert app.book.head(NOTE)[0] == 0


def test_a_batch_across_notes_lands_whole_or_not_at_all(app: Promissory) -> None:
    other = SEED_TERMS.read_text().replace('id = "VAL-2001-10-05"', 'id = "OTHER"')
    app.add_note(other)
    a = Advance(note_id=NOTE, effective_date=date(2001, 10, 5), amount=usd("1.00"))
    b = Advance(note_id="OTHER", effective_date=date(2001, 10, 5), amount=usd("1.00"))
    with pytest.raises(Conflict):
        app.book.append_batch([Append(NOTE, (a,), 0), Append("OTHER", (b,), 5)])
    assert app.book.head(NOTE)[0] == 0
    assert app.book.head("OTHER")[0] == 0
    app.book.append_batch([Append(NOTE, (a,), 0), Append("OTHER", (b,), 0)])
    assert app.book.head(NOTE)[0] == 1
    assert app.book.head("OTHER")[0] == 1
    with pytest.raises(NotFound):
        app.book.append_batch([Append("NOPE", (a,), 0)])


def test_a_note_id_with_a_nul_is_not_in_the_book_on_every_backend(app: Promissory) -> None:
    # (PostgreSQL's text cannot hold a NUL: the lookup itself was a DataError there)
    with pytest.raises(NotFound, match="no note 'ab\\\\x00cd' in the book"):
        app.book.note("ab\x00cd")
    with pytest.raises(NotFound):
        app.payoff("ab\x00cd", date(2024, 9, 1))


# -- tamper evidence ---------------------------------------------------------------------------


def _five(app: Promissory) -> None:
    for i in range(5):
        app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5 + i),
                        "amount": f"{i + 1}000.00"})  # fmt: skip


def _sql(app: Promissory, statement: str) -> None:
    with app.book.engine.begin() as conn:
        conn.execute(sa.text(statement))


def test_verify_names_an_edited_event(app: Promissory) -> None:
    _five(app)
    _sql(app, "UPDATE events SET payload = REPLACE(payload, '3000.00', '300.00') WHERE seq = 3")
    problems = app.verify(NOTE)
    assert [(p.seq, p.what) for p in problems] == [(3, "edited")]


def test_verify_names_an_edited_and_rehashed_event(app: Promissory) -> None:
    _five(app)
    _sql(app, "UPDATE events SET hash = 'f' || SUBSTR(hash, 2) WHERE seq = 2")
    problems = app.verify(NOTE)
    assert {(p.seq, p.what) for p in problems} == {(2, "edited"), (3, "edited")}
    assert "#2 was edited" in problems[-1].message


def test_verify_names_a_removed_event(app: Promissory) -> None:
    _five(app)
    _sql(app, "DELETE FROM events WHERE seq = 3")
    assert [(p.seq, p.what) for p in app.verify(NOTE)] == [(3, "removed")]


def test_verify_names_a_removed_last_event(app: Promissory) -> None:
    _five(app)
    _sql(app, "DELETE FROM events WHERE seq = 5")
    assert [(p.seq, p.what) for p in app.verify(NOTE)] == [(5, "removed")]


def test_verify_names_reordered_events(app: Promissory) -> None:
    _five(app)
    _sql(app, "UPDATE events SET seq = 99 WHERE seq = 2")
    _sql(app, "UPDATE events SET seq = 2 WHERE seq = 4")
    _sql(app, "UPDATE events SET seq = 4 WHERE seq = 99")
    found = {(p.seq, p.what) for p in app.verify(NOTE)}
    assert (2, "reordered") in found
    assert (4, "reordered") in found


def test_verify_notices_a_copied_column_edited(app: Promissory) -> None:
    _five(app)
    _sql(app, "UPDATE events SET effective_date = '2001-12-31' WHERE seq = 1")
    assert [(p.seq, p.what) for p in app.verify(NOTE)] == [(1, "inconsistent")]


# -- history -----------------------------------------------------------------------------------


def test_as_known_on_answers_what_the_book_said_then(app: Promissory) -> None:
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    then = app.clock()
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 11, 5), "amount": "500000.00"})
    as_of = date(2002, 3, 31)
    assert app.balance(NOTE, as_of, known_on=then).principal == Decimal("1000000.00")
    assert app.balance(NOTE, as_of).principal == Decimal("1500000.00")
    assert len(app.schedule(NOTE, known_on=then).ledger.rows) == 1
    added = app.book.note(NOTE).created_at  # the note in the book, nothing advanced yet
    assert app.payoff(NOTE, as_of, known_on=added).principal == 0
    early = then - timedelta(days=1)  # before the note was added: it was not in the book
    with pytest.raises(NotFound, match="was not in the book"):
        app.payoff(NOTE, as_of, known_on=early)


# -- checkpoints -------------------------------------------------------------------------------

REVOLVER = SEED_TERMS.read_text().replace("revolving = false", "revolving = true")


def _busy_note(app: Promissory, days: int = 60) -> None:
    day = date(2001, 10, 5)
    for i in range(days):
        app.post(NOTE, {"kind": "advance", "effective_date": day, "amount": f"{1000 + i}.00"})
        if i % 3 == 2:
            app.post(NOTE, {"kind": "payment", "effective_date": day, "amount": "700.00"})
        day += timedelta(days=1 + i % 4)


def _figures(app: Promissory, days: list[date]) -> list[object]:
    out: list[object] = []
    for d in days:
        out.append(app.balance(NOTE, d))
        out.append(app.payoff(NOTE, d, days=2))
    return out


def _full(app: Promissory, days: list[date]) -> list[object]:
    ledger = replay(app.note(NOTE).terms, app.book.events(NOTE))
    return [position(ledger, d) for d in days]


@pytest.fixture
def cp_app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock(), checkpoint_every=8)
    p.init()
    p.add_note(REVOLVER)
    return p


def test_checkpoints_change_no_figure(cp_app: Promissory) -> None:
    app = cp_app
    _busy_note(app)
    assert app.book.checkpoint_count(NOTE) > 3
    days = [date(2001, 10, 5), date(2001, 11, 20), date(2002, 1, 1), date(2002, 6, 30)]
    with_cps = _figures(app, days)
    assert with_cps[::2] == _full(app, days)
    app.book.drop_checkpoints()
    assert _figures(app, days) == with_cps


def test_a_back_dated_event_replays_from_an_earlier_checkpoint(cp_app: Promissory) -> None:
    app = cp_app
    _busy_note(app)
    app.post(NOTE, {"kind": "payment", "effective_date": date(2001, 10, 20), "amount": "50.00"})
    head = app.book.head(NOTE)[0]
    with app.book.engine.connect() as conn:
        kept = conn.execute(sa.text("SELECT through, seq FROM checkpoints")).all()
    # the checkpoints through the payment's date or later were dropped (and made again from head)
    assert kept
    assert all(seq == head for through, seq in kept if str(through) >= "2001-10-20")
    last = app.book.events(NOTE)[-1]
    assert isinstance(last, Payment)
    assert last.allocation is not None
    days = [date(2001, 10, 25), date(2002, 6, 30)]
    assert _figures(app, days)[::2] == _full(app, days)
    app.post(NOTE, {"kind": "reversal", "effective_date": date(2002, 7, 1), "target_seq": 2})
    assert _figures(app, days)[::2] == _full(app, days)
    assert app.problems(NOTE) == ()
    app.book.drop_checkpoints()
    assert _figures(app, days)[::2] == _full(app, days)


# -- export and import -------------------------------------------------------------------------


def test_export_import_round_trip_is_byte_identical(
    app: Promissory, tmp_path: Path, book_url: str
) -> None:
    _five(app)
    app.post(NOTE, {"kind": "notation", "effective_date": date(2002, 1, 1), "text": "café ☕"},
             idempotency_key="n-1")  # fmt: skip
    first = tmp_path / "first.jsonl"
    app.export_book(first)
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    counts = target.import_book(first)
    assert (counts.notes, counts.events) == (1, 6)
    second = tmp_path / "second.jsonl"
    target.export_book(second)
    assert first.read_bytes() == second.read_bytes()
    assert target.verify() == []
    assert target.book.by_idempotency_key(NOTE, "n-1") is not None
    again = target.import_book(first)  # a second run posts nothing twice
    assert (again.notes, again.events, again.notes_present, again.events_present) == (0, 0, 1, 6)


def test_import_refuses_a_bundle_that_does_not_verify(app: Promissory, tmp_path: Path) -> None:
    _five(app)
    bundle = tmp_path / "b.jsonl"
    app.export_book(bundle)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(bundle.read_text().replace('"amount":"3000.00"', '"amount":"30000.00"'))
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    with pytest.raises(Exception, match="event #3: its hash does not verify"):
        target.import_book(bad)
    truncated = tmp_path / "cut.jsonl"
    truncated.write_text("".join(bundle.read_text().splitlines(keepends=True)[:-1]))
    with pytest.raises(InvalidInput, match="truncated"):
        target.import_book(truncated)
    assert target.book.note_ids() == []


def test_a_clock_far_in_the_past_is_still_utc(app: Promissory) -> None:
    at = app.clock()
    assert at.tzinfo is not None
    assert at < datetime(2100, 1, 1, tzinfo=at.tzinfo)
