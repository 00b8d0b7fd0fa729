"""Unapplied funds (issue 10): money received that the terms do not let apply is held, shown on
Schedule A, applied to the installment when it falls due, netted in the payoff and returnable.

The note is ``examples/term-note-2024.toml`` (500,000.00 at 7.25%, 30/360, 60 installments of
9,959.68 from 2024-04-01) with ``[schedule] excess = "unapplied"``: "Lender may hold such unapplied
funds until Borrower makes payment to bring the Loan current" (the uniform instrument's words).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book
from promissory.codec.terms_toml import loads_terms
from promissory.core.billing import installment_status
from promissory.core.engine import position
from promissory.core.reports import payoff_quote
from promissory.core.state import Ledger

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"
TEXT = EXAMPLE.read_text()
HELD = loads_terms(TEXT.replace('prepayment_effect = "shorten-term"',
                                'prepayment_effect = "shorten-term"\nexcess = "unapplied"'))  # fmt: skip
INSTALLMENT = Decimal("9959.68")


def test_what_goes_beyond_the_installment_is_held_not_prepaid() -> None:
    led = book(HELD, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 14959.68
    """)  # fmt: skip
    assert led.problems == ()
    (row,) = [r for r in led.rows if r.kind == "payment"]
    # 3,020.83 interest and 6,938.85 principal of the installment; 5,000.00 held
    assert (row.split.interest, row.split.principal, row.unapplied) == (
        Decimal("3020.83"), Decimal("6938.85"), Decimal("5000.00"))  # fmt: skip
    assert row.state.principal == Decimal("493061.15")  # the table's balance: nothing prepaid
    assert row.state.unapplied == Decimal("5000.00")


def test_held_funds_pay_the_next_installment_on_its_due_date() -> None:
    led = book(HELD, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 14959.68
        2024-05-01 pay 4959.68
    """)  # fmt: skip
    assert led.problems == ()
    applied = [r for r in led.rows if r.kind == "unapplied_applied"]
    assert [(r.effective_date, r.amount, r.unapplied) for r in applied] == [
        (date(2024, 5, 1), Decimal("5000.00"), Decimal("-5000.00"))]  # fmt: skip
    # at the start of 2024-05-01 the 5,000.00 pays that day's interest (493,061.15 × 7.25% / 12
    # = 2,978.91) and 2,021.09 of principal; the payment that day pays the rest of installment 2
    assert (applied[0].split.interest, applied[0].split.principal) == (
        Decimal("2978.91"), Decimal("2021.09"))  # fmt: skip
    status = installment_status(led, date(2024, 5, 2))
    assert status is not None
    assert [x.remaining for x in status.installments[:2]] == [0, 0]
    assert (status.past_due, status.unapplied) == (0, 0)
    assert led.final.principal == Decimal("486080.38")  # the table's balance after 2 installments


def test_held_funds_are_applied_on_the_due_date_even_without_an_event_then() -> None:
    led = book(HELD, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 19919.36
    """)  # fmt: skip
    status = installment_status(led, date(2024, 5, 2))
    assert status is not None
    assert status.installments[1].paid_on == date(2024, 5, 1)
    assert (status.past_due, status.unapplied) == (0, 0)
    assert position(led, date(2024, 5, 2)).principal == Decimal("486080.38")


def test_the_payoff_nets_the_held_funds_and_paying_it_leaves_zero() -> None:
    text = """
        2024-03-01 advance 500000.00
        2024-04-01 pay 14959.68
    """
    led = book(HELD, text)
    quote = payoff_quote(led, date(2024, 4, 20))
    # 493,061.15 + 19 days' interest (1,886.65) less the 5,000.00 held
    assert quote.unapplied == Decimal("5000.00")
    assert quote.total == Decimal("493061.15") + quote.interest - Decimal("5000.00")
    paid = book(HELD, text + f"2024-04-20 pay {quote.total}")
    assert paid.problems == ()
    final = paid.final
    assert (final.principal, final.unapplied, final.paid_on) == (0, 0, date(2024, 4, 20))


