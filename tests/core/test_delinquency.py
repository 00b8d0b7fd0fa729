"""Delinquency charged by replay (issue 10), each case a short ledger on the example term note.

The note is ``examples/term-note-2024.toml``: $500,000.00 at 7.25%, 30/360, 60 monthly level
installments of 9,959.68 from 2024-04-01 (P·r / (1 − (1 + r)^−n), r = 0.0725/12, computed in
``tests/core/test_billing.py``), default margin 5%.  Installments 1-4 are paid on their due dates;
installment 5, due 2024-08-01, is the late one.  Every expected figure is worked here with plain
Decimal arithmetic from the note's words, not read from the engine:

* the principal after installment 4 is the amortization of 500,000.00 by four level installments,
  each paying interest at 7.25% × 30/360 on the balance rounded to the cent: 471,992.07;
* the late charge is 5% of the installment: 9,959.68 × 0.05 = 497.984 → 497.98;
* default interest on the past-due installment for 18 days (30/360): 9,959.68 × 0.05 × 18/360
  = 24.8992 → 24.90; on the whole balance: 471,992.07 × 0.05 × 18/360 = 1,179.98 (issue 10).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from ledger_dsl import book, parse_events, terms
from promissory.codec.state_json import checkpoint_from_json, checkpoint_to_json
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.billing import installment_status
from promissory.core.delinquency import late_charges_charged, past_due_notices
from promissory.core.engine import checkpoint_at, position, replay, replay_from, rows_through
from promissory.core.reports import explain, payoff_quote
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml").read_text()
CENT = Decimal("0.01")
INSTALLMENT = Decimal("9959.68")
MARGIN = Decimal("0.05")


def note(late: str = 'percent = "0.05"', default: str = "", schedule_extra: str = "") -> Terms:
    text = EXAMPLE.replace('prepayment_effect = "shorten-term"',
                           f'prepayment_effect = "shorten-term"\n{schedule_extra}')  # fmt: skip
    if late:
        text += f"\n[late_charge]\n{late}\n"
    if default:
        text += f"\n[default]\n{default}\n"
    return loads_terms(text)


def cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def principal_after(k: int) -> Decimal:
    """The balance after k installments paid on their due dates (30/360: 30 days a month)."""
    balance = Decimal("500000.00")
    for _ in range(k):
        interest = cents(balance * Decimal("0.0725") * 30 / 360)
        balance -= INSTALLMENT - interest
    return balance


FOUR_PAID = """
    2024-03-01 advance 500000.00
    2024-04-01 pay 9959.68
    2024-05-01 pay 9959.68
    2024-06-01 pay 9959.68
    2024-07-01 pay 9959.68
