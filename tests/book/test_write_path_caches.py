"""The write path's shortcuts change nothing a reader or the chain can see.

* A principal's write enters its audit line in its own transaction: the event and the line naming
  who recorded it commit together, or neither does (then the log says how the write ended).
* A write keeps the replay it made (the note's tail from its checkpoint, with the new events) for
  the next write or quote on the note.  Two books fed the same requests at the same moments — one
  with the replay cache, one without — must hold byte-identical chains (every event, payment
  splits included, hashes the same) and give the same quotes.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promissory.app import Promissory
from promissory.app.access import Principal, Role
from promissory.errors import PromissoryError

ROOT = Path(__file__).resolve().parents[2]
VALENCE = ROOT / "examples" / "valence-2001-note.toml"
NOTE = "VAL-2001-10-05"
MOMENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
SERVICER = Principal("svc", Role.SERVICER, frozenset({"Berg & Berg Enterprises, LLC"}))


def _book(url: str, *, replay_cache: int = 256, checkpoint_every: int = 3) -> Promissory:
    app = Promissory(url, clock=lambda: MOMENT, replay_cache=replay_cache,
                     checkpoint_every=checkpoint_every)  # fmt: skip
    app.init()
    app.add_note(VALENCE, recorded_by="setup")
    return app


def test_a_write_and_its_audit_line_commit_together(
    book_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _book(book_url)
    servicer = app.acting_as(SERVICER, source="192.0.2.10")
    first = servicer.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5),
                                 "amount": "1000000.00"})  # fmt: skip
    log = [(e.user, e.action, e.target, e.outcome) for e in app.accounts.audit_log()]
    assert log == [("svc", "post advance", f"note {NOTE} #{first.event.seq}", "ok")]

    entered = type(app)._enter_audit

    def crash_before_commit(self: Promissory, line: object) -> None:
        entered(self, line)  # type: ignore[arg-type]
        raise OSError("the machine stopped before the commit")

    monkeypatch.setattr(type(app), "_enter_audit", crash_before_commit)
    head = app.book.head(NOTE)
    with pytest.raises(OSError, match="stopped before the commit"):
        servicer.post(NOTE, {"kind": "payment", "effective_date": date(2001, 11, 5),
                             "amount": "5000.00"})  # fmt: skip
    assert app.book.head(NOTE) == head  # no event
    log = [(e.action, e.target, e.outcome) for e in app.accounts.audit_log()]
    assert log[1:] == [("post payment", f"note {NOTE}", "error")]  # and no "ok" line for it


def test_a_repeated_request_is_logged_once_more_with_the_first_event(book_url: str) -> None:
    app = _book(book_url)
    servicer = app.acting_as(SERVICER)
    fields = {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "250000.00"}
    one = servicer.post(NOTE, fields, idempotency_key="k-1")
    two = servicer.post(NOTE, fields, idempotency_key="k-1")
    assert two.repeated and two.event == one.event
    log = [(e.action, e.target, e.outcome) for e in app.accounts.audit_log()]
    assert log == [("post advance", f"note {NOTE} #1", "ok")] * 2
    assert app.book.head(NOTE)[0] == 1


REQUESTS = st.lists(
    st.tuples(
        st.sampled_from(["advance", "payment"]),
        st.integers(min_value=0, max_value=400),  # days after the first advance
        st.integers(min_value=1, max_value=400_000),  # dollars
    ),
    min_size=1,
    max_size=12,
)


def _feed(app: Promissory, requests: list[tuple[str, int, int]]) -> list[object]:
    """Post the requests in order; what each did (its event, or the refusal's message), and the
    payoff quote 30 days after it."""
    start = date(2001, 10, 5)
    app.post(NOTE, {"kind": "advance", "effective_date": start, "amount": "1000000.00"})
    out: list[object] = []
    for kind, days, dollars in requests:
        day = start + timedelta(days=days)
        try:
            out.append(app.post(NOTE, {"kind": kind, "effective_date": day,
                                       "amount": f"{dollars}.00"}).event)  # fmt: skip
        except PromissoryError as error:
            out.append(str(error))
        out.append(app.payoff(NOTE, day + timedelta(days=30)))
    return out


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(requests=REQUESTS)
def test_the_kept_replays_change_no_event_and_no_quote(
    tmp_path_factory: pytest.TempPathFactory, requests: list[tuple[str, int, int]]
) -> None:
    folder = tmp_path_factory.mktemp("books")
    cached = _book(f"sqlite:///{folder / 'cached.db'}")
    plain = _book(f"sqlite:///{folder / 'plain.db'}", replay_cache=0)
    assert _feed(cached, requests) == _feed(plain, requests)
    assert cached.book.head(NOTE) == plain.book.head(NOTE)  # the same chain, hash for hash
    assert cached.verify() == plain.verify() == []


def test_the_kept_replays_match_on_each_backend(book_url: str, tmp_path: Path) -> None:
    requests = [("payment", 31, 20_000), ("advance", 45, 300_000), ("payment", 20, 5_000),
                ("payment", 92, 40_000), ("advance", 92, 10_000), ("payment", 120, 1_000),
                ("payment", 60, 2_500), ("payment", 181, 100_000)]  # fmt: skip
    cached = _book(book_url)
    plain = _book(f"sqlite:///{tmp_path / 'plain.db'}", replay_cache=0)
    assert _feed(cached, requests) == _feed(plain, requests)
    assert cached.book.head(NOTE) == plain.book.head(NOTE)
    assert cached.verify() == []


def test_a_request_reads_each_note_once_and_forgets_it_on_its_own_write(book_url: str) -> None:
    app = _book(book_url)
    elsewhere = Promissory(book_url, clock=lambda: MOMENT)  # another process writing the book
    advance = {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000.00"}

    def one_request() -> None:
        app.book.request_scope()
        first = app.book.note(NOTE)
        contextvars.Context().run(elsewhere.post, NOTE, advance)  # not this request's write
        assert app.book.note(NOTE) == first  # one state of the note for the whole request
        recorded = app.post(NOTE, advance)  # its own write forgets what it read
        assert app.book.note(NOTE).head == recorded.event.seq == first.head + 2

    contextvars.copy_context().run(one_request)
    assert app.book.note(NOTE).head == 2  # outside a request: always the database
    elsewhere.post(NOTE, advance)
    assert app.book.note(NOTE).head == 3


def test_a_pledged_note_the_reader_may_not_read_is_not_valued_for_it(book_url: str) -> None:
    """A borrower of the secured note sees that another note is pledged (its own Schedule A says
    so), but not that note's value: it is withheld, and the coverage counts only the rest."""
    app = _book(book_url)
    secured = "TERM-2024-001"
    app.add_note(ROOT / "examples" / "term-note-2024.toml", recorded_by="setup")
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5),
                    "amount": "400000.00"})  # fmt: skip
    app.post(secured, {"kind": "advance", "effective_date": date(2024, 3, 1),
                       "amount": "500000.00"})  # fmt: skip
    app.pledge(secured, NOTE, date(2024, 3, 2), asset_kind="note")
    app.pledge(secured, "Deed of trust, 12 Elm St", date(2024, 3, 2), value=Decimal("250000.00"))
    day = date(2024, 6, 1)

    owner = app.collateral_report(secured, day).coverage
    assert [v.item.asset for v in owner.collateral] == [NOTE, "Deed of trust, 12 Elm St"]
    assert owner.withheld == ()

    borrower = Principal("harbor", Role.BORROWER, frozenset({"Harbor Tool & Die, Inc."}))
    seen = app.acting_as(borrower).collateral_report(secured, day).coverage
    assert [v.item.asset for v in seen.collateral] == ["Deed of trust, 12 Elm St"]
    assert seen.collateral_value == Decimal("250000.00")
    assert seen.withheld == (NOTE,)
    assert seen.payoff == owner.payoff
    assert seen.ratio == (Decimal("250000.00") / seen.payoff).quantize(Decimal("0.0001"))
    assert seen.warning is not None and "1 pledged note(s) you may not read" in seen.warning
    assert f"{owner.collateral_value:,}" not in seen.warning

    lakeside = Principal("svc2", Role.SERVICER, frozenset({"Lakeside Commercial Bank"}))
    assert app.acting_as(lakeside).collateral_report(secured, day).coverage.withheld == (NOTE,)
    auditor = Principal("aud", Role.AUDITOR)
    assert app.acting_as(auditor).collateral_report(secured, day).coverage == owner


