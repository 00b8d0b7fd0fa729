"""Each advance of the seed-like note is its own issue: figures worked by hand.

The seed note's terms (DOMAIN.md): 8% simple interest, ACT/360, all interest payable at maturity
2005-09-30, rounding half-up to the cent.

Advance 1: 5,000,000.00 on 2001-10-05.  2001-10-05 → 2005-10-05 is 1,461 days (2004 is a leap
year), less 5 days to 2005-09-30 = 1,456 days.  Interest = 5,000,000 × 0.08 × 1456/360
= 1,617,777.777… → 1,617,777.78.  SRPM = 5,000,000.00 + 1,617,777.78 = 6,617,777.78.  Issue
price = the cash lent, 5,000,000.00.  OID = 6,617,777.78 − 5,000,000.00 = 1,617,777.78.

Advance 2: 2,500,000.00 on 2002-01-04.  2002-01-04 → 2005-01-04 is 1,096 days, then 269 days to
2005-09-30: 1,365 days.  Interest = 2,500,000 × 0.08 × 1365/360 = 758,333.333… → 758,333.33.
SRPM = 3,258,333.33; OID = 758,333.33.

No interest is payable at least annually, so none is QSI (26 CFR 1.1273-1(c)(1)): all of it is OID.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ledger_dsl import book, terms
from promissory.core.oid import advance_instrument, note_issues
from promissory.core.oid.errors import OidRuleError

TWO_ADVANCES = """
    2001-10-05 advance 5000000.00
    2002-01-04 advance 2500000.00
