"""Payments distributed to participants, as short ledgers; every figure worked out here from the
note's words (8% a year, ACT/360, interest for each day before the as-of day), not by the engine.

Berg (the lender) advances 1,000,000.00 on 2001-10-05 and assigns 40% of the note to Acme at the
end of 2001-12-31: from 2002-01-01 Berg holds 60% and Acme 40%.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events, terms
from promissory.core.engine import replay
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.remittance import BUCKETS, remittances
from promissory.core.reports import payoff_quote
from promissory.core.transfer import Transfer
from promissory.errors import InvalidInput

D = Decimal
BERG = "Berg & Berg Enterprises, LLC"
ACME = "Acme Capital LLC"
ZED = "Zed Fund LP"
NOTE = terms()


def cents(x: Fraction) -> Decimal:
    """Half-up to the cent (the note's rounding), without the engine."""
    return Decimal(math.floor(x * 100 + Fraction(1, 2))) / 100


def interest(days: int, principal: int = 1_000_000) -> Fraction:
    return Fraction(principal) * Fraction(8, 100) * days / 360


def transfer(day: date, holder: str, share: str | None, seq: int, assignor: str = "") -> Transfer:
    return Transfer(note_id=NOTE.id, effective_date=day, seq=seq, holder=holder,
                    share=None if share is None else D(share), assignor=assignor)  # fmt: skip


def ledger_of(text: str, *transfers: Transfer) -> tuple:  # type: ignore[type-arg]
    evs = [*parse_events(NOTE.id, text), *transfers]
    return replay(NOTE, evs), evs


def by_holder(payment) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {r.holder: r for r in payment.parts}


def test_interest_is_remitted_as_earned_and_principal_by_the_parts() -> None:
    # all interest due on 2002-03-31 (177 days: 39,333.33) plus 100,000.00 of principal
    paid = cents(interest(177)) + D("100000.00")
    assert paid == D("139333.33")
    ledger, evs = ledger_of(f"2001-10-05 advance 1000000.00\n2002-03-31 pay {paid}",
                            transfer(date(2001, 12, 31), ACME, "0.40", 3))  # fmt: skip
    report = remittances(ledger, evs, date(2002, 3, 31))
    (payment,) = report.payments
    parts = by_holder(payment)
    # the transfer passes at the end of 2001-12-31: the interest of 2001-10-05 .. 2001-12-31
    # (88 days, the transfer day included) is Berg's alone
    berg_alone = cents(interest(88))
    assert berg_alone == D("19555.56")
    stretch = cents(interest(177)) - berg_alone  # 19,777.77: 11,866.662 (60%) and 7,911.108
    assert (parts[BERG].interest, parts[ACME].interest) == (berg_alone + D("11866.66"),
                                                            D("7911.11"))  # fmt: skip
    assert parts[BERG].interest + parts[ACME].interest == stretch + berg_alone
    assert (parts[BERG].principal, parts[ACME].principal) == (D("60000.00"), D("40000.00"))
    assert parts[BERG].total + parts[ACME].total == paid == payment.applied
    assert report.holder_of_record == BERG


def test_a_part_payment_of_interest_pays_each_holder_the_same_fraction_of_what_it_is_owed() -> None:
    # 10,000.00 paid on 2002-03-31 against 39,333.33 owed: Berg is owed 31,422.22, Acme 7,911.11
    ledger, evs = ledger_of("2001-10-05 advance 1000000.00\n2002-03-31 pay 10000.00",
                            transfer(date(2001, 12, 31), ACME, "0.40", 3))  # fmt: skip
    (payment,) = remittances(ledger, evs, date(2002, 3, 31)).payments
    parts = by_holder(payment)
    owed_berg, owed_acme = D("31422.22"), D("7911.11")
    whole = owed_berg + owed_acme
    exact = {h: Fraction(10000) * Fraction(o) / Fraction(whole)
             for h, o in ((BERG, owed_berg), (ACME, owed_acme))}  # fmt: skip
    # Berg 7,988.7009…, Acme 2,011.2990…: down to the cent 7,988.70 + 2,011.29, and the cent
    # left goes to the larger remainder (Acme's .90 against Berg's .09)
    floors = {h: math.floor(x * 100) for h, x in exact.items()}
    assert floors == {BERG: 798870, ACME: 201129}
    assert exact[ACME] * 100 - floors[ACME] > exact[BERG] * 100 - floors[BERG]
    assert (parts[BERG].interest, parts[ACME].interest) == (D("7988.70"), D("2011.30"))
    assert parts[BERG].interest + parts[ACME].interest == D("10000.00")


def test_a_former_holder_keeps_the_interest_it_earned_before_assigning_everything() -> None:
    # Berg assigns the whole note to Zed at the end of 2002-01-31; the payment on 2002-03-31 of
    # all the interest pays Berg the 119 days it held (2001-10-05 .. 2002-01-31) and Zed the rest
    total = cents(interest(177))
    ledger, evs = ledger_of(f"2001-10-05 advance 1000000.00\n2002-03-31 pay {total}",
                            transfer(date(2002, 1, 31), ZED, None, 3))  # fmt: skip
    report = remittances(ledger, evs, date(2002, 3, 31))
    parts = by_holder(report.payments[0])
    berg = cents(interest(119))
    assert parts[BERG].interest == berg == D("26444.44")
    assert parts[ZED].interest == total - berg
    assert parts[BERG].share == 0 and parts[ZED].share == 1
    assert report.holder_of_record == ZED
    only = remittances(ledger, evs, date(2002, 3, 31), holder=BERG)
    assert [r.holder for r in only.payments[0].parts] == [BERG]
    with pytest.raises(InvalidInput, match="'Nobody' has held no part of note"):
        remittances(ledger, evs, date(2002, 3, 31), holder="Nobody")


def test_the_penny_goes_to_the_largest_remainder_ties_to_the_holder_of_record() -> None:
    # 100,000.01 of principal split 50/50: 50,000.005 each, a tie: the cent to Berg (listed first)
    owed = cents(interest(177))
    ledger, evs = ledger_of(f"2001-10-05 advance 1000000.00\n2002-03-31 pay {owed + D('100000.01')}",
                            transfer(date(2001, 12, 31), ACME, "0.50", 3))  # fmt: skip
    parts = by_holder(remittances(ledger, evs, date(2002, 3, 31)).payments[0])
    assert (parts[BERG].principal, parts[ACME].principal) == (D("50000.01"), D("50000.00"))


HOLDERS = (BERG, ACME, ZED)


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 500), st.integers(0, 2), st.integers(0, 2),
                       st.integers(1, 100)), max_size=3),
    st.lists(st.tuples(st.integers(1, 600), st.integers(1, 30_000_000)), min_size=1, max_size=4),
)  # fmt: skip
def test_money_is_conserved_across_holders_and_a_payoff_quote_leaves_nothing(
    moves: list[tuple[int, int, int, int]], pays: list[tuple[int, int]]
) -> None:
    """Any history of partial assignments and payments: every bucket of every payment adds up
    across the holders to the cent; then paying the payoff quote leaves zero, and the holders'
    totals add up to everything the borrower paid."""
    from promissory.core.participation import parts_on

    evs: list = [*parse_events(NOTE.id, "2001-10-05 advance 1000000.00")]  # type: ignore[type-arg]
    seq = 2
    for offset, frm, to, pct in sorted(moves):
        day = date(2001, 10, 5) + timedelta(days=offset)
        held = {p.holder: p.share for p in parts_on(NOTE, evs, day)}
        if HOLDERS[frm] not in held or frm == to:
            continue
        share = min(held[HOLDERS[frm]], D(pct) / 100)
        evs.append(transfer(day, HOLDERS[to], str(share), seq, assignor=HOLDERS[frm]))
        seq += 1
    for offset, amount in sorted(pays):
        day = date(2001, 10, 5) + timedelta(days=offset)
        evs.append(Payment(note_id=NOTE.id, effective_date=day, seq=seq,
                           amount=Money(D(amount) / 100, "USD")))  # fmt: skip
        seq += 1
    last = date(2001, 10, 5) + timedelta(days=700)
    quote = payoff_quote(replay(NOTE, evs), last)
    if quote.total > 0:
        evs.append(Payment(note_id=NOTE.id, effective_date=last, seq=seq,
                           amount=Money(quote.total, "USD")))  # fmt: skip
    ledger = replay(NOTE, evs)
    assert not ledger.problems
    report = remittances(ledger, evs, last)
    for payment in report.payments:
        for bucket in BUCKETS:
            row = next(r for r in ledger.rows if r.seq == payment.seq)
            assert sum(getattr(r, bucket) for r in payment.parts) == getattr(row.split, bucket)
        assert sum(r.total for r in payment.parts) == payment.applied
    end = ledger.rows[-1].state
    assert (end.principal, NOTE.rounding.round(end.interest)) == (0, 0)
    paid = sum(p.applied for p in report.payments)
    assert sum(t.total for t in report.totals) == paid
    # everything earned was received: each holder's interest equals what it earned while it held
    from promissory.core.remittance import earned_by_holder

    earned = earned_by_holder(ledger, evs, last, "interest")
    got = {t.holder: t.interest for t in report.totals}
    assert {h: v for h, v in earned.items() if v} == {h: v for h, v in got.items() if v}