"""


def led(t: Terms, more: str = "") -> Ledger:
    return book(t, FOUR_PAID + more)


def test_the_late_charge_is_five_percent_of_the_installment_once() -> None:
    expected = cents(INSTALLMENT * Decimal("0.05"))
    assert expected == Decimal("497.98")
    ledger = led(note())
    # still unpaid at the end of its due date: charged on the next day, before that day's payments
    assert position(ledger, date(2024, 8, 1)).late_charges == 0
    assert position(ledger, date(2024, 8, 2)).late_charges == expected
    # late for months: installment 5 is charged once; 6 to 9 fall due and are charged once each
    on = date(2024, 12, 15)
    charged = late_charges_charged(ledger.terms, rows_through(ledger, on), on)
    assert [(c.number, c.charged_on, c.amount) for c in charged] == [
        (k, date(2024, k + 3, 2), expected) for k in range(5, 10)]  # fmt: skip
    assert position(ledger, on).late_charges == 5 * expected


def test_the_cap_and_the_minimum_bound_each_charge() -> None:
    capped = led(note('percent = "0.05"\nmaximum = "400.00"'))
    assert position(capped, date(2024, 8, 2)).late_charges == Decimal("400.00")
    floor = led(note('percent = "0.01"\nminimum = "150.00"'))  # 99.60 → the minimum
    assert position(floor, date(2024, 8, 2)).late_charges == Decimal("150.00")
    fixed = led(note('amount = "75.00"'))
    assert position(fixed, date(2024, 8, 2)).late_charges == Decimal("75.00")


def test_the_grace_period_defers_the_charge() -> None:
    t = note(schedule_extra="grace_days = 10")
    assert position(led(t), date(2024, 8, 11)).late_charges == 0
    assert position(led(t), date(2024, 8, 12)).late_charges == Decimal("497.98")
    paid_in_grace = led(t, "2024-08-11 pay 9959.68")
    assert position(paid_in_grace, date(2024, 8, 20)).late_charges == 0


def test_a_payment_made_in_time_afterwards_makes_the_charge_disappear() -> None:
    """Derived, never stored: a back-dated payment, or reversing the one that paid, replays it."""
    t = note()
    late = led(t, "2024-09-15 note reminder sent")
    assert position(late, date(2024, 8, 20)).late_charges == Decimal("497.98")
    assert [r.kind for r in late.rows].count("late_charge") == 2  # installments 5 and 6
    back_dated = replay(t, parse_events(t.id, FOUR_PAID + """
        2024-09-15 note reminder sent
        2024-08-01 pay 9959.68
        2024-09-01 pay 9959.68
    """))  # fmt: skip
    assert position(back_dated, date(2024, 9, 20)).late_charges == 0
    assert "late_charge" not in [r.kind for r in back_dated.rows]
    reversed_ = led(t, "2024-08-01 pay 9959.68\n2024-08-20 reverse 6")
    assert position(reversed_, date(2024, 8, 20)).late_charges == Decimal("497.98")


def test_default_interest_on_the_past_due_installment_only_24_90() -> None:
    t = note(late="", default='applies_to = "past_due"')
    expected = cents(INSTALLMENT * MARGIN * 18 / 360)
    assert expected == Decimal("24.90")
    ledger = led(t)
    assert position(ledger, date(2024, 8, 19)).default_interest == expected
    # no default interest while it is only due (its due date), nor on installments paid on time
    assert position(ledger, date(2024, 8, 1)).default_interest == 0
    # paid on 2024-08-19: the payment meets the 24.90 and the interest stops
    paid = led(t, "2024-08-19 pay 9984.58")
    assert paid.rows[-1].to_default_interest == expected
    assert position(paid, date(2024, 9, 1)).default_interest == 0


def test_on_the_whole_balance_the_same_18_days_cost_1179_98() -> None:
    balance = principal_after(4)
    assert balance == Decimal("471992.07")
    expected = cents(balance * MARGIN * 18 / 360)
    assert expected == Decimal("1179.98")
    t = note(late="", default='applies_to = "balance"')  # today's rule, written out
    ledger = led(t, "2024-08-01 default\n2024-08-19 cure")
    assert position(ledger, date(2024, 8, 19)).default_interest == expected
    assert loads_terms(EXAMPLE).default == t.default  # "balance" is the rule when absent


def test_a_short_payment_is_past_due_with_its_late_charge() -> None:
    """5,000.00 paid on installment 5's due date: 4,959.68 of it stays past due and is charged."""
    short = "2024-08-01 pay 5000.00"
    ledger = led(note(), short)
    status = installment_status(ledger, date(2024, 8, 2))
    assert status is not None
    assert status.past_due == INSTALLMENT - Decimal("5000.00") == Decimal("4959.68")
    assert position(ledger, date(2024, 8, 2)).late_charges == Decimal("497.98")
    on_unpaid = led(note('percent = "0.05"\nbasis = "unpaid"'), short)
    assert position(on_unpaid, date(2024, 8, 2)).late_charges == cents(
        Decimal("4959.68") * Decimal("0.05")) == Decimal("247.98")  # fmt: skip


def test_a_late_charge_is_never_taken_out_of_the_installment() -> None:
    """Paying just the installments due leaves the late charge owed, not the installment short."""
    ledger = led(note(), "2024-08-05 pay 9959.68")
    row = ledger.rows[-1]
    assert row.to_late_charges == 0
    status = installment_status(ledger, date(2024, 8, 5))
    assert status is not None and status.past_due == 0
    assert position(ledger, date(2024, 8, 5)).late_charges == Decimal("497.98")
    more = led(note(), "2024-08-05 pay 10500.00")  # 540.32 over: the late charge first
    assert more.rows[-1].to_late_charges == Decimal("497.98")
    assert position(more, date(2024, 8, 5)).late_charges == 0


