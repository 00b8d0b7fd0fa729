"""Fees of the terms (``[[fees]]``, issue 11), each case a short ledger on a revolving credit note.

The note is ``examples/revolver-fees-2025.toml``: commitment 10,000,000.00, revolving, draws until
2026-12-31, maturity 2027-12-31, 7% ACT/360; a commitment fee of 0.50% a year on the daily unused
commitment (ACT/360) billed quarterly in arrears; an origination fee of 1.00% of the commitment
withheld from the first advance; an exit fee of 1.00% of the principal advanced, payable when the
note is paid in full, at maturity or on acceleration.  Every expected figure is worked here from
those words with plain ``Fraction``/``Decimal`` arithmetic, not read from the engine:

* advance 4,000,000.00 on 2025-01-01; on 2025-02-14 (44 days) a payment of the interest,
  4,000,000 × 7% × 44/360 = 34,222.22, and 1,000,000.00 of principal;
* the first quarter's fee (2025-01-01 to 2025-04-01, 90 days): unused 6,000,000 for 44 days and
  7,000,000 for 46 → 0.005 × (6,000,000 × 44 + 7,000,000 × 46) / 360 = 8,138.888… → 8,138.89;
* the origination fee: 1% × 10,000,000.00 = 100,000.00 (proceeds 3,900,000.00);
* the exit fee: 1% × 4,000,000.00 advanced = 40,000.00.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from ledger_dsl import book
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.engine import checkpoint_at, position, replay, replay_from, rows_through
from promissory.core.reports import explain, payoff_quote
from promissory.core.state import Status
from promissory.core.terms import Terms
from promissory.errors import TermsError

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "revolver-fees-2025.toml").read_text()
CENT = Decimal("0.01")
RATE, FEE = Fraction(7, 100), Fraction(5, 1000)

HISTORY = """
    2025-01-01 advance 4000000.00
    2025-02-14 pay 1034222.22