def test_a_kept_replay_serves_without_reading_checkpoints_only_while_it_can(
    book_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write or quote after a write on the same head reuses the kept replay without the
    checkpoint query; a day on or before the kept replay's checkpoint, another head, or more than
    ``checkpoint_every`` events since its checkpoint read the book's checkpoints again."""
    app = _book(book_url, checkpoint_every=3)
    plain = _book(f"sqlite:///{tmp_path / 'plain.db'}", replay_cache=0)
    reads: list[date] = []
    looked_up = type(app.book).checkpoint_before

    def counted(self: object, note_id: str, before: date) -> object:
        if self is app.book:  # not the plain book's reads
            reads.append(before)
        return looked_up(self, note_id, before)  # type: ignore[arg-type]

    monkeypatch.setattr(type(app.book), "checkpoint_before", counted)
    start = date(2001, 10, 5)
    for book in (app, plain):
        book.post(NOTE, {"kind": "advance", "effective_date": start, "amount": "1000000.00"})
        for k in range(1, 8):  # checkpoints are kept through these days (every 3 rows)
            book.post(NOTE, {"kind": "payment", "effective_date": start + timedelta(days=30 * k),
                             "amount": "1000.00"})  # fmt: skip
    late = start + timedelta(days=400)
    assert app.payoff(NOTE, late) == plain.payoff(NOTE, late)  # resumes from the latest checkpoint
    reads.clear()
    assert app.payoff(NOTE, late + timedelta(days=1)) == plain.payoff(
        NOTE, late + timedelta(days=1)
    )
    payment = {"kind": "payment", "effective_date": late, "amount": "1000.00"}
    assert app.post(NOTE, payment).event.seq == plain.post(NOTE, payment).event.seq == 9
    assert app.payoff(NOTE, late) == plain.payoff(NOTE, late)
    assert reads == []  # the kept replay served two quotes and a write, and the write's replay
    early = start + timedelta(days=31)  # a day on or before the kept replay's checkpoint
    assert app.payoff(NOTE, early) == plain.payoff(NOTE, early)
    assert reads == [early]
    reads.clear()
    for k in range(1, 5):  # more than checkpoint_every events after the kept one's checkpoint
        day = {**payment, "effective_date": late + timedelta(days=k)}
        app.post(NOTE, day), plain.post(NOTE, day)
    assert app.payoff(NOTE, late + timedelta(days=9)) == plain.payoff(
        NOTE, late + timedelta(days=9)
    )
    assert reads, "a kept replay of many events since its checkpoint looks for a later one"


def test_a_quote_reuses_a_long_kept_replay_until_the_head_moves(
    book_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quote kept from a replay of many events (from the start: no checkpoint before its day)
    answers the next quotes of the same head on later days without reading checkpoints or
    replaying again; a new event, a reversal and an amendment each move the head, and every
    quote, on every day asked and as known on a past moment, stays the uncached book's."""
    import promissory.app.service as service_module

    start = date(2001, 10, 5)
    writer = _book(book_url, checkpoint_every=3)
    plain = _book(f"sqlite:///{tmp_path / 'plain.db'}", replay_cache=0)
    for book in (writer, plain):
        book.post(NOTE, {"kind": "advance", "effective_date": start, "amount": "1000000.00"})
        for k in range(1, 9):  # eight payments: checkpoints every 3 rows
            book.post(NOTE, {"kind": "payment", "effective_date": start + timedelta(days=30 * k),
                             "amount": "1000.00"})  # fmt: skip
    app = Promissory(book_url, clock=lambda: MOMENT, checkpoint_every=3)  # a fresh worker
    reads: list[date] = []
    replays: list[int] = []
    looked_up, replayed = type(app.book).checkpoint_before, service_module.replay_from

    def counted(self: object, note_id: str, before: date) -> object:
        if self is app.book:
            reads.append(before)
        return looked_up(self, note_id, before)  # type: ignore[arg-type]

    def counted_replay(*args: object, **kwargs: object) -> object:
        replays.append(1)
        return replayed(*args, **kwargs)  # type: ignore[arg-type]

    def counts(call: Callable[[], object]) -> tuple[object, int, int]:
        """What ``app``'s own ``call`` answered, and its checkpoint reads and replays."""
        r, n = len(reads), len(replays)
        answer = call()
        return answer, len(reads) - r, len(replays) - n

    monkeypatch.setattr(type(app.book), "checkpoint_before", counted)
    monkeypatch.setattr(service_module, "replay_from", counted_replay)
    early = start + timedelta(days=1)  # no checkpoint before it: the replay runs from the start
    days = [early, start + timedelta(days=100), start + timedelta(days=300), date(2003, 1, 1)]
    assert counts(lambda: app.payoff(NOTE, early)) == (plain.payoff(NOTE, early), 1, 1)
    for day in days:  # served by the kept replay: no checkpoint read, nothing replayed
        quote = plain.payoff(NOTE, day, days=3)
        assert counts(lambda d=day: app.payoff(NOTE, d, days=3)) == (quote, 0, 0)  # type: ignore[misc]
        assert app.balance(NOTE, day) == plain.balance(NOTE, day)
    past = MOMENT  # as known on a moment: the audit view, which replays without the cache
    assert app.payoff(NOTE, days[2], known_on=past) == plain.payoff(NOTE, days[2], known_on=past)

    changes = [
        {"kind": "payment", "effective_date": start + timedelta(days=200), "amount": "2500.00"},
        {"kind": "reversal", "effective_date": start + timedelta(days=210), "target_seq": 3},
        {"kind": "amendment", "effective_date": start + timedelta(days=220),
         "maturity": "2009-09-30"},
    ]  # fmt: skip
    for change in changes:
        before = app.payoff(NOTE, days[3])
        # another worker writes: this one learns of it from the note's head alone
        assert writer.post(NOTE, change).event.seq == plain.post(NOTE, change).event.seq
        for day in days:
            assert app.payoff(NOTE, day, days=3) == plain.payoff(NOTE, day, days=3)
        if change["kind"] != "amendment":  # a later maturity leaves the 2003 figures alone
            assert app.payoff(NOTE, days[3]) != before
        assert app.book.note(NOTE).head == writer.book.head(NOTE)[0]