def test_paying_the_quote_of_a_delinquent_note_leaves_exactly_zero() -> None:
    t = note(default='applies_to = "past_due"')
    ledger = led(t)
    quote = payoff_quote(ledger, date(2024, 10, 17))
    assert quote.late_charges == 3 * Decimal("497.98")
    paid = led(t, f"2024-10-17 pay {quote.total}")
    assert paid.problems == ()
    after = position(paid, date(2024, 10, 17))
    assert (after.total, after.late_charges, after.status.value) == (0, 0, "paid")


def test_post_maturity_interest_starts_by_itself_at_maturity() -> None:
    """The seed note (ACT/360, 8%) with a post-maturity margin of 2%: nothing recorded after
    maturity 2005-09-30, yet from that day principal bears 10%."""
    t = terms(default={"post_maturity_margin": "0.02"})
    ledger = book(t, "2001-10-05 advance 1000000.00")
    expected = cents(Decimal("1000000.00") * Decimal("0.02") * 30 / 360)
    assert position(ledger, date(2005, 9, 30)).default_interest == 0
    assert position(ledger, date(2005, 10, 30)).default_interest == expected == Decimal("1666.67")
    x = explain(ledger, list(parse_events(t.id, "2001-10-05 advance 1000000.00")),
                date(2005, 10, 30))  # fmt: skip
    post = [s.segment for s in x.segments if s.segment.basis == "post-maturity"]
    assert [(s.start, s.end, s.default_extra) for s in post] == [
        (date(2005, 9, 30), date(2005, 10, 30), Decimal("0.02"))]  # fmt: skip
    plain = book(terms(), "2001-10-05 advance 1000000.00")  # without the key: none, as before
    assert position(plain, date(2005, 10, 30)).default_interest == 0


def test_explain_shows_the_past_due_installment_as_its_own_segment() -> None:
    t = note(late="", default='applies_to = "past_due"')
    events = parse_events(t.id, FOUR_PAID)
    x = explain(replay(t, events), events, date(2024, 8, 19))
    mine = [s.segment for s in x.segments if s.segment.basis.startswith("past due")]
    assert [(s.basis, s.start, s.end, s.days, s.balance) for s in mine] == [
        ("past due installment 5", date(2024, 8, 1), date(2024, 8, 19), 18, INSTALLMENT)]  # fmt: skip
    assert x.outstanding_exact == x.position.interest_exact + x.position.default_interest_exact


def test_a_past_due_notice_is_raised_when_the_days_are_reached() -> None:
    t = note(schedule_extra="past_due_notice_days = 30")
    ledger = led(t)
    for as_of, expected in ((date(2024, 8, 30), []), (date(2024, 8, 31), [(5, date(2024, 8, 31))])):
        found = past_due_notices(t, installment_status(ledger, as_of))
        assert [(n.number, n.reached_on) for n in found] == expected
    paid = led(t, "2024-09-05 pay 19919.36\n2024-09-05 pay 995.96")
    assert past_due_notices(t, installment_status(paid, date(2024, 9, 6))) == ()


def test_the_statement_agrees_with_the_replay() -> None:
    """Past due (billing) is the installment money fallen due less what the replay counted paid."""
    ledger = led(note(default='applies_to = "past_due"'), "2024-08-10 pay 12000.00")
    for as_of in (date(2024, 8, 10), date(2024, 9, 2), date(2024, 11, 20)):
        status = installment_status(ledger, as_of)
        assert status is not None
        pos = position(ledger, as_of)
        assert status.applied == pos.state.installments_paid
        assert status.past_due >= 0


