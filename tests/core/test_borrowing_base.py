"""The borrowing base and the release price (issue 11), as a short ledger.

The note: the seed note's terms (8% ACT/360, non-revolving) with a commitment of $5,000,000.00
and ``[collateral] advance_rate = "0.75"``, ``release_price = "1.10"``.  In the note's words:
availability is the lesser of what is left of the commitment and 75% of the pledged value after
haircuts less the principal outstanding; an asset is released once principal of 110% of its
allocated loan amount (75% of its value after haircut) has been paid.  Every expected figure
below is worked out here from those words, not read from the engine.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import book, parse_events, terms
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.collateral import Release
from promissory.core.engine import checkpoint_at, position, replay_from
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.terms import Terms
from promissory.errors import TermsError

D = Decimal
COMMITMENT = D("5000000.00")
RATE, MULTIPLE, YEAR = Fraction(75, 100), Fraction(110, 100), 360


def note(**collateral: str) -> Terms:
    table = {"advance_rate": "0.75", "release_price": "1.10"} | collateral
    return terms(commitment=str(COMMITMENT), collateral=table)


def cents(x: Fraction) -> Decimal:
    """Half-up to the cent (the note's rounding), computed here by hand."""
    return D(int(x * 100 + Fraction(1, 2))) / 100


def interest(principal: int, days: int) -> Fraction:
    return Fraction(principal) * Fraction(8, 100) * days / YEAR


# the warehouse: valued 2,000,000 with a 10% haircut → 1,800,000 counts; 75% of it lends
WAREHOUSE_NET = Fraction(2_000_000) * Fraction(90, 100)
BASE_1 = RATE * WAREHOUSE_NET  # 1,350,000
# revalued at 2,400,000 → 2,160,000 counts → base 1,620,000
WAREHOUSE_NET_2 = Fraction(2_400_000) * Fraction(90, 100)
BASE_2 = RATE * WAREHOUSE_NET_2
RECEIVABLES = Fraction(600_000)  # no haircut
PRICE = MULTIPLE * RATE * RECEIVABLES  # 110% of the allocated loan amount of 450,000

LEDGER = """
    2002-01-02 pledge warehouse 2000000.00 haircut=0.10
    2002-01-02 advance 1000000.00
    2002-02-01 advance 400000.00
    2002-03-01 value warehouse 2400000.00
    2002-03-01 advance 400000.00
    2002-04-01 pledge receivables 600000.00
    2002-05-01 release receivables
"""
# interest on 1,000,000 for 2002-01-02 → 03-01 (58 days) and 1,400,000 for 03-01 → 06-03 (94)
INTEREST_TO_JUNE_3 = interest(1_000_000, 58) + interest(1_400_000, 94)
PAYMENT = cents(INTEREST_TO_JUNE_3) + cents(PRICE)
PAID_DOWN = LEDGER + f"2002-06-03 pay {PAYMENT}\n2002-06-03 release receivables\n"


def test_the_figures_worked_out_by_hand() -> None:
    assert (BASE_1, BASE_2, PRICE) == (1_350_000, 1_620_000, 495_000)
    assert cents(INTEREST_TO_JUNE_3) == D("42133.33")


def test_an_advance_within_the_base_is_accepted_and_one_beyond_it_refused() -> None:
    led = book(note(), LEDGER)
    refused = {p.seq: p for p in led.problems}
    assert set(refused) == {3, 7}  # the second advance, and the release with no price paid
    p = refused[3]
    assert p.code == "borrowing-base"
    available = BASE_1 - 1_000_000  # 350,000
    assert (
        "advance of 400,000.00 on 2002-02-01 exceeds availability under the borrowing base: "
        "75% × 1,800,000.00 collateral value = 1,350,000.00 less 1,000,000.00 outstanding = "
        "350,000.00"
    ) in p.message
    assert dict(p.amounts)["available"] == available
    # the revaluation raised the base: the same 400,000 is accepted on 2002-03-01
    pos = position(led, date(2002, 3, 1))
    assert pos.principal == 1_400_000
    assert pos.available == BASE_2 - 1_400_000  # 220,000 (commitment left: 3,600,000)
    assert pos.borrowing_base is not None
    assert pos.borrowing_base.collateral_value == WAREHOUSE_NET_2
    assert pos.borrowing_base.base == BASE_2


def test_a_second_pledge_adds_to_the_base() -> None:
    pos = position(book(note(), LEDGER), date(2002, 4, 15))
    assert pos.borrowing_base is not None
    assert pos.borrowing_base.collateral_value == WAREHOUSE_NET_2 + RECEIVABLES
    assert pos.available == RATE * (WAREHOUSE_NET_2 + RECEIVABLES) - 1_400_000  # 670,000


def test_a_release_waits_for_its_release_price() -> None:
    led = book(note(), LEDGER)
    p = next(p for p in led.problems if p.seq == 7)
    assert p.code == "release-price"
    assert (
        "release of receivables on 2002-05-01 needs its release price paid first: "
        "110% × (75% × 600,000.00 value after haircut) = 495,000.00 of principal; "
        "principal paid that day 0.00"
    ) in p.message
    # paid the same day (interest first by the waterfall, then 495,000.00 of principal)
    led = book(note(), PAID_DOWN)
    assert {p.seq for p in led.problems} == {3, 7}
    payment, release = led.rows[-2], led.rows[-1]
    assert payment.split.interest == cents(INTEREST_TO_JUNE_3)
    assert payment.split.principal == PRICE
    assert (release.kind, release.amount) == ("release", PRICE)
    pos = position(led, date(2002, 6, 3))
    assert pos.principal == 1_400_000 - PRICE  # 905,000
    assert pos.available == BASE_2 - (1_400_000 - PRICE)  # 715,000: only the warehouse counts


def test_a_payment_short_of_the_price_is_named() -> None:
    short = cents(INTEREST_TO_JUNE_3) + D("100000.00")
    led = book(note(), LEDGER + f"2002-06-03 pay {short}\n2002-06-03 release receivables\n")
    p = next(p for p in led.problems if p.seq == 9)
    assert p.code == "release-price"
    assert "principal paid that day 100,000.00 leaves 100,000.00" in p.message
    assert "pays 395,000.00 more principal" in p.message


def test_a_price_stated_with_the_release_is_the_price() -> None:
    text = LEDGER + "2002-06-03 pay 142133.33\n2002-06-03 release receivables price=100000.00\n"
    led = book(note(), text)
    assert {p.seq for p in led.problems} == {3, 7}
    assert led.rows[-1].amount == 100_000
    # without a release_price in the terms, a release that states none asks nothing
    free = book(terms(commitment=str(COMMITMENT), collateral={"advance_rate": "0.75"}), LEDGER)
    assert {p.seq for p in free.problems} == {3}


def test_two_releases_on_one_day_cannot_share_one_payment() -> None:
    text = LEDGER.replace("2002-05-01 release receivables\n", "") + (
        f"2002-06-03 pay {PAYMENT}\n2002-06-03 release receivables\n2002-06-03 release warehouse\n"
    )
    led = book(note(), text)
    p = next(p for p in led.problems if p.seq == 9)
    assert p.code == "release-price"
    warehouse_price = cents(MULTIPLE * RATE * WAREHOUSE_NET_2)  # 1,782,000, capped at what is owed
    assert f"{warehouse_price:,}" in p.message
    assert "less 495,000.00 taken by releases before it leaves 0.00" in p.message


def test_a_note_paid_in_full_releases_its_collateral_freely() -> None:
    led = book(note(), LEDGER.replace("2002-05-01 release receivables\n", ""))
    quote = payoff_quote(led, date(2002, 6, 3))
    text = LEDGER.replace("2002-05-01 release receivables\n", "") + (
        f"2002-06-03 pay {quote.total}\n2002-06-03 release receivables\n"
        "2002-06-03 release warehouse\n"
    )
    led = book(note(), text)
    assert {p.seq for p in led.problems} == {3}
    # the first release takes the 495,000 price, the second the principal left of the payoff
    assert led.rows[-2].amount == PRICE
    assert led.rows[-1].amount == 1_400_000 - PRICE


def test_a_lower_valuation_refuses_only_new_advances() -> None:
    text = LEDGER + "2002-07-01 value warehouse 1000000.00\n2002-07-02 advance 1.00\n"
    led = book(note(), text)
    assert {p.seq: p.code for p in led.problems} == {3: "borrowing-base", 7: "release-price",
                                                    9: "borrowing-base"}  # fmt: skip
    # 75% × (900,000 + 600,000) = 1,125,000 against 1,400,000 outstanding: nothing available
    pos = position(led, date(2002, 7, 2))
    assert pos.available == 0
    assert pos.principal == 1_400_000


def test_repaying_the_loan_with_the_base_spent_does_not_close_the_facility() -> None:
    """Availability 0 under the base is not the commitment spent: paid off, the note stays open."""
    text = """
        2002-01-02 pledge warehouse 2000000.00 haircut=0.10
        2002-01-02 advance 1350000.00
    """
    quote = payoff_quote(book(note(), text), date(2002, 2, 1))
    led = book(note(), text + f"2002-02-01 pay {quote.total}\n2002-02-02 advance 1000.00\n")
    assert not led.problems
    assert led.final.paid_on is None


def test_the_commitment_still_limits_when_it_is_the_lower() -> None:
    text = """
        2002-01-02 pledge warehouse 9000000.00
        2002-01-02 advance 5000000.01
    """
    led = book(note(), text)
    assert [p.code for p in led.problems] == ["commitment"]


def test_a_pledged_note_counts_only_at_a_recorded_valuation() -> None:
    text = """
        2002-01-02 pledge MTG-1
        2002-01-02 advance 1.00
        2002-01-03 value MTG-1 800000.00
        2002-01-03 advance 600000.00
    """
    led = book(note(), text)
    assert [(p.seq, p.code) for p in led.problems] == [(2, "borrowing-base")]
    assert position(led, date(2002, 1, 3)).principal == 600_000  # 75% × 800,000 = 600,000


def test_a_checkpoint_keeps_the_base_and_the_replay_from_it_agrees() -> None:
    t = note()
    full = book(t, PAID_DOWN)
    cp = checkpoint_from_json(checkpoint_to_json(checkpoint_at(full, date(2002, 3, 15))))
    assert cp.state.eligible == (("warehouse", D("0.10"), D("2400000.00")),)
    resumed = replay_from(t, cp, parse_events(t.id, PAID_DOWN))
    day = date(2002, 6, 3)
    assert position(resumed, day) == position(full, day)
    assert position(resumed, day).borrowing_base == position(full, day).borrowing_base
    assert [p.seq for p in resumed.problems] == [3, 7]  # the checkpoint keeps #3


def test_the_terms_file_states_the_rate_and_the_price() -> None:
    t = note()
    assert (t.collateral.advance_rate, t.collateral.release_price) == (D("0.75"), D("1.10"))
    assert loads_terms(dumps_terms(t)) == t
    with pytest.raises(TermsError, match=r"collateral\.advance_rate"):
        note(advance_rate="75%")
    with pytest.raises(TermsError, match=r"collateral\.advance_rate"):
        note(advance_rate="1.5")
    with pytest.raises(TermsError, match=r"collateral\.release_price.*at least 1"):
        note(release_price="0.9")
    with pytest.raises(TermsError, match=r"collateral\.release_price.*needs an advance_rate"):
        terms(collateral={"release_price": "1.10"})


# -- the invariants on a borrowing-base note ------------------------------------------------------

advances = st.lists(
    st.tuples(st.integers(1, 300), st.integers(1, 2_000_000)), min_size=1, max_size=6
)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.integers(0, 3_000_000), min_size=1, max_size=4), draws=advances,
       payoff_day=st.integers(301, 900))  # fmt: skip
