"""Invariants of the journal over random ledgers (advances, payments with and without an escrow
part, escrow disbursements, expenses, defaults and cures, reversals, back-dated events — seq order
is not date order — and closes):

* every entry balances: debits equal credits, exactly;
* at every period end the receivable (lender) and payable (borrower) accounts equal the engine's
  principal, accrued interest, default interest, Lender Expenses and escrow balance to the cent
  (a closed period
  end: the engine as known at its close), and the trial balance is zero;
* a closed period is never rewritten: the entries up to a close are exactly those the journal had
  when the period was closed, whatever was recorded afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ledger_dsl import terms
from promissory.codec.terms_toml import load_terms
from promissory.core.accounting import (
    Close,
    balances_on,
    journal,
    period_ends,
    reconcile,
    trial_balance,
)
from promissory.core.accounting.roles import TIED
from promissory.core.events import (
    Advance,
    Cure,
    EscrowDisbursement,
    Event,
    EventOfDefault,
    LenderExpense,
    Payment,
    Reversal,
)
from promissory.core.money import Money

NOTE = terms(interest_default_margin="0.02")
#: the same note issued with a warrant: each advance is booked at a discount that accretes
WARRANT = load_terms(Path(__file__).parents[2] / "examples" / "valence-2001-note-with-warrant.toml")
#: interest compounded monthly, both first and last day counted, a prepayment premium to mid-2002
COMPOUNDING = terms(
    interest_compounding="monthly",
    interest_count_first_and_last_day=True,
    prepayment={"allowed": True, "premium": [{"until": date(2002, 6, 30), "percent": "0.02"}]},
)
#: 8% cash + 4% paid in kind, capitalised quarterly (issue 11)
PIK_SPLIT = terms(interest_compounding="quarterly", interest_payable="quarterly",
                  interest_pik={"rate": "0.04"})  # fmt: skip
#: a PIK toggle whose periods are paid in kind at 9% unless the borrower elects cash
PIK_TOGGLE = terms(interest_compounding="quarterly", interest_count_first_and_last_day=True,
                   interest_pik={"rate": "0.09", "toggle": True, "default_election": "pik"})  # fmt: skip
NOTES = {"seed": NOTE, "warrant": WARRANT, "compounding": COMPOUNDING, "pik split": PIK_SPLIT,
         "pik toggle": PIK_TOGGLE}  # fmt: skip
START = date(2001, 10, 5)
THROUGH = date(2002, 12, 31)
DAYS = (THROUGH - START).days


def usd(cents: int) -> Money:
    return Money(Decimal(cents).scaleb(-2), "USD")


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[Event], list[Close]]:
    n = draw(st.integers(3, 14))
    events: list[Event] = []
    for seq in range(1, n + 1):
        # the first event is an advance early in the note's life; the rest fall on any day
        day = START + timedelta(days=draw(st.integers(0, 60 if seq == 1 else DAYS)))
        base = {"note_id": NOTE.id, "effective_date": day, "seq": seq}
        kind = "advance" if seq == 1 else draw(st.sampled_from(
            ["advance", "advance", "pay", "pay", "pay", "expense", "default", "cure", "reverse",
             "escrow"]))  # fmt: skip
        if kind == "advance":
            events.append(Advance(amount=usd(draw(st.integers(1, 500_000_000))), **base))
        elif kind == "pay":  # some with an escrow part (taxes and insurance), held apart
            cents = draw(st.integers(1, 60_000_000))
            part = draw(st.one_of(st.none(), st.integers(0, min(cents, 500_000))))
            escrow = None if part is None else usd(part)
            events.append(Payment(amount=usd(cents), escrow=escrow, **base))
        elif kind == "escrow":  # paid out of escrow: refused beyond the balance
            events.append(EscrowDisbursement(amount=usd(draw(st.integers(1, 400_000))),
                                             payee="County Tax Office",
                                             to_borrower=draw(st.booleans()), **base))  # fmt: skip
        elif kind == "expense":
            events.append(LenderExpense(amount=usd(draw(st.integers(1, 5_000_000))), **base))
        elif kind == "default":
            events.append(EventOfDefault(**base))
        elif kind == "cure":
            events.append(Cure(**base))
        elif seq > 1:
            target = draw(st.integers(1, seq - 1))
            if not any(isinstance(e, Reversal) and e.target_seq == target for e in events):
                events.append(Reversal(target_seq=target, **base))
    events = [replace(e, seq=i) for i, e in enumerate(events, 1)]
    ends = period_ends(START, THROUGH - timedelta(days=1), "monthly")
    chosen = sorted(draw(st.sets(st.sampled_from(ends), max_size=3)))
    heads = sorted(draw(st.lists(st.integers(0, len(events)), min_size=len(chosen),
                                 max_size=len(chosen))))  # fmt: skip
    return events, [Close(end, head) for end, head in zip(chosen, heads, strict=True)]


@settings(max_examples=90, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers(), st.sampled_from(["lender", "borrower"]), st.sampled_from(sorted(NOTES)))
def test_entries_balance_and_accounts_tie_to_the_engine(
    case: tuple[list[Event], list[Close]], party: str, which: str
) -> None:
    events, closes = case
    note = NOTES[which]
    events = [replace(e, note_id=note.id) for e in events]
    j = journal(note, events, party, through=THROUGH, closes=closes)  # type: ignore[arg-type]
    kinds = {e.kind for e in j.entries}
    for kind in ("payment", "correction", "expense", "capitalisation", "escrow_disbursement"):
        event(f"{kind} posted: {kind in kinds}")
    event(f"default interest: {any(b.default_interest for b in j.engine)}")
    premium = any(p.role in ("premium_income", "premium_expense") for e in j.entries
                  for p in e.postings)  # fmt: skip
    event(f"premium posted: {premium}")
    for e in j.entries:
        assert e.balanced, e
        assert all(p.amount != 0 for p in e.postings)
    lines = reconcile(j)
    assert len(lines) == len(TIED[j.party]) * len(j.engine) > 0
    for t in lines:
        assert t.ties, t
        assert abs(t.residue.to_fraction()) <= Decimal("0.005")
    contra, accreted = ("unamortized_discount", "discount_income") if party == "lender" else (
        "debt_discount", "discount_expense")  # fmt: skip
    sign = 1 if party == "lender" else -1
    for b in j.engine:
        tb = trial_balance(j, b.end)
        assert tb.debits == tb.credits
        held = balances_on(j, b.end)
        # a discount is never over-accreted, nor accreted backwards
        assert sign * held.get((contra, ""), Decimal(0)) <= 0
        assert sign * held.get((accreted, ""), Decimal(0)) <= 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers(), st.sampled_from(["lender", "borrower"]))
def test_a_closed_period_is_never_rewritten(
    case: tuple[list[Event], list[Close]], party: str
) -> None:
    events, closes = case
    later = journal(NOTE, events, party, through=THROUGH, closes=closes)  # type: ignore[arg-type]
    for k, c in enumerate(closes):
        known = [e for e in events if e.seq <= c.head]
        then = journal(NOTE, known, party, through=c.period_end, closes=closes[:k])  # type: ignore[arg-type]
        assert [e for e in later.entries if e.day <= c.period_end] == list(then.entries)