def test_the_new_keys_round_trip_and_are_refused_plainly() -> None:
    t = note('percent = "0.05"\nmaximum = "500.00"', 'applies_to = "past_due"\n'
             'post_maturity_margin = "0.03"', "grace_days = 10\npast_due_notice_days = 30")  # fmt: skip
    assert loads_terms(dumps_terms(t)) == t
    assert "late_charge" not in dumps_terms(loads_terms(EXAMPLE))
    for late, default, extra, message in (
        ('percent = "5"', "", "", r"late_charge\.percent = \"5\".*between 0 and 1"),
        (
            'percent = "0.05"\namount = "10.00"',
            "",
            "",
            r"late_charge\.amount = \"10\.00\": give exactly one of late_charge\.percent",
        ),
        ('amount = "-1.00"', "", "", r"late_charge\.amount.*more than zero"),
        (
            'percent = "0.05"\nminimum = "600.00"\nmaximum = "500.00"',
            "",
            "",
            r"late_charge\.minimum.*not be more than",
        ),
        ('percent = "0.05"\nbasis = "balance"', "", "", r"late_charge\.basis.*installment, unpaid"),
        ("", 'applies_to = "everything"', "", r"default\.applies_to.*balance, past_due"),
        ("", 'post_maturity_margin = "0"', "", r"default\.post_maturity_margin.*above zero"),
        (
            "",
            "",
            "grace_days = 10\npast_due_notice_days = 5",
            r"schedule\.past_due_notice_days = 5.*more than schedule\.grace_days",
        ),
    ):
        with pytest.raises(InvalidInput, match=message):
            note(late, default, extra)
    with pytest.raises(
        InvalidInput, match=r"schedule = \(missing\): is required by \[late_charge\]"
    ):
        terms(late_charge={"percent": "0.05"})
    with pytest.raises(InvalidInput, match=r"default\.applies_to.*needs a \[schedule\]"):
        terms(default={"applies_to": "past_due"})


def test_a_replay_resumed_from_a_checkpoint_charges_the_same() -> None:
    """The late charges owed and the installments looked at travel in the checkpoint."""
    t = note(default='applies_to = "past_due"', schedule_extra="grace_days = 5")
    events = parse_events(t.id, FOUR_PAID + """
        2024-08-20 pay 5000.00
        2024-10-03 pay 12000.00
        2024-12-01 note reminder sent
    """)  # fmt: skip
    full = replay(t, events)
    for through in (date(2024, 8, 6), date(2024, 8, 20), date(2024, 10, 10)):
        checkpoint = checkpoint_from_json(checkpoint_to_json(checkpoint_at(full, through)))
        resumed = replay_from(t, checkpoint, events)
        for day in (date(2024, 10, 10), date(2024, 12, 1), date(2025, 1, 20)):
            if day > through:
                assert position(resumed, day) == position(full, day), (through, day)


def test_how_a_capped_or_raised_charge_was_figured() -> None:
    on = date(2024, 8, 2)
    for late, how in (
        (
            'percent = "0.05"\nmaximum = "400.00"',
            "5% of the installment 9959.68 = 497.984 → 497.98, capped at the maximum 400.00",
        ),
        (
            'percent = "0.01"\nminimum = "150.00"',
            "1% of the installment 9959.68 = 99.5968 → 99.60, raised to the minimum 150.00",
        ),
        ('amount = "75.00"', "the fixed late charge 75.00"),
    ):
        ledger = led(note(late))
        assert [c.how for c in late_charges_charged(ledger.terms, rows_through(ledger, on), on)] == [
            how]  # fmt: skip


def test_under_past_due_a_default_alone_adds_nothing_but_an_acceleration_does() -> None:
    """Under ``past_due`` an Event of Default recorded on 2024-08-01 leaves the whole balance at
    the contract rate (24.90 on the installment only, to 2024-08-19); accelerated on 2024-08-19,
    everything is due and from then the whole principal, 471,992.07, bears the margin: 10 days to
    2024-08-29 (30/360) → 471,992.07 × 5% × 10/360 = 655.54, plus the 24.90."""
    t = note(late="", default='applies_to = "past_due"')
    in_default = led(t, "2024-08-01 default")
    assert position(in_default, date(2024, 8, 19)).default_interest == Decimal("24.90")
    accelerated = led(t, "2024-08-01 default\n2024-08-19 accelerate")
    whole = cents(principal_after(4) * MARGIN * 10 / 360)
    assert whole == Decimal("655.54")
    assert position(accelerated, date(2024, 8, 29)).default_interest == Decimal("24.90") + whole