def test_held_funds_are_returned_by_a_refund_and_never_more_than_is_held() -> None:
    led = book(HELD, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 14959.68
        2024-04-10 refund 6000.00
        2024-04-11 refund 5000.00
    """)  # fmt: skip
    assert [(p.seq, p.code) for p in led.problems] == [(3, "refund-exceeds-unapplied")]
    assert "5000.00" in led.problems[0].message
    assert led.final.unapplied == 0
    status = installment_status(led, date(2024, 4, 11))
    assert status is not None
    assert (status.received, status.applied, status.unapplied, status.returned) == (
        Decimal("14959.68"), INSTALLMENT, 0, Decimal("5000.00"))  # fmt: skip


def test_a_note_that_may_not_be_prepaid_holds_what_would_prepay_it() -> None:
    no_prepay = loads_terms(
        TEXT.replace("[rounding]", "[prepayment]\nallowed = false\n\n[rounding]")
    )
    led = book(no_prepay, "2024-03-01 advance 500000.00\n2024-04-01 pay 20000.00")
    assert led.problems == ()
    assert led.final.unapplied == Decimal("20000.00") - INSTALLMENT


def test_a_note_without_a_schedule_still_refuses_a_prepayment_it_does_not_allow() -> None:
    from ledger_dsl import terms

    seed = terms(prepayment={"allowed": False})
    led = book(seed, "2001-10-05 advance 1000000.00\n2002-01-01 pay 500000.00")
    assert [p.code for p in led.problems] == ["no-prepayment"]


def _conserved(led: Ledger, as_of: date) -> None:
    status = installment_status(led, as_of)
    assert status is not None
    assert status.received == status.applied + status.beyond + status.unapplied + status.returned
    assert status.unapplied >= 0
    # Schedule A: every cent that left the held funds was applied or returned
    rows = [r for r in led.rows if r.reversed_by is None]
    payments = [r for r in rows if r.kind == "payment"]
    applied = sum((r.split.total for r in rows if r.kind in ("payment", "unapplied_applied")),
                  Decimal(0))  # fmt: skip
    returned = sum((r.amount or 0 for r in rows if r.kind == "refund"), Decimal(0))
    received = sum((r.amount or 0 for r in payments), Decimal(0))
    assert received == applied + led.final.unapplied + returned


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 200), st.sampled_from(["pay", "refund"]), st.integers(1, 2_500_000)
        ),
        max_size=8,
    )
)
def test_money_is_conserved_received_is_applied_held_or_returned(
    moves: list[tuple[int, str, int]],
) -> None:
    start = date(2024, 3, 2).toordinal()
    lines = ["2024-03-01 advance 500000.00"]
    for offset, kind, cents in sorted(moves):
        lines.append(f"{date.fromordinal(start + offset)} {kind} {Decimal(cents) / 100:.2f}")
    led = book(HELD, "\n".join(lines))
    assert all(p.code in ("refund-exceeds-unapplied", "overpayment") for p in led.problems)
    _conserved(led, date(2024, 12, 31))


LOCKED = loads_terms(
    TEXT.replace("[rounding]",
                 '[prepayment]\nlockout_until = 2025-03-01\nminimum = "10000.00"\n\n[rounding]')
)  # fmt: skip


def test_a_prepayment_before_the_lockout_or_below_the_minimum_is_held() -> None:
    led = book(LOCKED, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 59959.68
    """)  # fmt: skip
    assert led.problems == () and led.final.unapplied == Decimal("50000.00")
    # a loan taken on current on 2025-02-28 (the table's balance after 11 installments)
    after = book(LOCKED, """
        2025-02-28 opening 421324.68 0
        2025-03-01 pay 14959.68
        2025-03-01 pay 20000.00
    """)  # fmt: skip
    assert after.problems == ()
    rows = [r for r in after.rows if r.kind == "payment"]
    # after the lockout: 5,000.00 beyond the installment is below the 10,000.00 minimum, held;
    # 20,000.00 the same day pays the next installment ahead and prepays 10,040.32, allowed
    assert [r.unapplied for r in rows] == [Decimal("5000.00"), 0]
    assert rows[1].split.principal == Decimal("20000.00")


