"""OID of PIK notes (issue 11): which interest is qualified stated interest.

The note: 10,000,000.00 advanced 2024-01-01, due 2027-01-01, ACT/360, capitalised quarterly.

* a cash + PIK split, 8% cash payable quarterly + 4% PIK: the cash interest is unconditionally
  payable at least annually at one fixed rate, so it is QSI (26 CFR 1.1273-1(c)(1)); the PIK part
  is capitalised, not paid, so it is part of the SRPM and is OID;
* a PIK toggle, 10% cash or 11% PIK at the borrower's election: no interest is unconditionally
  payable in cash, so none is QSI (1.1273-1(c)(1)(ii)); the schedule assumes cash every period,
  the election that minimizes the yield (1.1272-1(c)(5)).

The expected payments are computed here quarter by quarter from those words (Fractions; cents
half-up where the note posts: at each capitalisation, and each cumulative cash payment).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from promissory.codec.terms_toml import parse_terms
from promissory.core.calendar import add_months
from promissory.core.engine import replay
from promissory.core.events import Advance
from promissory.core.money import Money
from promissory.core.oid import note_issues
from promissory.core.oid.instrument import DebtInstrument
from promissory.core.terms import Terms

D = Decimal
PRINCIPAL = D("10000000.00")
ISSUE, MATURITY = date(2024, 1, 1), date(2027, 1, 1)
QUARTERS = [add_months(ISSUE, 3 * k) for k in range(13)]  # 2024-01-01 … 2027-01-01


def cents(x: Fraction) -> Decimal:
    return (D(x.numerator) / D(x.denominator)).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def note(rate: str, pik: dict[str, Any]) -> Terms:
    return parse_terms({
        "id": "PIK-OID", "borrower": "Borrower Co.", "lender": "Credit Fund LP",
        "issue_date": ISSUE, "currency": "USD", "commitment": "10000000.00",
        "maturity": MATURITY,
        "interest": {"rate": rate, "day_count": "ACT/360", "compounding": "quarterly",
                     "payable": "quarterly", "pik": pik},
    })  # fmt: skip


def instrument(t: Terms) -> DebtInstrument:
    advance = Advance(note_id=t.id, seq=1, effective_date=ISSUE,
                      amount=Money.of(str(PRINCIPAL), "USD"))  # fmt: skip
    (issue,) = note_issues(replay(t, [advance])).issues
    assert issue.instrument is not None, issue.refused
    return issue.instrument


def test_split_cash_interest_is_qsi_and_the_pik_part_is_paid_at_maturity() -> None:
    principal = Fraction(PRINCIPAL)
    cash_so_far, paid = Fraction(0), D(0)
    expected_qsi = []
    in_kind = D(0)
    for start, end in pairwise(QUARTERS):
        days = (end - start).days
        cash_so_far += principal * Fraction("0.08") * days / 360
        total = cents(cash_so_far)  # the cumulative cash interest, rounded once
        expected_qsi.append((end, total - paid))
        paid = total
        pik = cents(principal * Fraction("0.04") * days / 360)
        in_kind += pik
        principal += Fraction(pik)  # capitalised (the last quarter's PIK is paid at maturity)
    inst = instrument(note("0.08", {"rate": "0.04"}))
    qsi = [(p.date, p.amount) for p in inst.payments if p.qsi]
    assert qsi == expected_qsi
    others = [(p.date, p.amount) for p in inst.payments if not p.qsi]
    assert others == [(MATURITY, in_kind), (MATURITY, PRINCIPAL)]
    assert inst.srpm == PRINCIPAL + in_kind  # the PIK interest is OID; the cash interest is not
    assert any("PIK rate 0.04" in r for r in inst.qsi_reasons)


def test_toggle_no_interest_is_qsi_and_cash_is_assumed() -> None:
    toggle = {"rate": "0.11", "toggle": True, "default_election": "pik"}
    inst = instrument(note("0.10", toggle))
    assert not any(p.qsi for p in inst.payments)
    so_far, paid = Fraction(0), D(0)
    expected = []
    for start, end in pairwise(QUARTERS):
        so_far += Fraction(PRINCIPAL) * Fraction("0.10") * (end - start).days / 360
        expected.append((end, cents(so_far) - paid))
        paid = cents(so_far)
    interest = [(p.date, p.amount) for p in inst.payments if p.reason != "principal"]
    assert interest == expected
    assert inst.srpm == PRINCIPAL + paid  # all stated interest is in the SRPM
    assert "1.1273-1(c)(1)(ii)" in inst.qsi_reasons[0]
    assert "interest in cash at the cash rate" in inst.qsi_reasons[0]
