"""Issue price, QSI classification, the terms file, and the errors that name their rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.codec.oid_terms_toml import load_oid_terms, parse_oid_terms
from promissory.codec.records_json import to_json
from promissory.core.oid import (
    InterestPayable,
    InterestTerms,
    OidRuleError,
    RateStep,
    advances_total,
    classify_interest,
    explicit_issue_price,
    fixed_rate_instrument,
    holder_statement,
    issue_price_from_cash,
    issue_price_from_unit,
    oid_schedule,
    render_text,
)
from promissory.errors import InvalidInput, TermsError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "oid"
START = date(2001, 5, 1)


# --- issue price (26 CFR 1.1273-2) ------------------------------------------------------------


def test_points_reduce_issue_price() -> None:
    """1.1273-2(g)(2): $100,000 lent less $2,000 of points → issue price $98,000.00."""
    price = issue_price_from_cash("100000.00", points="2000.00")
    assert price.amount == Decimal("98000.00")
    assert "1.1273-2(g)(2)" in price.basis


def test_unit_allocated_by_relative_fair_value_and_values_recorded() -> None:
    """1.1273-2(h): $1,000,000 unit, note FMV $900,000, warrant FMV $150,000 → $857,142.86."""
    price = issue_price_from_unit("1000000", note_fair_value="900000", warrant_fair_value="150000")
    assert price.amount == Decimal("857142.86")
    assert (price.note_fair_value, price.warrant_fair_value) == (900000, 150000)
    assert "note 900000, warrant 150000" in price.basis


def test_unit_without_fair_values_names_the_rule() -> None:
    with pytest.raises(OidRuleError, match=r"fair market values for both note and warrant") as err:
        issue_price_from_unit("1000000", note_fair_value="900000", warrant_fair_value=None)
    assert err.value.rule == "26 CFR 1.1273-2(h)"
    assert "missing: warrant" in str(err.value)


# --- QSI (26 CFR 1.1273-1(c)(1)) ---------------------------------------------------------------


def test_step_rates_qsi_is_lowest_rate() -> None:
    terms = InterestTerms(
        (RateStep(START, Decimal("0.08")), RateStep(date(2003, 5, 1), Decimal("0.10")))
    )
    decision = classify_interest(terms)
    assert decision.qsi_rate == Decimal("0.08")
    assert "lowest rate, 8%" in decision.reasons[0]
    note = fixed_rate_instrument(
        name="step",
        issue_date=START,
        maturity=date(2006, 5, 1),
        principal="100000",
        issue_price=explicit_issue_price("100000"),
        interest=terms,
    )
    # 2% above the lowest rate for 3 years, semiannually: 6 × $1,000 join the SRPM.
    assert note.srpm == Decimal("106000.00")
    assert note.qsi_total == Decimal("40000.00")
    assert oid_schedule(note).total_oid == Decimal("6000.00")


@pytest.mark.parametrize(
    ("terms", "phrase"),
    [
        (
            InterestTerms((RateStep(START, Decimal("0.08")),), payable=InterestPayable.AT_MATURITY),
            "only at maturity",
        ),
        (InterestTerms((RateStep(START, Decimal("0.08")),), capitalised=True), "capitalised"),
        (
            InterestTerms((RateStep(START, Decimal("0.08")),), payment_months=24),
            "less often than annually",
        ),
        (
            InterestTerms((RateStep(START, Decimal("0.08")),), unconditional=False),
            "not unconditionally",
        ),
    ],
)
def test_interest_that_is_not_qsi_says_why(terms: InterestTerms, phrase: str) -> None:
    decision = classify_interest(terms)
    assert not decision.has_qsi
    assert phrase in decision.reasons[0]
    assert "1.1273-1(c)(1)" in decision.reasons[0]


def test_interest_at_maturity_is_all_oid() -> None:
    """8% simple interest paid only at maturity → no QSI; SRPM includes it (DOMAIN.md)."""
    note = fixed_rate_instrument(
        name="at maturity",
        issue_date=START,
        maturity=date(2004, 5, 1),
        principal="100000",
        issue_price=explicit_issue_price("100000"),
        interest=InterestTerms(
            (RateStep(START, Decimal("0.08")),), payable=InterestPayable.AT_MATURITY
        ),
    )
    assert note.srpm == Decimal("124000.00")
    assert oid_schedule(note).total_oid == Decimal("24000.00")


# --- bad input names the rule ------------------------------------------------------------------


def test_issue_price_above_srpm() -> None:
    with pytest.raises(
        OidRuleError,
        match=r"issue price 101000.00 exceeds SRPM 100000.00: a premium bond has no OID "
        r"\(26 CFR 1.1273-1\(a\)\)",
    ):
        fixed_rate_instrument(
            name="premium",
            issue_date=START,
            maturity=date(2011, 5, 1),
            principal="100000.00",
            issue_price=explicit_issue_price("101000.00"),
            interest=None,
        )


def test_term_under_a_year() -> None:
    with pytest.raises(
        OidRuleError,
        match=r"term 200 days is under a year: "
        r"short-term obligation rules \(1.1283\) not supported",
    ):
        fixed_rate_instrument(
            name="short",
            issue_date=START,
            maturity=date.fromordinal(START.toordinal() + 200),
            principal="1000",
            issue_price=explicit_issue_price("990"),
            interest=None,
        )


def test_accrual_period_over_a_year_and_yield_places() -> None:
    note = fixed_rate_instrument(
        name="z",
        issue_date=START,
        maturity=date(2011, 5, 1),
        principal="1000",
        issue_price=explicit_issue_price("600"),
        interest=None,
    )
    with pytest.raises(OidRuleError, match=r"24 months .* may not exceed one year") as err:
        oid_schedule(note, accrual_months=24)
    assert err.value.rule == "26 CFR 1.1272-1(b)(1)(ii)"
    with pytest.raises(OidRuleError, match="at least two decimal places"):
        oid_schedule(note, yield_places=1)


def test_errors_are_invalid_input() -> None:
    assert issubclass(OidRuleError, InvalidInput)


# --- terms file, statement, advances -----------------------------------------------------------


def test_example_terms_files_reproduce_published_figures() -> None:
    """examples/oid/*.toml carry Pub. 1212 Example 16 and 26 CFR 1.1272-1(j) Example 1."""
    bond = load_oid_terms(EXAMPLES / "pub1212-coupon-bond.toml").schedule()
    assert (bond.periods[0].oid, bond.total_oid) == (Decimal("174.11"), Decimal("13764.83"))
    zero = load_oid_terms(EXAMPLES / "zero-coupon-1272.toml").schedule()
    assert (zero.periods[0].oid, zero.total_oid) == (Decimal("27022.57"), Decimal("324435.83"))


def test_statement_text_and_json() -> None:
    statement = holder_statement(
        load_oid_terms(EXAMPLES / "pub1212-coupon-bond.toml").schedule(), year=2001
    )
    text = render_text(statement)
    for figure in ("86,235.17", "12.00% compounded semiannually", "13,764.83", "1.01967", "236.31"):
        assert figure in text
    data = to_json(statement)
    assert data["issue_price"] == "86235.17"
    assert data["yield_to_maturity"]["percent"] == "12.00"
    assert data["total_oid"] == "13764.83"
    assert data["years"] == [{"year": 2001, "holder_oid": "236.31", "issuer_deduction": "236.31"}]


def test_terms_file_refuses_floats_and_names_the_key() -> None:
    data = {
        "issue_date": START,
        "maturity": date(2011, 5, 1),
        "principal": "1000",
        "issue_price": {"amount": 950.0},
    }
    with pytest.raises(TermsError, match=r"issue_price.amount = 950.0: write decimals as strings"):
        parse_oid_terms(data)


def test_terms_file_unit_price_needs_both_values() -> None:
    data = {
        "issue_date": START,
        "maturity": date(2011, 5, 1),
        "principal": "1000000",
        "issue_price": {"unit_price": "1000000", "note_fair_value": "900000"},
    }
    with pytest.raises(OidRuleError, match="fair market values for both note and warrant"):
        parse_oid_terms(data)


def test_each_advance_is_its_own_issue_and_totals_add() -> None:
    """1.1273-2(a)(1): each advance of a multi-draw note has its own issue date and price."""
    advances = []
    for issued, cash in ((date(2001, 10, 5), "5000000"), (date(2002, 1, 4), "3000000")):
        note = fixed_rate_instrument(
            name=f"advance {issued}",
            issue_date=issued,
            maturity=date(2005, 9, 30),
            principal=cash,
            issue_price=issue_price_from_cash(cash, points=Decimal(cash) / 50),
            interest=InterestTerms((RateStep(issued, Decimal("0.08")),), payment_months=12),
        )
        advances.append(holder_statement(oid_schedule(note)))
    total = advances_total(tuple(advances))
    assert total.issue_price == Decimal("7840000")
    assert total.total_oid == Decimal("160000.00")
    assert sum(y.holder_oid for y in total.years) == total.total_oid
