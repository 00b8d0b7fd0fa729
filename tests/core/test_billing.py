"""Amount due, past due and aging of an installment note, written as short ledgers.

The note is ``examples/term-note-2024.toml`` (issue 10): $500,000.00 at 7.25%, 30/360, 60 monthly
level installments from 2024-04-01.  The installment is computed here from the note's words,
P·r / (1 − (1 + r)^−n) with r = 0.0725 / 12, rounded half-up to the cent: 9,959.68.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book, terms
from promissory.codec.terms_toml import loads_terms
from promissory.core.billing import aging_bucket, installment_status
from promissory.core.state import Ledger

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml"
T = loads_terms(EXAMPLE.read_text())


def level_installment() -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        r = Decimal("0.0725") / 12
        p = Decimal("500000") * r / (1 - (1 + r) ** -60)
    return p.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


INSTALLMENT = level_installment()


def due(k: int) -> date:
    """The k-th installment's due date: the first of the month, from 2024-04-01."""
    month = 3 + k
    return date(2024 + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def ledger(*payments: tuple[date, Decimal]) -> Ledger:
    lines = ["2024-03-01 advance 500000.00"]
    lines += [f"{day.isoformat()} pay {amount}" for day, amount in payments]
    return book(T, "\n".join(lines))


def test_the_installment_is_the_notes_figure() -> None:
    assert Decimal("9959.68") == INSTALLMENT
    status = installment_status(ledger(), date(2024, 3, 1))
    assert status is not None
    assert [x.amount for x in status.installments[:59]] == [INSTALLMENT] * 59
    assert [x.due_date for x in status.installments[:3]] == [due(1), due(2), due(3)]


def test_two_installments_missed_are_past_due() -> None:
    status = installment_status(ledger((due(1), INSTALLMENT), (due(2), INSTALLMENT)),
                                date(2024, 7, 15))  # fmt: skip
    assert status is not None
    assert status.past_due == 2 * INSTALLMENT == Decimal("19919.36")
    assert status.days_past_due == (date(2024, 7, 15) - due(3)).days == 44
    assert status.aging == "30-59"
    assert (status.next_due_date, status.next_amount_due) == (due(5), INSTALLMENT)
    assert status.amount_due == 3 * INSTALLMENT
    late = [x for x in status.installments if x.past_due]
    assert [(x.number, x.days_past_due) for x in late] == [(3, 44), (4, 14)]


def test_a_short_payment_leaves_the_rest_of_the_installment_past_due() -> None:
    status = installment_status(ledger((due(1), Decimal("5000.00"))), date(2024, 4, 2))
    assert status is not None
    assert status.past_due == INSTALLMENT - Decimal("5000.00") == Decimal("4959.68")
    first = status.installments[0]
    assert (first.paid, first.remaining, first.days_past_due) == (
        Decimal("5000.00"), Decimal("4959.68"), 1)  # fmt: skip
    assert status.aging == "1-29"


def test_on_its_due_date_an_unpaid_installment_is_due_not_past_due() -> None:
    status = installment_status(ledger(), due(1))
    assert status is not None
    assert (status.past_due, status.days_past_due, status.aging) == (0, 0, "current")
    assert (status.next_due_date, status.next_amount_due) == (due(1), INSTALLMENT)


def test_paying_every_installment_on_its_due_date_is_never_past_due_and_pays_the_note() -> None:
    full = installment_status(ledger(), date(2024, 3, 1))
    assert full is not None
    payments = [(x.due_date, x.amount) for x in full.installments]
    paid = ledger(*payments)
    assert not paid.problems
    for day, _ in payments:
        for as_of in (day, date.fromordinal(day.toordinal() + 1)):
            status = installment_status(paid, as_of)
            assert status is not None
            assert status.past_due == 0, as_of
    last = paid.final
    assert last.principal == 0 and last.paid_on == due(60)
    after = installment_status(paid, date(2029, 6, 1))
    assert after is not None
    assert after.past_due == 0 and after.next_due_date is None and after.unapplied == 0


def test_a_payment_ahead_of_schedule_pays_the_next_installment() -> None:
    # the second installment paid on 2024-04-20, twelve days before it falls due
    status = installment_status(
        ledger((due(1), INSTALLMENT), (date(2024, 4, 20), INSTALLMENT)), date(2024, 5, 15)
    )
    assert status is not None
    assert status.past_due == 0 and status.aging == "current"
    assert status.installments[1].paid_on == date(2024, 4, 20)
    assert (status.next_due_date, status.next_amount_due) == (due(3), INSTALLMENT)
    # a second early payment before the same due date goes beyond the next installment: prepaid
    status = installment_status(
        ledger((due(1), INSTALLMENT), (date(2024, 4, 20), INSTALLMENT),
               (date(2024, 4, 25), Decimal("1000.00"))), date(2024, 5, 15))  # fmt: skip
    assert status is not None
    assert (status.beyond, status.unapplied) == (Decimal("1000.00"), 0)
    assert status.received == status.applied + status.beyond == 2 * INSTALLMENT + 1000


def test_a_late_payment_cures_the_oldest_installment_first() -> None:
    status = installment_status(ledger((date(2024, 5, 10), INSTALLMENT)), date(2024, 5, 10))
    assert status is not None
    assert status.installments[0].paid_on == date(2024, 5, 10)
    # the 2024-05-01 installment is the one left unpaid: on 2024-05-10 it is 9 days past due
    assert (status.installments[1].remaining, status.installments[1].days_past_due) == (
        INSTALLMENT, 9)  # fmt: skip
    assert (status.past_due, status.days_past_due) == (INSTALLMENT, 9)


def test_a_note_without_a_schedule_has_no_installment_status() -> None:
    seed = book(terms(), "2001-10-05 advance 1000000.00\n2002-03-31 pay 50000.00")
    assert installment_status(seed, date(2002, 4, 1)) is None


def test_aging_buckets() -> None:
    assert [aging_bucket(d) for d in (0, 1, 29, 30, 59, 60, 89, 90, 400)] == [
        "current", "1-29", "1-29", "30-59", "30-59", "60-89", "60-89", "90+", "90+"]  # fmt: skip


DAYS = st.integers(min_value=0, max_value=(date(2029, 6, 1) - date(2024, 3, 2)).days)
AMOUNTS = st.integers(min_value=1, max_value=3_000_000).map(lambda c: Decimal(c) / 100)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(DAYS, AMOUNTS), max_size=8), DAYS)
def test_past_due_is_bounded_and_payments_reconcile(
    payments: list[tuple[int, Decimal]], as_of_offset: int
) -> None:
    start = date(2024, 3, 2).toordinal()
    dated = sorted((date.fromordinal(start + d), a) for d, a in payments)
    paid = ledger(*dated)
    kept = {row.seq for row in paid.rows if row.kind == "payment"}
    as_of = date.fromordinal(start + as_of_offset)
    status = installment_status(paid, as_of)
    assert status is not None
    received = sum((a for (d, a), seq in zip(dated, range(2, 2 + len(dated)), strict=True)
                    if seq in kept and d <= as_of), Decimal(0))  # fmt: skip
    assert status.received == received
    assert status.applied + status.beyond + status.unapplied == status.received
    assert sum((x.paid for x in status.installments), Decimal(0)) == status.applied
    assert 0 <= status.past_due <= status.fallen_due
    assert status.past_due == sum(
        (x.remaining for x in status.installments if x.due_date < as_of), Decimal(0)
    )
    assert all(0 <= x.remaining <= x.amount for x in status.installments)