def test_counting_the_first_and_last_day_charges_the_same_days_late() -> None:
    """With count_first_and_last_day the payment's own day accrues, so the installment's default
    interest starts the day after its due date: paid on the due date, none; 18 days late, 24.90."""
    t = note(late="", default='applies_to = "past_due"')
    t = replace(t, interest=replace(t.interest, count_first_and_last_day=True))
    on_time = led(t, "2024-08-01 pay 9959.68")
    assert on_time.rows[-1].to_default_interest == 0
    late = led(t, "2024-08-19 pay 12000.00")
    assert late.rows[-1].to_default_interest == Decimal("24.90")


DELINQUENT = Path(__file__).resolve().parents[2] / "examples" / "term-note-2024-delinquency.toml"


def test_the_example_delinquent_note_charges_as_its_words_say() -> None:
    """``examples/term-note-2024-delinquency.toml``: 10 days' grace, 5% capped at 500.00, the
    default margin on past-due installments, a warning at 30 days.  Installment 1 (due
    2024-04-01) unpaid: charged 497.98 on 2024-04-12; on 2024-05-01, 30 days (30/360) of default
    interest on it, 9,959.68 × 5% × 30/360 = 41.50; the warning is dated 2024-05-01."""
    t = loads_terms(DELINQUENT.read_text())
    ledger = book(t, "2024-03-01 advance 500000.00")
    assert position(ledger, date(2024, 4, 11)).late_charges == 0
    assert position(ledger, date(2024, 4, 12)).late_charges == Decimal("497.98")
    on = date(2024, 5, 1)
    assert position(ledger, on).default_interest == cents(INSTALLMENT * MARGIN * 30 / 360)
    assert position(ledger, on).default_interest == Decimal("41.50")
    notices = past_due_notices(t, installment_status(ledger, on))
    assert [(n.number, n.reached_on) for n in notices] == [(1, on)]


def test_after_maturity_the_post_maturity_margin_replaces_the_past_due_one() -> None:
    """Every installment paid but the last (2029-03-01); from maturity the principal still owed
    bears the post-maturity 5% and the installment's own default interest stops there."""
    t = loads_terms(DELINQUENT.read_text())
    status_paid = [f"{d.isoformat()} pay 9959.68" for d in (
        date(2024 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(4, 63))]  # fmt: skip
    ledger = book(t, "2024-03-01 advance 500000.00\n" + "\n".join(status_paid))
    owed = position(ledger, date(2029, 3, 1)).principal
    assert owed > 0
    after = position(ledger, date(2029, 3, 31))  # 30 days after maturity (30/360)
    assert after.default_interest == cents(owed * MARGIN * 30 / 360)
    assert after.default_extra == MARGIN


def test_a_late_charge_paid_apart_waits_for_what_a_payment_leaves_over() -> None:
    """497.98 paid alone on 2024-08-10 goes to the next installment, paid ahead (the installments
    come first); the 9,959.68 of 2024-09-01 then completes installment 6 and its excess, 497.98,
    pays the late charge.  Nothing is late again: no second charge."""
    ledger = led(note(), "2024-08-05 pay 9959.68\n2024-08-10 pay 497.98\n2024-09-01 pay 9959.68")
    assert ledger.rows[-1].to_late_charges == Decimal("497.98")
    assert position(ledger, date(2024, 9, 2)).late_charges == 0
    assert [r.kind for r in ledger.rows].count("late_charge") == 1
    status = installment_status(ledger, date(2024, 9, 2))
    assert status is not None and status.past_due == 0


def test_the_payoff_letter_lists_the_late_charges_its_total_includes() -> None:
    """The letter's figure lines add up to its total: the three late charges of 497.98 are a line
    of their own (they were left out, so the lines fell 1,493.94 short of the total)."""
    from promissory.render import Format, render_payoff_letter

    t = note(default='applies_to = "past_due"')
    quote = payoff_quote(led(t), date(2024, 10, 17))
    text = render_payoff_letter(quote, t, Format.TXT).text
    figures = re.findall(r"^ {5}(\S.*?) +\$([\d,]+\.\d\d)$", text, re.MULTILINE)
    lines = {label: Decimal(amount.replace(",", "")) for label, amount in figures}
    assert lines["Late charges"] == 3 * Decimal("497.98")
    total = lines.pop(next(label for label in lines if label.startswith("Total payoff amount")))
    assert total == quote.total == sum(lines.values())
