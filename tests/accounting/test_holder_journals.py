"""The lender's books of a note held in parts: each holder's journal shows only its part, and the
holders' journals added together are the note's lender journal, role by role and day by day.

The seed note (8% ACT/360): Berg advances 1,000,000.00 on 2001-10-05 and assigns 40% to Acme at
the end of 2001-12-31; figures worked out here from the note's words.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from holder_totals import totals
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_dsl import parse_events, terms
from promissory.core.accounting.holders import holder_entries, holder_journal
from promissory.core.accounting.journal import journal
from promissory.core.engine import replay
from promissory.core.events import LenderExpense, Payment
from promissory.core.money import Money
from promissory.core.participation import parts_on
from promissory.core.transfer import Transfer

D = Decimal
BERG = "Berg & Berg Enterprises, LLC"
ACME = "Acme Capital LLC"
ZED = "Zed Fund LP"
NOTE = terms()


def cents(x: Fraction) -> Decimal:
    return Decimal(math.floor(x * 100 + Fraction(1, 2))) / 100


def transfer(day: date, holder: str, share: str | None, seq: int, assignor: str = "") -> Transfer:
    return Transfer(note_id=NOTE.id, effective_date=day, seq=seq, holder=holder,
                    share=None if share is None else D(share), assignor=assignor)  # fmt: skip


def balance(entries, role: str) -> Decimal:  # type: ignore[no-untyped-def]
    return sum((p.amount for e in entries for p in e.postings if p.role == role), D(0))


def test_each_holder_s_books_show_its_part() -> None:
    evs = [*parse_events(NOTE.id, "2001-10-05 advance 1000000.00"),
           transfer(date(2001, 12, 31), ACME, "0.40", 2)]  # fmt: skip
    through = date(2002, 3, 31)
    acme = holder_journal(NOTE, evs, ACME, through=through)
    berg = holder_journal(NOTE, evs, BERG, through=through)
    assert balance(acme, "notes_receivable") == D("400000.00")
    assert balance(berg, "notes_receivable") == D("600000.00")
    # interest receivable at the end of March (position as of 2002-03-31, 177 days): Berg's
    # 88 days alone plus 60% of the next 89 days; Acme 40% of those 89 days (the cent to Acme)
    alone = cents(Fraction(1_000_000) * Fraction(8, 100) * 88 / 360)
    stretch = cents(Fraction(1_000_000) * Fraction(8, 100) * 177 / 360) - alone
    assert stretch == D("19777.77")
    assert balance(acme, "interest_receivable") == D("7911.11")
    assert balance(berg, "interest_receivable") == alone + D("11866.66")
    assert all(e.entity == ACME for e in acme) and all(e.balanced for e in acme)


HOLDERS = (BERG, ACME, ZED)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 400), st.integers(0, 2), st.integers(0, 2),
                       st.integers(1, 100)), max_size=3),
    st.lists(st.tuples(st.integers(1, 500), st.integers(1, 40_000_000)), max_size=3),
    st.booleans(),
)  # fmt: skip
def test_the_holders_books_add_up_to_the_note_s_journal(
    moves: list[tuple[int, int, int, int]], pays: list[tuple[int, int]], expense: bool
) -> None:
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
    if expense:
        evs.append(LenderExpense(note_id=NOTE.id, effective_date=date(2002, 2, 1), seq=seq,
                                 amount=Money(D("1234.57"), "USD"), description="counsel"))  # fmt: skip
        seq += 1
    for offset, amount in sorted(pays):
        evs.append(Payment(note_id=NOTE.id, effective_date=date(2001, 10, 5) + timedelta(offset),
                           seq=seq, amount=Money(D(amount) / 100, "USD")))  # fmt: skip
        seq += 1
    through = date(2003, 3, 31)
    whole = journal(NOTE, evs, "lender", through=through).entries
    parts = holder_entries(replay(NOTE, evs), evs, through)
    assert all(e.balanced for e in parts)
    assert totals(parts) == totals(whole)


def test_an_installment_note_with_late_charges_held_in_parts() -> None:
    """The delinquency example (level installments of 9,959.68, a 5% late charge after 10 days of
    grace), 40% to Acme at the end of 2024-04-15: the April installment is paid late with its late
    charge, the May one early; every bucket of every payment adds up across the holders and the
    holders' books add up to the note's journal."""
    import tomllib
    from pathlib import Path

    from promissory.codec.terms_toml import parse_terms
    from promissory.core.remittance import BUCKETS, remittances

    path = Path(__file__).parents[2] / "examples" / "term-note-2024-delinquency.toml"
    note = parse_terms(tomllib.loads(path.read_text(encoding="utf-8")))
    evs = [*parse_events(note.id, "2024-03-01 advance 500000.00\n2024-04-20 pay 10457.66\n"
                         "2024-04-28 pay 9959.68"),
           Transfer(note_id=note.id, effective_date=date(2024, 4, 15), seq=4,
                    holder=ACME, share=D("0.40"))]  # fmt: skip
    ledger = replay(note, evs)
    assert not ledger.problems
    report = remittances(ledger, evs, date(2024, 6, 30))
    charged = [r for r in ledger.rows if r.kind == "late_charge"]
    assert charged and charged[0].amount == D("497.98")  # 9,959.68 × 5%
    for pay in report.payments:
        row = next(r for r in ledger.rows if r.seq == pay.seq and r.kind == pay.kind)
        for bucket in BUCKETS:
            assert sum(getattr(p, bucket) for p in pay.parts) == getattr(row.split, bucket)
    # the late charge was charged on 2024-04-12, while the bank held it all; its payment is split
    # by the parts on the payment day (60/40): 298.788 and 199.192, down to the cent 298.78 and
    # 199.19, and the cent left to the larger remainder (the bank's .8 of a cent)
    late = {p.holder: p.late_charges for p in report.payments[0].parts}
    assert late == {note.lender.name: D("298.79"), ACME: D("199.19")}
    whole = journal(note, evs, "lender", through=date(2024, 6, 30)).entries
    assert totals(holder_entries(ledger, evs, date(2024, 6, 30))) == totals(whole)
