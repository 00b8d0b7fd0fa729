"""Invariants of settlement.

* consideration − payoff = the reported difference, exactly, whatever the consideration;
* a settlement that fails half-way (an injected fault in the batch) changes nothing;
* nothing but a reversal is accepted on a settled note;
* reversing a settlement restores balances, holders and collateral exactly.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from settlement_books import DAY, LOAN, NOTES, ROOT, golden_book, opening

from promissory.app import NoteToAssign, Offer, Promissory
from promissory.book.store import Book
from promissory.codec import reports_json
from promissory.codec import settlement_json as sj
from promissory.codec.events_json import event_to_dict
from promissory.codec.terms_toml import load_terms
from promissory.core.engine import dues_on, replay
from promissory.core.settlement import (
    AssignedNote,
    Cash,
    Consideration,
    Forgiveness,
    Shares,
    reconcile,
)
from promissory.errors import RuleViolation

D = Decimal
cents = st.integers(min_value=1, max_value=5_000_000_000).map(lambda n: D(n).scaleb(-2))
BUCKETS = ("expenses", "default_interest", "interest", "principal")


# -- consideration − payoff = difference -------------------------------------------------------------

item = st.one_of(
    cents.map(Cash),
    cents.map(Forgiveness),
    st.builds(lambda v, k: AssignedNote(f"N{k}", v, "agreed"), cents, st.integers(0, 10**6)),
    st.builds(
        lambda n, p: Shares(D(p).scaleb(-3), count=n), st.integers(1, 10**7), st.integers(1, 10**6)
    ),
    st.builds(
        lambda a, p, r, m: Shares(D(p).scaleb(-2), amount=a, rounding=r, remainder=m),
        cents,
        st.integers(1, 10**5),
        st.sampled_from(["down", "up", "nearest"]),
        st.sampled_from(["cash", "forgiven"]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    principal=cents,
    interest=cents,
    days=st.integers(0, 2000),
    items=st.lists(item, min_size=1, max_size=5).filter(
        lambda xs: (
            sum(isinstance(x, Shares) for x in xs) <= 1
            and len({x.note_id for x in xs if isinstance(x, AssignedNote)})
            == sum(isinstance(x, AssignedNote) for x in xs)
        )
    ),
)
def test_difference_is_consideration_minus_payoff_exactly(
    principal: Decimal, interest: Decimal, days: int, items: list[Consideration]
) -> None:
    terms = load_terms(ROOT / "examples/valence-2002-loan.toml")
    ledger = replay(terms, [opening(LOAN, DAY, principal, interest)])
    day = DAY + timedelta(days=days)
    r = reconcile(ledger, day, items)
    assert r.consideration_total == sum((line.amount for line in r.lines), D(0))
    assert r.consideration_total == r.cash + r.notes + r.shares_value + r.forgiven
    assert r.difference == r.consideration_total - r.payoff.total
    assert r.status == (
        "shortfall" if r.difference < 0 else "exact" if r.difference == 0 else "excess"
    )
    assert r.split.total == min(r.consideration_total, r.payoff.total)
    _, dues = dues_on(ledger, day)
    for bucket in BUCKETS:
        assert getattr(r.split, bucket) + getattr(r.unpaid, bucket) == getattr(dues, bucket)


# -- failure atomicity ---------------------------------------------------------------------------


def snapshot(p: Promissory) -> dict[str, Any]:
    """Everything the book holds, as data: every note's events and its head."""
    out: dict[str, Any] = {}
    for note_id in p.book.note_ids():
        out[note_id] = (p.book.note(note_id).head,
                        [event_to_dict(e) for e in p.book.events(note_id)])  # fmt: skip
    return out


@pytest.mark.parametrize("fail_at", [0, 1, 2])
def test_a_settlement_that_fails_half_way_changes_nothing(monkeypatch: pytest.MonkeyPatch,
                                                          fail_at: int) -> None:  # fmt: skip
    original = Book._append_in
    calls = {"n": 0}

    def faulty(self: Book, conn: Any, item: Any, *rest: Any) -> Any:
        if calls["n"] == fail_at:
            raise RuntimeError("injected fault")
        calls["n"] += 1
        written = original(self, conn, item, *rest)
        if calls["n"] == fail_at == 2:  # after every note was written, before commit
            raise RuntimeError("injected fault")
        return written

    with golden_book() as p:
        before = snapshot(p)
        monkeypatch.setattr(Book, "_append_in", faulty)
        offer = [NoteToAssign(NOTES), Cash(D("155388.68"))]
        with pytest.raises(RuntimeError, match="injected fault"):
            p.accept_settlement(LOAN, DAY, offer)
        monkeypatch.setattr(Book, "_append_in", original)
        assert snapshot(p) == before
        assert p.holder_history(NOTES)[-1].holder == "Valence Technology, Inc."
        p.accept_settlement(LOAN, DAY, offer)  # and it can then be applied whole
        assert p.balance(LOAN, DAY).status.value == "terminated"