def test_a_note_without_a_schedule_refuses_what_its_lockout_and_minimum_refuse() -> None:
    from ledger_dsl import terms

    seed = terms(prepayment={"lockout_until": date(2002, 6, 1), "minimum": "10000.00"})
    led = book(seed, """
        2001-10-05 advance 1000000.00
        2002-01-01 pay 500000.00
        2002-07-01 pay 65000.00
        2002-07-02 pay 80000.00
    """)  # fmt: skip
    assert [(p.seq, p.code) for p in led.problems] == [(2, "no-prepayment"), (3, "no-prepayment")]
    assert "may not be prepaid before 2002-06-01" in led.problems[0].message
    assert "at least 10000.00" in led.problems[1].message


def test_the_lockout_and_minimum_are_checked_and_written_back() -> None:
    import pytest

    from promissory.codec.terms_toml import dumps_terms
    from promissory.errors import TermsError

    assert loads_terms(dumps_terms(LOCKED)) == LOCKED
    early = TEXT.replace("[rounding]", "[prepayment]\nlockout_until = 2024-01-01\n\n[rounding]")
    with pytest.raises(TermsError, match=r"prepayment\.lockout_until.*after the issue date"):
        loads_terms(early)
    fine = TEXT.replace("[rounding]", '[prepayment]\nminimum = "10.001"\n\n[rounding]')
    with pytest.raises(TermsError, match=r"prepayment\.minimum.*no finer than USD"):
        loads_terms(fine)


def test_held_funds_that_pay_the_installment_on_its_due_date_leave_no_late_charge() -> None:
    late = loads_terms(str(EXAMPLE.read_text()).replace(
        'prepayment_effect = "shorten-term"', 'prepayment_effect = "shorten-term"\nexcess = "unapplied"'
    ).replace("[rounding]", '[late_charge]\npercent = "0.05"\n\n[rounding]'))  # fmt: skip
    text = "2024-03-01 advance 500000.00\n2024-04-01 pay {}\n2024-06-10 note a letter"
    held = book(late, text.format("19919.36"))  # installment 2 paid by the held funds on 05-01
    short = book(late, text.format("14959.68"))  # 5,000.00 held: installment 2 short
    assert [r.kind for r in held.rows if r.kind == "late_charge"] == ["late_charge"]  # 06-01's
    charges = [r.effective_date for r in short.rows if r.kind == "late_charge"]
    assert charges == [date(2024, 5, 2), date(2024, 6, 2)]


def test_a_settlement_takes_the_held_funds_with_its_consideration() -> None:
    """The quote nets the held funds, so a settlement of exactly the quote must be accepted, leave
    the note terminated with nothing owed and nothing held (the funds are not stranded)."""
    from dataclasses import replace

    from ledger_dsl import parse_events
    from promissory.core.engine import replay
    from promissory.core.settlement import Cash, reconcile, settlement_event
    from promissory.core.state import Status

    events = parse_events(HELD.id, """
        2024-03-01 advance 500000.00
        2024-04-01 pay 14959.68
    """)  # fmt: skip
    led = replay(HELD, events)
    day = date(2024, 4, 20)
    quote = payoff_quote(led, day)
    assert quote.unapplied == Decimal("5000.00")
    # 493,061.15 + 19 days of 30/360 interest at 7.25% (1,886.68), less the 5,000.00 held
    interest = (Decimal("493061.15") * Decimal("0.0725") * 19 / 360).quantize(Decimal("0.01"))
    assert quote.total == Decimal("493061.15") + interest - Decimal("5000.00")
    r = reconcile(led, day, [Cash(quote.total)])
    assert (r.status, r.difference) == ("exact", 0)
    assert r.unpaid.principal == 0 and r.unpaid.interest == 0
    settled = replay(HELD, [*events, replace(settlement_event(r, "S-1"), seq=len(events) + 1)])
    assert settled.problems == ()
    row = settled.rows[-1]
    assert (row.kind, row.amount, row.unapplied) == ("settlement", quote.total, Decimal("-5000.00"))
    assert (row.state.principal, row.state.unapplied) == (0, 0)
    assert position(settled, day).status is Status.TERMINATED
