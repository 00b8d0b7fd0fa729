"""The journal of notes with installments (issue 10's delinquency and billing): over random ledgers
of the term note with its delinquency clauses (``examples/term-note-2024-delinquency.toml``: a
``[late_charge]``, default interest on past-due installments only, a post-maturity margin),
shortened to 12 installments so the horizon reaches past maturity, with and without
``[schedule] excess = "unapplied"`` (what goes beyond the installments is held, applied on the due
dates, and may be refunded):

* every entry balances, exactly (transfers between holders among the events too);
* at every period end every receivable (payable) account — principal, interest, default interest,
  Lender Expenses, late charges — and the unapplied funds account (the lender's liability, the
  borrower's asset) equal the engine's figures to the cent (a closed period: as known at its
  close), and the trial balance is zero;
* a closed period is never rewritten, the rows the terms make after the last event included.

And a short ledger of the same note (60 installments) whose first installment is paid late: the
late charge the terms make on 2024-04-12 is posted on its own date, and paid by the next payment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from beancount import loader
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events
from promissory.codec.chart_toml import default_chart
from promissory.codec.journal_export import to_beancount
from promissory.codec.terms_toml import loads_terms
from promissory.core.accounting import (
    Close,
    Journal,
    balances_on,
    journal,
    period_ends,
    reconcile,
    trial_balance,
)
from promissory.core.accounting.roles import TIED
from promissory.core.events import (
    Acceleration,
    Advance,
    Cure,
    Event,
    EventOfDefault,
    LenderExpense,
    Payment,
    Refund,
    Reversal,
)
from promissory.core.money import Money
from promissory.core.transfer import Transfer

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024-delinquency.toml"
TEXT = EXAMPLE.read_text()
SHORT = TEXT.replace("maturity = 2029-03-01", "maturity = 2025-03-01").replace(
    "payments = 60 ", "payments = 12 "
)
NOTES = {
    "prepaid": loads_terms(SHORT),
    "held": loads_terms(
        SHORT.replace(
            'prepayment_effect = "shorten-term"',
            'prepayment_effect = "shorten-term"\nexcess = "unapplied"',
        )
    ),
}
START = date(2024, 3, 1)
THROUGH = date(2025, 6, 30)  # four months past maturity: the post-maturity margin accrues
DAYS = (THROUGH - START).days


def usd(cents: int) -> Money:
    return Money(Decimal(cents).scaleb(-2), "USD")


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[Event], list[Close]]:
    n = draw(st.integers(3, 16))
    events: list[Event] = [Advance(note_id="N", effective_date=START, seq=1,
                                   amount=usd(50_000_000))]  # fmt: skip
    for seq in range(2, n + 1):
        day = START + timedelta(days=draw(st.integers(1, DAYS)))
        base: dict[str, Any] = {"note_id": "N", "effective_date": day, "seq": seq}
        kind = draw(st.sampled_from(["pay", "pay", "pay", "pay", "refund", "refund", "expense",
                                     "default", "cure", "accelerate", "transfer", "reverse"]))  # fmt: skip
        if kind == "pay":
            # a part of an installment (43,3xx.xx) up to several: what goes beyond is held
            cents = draw(
                st.one_of(st.integers(100_000, 5_000_000), st.integers(5_000_000, 20_000_000))
            )
            events.append(Payment(amount=usd(cents), **base))
        elif kind == "refund":
            events.append(Refund(amount=usd(draw(st.integers(1, 500_000))), **base))
        elif kind == "expense":
            events.append(LenderExpense(amount=usd(draw(st.integers(1, 500_000))), **base))
        elif kind == "default":
            events.append(EventOfDefault(**base))
        elif kind == "cure":
            events.append(Cure(**base))
        elif kind == "accelerate":
            events.append(Acceleration(**base))
        elif kind == "transfer":  # the late charges and the funds held go with the note
            events.append(Transfer(holder=f"Assignee {seq}", **base))
        else:
            target = draw(st.integers(2, seq - 1)) if seq > 2 else None
            if target and not any(isinstance(e, Reversal) and e.target_seq == target
                                  for e in events):  # fmt: skip
                events.append(Reversal(target_seq=target, **base))
    events = [replace(e, seq=i) for i, e in enumerate(events, 1)]
    ends = period_ends(START, THROUGH - timedelta(days=1), "monthly")
    chosen = sorted(draw(st.sets(st.sampled_from(ends), max_size=2)))
    heads = sorted(draw(st.lists(st.integers(1, len(events)), min_size=len(chosen),
                                 max_size=len(chosen))))  # fmt: skip
    return events, [Close(end, head) for end, head in zip(chosen, heads, strict=True)]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers(), st.sampled_from(["lender", "borrower"]), st.sampled_from(sorted(NOTES)))
def test_scheduled_entries_balance_and_accounts_tie_to_the_engine(
    case: tuple[list[Event], list[Close]], party: str, which: str
) -> None:
    events, closes = case
    note = NOTES[which]
    events = [replace(e, note_id=note.id) for e in events]
    j = journal(note, events, party, through=THROUGH, closes=closes)  # type: ignore[arg-type]
    kinds = {e.kind for e in j.entries}
    for kind in ("late_charge", "unapplied_applied", "refund", "correction", "assignment"):
        event(f"{kind} posted: {kind in kinds}")
    event(f"funds held at some period end: {any(b.unapplied for b in j.engine)}")
    event(f"default interest past maturity: "
          f"{any(b.default_interest for b in j.engine if b.end > note.maturity)}")  # fmt: skip
    for e in j.entries:
        assert e.balanced, e
        assert all(p.amount != 0 for p in e.postings)
    lines = reconcile(j)
    assert len(lines) == len(TIED[j.party]) * len(j.engine) > 0
    for t in lines:
        assert t.ties, t
    for b in j.engine:
        tb = trial_balance(j, b.end)
        assert tb.debits == tb.credits
    # the unapplied funds are never negative: a liability of the lender, an asset of the borrower
    sign = -1 if party == "lender" else 1
    for b in j.engine:
        assert sign * balances_on(j, b.end).get(("unapplied_funds", ""), Decimal(0)) >= 0


LATE = loads_terms(TEXT)


def test_the_term_notes_late_charge_is_posted_on_its_day_and_paid_by_the_next_payment() -> None:
    # the first installment (9,959.68, due 2024-04-01) is paid on 2024-04-20, after the 10-day
    # grace period: the terms charge 5% of it, 497.98 (under the 500.00 cap), on 2024-04-12
    events = parse_events(LATE.id, """
        2024-03-01 advance 500000.00
        2024-04-20 pay 10457.66
    """)  # fmt: skip
    lender = journal(LATE, events, "lender", through=date(2024, 4, 30))
    borrower = journal(LATE, events, "borrower", through=date(2024, 4, 30))
    (charge,) = [e for e in lender.entries if e.kind == "late_charge"]
    assert charge.day == date(2024, 4, 12) and charge.seq is None
    assert {(p.role, p.amount) for p in charge.postings} == {
        ("late_charges_receivable", Decimal("497.98")),
        ("late_charge_income", Decimal("-497.98")),
    }
    (mirror,) = [e for e in borrower.entries if e.kind == "late_charge"]
    assert {(p.role, p.amount) for p in mirror.postings} == {
        ("late_charge_expense", Decimal("497.98")),
        ("late_charges_payable", Decimal("-497.98")),
    }
    (payment,) = [e for e in lender.entries if e.kind == "payment"]
    got = {p.role: p.amount for p in payment.postings}
    # the late charge, the default interest on the past-due installment (5% from 2024-04-01),
    # then the interest and the principal (the waterfall's own split on Schedule A)
    assert got == {
        "cash": Decimal("10457.66"), "late_charges_receivable": Decimal("-497.98"),
        "default_interest_income": Decimal("-26.28"), "interest_receivable": Decimal("-3020.83"),
        "interest_income": Decimal("-1913.20"), "notes_receivable": Decimal("-4999.37")}  # fmt: skip
    assert "late charges 497.98" in payment.memo
    at_end = balances_on(lender, date(2024, 4, 30))
    assert at_end.get(("late_charges_receivable", ""), Decimal(0)) == 0
    assert at_end[("late_charge_income", "")] == Decimal("-497.98")
    for t in reconcile(lender) + reconcile(borrower):
        assert t.ties, t


def test_held_funds_are_a_liability_of_the_lender_and_an_asset_of_the_borrower() -> None:
    # 50,000.00 on the first due date pays installment 1 (43,321.02 on the 12-installment note:
    # interest 3,020.83, principal 40,300.19) and holds 6,678.98; 1,000.00 of it is refunded;
    # the 5,678.98 left pays part of installment 2 at the start of its due date, 2024-05-01
    note = NOTES["held"]
    events = parse_events(note.id, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 50000.00
        2024-04-15 refund 1000.00
    """)  # fmt: skip
    lender = journal(note, events, "lender", through=date(2024, 5, 31))
    borrower = journal(note, events, "borrower", through=date(2024, 5, 31))

    def postings(j: Journal, kind: str) -> dict[str, Decimal]:
        (e,) = [e for e in j.entries if e.kind == kind]
        return {p.role: p.amount for p in e.postings}

    assert postings(lender, "payment") == {
        "cash": Decimal("50000.00"), "interest_receivable": Decimal("-3020.83"),
        "notes_receivable": Decimal("-40300.19"), "unapplied_funds": Decimal("-6678.98")}  # fmt: skip
    assert postings(borrower, "payment") == {
        "interest_payable": Decimal("3020.83"), "notes_payable": Decimal("40300.19"),
        "unapplied_funds": Decimal("6678.98"), "cash": Decimal("-50000.00")}  # fmt: skip
    assert postings(lender, "refund") == {
        "unapplied_funds": Decimal("1000.00"), "cash": Decimal("-1000.00")}  # fmt: skip
    assert postings(borrower, "refund") == {
        "cash": Decimal("1000.00"), "unapplied_funds": Decimal("-1000.00")}  # fmt: skip
    applied = postings(lender, "unapplied_applied")
    assert applied["unapplied_funds"] == Decimal("5678.98") and "cash" not in applied
    assert balances_on(lender, date(2024, 4, 30))[("unapplied_funds", "")] == Decimal("-5678.98")
    assert balances_on(borrower, date(2024, 5, 31))[("unapplied_funds", "")] == 0
    for j in (lender, borrower):
        assert all(t.ties for t in reconcile(j))
        text = to_beancount([j], default_chart())
        _entries, errors, _options = loader.load_string(text)
        assert errors == []
    assert "Liabilities:Unapplied-Funds" in to_beancount([lender], default_chart())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers(), st.sampled_from(["lender", "borrower"]), st.sampled_from(sorted(NOTES)))
def test_a_closed_period_of_a_scheduled_note_is_never_rewritten(
    case: tuple[list[Event], list[Close]], party: str, which: str
) -> None:
    # the rows the terms make after the last event known at a close (a late charge, held funds
    # applied) are in the closed period as they were then, whatever is recorded later
    events, closes = case
    note = NOTES[which]
    events = [replace(e, note_id=note.id) for e in events]
    later = journal(note, events, party, through=THROUGH, closes=closes)  # type: ignore[arg-type]
    for k, c in enumerate(closes):
        known = [e for e in events if e.seq <= c.head]
        then = journal(note, known, party, through=c.period_end, closes=closes[:k])  # type: ignore[arg-type]
        assert [e for e in later.entries if e.day <= c.period_end] == list(then.entries)
