"""Floating rates reset on a schedule (issue 11): short ledgers, figures worked by hand.

Every note below is the seed note's terms (ACT/360, $1,000,000 advanced on 2001-10-05) floating at
SOFR + 3.00%.  Golden figures are principal × rate × days / 360 written out in each test (the
note's own words: "interest ... on the basis of a 360-day year for the actual number of days").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ledger_dsl import book, terms
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.engine import position
from promissory.core.reports import stale_fixings_of
from promissory.errors import TermsError

D = Decimal
P = D("1000000.00")


def floating(**keys: Any) -> Any:
    table = {"index": "SOFR", "margin": "0.03", "fixings": [{"date": date(2001, 10, 1),
             "rate": "0.05"}], **keys}  # fmt: skip
    return terms(interest_rate=None, interest_floating=table)


def cents(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"))


LEDGER = "2001-10-05 advance 1000000.00\n2001-10-20 fixing SOFR 0.06"


def test_a_mid_period_fixing_waits_for_the_next_reset() -> None:
    """Monthly resets from the issue date, 2-day lookback: Oct 5 – Nov 5 (31 days) at 5% + 3% on
    the Oct 1 fixing; the Oct 20 fixing (6%) is observed on Nov 3, for Nov 5 – Dec 5 (30 days)."""
    ledger = book(floating(reset="monthly", lookback_days=2), LEDGER)
    expected = P * D("0.08") * 31 / 360 + P * D("0.09") * 30 / 360  # 6,888.89 + 7,500.00
    assert position(ledger, date(2001, 12, 5)).interest == cents(expected) == D("14388.89")


def test_the_daily_choice_keeps_a_rate_that_changes_with_the_index() -> None:
    """reset = "daily" ("changes on the date the index changes"): Oct 5 – 20 (15 days) at 8%,
    Oct 20 – Dec 5 (46 days) at 9%."""
    ledger = book(floating(reset="daily"), LEDGER)
    expected = P * D("0.08") * 15 / 360 + P * D("0.09") * 46 / 360  # 3,333.33 + 11,500.00
    assert position(ledger, date(2001, 12, 5)).interest == cents(expected) == D("14833.33")
    assert position(book(floating(), LEDGER), date(2001, 12, 5)).interest == D("14833.33")


def test_a_lookback_reaching_before_a_reset_day_fixing() -> None:
    """Lookback 20 days: the Nov 5 reset observes Oct 16, before the Oct 20 fixing, so 8% runs
    to Dec 5; the Dec 5 reset observes Nov 15 and takes 6% + 3%.  (The Oct 5 reset observes
    Sep 15: the terms list a fixing of Sep 1.)"""
    early = [{"date": date(2001, 9, 1), "rate": "0.05"}]
    ledger = book(floating(reset="monthly", lookback_days=20, fixings=early), LEDGER)
    expected = P * D("0.08") * 61 / 360 + P * D("0.09") * 10 / 360
    assert position(ledger, date(2001, 12, 15)).interest == cents(expected) == D("16055.56")


def test_resets_on_an_anchor_other_than_the_issue_date() -> None:
    """Quarterly resets anchored on January 1: Oct 5 – Jan 1 is the first (short) period."""
    ledger = book(floating(reset="quarterly", reset_anchor=date(2002, 1, 1)), LEDGER)
    # Oct 5 – Jan 1: 88 days at 8%; Jan 1 – Feb 1: 31 days at 9%
    expected = P * D("0.08") * 88 / 360 + P * D("0.09") * 31 / 360
    assert position(ledger, date(2002, 2, 1)).interest == cents(expected) == D("27305.56")


def test_the_index_floor_is_apart_from_the_all_in_floor() -> None:
    """SOFR 0.20% with an index floor of 1.00%: 1.00% + 3.00% = 4.00% (the all-in floor of 3.50%
    does not bite); with an all-in floor of 4.50% the rate is 4.50%."""
    low = "2001-10-05 fixing SOFR 0.002\n2001-10-05 advance 1000000.00"
    floored = book(floating(index_floor="0.01", floor="0.035"), low)
    assert position(floored, date(2001, 11, 5)).contract_rate == D("0.04")
    assert position(floored, date(2001, 11, 5)).interest == cents(P * D("0.04") * 31 / 360)
    all_in = book(floating(index_floor="0.01", floor="0.045"), low)
    assert position(all_in, date(2001, 11, 5)).contract_rate == D("0.045")
    plain = book(floating(), low)
    assert position(plain, date(2001, 11, 5)).contract_rate == D("0.032")


def test_a_margin_amendment_keeps_the_note_floating() -> None:
    """The margin falls to 2.50% from Nov 5: Oct 5 – Nov 5 at 8%, then 6% + 2.5% to Dec 5; a
    later fixing still moves the rate."""
    ledger = book(floating(reset="monthly"), LEDGER + "\n2001-11-05 amend margin=0.025\n"
                  "2001-11-20 fixing SOFR 0.04")  # fmt: skip
    assert not ledger.problems
    expected = P * D("0.08") * 31 / 360 + P * D("0.085") * 30 / 360
    assert position(ledger, date(2001, 12, 5)).interest == cents(expected) == D("13972.22")
    assert position(ledger, date(2001, 12, 6)).contract_rate == D("0.065")
    terms_after = ledger.rows[-1].state.terms.interest
    assert terms_after.floating is not None and terms_after.floating.margin == D("0.025")


def test_a_margin_amendment_on_a_fixed_note_is_refused() -> None:
    ledger = book(terms(), "2001-10-05 advance 1000.00\n2001-11-05 amend margin=0.025")
    assert [p.code for p in ledger.problems] == ["not-floating"]


def test_a_stale_fixing_is_warned_of_at_its_reset() -> None:
    """stale_after_days = 35: the Nov 5 reset observes Nov 3, the Oct 1 fixing is 33 days old
    (fine); the Dec 5 reset observes Dec 3, 63 days after it (stale).  The rate still uses it."""
    ledger = book(floating(reset="monthly", lookback_days=2, stale_after_days=35),
                  "2001-10-05 advance 1000000.00\n2001-12-10 note checked")  # fmt: skip
    warnings = stale_fixings_of(ledger)
    assert [(w.reset, w.fixing_date, w.age_days) for w in warnings] == [
        (date(2001, 12, 5), date(2001, 10, 1), 63)
    ]
    assert "stale_after_days" in str(warnings[0])
    assert position(ledger, date(2001, 12, 10)).contract_rate == D("0.08")


def test_the_new_keys_round_trip_through_the_terms_file() -> None:
    t = floating(reset="monthly", reset_anchor=date(2002, 1, 1), lookback_days=5,
                 index_floor="0.005", stale_after_days=10)  # fmt: skip
    assert loads_terms(dumps_terms(t)) == t


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"lookback_days": 2}, "needs a reset schedule"),
        ({"reset": "weekly"}, "must be one of daily, monthly"),
        ({"reset": "monthly", "lookback_days": -1}, "at least 0"),
        ({"reset": "monthly", "stale_after_days": 0}, "at least 1"),
    ],
)
def test_bad_reset_keys_name_the_key_and_the_rule(keys: dict[str, Any], message: str) -> None:
    with pytest.raises(TermsError, match=message):
        floating(**keys)


def test_the_rendered_note_states_the_reset_and_the_index_floor() -> None:
    from promissory.render import render_note

    t = floating(reset="monthly", lookback_days=2, index_floor="0.005")
    text = " ".join(render_note(t, "txt").text.split())
    assert "SOFR being taken as not less than 0.5%" in text
    assert "reset monthly, the rate for each period being fixed at SOFR as in effect 2 days " \
        "before its first day" in text  # fmt: skip
    assert "reset" not in " ".join(render_note(floating(), "txt").text.split()).split("SOFR")[1]