"""


def test_two_advances_are_two_issues_with_their_own_dates() -> None:
    issues = note_issues(book(terms(), TWO_ADVANCES)).issues
    assert [(i.number, i.seq, i.advance_date, i.amount) for i in issues] == [
        (1, 1, date(2001, 10, 5), Decimal("5000000.00")),
        (2, 2, date(2002, 1, 4), Decimal("2500000.00")),
    ]
    first, second = (i.instrument for i in issues)
    assert first is not None and second is not None
    assert (first.issue_date, first.maturity) == (date(2001, 10, 5), date(2005, 9, 30))
    assert (second.issue_date, second.maturity) == (date(2002, 1, 4), date(2005, 9, 30))


def test_srpm_issue_price_and_oid_per_advance_by_hand() -> None:
    first, second = (i.instrument for i in note_issues(book(terms(), TWO_ADVANCES)).issues)
    assert first is not None and second is not None
    assert (date(2005, 9, 30) - date(2001, 10, 5)).days == 1456
    assert (date(2005, 9, 30) - date(2002, 1, 4)).days == 1365
    assert first.srpm == Decimal("6617777.78")
    assert first.issue_price.amount == Decimal("5000000.00")
    assert first.oid == Decimal("1617777.78")
    assert second.srpm == Decimal("3258333.33")
    assert second.oid == Decimal("758333.33")
    assert first.qsi_total == 0
    assert len(first.payments) == 1 and not first.payments[0].qsi


def test_qsi_reason_says_interest_is_payable_only_at_maturity() -> None:
    instrument = note_issues(book(terms(), TWO_ADVANCES)).issues[0].instrument
    assert instrument is not None
    (reason,) = instrument.qsi_reasons
    assert "payable only at maturity" in reason
    assert "none of it is qualified stated interest" in reason
    assert "1.1273-1(c)(1)" in reason


def test_points_are_a_fraction_of_each_advance() -> None:
    """Points 1% of 5,000,000.00 = 50,000.00 → issue price 4,950,000.00;
    OID = 6,617,777.78 − 4,950,000.00 = 1,667,777.78."""
    t = terms(oid={"points": "0.01"})
    instrument = advance_instrument(t, date(2001, 10, 5), Decimal("5000000.00"), name="a")
    assert instrument.issue_price.amount == Decimal("4950000.00")
    assert instrument.issue_price.points == Decimal("50000.00")
    assert instrument.oid == Decimal("1667777.78")
    assert "points" in instrument.issue_price.basis


def test_unit_allocation_records_the_fair_values() -> None:
    """Note 9,000,000 and warrant 1,000,000: the note takes 9/10 of each advance.
    5,000,000.00 less 1% points = 4,950,000.00 × 0.9 = 4,455,000.00;
    OID = 6,617,777.78 − 4,455,000.00 = 2,162,777.78."""
    t = terms(
        oid={
            "points": "0.01",
            "unit": {
                "note_fair_value": "9000000",
                "warrant_fair_value": "1000000",
                "warrant": "1,402,743 shares at $3.208",
            },
        }
    )
    price = advance_instrument(t, date(2001, 10, 5), Decimal("5000000.00"), name="a").issue_price
    assert price.amount == Decimal("4455000.00")
    assert (price.note_fair_value, price.warrant_fair_value) == (Decimal(9000000), Decimal(1000000))
    assert (price.cash_lent, price.points, price.unit_price) == (
        Decimal("5000000.00"),
        Decimal("50000.00"),
        Decimal("4950000.00"),
    )
    for text in ("9000000", "1000000", "1,402,743 shares", "1.1273-2(h)", "pro rata"):
        assert text in price.basis


def test_de_minimis_points_on_a_note_without_interest() -> None:
    """0% note, 1,000,000.00 advanced 2001-10-05 to 2005-09-30 (3 complete years), points 0.5%:
    OID 5,000.00 < 0.25% × 1,000,000 × 3 = 7,500 → de minimis, treated as zero."""
    t = terms(interest_rate="0", oid={"points": "0.005"})
    ledger = book(t, "2001-10-05 advance 1000000.00")
    issue = note_issues(ledger).issues[0]
    assert issue.instrument is not None
    assert issue.instrument.oid == Decimal("5000.00")
    schedule = issue.schedule()
    assert schedule.de_minimis.is_de_minimis
    assert schedule.total_oid == 0


def test_periodic_interest_at_one_rate_is_qsi() -> None:
    """8% payable semiannually: every interest payment is QSI, SRPM = principal, and with 2% points
    the OID is the points: 100,000.00 ≥ 0.25% × 5,000,000 × 3 = 37,500, so it accrues."""
    t = terms(interest_payable="semiannual", oid={"points": "0.02"})
    instrument = advance_instrument(t, date(2001, 10, 5), Decimal("5000000.00"), name="a")
    assert instrument.srpm == Decimal("5000000.00")
    assert instrument.oid == Decimal("100000.00")
    assert instrument.qsi_total == Decimal("1617777.78")  # the same 1,456 days of interest
    assert "qualified stated interest" in instrument.qsi_reasons[0]
    assert all(p.qsi for p in instrument.payments if p.reason != "principal")


def test_step_rates_paid_periodically_split_qsi_from_the_excess() -> None:
    """8% then 10% from 2003-10-05, payable annually: QSI at 8%, the excess is part of the SRPM.

    All interest: 5,000,000 × 0.08 × 1456/360 + 5,000,000 × 0.02 × 726/360 (2003-10-05 →
    2005-09-30) = 1,617,777.777… + 201,666.666… = 1,819,444.444…, paid as 1,819,444.44 in all
    (payments are differences of the rounded cumulative interest).  QSI = 1,617,777.78, so the
    excess paid is 1,819,444.44 − 1,617,777.78 = 201,666.66 (not the separately rounded .67)."""
    t = terms(
        interest_payable="annual", interest_steps=[{"from": date(2003, 10, 5), "rate": "0.10"}]
    )
    instrument = advance_instrument(t, date(2001, 10, 5), Decimal("5000000.00"), name="a")
    assert instrument.qsi_total == Decimal("1617777.78")
    excess = instrument.srpm - Decimal("5000000.00")
    assert (date(2005, 9, 30) - date(2003, 10, 5)).days == 726
    assert excess == Decimal("201666.66")
    assert instrument.qsi_total + excess == Decimal("1819444.44")


def test_floating_rate_is_refused_with_the_rule() -> None:
    t = terms(interest_floating={"index": "SOFR", "margin": "0.03",
                                 "fixings": [{"date": date(2001, 10, 1), "rate": "0.02"}]})  # fmt: skip
    issue = note_issues(book(t, "2001-10-05 advance 1000000.00")).issues[0]
    assert issue.instrument is None
    assert issue.refused is not None and "1.1275-5" in issue.refused
    with pytest.raises(OidRuleError):
        issue.schedule()


def test_amendment_after_advances_is_reported_not_re_evaluated() -> None:
    """Maturity extended to 2006-09-30 on 2003-06-30: advances 1 and 2 keep 2005-09-30; advance 3
    on 2003-09-30 runs to 2006-09-30, 1,096 days: 1,000,000 × 0.08 × 1096/360 = 243,555.56."""
    ledger = book(
        terms(),
        TWO_ADVANCES
        + """
        2003-06-30 amend maturity=2006-09-30
        2003-09-30 advance 1000000.00
        """,
    )
    issues = note_issues(ledger)
    maturities = [i.instrument.maturity for i in issues.issues if i.instrument]
    assert maturities == [date(2005, 9, 30), date(2005, 9, 30), date(2006, 9, 30)]
    third = issues.issues[2].instrument
    assert third is not None and third.oid == Decimal("243555.56")
    (note,) = [t for t in issues.treatment if "amendment" in t]
    assert "2003-06-30" in note and "2005-09-30 → 2006-09-30" in note
    assert "not re-evaluated" in note and "1.1001-3" in note


def test_reversed_advance_is_left_out() -> None:
    ledger = book(terms(), TWO_ADVANCES + "2002-02-01 reverse 2")
    assert [i.amount for i in note_issues(ledger).issues] == [Decimal("5000000.00")]