# -- nothing but a reversal after settlement ------------------------------------------------------

LATER = DAY + timedelta(days=10)
AFTER: list[tuple[str, dict[str, Any]]] = [
    ("advance", {"kind": "advance", "effective_date": LATER, "amount": "1000.00"}),
    ("payment", {"kind": "payment", "effective_date": LATER, "amount": "1000.00"}),
    ("same-day payment", {"kind": "payment", "effective_date": DAY, "amount": "1.00"}),
    ("expense", {"kind": "expense", "effective_date": LATER, "amount": "10.00",
                 "description": "counsel"}),
    ("default", {"kind": "default", "effective_date": LATER}),
    ("amendment", {"kind": "amendment", "effective_date": LATER, "maturity": "2009-09-30"}),
    ("pledge", {"kind": "pledge", "effective_date": LATER, "asset": "car", "asset_kind": "other",
                "value": "5.00"}),
    ("filing", {"kind": "ucc_filing", "effective_date": LATER, "filing_number": "X",
                "jurisdiction": "California"}),
    ("transfer", {"kind": "transfer", "effective_date": LATER, "holder": "Someone Else"}),
    ("settlement", {"kind": "settlement", "effective_date": LATER, "settlement_id": "again",
                    "cash": "1.00", "notes_value": "0", "shares_value": "0", "forgiven": "0",
                    "excess": "0"}),
]  # fmt: skip


@pytest.mark.parametrize("fields", [f for _, f in AFTER], ids=[name for name, _ in AFTER])
def test_nothing_but_a_reversal_is_accepted_on_a_settled_note(fields: dict[str, Any]) -> None:
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(D("155388.68"))])
        head = p.note(LOAN).head
        with pytest.raises(RuleViolation):
            p.post(LOAN, fields)
        assert p.note(LOAN).head == head


def test_a_notation_may_still_remark_on_a_settled_note() -> None:
    """A notation moves nothing; Schedule A may still carry remarks after settlement."""
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(D("155388.68"))])
        p.post(LOAN, {"kind": "notation", "effective_date": LATER, "text": "release letter sent"})


# -- reversal restores everything ----------------------------------------------------------------


def picture(p: Promissory, days: list[date]) -> dict[str, Any]:
    """Balances, holders and collateral of every note on each day, as data."""
    out: dict[str, Any] = {}
    for note_id in p.book.note_ids():
        for day in days:
            rep = p.collateral_report(note_id, day)
            out[f"{note_id} {day}"] = {
                "position": reports_json.position_to_dict(note_id, p.balance(note_id, day)),
                "collateral": sj.collateral_to_dict(note_id, day, "USD", rep.register,
                                                    rep.coverage, rep.filings, rep.warnings),
            }  # fmt: skip
        out[f"{note_id} holders"] = sj.holdings_to_dict(note_id, p.holder_history(note_id))
    return out


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    loan=st.tuples(cents, cents),
    notes=st.tuples(cents, cents),
    days=st.integers(0, 400),
    excess=st.integers(0, 10_000).map(lambda n: D(n).scaleb(-2)),
    other=st.none() | cents,
)
def test_reversal_restores_the_books_exactly(loan: tuple[Decimal, Decimal],
                                             notes: tuple[Decimal, Decimal], days: int,
                                             excess: Decimal, other: Decimal | None) -> None:  # fmt: skip
    with golden_book(loan, notes) as p:
        if other is not None:
            p.pledge(LOAN, "warehouse", DAY, value=other, haircut=D("0.25"))
        day = DAY + timedelta(days=days)
        r = p.propose_settlement(LOAN, day, [NoteToAssign(NOTES)])
        offer: list[Offer] = [NoteToAssign(NOTES)]
        if r.difference < 0:
            offer.append(Cash(-r.difference + excess))
        seen = [DAY, day, day + timedelta(days=45)]
        before = picture(p, seen)
        done = p.accept_settlement(LOAN, day, offer)
        after = picture(p, seen)
        assert after != before
        assert after[f"{LOAN} {day}"]["position"]["status"] == "terminated"
        assert after[f"{LOAN} {day}"]["collateral"]["register"][0]["released_on"] == day.isoformat()
        p.reverse_settlement(done.settlement_id, day + timedelta(days=60))
        assert picture(p, seen) == before
