"""Shares as consideration: whole shares by the stated rule, the remainder in cash or forgiven."""

from __future__ import annotations

from decimal import Decimal

import pytest
from settlement_books import DAY, LOAN, golden_book

from promissory.core.money import RoundingPolicy
from promissory.core.settlement import Cash, Shares, convert_to_shares
from promissory.errors import InvalidInput

D = Decimal


@pytest.mark.parametrize(
    ("amount", "price", "rounding", "count", "value", "remainder"),
    [
        # the example: 1,000,000.00 / 0.97 = 1,030,927.835…
        ("1000000.00", "0.97", "down", 1030927, "999999.19", "0.81"),
        ("1000000.00", "0.97", "up", 1030928, "1000000.16", "-0.16"),
        ("1000000.00", "0.97", "nearest", 1030928, "1000000.16", "-0.16"),
        # the warrant's price (DOMAIN.md): 1,402,743 shares at 3.208 = 4,499,999.544 → 4,499,999.54
        ("4500000.00", "3.208", "down", 1402743, "4499999.54", "0.46"),
        ("100.00", "25", "down", 4, "100.00", "0.00"),
    ],
)
def test_whole_shares(amount: str, price: str, rounding: str, count: int, value: str,
                      remainder: str) -> None:  # fmt: skip
    c = convert_to_shares(D(amount), D(price), rounding, "cash", RoundingPolicy())
    assert (c.count, c.value, c.remainder) == (count, D(value), D(remainder))
    assert c.value + c.remainder == D(amount)


@pytest.mark.parametrize(("rule", "source"), [("cash", "cash"), ("forgiven", "forgiveness")])
def test_converting_the_balance_leaves_the_remainder_as_the_terms_say(
    rule: str, source: str
) -> None:
    # a balance of 1,000,000.00 is left after 17,640,370.41 in cash
    with golden_book() as p:
        offer = [Cash(D("17640370.41")), Shares(D("0.97"), remainder=rule)]
        r = p.propose_settlement(LOAN, DAY, offer)
    assert r.shares is not None
    assert (r.shares.amount, r.shares.count, r.shares.value) == (
        D("1000000.00"),
        1030927,
        D("999999.19"),
    )
    assert r.lines[-1].source == source
    assert r.lines[-1].amount == D("0.81")
    assert (r.status, r.difference) == ("exact", D("0.00"))
    assert r.shares_value == D("999999.19")


def test_shares_by_count() -> None:
    with golden_book() as p:
        r = p.propose_settlement(LOAN, DAY, [Shares(D("3.208"), count=1402743)])
    assert r.shares_value == D("4499999.54")
    assert r.status == "shortfall"


def test_shares_are_given_once_and_sensibly() -> None:
    with pytest.raises(InvalidInput, match="count or as an amount"):
        Shares(D("1"), count=1, amount=D("1"))
    with pytest.raises(InvalidInput, match="rounding"):
        Shares(D("1"), rounding="sideways")
    with pytest.raises(InvalidInput, match="price"):
        Shares(D("0"))
    with golden_book() as p, pytest.raises(InvalidInput, match="once"):
        p.propose_settlement(LOAN, DAY, [Shares(D("1"), count=1), Shares(D("2"), count=1)])