def test_within_the_base_and_paying_the_payoff_quote_leaves_zero(
    values: list[int], draws: list[tuple[int, int]], payoff_day: int
) -> None:
    t = note()
    start = date(2002, 1, 2).toordinal()
    lines = ["2002-01-02 pledge warehouse 1000000.00 haircut=0.10", "2002-01-02 advance 100000.00"]
    worth_from = {date(2002, 1, 2): 1_000_000}  # the warehouse's value from each date on
    for k, worth in enumerate(values):
        day = date.fromordinal(start + 60 * k + 30)
        lines.append(f"{day} value warehouse {worth}.00")
        worth_from[day] = worth
    for day, amount in draws:
        lines.append(f"{date.fromordinal(start + day)} advance {amount}.00")
    lines.sort()  # date order (the DSL numbers them in line order)
    led = book(t, "\n".join(lines))
    # every accepted advance left the principal within the base of its day
    for row in led.rows:
        if row.kind == "advance" and row.reversed_by is None:
            worth = worth_from[max(d for d in worth_from if d <= row.effective_date)]
            assert row.state.principal <= RATE * Fraction(worth) * Fraction(9, 10)
    when = date.fromordinal(start + payoff_day)
    quote = payoff_quote(led, when)
    paid = book(t, "\n".join(lines) + f"\n{when} pay {quote.total}\n{when} release warehouse")
    assert not [p for p in paid.problems if p.seq > len(lines)]
    after = paid.final
    assert (after.principal, after.interest, after.default_interest) == (0, 0, 0)
    # money conserved: what was advanced is what the payments paid to principal
    advanced = sum(
        (r.amount or D(0)) for r in paid.rows if r.kind == "advance" and not r.reversed_by
    )
    to_principal = sum(r.split.principal for r in paid.rows if r.kind == "payment")
    assert advanced == to_principal == after.advanced


def test_the_base_is_rounded_down_to_the_cent() -> None:
    # 75% × 1,000,000.01 = 750,000.0075: a limit is never rounded up, so 750,000.00
    text = """
        2002-01-02 pledge warehouse 1000000.01
        2002-01-02 advance 750000.01
        2002-01-02 advance 750000.00
    """
    led = book(note(), text)
    assert [(p.seq, p.code) for p in led.problems] == [(2, "borrowing-base")]
    pos = position(led, date(2002, 1, 2))
    assert pos.borrowing_base is not None
    assert pos.borrowing_base.base == D("750000.00")
    assert pos.principal == D("750000.00")


def test_a_release_price_travels_with_the_event() -> None:
    release = Release(note_id="N", effective_date=date(2002, 6, 3), seq=4, asset="warehouse",
                      price=Money.of("100000.00", "USD"))  # fmt: skip
    data = event_to_dict(release)
    assert (data["price"], data["currency"]) == ("100000.00", "USD")
    assert event_from_dict(data) == release