"""


def note(**replace_text: str) -> Terms:
    """The example note with words of its terms file replaced (each must be there)."""
    text = EXAMPLE
    for old, new in replace_text.items():
        assert old in text, old
        text = text.replace(old, new)
    return loads_terms(text)


def cents(x: Fraction | Decimal) -> Decimal:
    f = Fraction(x)
    return (Decimal(f.numerator) / Decimal(f.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def days(a: date, b: date) -> int:
    return (b - a).days


def unused_fee(unused: int, start: date, end: date) -> Fraction:
    """The commitment fee on ``unused`` over [start, end), ACT/360."""
    return FEE * unused * days(start, end) / 360


TERMS = note()


def test_the_interest_payment_repays_exactly_one_million() -> None:
    interest = cents(Fraction(4_000_000) * RATE * 44 / 360)
    assert interest == Decimal("34222.22")
    ledger = book(TERMS, HISTORY)
    assert not ledger.problems
    assert ledger.rows[1].to_principal == Decimal("1000000.00")
    assert ledger.rows[1].principal == Decimal("3000000.00")


def test_the_first_quarter_fee_is_billed_on_its_date_with_its_residue() -> None:
    q1 = unused_fee(6_000_000, date(2025, 1, 1), date(2025, 2, 14)) + unused_fee(
        7_000_000, date(2025, 2, 14), date(2025, 4, 1)
    )
    assert q1 == Fraction(5 * (6_000_000 * 44 + 7_000_000 * 46), 1000 * 360)
    rows = [r for r in rows_through(book(TERMS, HISTORY), date(2025, 4, 1)) if r.kind == "fee"]
    assert [(r.effective_date, r.amount) for r in rows] == [(date(2025, 4, 1), cents(q1))]
    assert rows[0].amount == Decimal("8138.89")
    assert rows[0].residue.to_fraction() == q1 - Fraction(cents(q1))  # closed on the row
    assert rows[0].seq == 0  # made by the terms, not recorded
    # the day before, nothing is billed: the fee is accrued, and owed only with a payoff
    before = position(book(TERMS, HISTORY), date(2025, 3, 31))
    assert before.fees == 0
    accrued = q1 - unused_fee(7_000_000, date(2025, 3, 31), date(2025, 4, 1))
    assert before.fees_accrued == cents(accrued)


def test_the_second_quarter_fee() -> None:
    q2 = unused_fee(7_000_000, date(2025, 4, 1), date(2025, 7, 1))  # 91 days
    bills = [r for r in rows_through(book(TERMS, HISTORY), date(2025, 7, 1)) if r.kind == "fee"]
    assert bills[-1].effective_date == date(2025, 7, 1)
    assert bills[-1].amount == cents(q2) == Decimal("8847.22")


def test_the_origination_fee_is_withheld_from_the_first_advance_only() -> None:
    ledger = book(TERMS, HISTORY + "2025-03-01 advance 500000.00")
    first, later = ledger.rows[0], ledger.rows[2]
    fee = cents(Fraction(10_000_000) / 100)
    assert first.to_fees == fee == Decimal("100000.00")
    assert first.principal == Decimal("4000000.00")  # the borrower owes the whole advance
    assert "proceeds 3900000.00" in first.notation
    assert first.state.fees == 0  # charged and paid at once
    assert later.to_fees == 0


def test_an_origination_fee_charged_is_paid_first_by_the_default_waterfall() -> None:
    """Not withheld, it goes to the fees bucket; with no ``fees`` in the order it sits just after
    expenses, so a payment pays it before interest."""
    t = note(**{"withheld = true": "withheld = false",
                'order = ["expenses", "fees", "default_interest", "interest", "principal"]':
                'order = ["expenses", "default_interest", "interest", "principal"]'})  # fmt: skip
    ledger = book(t, "2025-01-01 advance 4000000.00\n2025-02-14 pay 150000.00")
    assert ledger.rows[0].state.fees == Decimal("100000.00")
    pay = ledger.rows[1]
    assert pay.to_fees == Decimal("100000.00")
    assert pay.to_interest == Decimal("34222.22")
    assert pay.to_principal == Decimal("150000.00") - Decimal("100000.00") - Decimal("34222.22")


def test_a_part_payment_never_pays_a_fee_not_yet_billed() -> None:
    ledger = book(TERMS, HISTORY + "2025-03-15 pay 1000.00")
    assert ledger.rows[-1].to_fees == 0
    assert ledger.rows[-1].to_interest == Decimal("1000.00")


def test_a_billed_fee_is_paid_before_interest() -> None:
    ledger = book(TERMS, HISTORY + "2025-04-10 pay 10000.00")
    pay = ledger.rows[-1]
    assert pay.to_fees == Decimal("8138.89")
    assert pay.to_interest == Decimal("10000.00") - Decimal("8138.89")


def test_a_quote_inside_the_draw_period_has_the_fee_accrued_and_no_exit_fee() -> None:
    """Repaid within the draw period the revolver is not paid (it may be drawn again): the quote
    carries the fees billed and the fee accrued since, not the exit fee; paid, nothing is owed that
    day, and the whole commitment is unused from then on."""
    day = date(2025, 5, 1)
    q1 = cents(unused_fee(6_000_000, date(2025, 1, 1), date(2025, 2, 14))
               + unused_fee(7_000_000, date(2025, 2, 14), date(2025, 4, 1)))  # fmt: skip
    since = cents(unused_fee(7_000_000, date(2025, 4, 1), day))  # 30 days: 2,916.67
    interest = cents(Fraction(3_000_000) * RATE * days(date(2025, 2, 14), day) / 360)
    quote = payoff_quote(book(TERMS, HISTORY), day)
    assert quote.fees == q1 + since == Decimal("8138.89") + Decimal("2916.67")
    assert quote.total == Decimal("3000000.00") + interest + q1 + since
    paid = book(TERMS, HISTORY + f"{day} pay {quote.total}")
    assert not paid.problems
    pos = position(paid, day)
    assert pos.total == 0 and pos.status is Status.ACTIVE
    assert position(paid, day + timedelta(days=1)).fees_accrued == cents(
        unused_fee(10_000_000, day, day + timedelta(days=1))
    )


def quarter_bills_to_draw_end() -> list[Decimal]:
    """Every quarterly fee from the first to the one billed the day after the draw period."""
    bounds = [date(2025, 1, 1), date(2025, 2, 14), date(2025, 4, 1)]
    bills = [cents(unused_fee(6_000_000, bounds[0], bounds[1])
                   + unused_fee(7_000_000, bounds[1], bounds[2]))]  # fmt: skip
    quarter_starts = [date(y, m, 1) for y in (2025, 2026) for m in (1, 4, 7, 10)][2:]
    quarter_starts.append(date(2027, 1, 1))
    for a, b in zip([date(2025, 4, 1), *quarter_starts[:-1]], quarter_starts, strict=True):
        bills.append(cents(unused_fee(7_000_000, a, b)))
    return bills


def test_after_the_draw_period_the_quote_carries_the_exit_fee_and_paying_it_leaves_zero() -> None:
    day = date(2027, 1, 15)
    bills = quarter_bills_to_draw_end()
    assert len(bills) == 8  # 2025-04-01 … 2027-01-01 (the commitment ended 2026-12-31)
    exit_fee = cents(Fraction(4_000_000) / 100)
    interest = cents(Fraction(3_000_000) * RATE * days(date(2025, 2, 14), day) / 360)
    quote = payoff_quote(book(TERMS, HISTORY), day)
    assert quote.fees == sum(bills, Decimal(0)) + exit_fee
    assert quote.total == Decimal("3000000.00") + interest + quote.fees
    paid = book(TERMS, HISTORY + f"{day} pay {quote.total}")
    assert not paid.problems
    after = paid.rows[-1]
    assert after.to_fees == quote.fees
    assert after.state.paid_on == day
    pos = position(paid, day)
    assert pos.total == 0 and pos.fees == 0 and pos.fees_accrued == 0
    assert pos.status is Status.PAID


def test_a_payment_short_of_the_exit_fee_does_not_pay_the_note() -> None:
    day = date(2027, 1, 15)
    quote = payoff_quote(book(TERMS, HISTORY), day)
    short = book(TERMS, HISTORY + f"{day} pay {quote.total - Decimal('1.00')}")
    assert not short.problems
    assert short.rows[-1].state.paid_on is None
    assert payoff_quote(short, day).total == Decimal("1.00")


def test_at_maturity_the_fees_bucket_comes_before_principal() -> None:
    """Due in full, the exit fee is in the fees bucket (after expenses, before interest and
    principal): a payment 40,000.00 short of the quote leaves 40,000.00 of principal unpaid."""
    day = date(2028, 1, 10)
    quote = payoff_quote(book(TERMS, HISTORY), day)
    short = book(TERMS, HISTORY + f"{day} pay {quote.total - Decimal('40000.00')}")
    pos = position(short, day)
    assert (pos.principal, pos.fees, pos.status) == (Decimal("40000.00"), 0, Status.MATURED)


def test_an_exit_fee_left_unpaid_is_owed_at_maturity() -> None:
    day = date(2027, 1, 15)
    quote = payoff_quote(book(TERMS, HISTORY), day)
    short = book(TERMS, HISTORY + f"{day} pay {quote.total - Decimal('1.00')}")
    assert position(short, day).status is Status.ACTIVE
    later = position(short, date(2028, 1, 10))
    assert (later.principal, later.fees, later.status) == (0, Decimal("1.00"), Status.MATURED)


def test_on_acceleration_the_exit_fee_and_the_fee_accrued_are_due() -> None:
    text = HISTORY + "2025-06-01 default\n2025-06-10 accelerate\n"
    day = date(2025, 6, 20)
    pos = position(book(TERMS, text), day)
    q1 = Decimal("8138.89")
    # the fee stops when the note is accelerated: unused 7,000,000 from 2025-04-01 to 2025-06-10
    since = cents(unused_fee(7_000_000, date(2025, 4, 1), date(2025, 6, 10)))
    assert pos.fees == q1 + since + Decimal("40000.00")
    assert pos.fees_accrued == 0
    quote = payoff_quote(book(TERMS, text), day)
    paid = book(TERMS, text + f"{day} pay {quote.total}")
    assert not paid.problems and position(paid, day).total == 0


def test_at_maturity_the_exit_fee_is_due_and_the_quote_pays_it() -> None:
    day = date(2028, 1, 10)
    pos = position(book(TERMS, HISTORY), day)
    assert pos.status is Status.MATURED
    assert pos.fees == sum(quarter_bills_to_draw_end(), Decimal(0)) + Decimal("40000.00")
    quote = payoff_quote(book(TERMS, HISTORY), day)
    paid = book(TERMS, HISTORY + f"{day} pay {quote.total}")
    assert position(paid, day).total == 0 and position(paid, day).status is Status.PAID


def test_a_notation_after_a_billing_date_keeps_rows_in_date_order() -> None:
    ledger = book(TERMS, HISTORY + "2025-04-15 note a call with the borrower")
    kinds = [(r.effective_date, r.kind) for r in ledger.rows]
    assert kinds[-2:] == [(date(2025, 4, 1), "fee"), (date(2025, 4, 15), "notation")]


def test_money_is_conserved_across_the_buckets() -> None:
    ledger = book(TERMS, HISTORY + "2025-04-10 pay 10000.00\n2025-08-01 pay 500000.00")
    for row in ledger.rows:
        if row.kind == "payment":
            assert row.split.total == row.amount
    billed = sum((r.amount or Decimal(0) for r in ledger.rows if r.kind == "fee"), Decimal(0))
    paid = sum((r.to_fees for r in ledger.rows if r.kind == "payment"), Decimal(0))
    assert ledger.final.fees == billed - paid


def test_explain_shows_the_fees() -> None:
    from ledger_dsl import parse_events

    ledger = book(TERMS, HISTORY)
    x = explain(ledger, parse_events(TERMS.id, HISTORY), date(2025, 5, 1))
    assert x.fees is not None
    segments = [(s.start, s.end, s.unused, s.fee.to_fraction()) for s in x.fees.segments]
    assert segments == [
        (date(2025, 1, 1), date(2025, 2, 14), Decimal("6000000.00"),
         unused_fee(6_000_000, date(2025, 1, 1), date(2025, 2, 14))),
        (date(2025, 2, 14), date(2025, 4, 1), Decimal("7000000.00"),
         unused_fee(7_000_000, date(2025, 2, 14), date(2025, 4, 1))),
        (date(2025, 4, 1), date(2025, 5, 1), Decimal("7000000.00"),
         unused_fee(7_000_000, date(2025, 4, 1), date(2025, 5, 1))),
    ]  # fmt: skip
    assert [a for _d, a, _h in x.fees.billed] == [Decimal("8138.89")]
    assert x.fees.accrued == Decimal("2916.67")
    assert "unused-commitment fee of 0.005" in x.fees.terms[0]


def test_a_checkpoint_keeps_the_fee_state() -> None:
    ledger = book(TERMS, HISTORY + "2025-04-10 pay 10000.00")
    from ledger_dsl import parse_events

    events = parse_events(TERMS.id, HISTORY + "2025-04-10 pay 10000.00\n2025-06-01 pay 5000.00")
    cp = checkpoint_from_json(checkpoint_to_json(checkpoint_at(ledger, date(2025, 5, 1))))
    assert cp.state == checkpoint_at(ledger, date(2025, 5, 1)).state
    resumed = replay_from(TERMS, cp, events)
    full = replay(TERMS, events)
    for day in (date(2025, 6, 1), date(2025, 7, 2), date(2026, 1, 5)):
        assert position(resumed, day) == position(full, day)


def test_the_terms_file_round_trips() -> None:
    assert loads_terms(dumps_terms(TERMS)) == TERMS


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (('percent = "0.005"', 'percent = "5"'), "fees[0].percent"),
        (('billed = "quarterly"', 'billed = "weekly"'), "fees[0].billed"),
        (('billed = "quarterly"', 'billed = "quarterly"\nwithheld = true'), "fees[0].withheld"),
        (('kind = "exit"', 'kind = "origination"'), "fees[2].kind"),
        (('kind = "exit"', 'kind = "closing"'), "fees[2].kind"),
        (('percent = "0.01"\nwithheld', "withheld"), "fees[1].percent"),
    ],
)
def test_bad_fee_terms_are_refused_naming_the_key(edit: tuple[str, str], key: str) -> None:
    with pytest.raises(TermsError) as error:
        loads_terms(EXAMPLE.replace(*edit, 1))
    assert key in str(error.value)


def test_the_commitment_fee_is_on_the_commitment_unused_not_on_a_borrowing_base() -> None:
    """With a borrowing base of 50% of a warehouse worth 10,000,000.00 (5,000,000.00), the
    borrower may draw 1,000,000.00 more after the first advance, but the fee is on the unused
    commitment: the first quarter's is 8,138.89, as without the base."""
    terms = loads_terms(EXAMPLE + '\n[collateral]\nadvance_rate = "0.5"\n')
    ledger = book(terms, "    2025-01-01 pledge warehouse 10000000.00\n" + HISTORY)
    assert not ledger.problems
    assert position(ledger, date(2025, 1, 2)).available == Decimal("1000000.00")
    q1 = unused_fee(6_000_000, date(2025, 1, 1), date(2025, 2, 14)) + unused_fee(
        7_000_000, date(2025, 2, 14), date(2025, 4, 1)
    )
    rows = [r for r in rows_through(ledger, date(2025, 4, 1)) if r.kind == "fee"]
    assert [r.amount for r in rows] == [cents(q1)] == [Decimal("8138.89")]
