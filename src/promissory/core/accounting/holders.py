"""The lender's journal of a note held in parts: one set of books per holder.

Each holder's books show only its part, and the holders' books added together are the note's
lender journal (role by role, day by day; a test checks it on random histories):

* an **advance**, a **Lender Expense**, a **late charge**, a **fee** of the terms (``[[fees]]``:
  billed, charged on an advance or withheld from it), **unapplied funds** held, applied or
  refunded, and an **opening balance** are split among the parts held that day with
  :func:`promissory.core.participation.split` (down to the cent, the cents left over to the
  largest remainders, ties to the holder of record);
* **interest and default interest** accrue in each holder's books to what it has earned and not
  yet received: the interest accrued while it held (cut at every transfer date) less what the
  payments remitted to it (:mod:`promissory.core.remittance`), trued up at every period end and
  before every payment and transfer, as the note's journal is;
* a **payment** credits each holder's receivables by its remittance; of the fees it pays, the
  part that was charged (the note's fees receivable) clears the holders' fees receivable in
  proportion to what each holds of it, and the rest of each holder's remittance of fees (a fee
  paid with a payoff without being charged first, such as the exit fee; a cent where the
  remittance's rounding differs from the charges') is its fee income;
* a **transfer** (partial or whole) moves the assigned fraction of the assignor's principal,
  expenses, late charges, fees and unapplied funds to the assignee (``assign_*`` in the assignor's
  books, ``acquire_*`` in the assignee's, through ``transfer_clearing``).  Accrued interest does
  not move: the seller keeps the interest accrued before the transfer date and is paid it by the
  next payment of interest.  The two entries cancel in the sum, as in the note's journal.

Not kept per holder (refused by name): a note issued at a discount (OID terms), capitalised
interest (PIK), settlements in kind and escrow (held by the servicer for the borrower, not by
the holders).  Closes are kept for the note's journal; a holder's
journal is the projection of the ledger as it stands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from promissory.core.accounting.discount import discounts
from promissory.core.accounting.entries import JournalEntry, Move, entry
from promissory.core.accounting.periods import Frequency, period_ends
from promissory.core.engine import position, replay, rows_through
from promissory.core.events import Event
from promissory.core.money import EXACT, money_text
from promissory.core.participation import Part, parts_on, split
from promissory.core.remittance import ONE_DAY, PaymentRemittance, distributions, earned_by_holder
from promissory.core.state import Ledger, ScheduleRow
from promissory.core.terms import FeeKind, Terms
from promissory.core.transfer import Transfer
from promissory.errors import InvalidInput

ZERO = Decimal(0)
#: what a transfer carries from the assignor to the assignee (accrued interest stays)
CARRIED = ("principal", "expenses", "late_charges", "fees", "fees_accrued", "unapplied")
REFUSED = {
    "capitalisation": "capitalised interest (PIK)",
    "settlement": "a settlement in kind",
}


_Fn = Callable[..., Any]  # the projection's closures (true_up, shared, book, post, m)


class _Books:
    def __init__(self) -> None:
        self.figures = dict.fromkeys(
            (
                "principal",
                "interest",
                "default_interest",
                "expenses",
                "late_charges",
                "fees",
                "fees_accrued",
                "unapplied",
            ),
            ZERO,
        )

    def add(self, name: str, amount: Decimal) -> None:
        self.figures[name] = EXACT.add(self.figures[name], amount)


def holder_entries(ledger: Ledger, events: Sequence[Event], through: date,
                   frequency: Frequency = "monthly") -> list[JournalEntry]:  # fmt: skip
    """Every holder's entries for the note through ``through`` (module docstring), in date order;
    ``entity`` names the holder whose books an entry belongs to."""
    terms = ledger.terms
    if discounts(ledger):
        raise InvalidInput(f"a journal per holder of note {terms.id} is not kept: the note was "
                           "issued at a discount (OID terms)")  # fmt: skip
    unit = terms.rounding.quantum
    cur = terms.currency
    rows = rows_through(ledger, through)
    paid = {id(row): pay for row, pay in distributions(ledger, events, rows, through)}
    books: dict[str, _Books] = {}
    received: dict[str, dict[str, Decimal]] = {"interest": {}, "default_interest": {}}
    out: list[JournalEntry] = []

    def m(amount: Decimal) -> str:
        return money_text(amount, cur)

    def book(h: str) -> _Books:
        return books.setdefault(h, _Books())

    def post(day: date, kind: str, seq: int | None, holder: str, memo: str,
             moves: list[Move]) -> None:  # fmt: skip
        made = entry(terms.id, "lender", day, kind, seq, holder, cur, memo, moves,
                     terms.borrower.name)  # fmt: skip
        if made is not None:
            out.append(made)

    def true_up(day: date) -> dict[str, list[Move]]:
        """Each holder's interest receivables brought to what it earned and has not received."""
        moves: dict[str, list[Move]] = {}
        for bucket, move in (("interest", "accrue_interest"),
                             ("default_interest", "accrue_default_interest")):  # fmt: skip
            earned = earned_by_holder(ledger, events, day, bucket)
            for h in {*earned, *received[bucket]}:
                target = EXACT.subtract(earned.get(h, ZERO), received[bucket].get(h, ZERO))
                b = book(h)
                moves.setdefault(h, []).append((move, EXACT.subtract(target, b.figures[bucket])))
                b.figures[bucket] = target
        return moves

    def shared(day: date, kind: str, seq: int | None, amount: Decimal, move: str, bucket: str,
               memo: str, parts: Sequence[Part]) -> None:  # fmt: skip
        sign = -1 if move in ("refund_funds", "use_held_funds") else 1
        for p, a in zip(parts, split(amount, parts, unit), strict=True):
            book(p.holder).add(bucket, a * sign)
            post(
                day, kind, seq, p.holder, f"{memo}: {m(a)} of it for a {p.share} part", [(move, a)]
            )

    def at_period_end(end: date) -> dict[str, list[Move]]:
        """The interest true-up, and the unused-commitment fee accrued since the last period end
        shared among the parts held at the end of the day (``fees_accrued``)."""
        moves = true_up(end)
        if not any(f.kind is FeeKind.UNUSED_COMMITMENT for f in terms.fees):
            return moves
        held = sum((b.figures["fees_accrued"] for b in books.values()), ZERO)
        accrued = EXACT.subtract(unit_round(position(ledger, end).state.fee_accrued), held)
        if accrued:
            parts = parts_on(terms, events, end)
            for p, a in zip(parts, split(accrued, parts, unit), strict=True):
                book(p.holder).add("fees_accrued", a)
                moves.setdefault(p.holder, []).append(("accrue_fee", a))
        return moves

    unit_round = terms.rounding.round
    ends = [d for d in period_ends(terms.issue_date, through, frequency) if d <= through]
    k = 0
    for row in rows:
        day = row.effective_date
        while k < len(ends) and ends[k] < day:
            _accrual(ends[k], at_period_end(ends[k]), post)
            k += 1
        if row.reversed_by is not None:
            continue
        if row.kind in REFUSED or row.escrow:
            what = REFUSED.get(row.kind, "an escrow balance (held by the servicer for the "
                               "borrower, not by the holders' parts)")  # fmt: skip
            raise InvalidInput(f"a journal per holder of note {terms.id} is not kept with "
                               f"{what} (#{row.seq} on {day})")  # fmt: skip
        before = parts_on(terms, events, day - ONE_DAY)
        if row.kind == "transfer":
            # (a second transfer on one day assigns from the parts the first one left: "Lakeside
            # to Acme", then "Acme to Zed", both on 2025-03-31)
            earlier = [e for e in events
                       if not (isinstance(e, Transfer) and e.effective_date == day and e.seq >= row.seq)]  # fmt: skip
            before = parts_on(terms, earlier, day)
        _post_row(row, paid.get(id(row)), before, events, terms, true_up, shared, book, post,
                  received, m, books)  # fmt: skip
    for end in ends[k:]:
        _accrual(end, at_period_end(end), post)
    return out


def _accrual(end: date, moves: dict[str, list[Move]], post: _Fn) -> None:
    for h, mv in moves.items():
        post(end, "accrual", None, h, f"interest accrued through the period ending {end}: the "
             "interest earned while it held, less what it has received", mv)  # fmt: skip


def _post_row(row: ScheduleRow, pay: PaymentRemittance | None, parts: Sequence[Part],
              events: Sequence[Event], terms: Terms, true_up: _Fn, shared: _Fn, book: _Fn,
              post: _Fn, received: dict[str, dict[str, Decimal]], m: _Fn,
              books: dict[str, _Books]) -> None:  # fmt: skip
    kind, day, seq = row.kind, row.effective_date, row.seq
    amount = row.amount or ZERO
    # the note's fees charged and unpaid: what the holders' books hold of them together
    fees_held = sum((b.figures["fees"] for b in books.values()), ZERO)
    if kind == "advance":
        shared(day, kind, seq, amount, "advance", "principal", f"advance #{seq} of {m(amount)}",
               parts)  # fmt: skip
        withheld = row.split.fees  # an origination fee withheld from the proceeds: earned at once
        for p, a in zip(parts, split(withheld, parts, terms.rounding.quantum) if withheld else (),
                        strict=False):  # fmt: skip
            post(day, kind, seq, p.holder, f"fee withheld from advance #{seq}: {m(a)} of it for "
                 f"a {p.share} part", [("withhold_fee", a)])  # fmt: skip
        charged = EXACT.subtract(row.state.fees, fees_held)
        if charged:  # an origination fee charged on the first advance
            shared(day, kind, seq, charged, "charge_fee", "fees",
                   f"fee charged with advance #{seq}", parts)  # fmt: skip
    elif kind == "fee":  # each part's share billed; what the period ends accrued of it moves over
        billed = dict(zip((p.holder for p in parts), split(amount, parts, terms.rounding.quantum),
                          strict=True))  # fmt: skip
        before = {h: b.figures["fees_accrued"] for h, b in books.items()
                  if b.figures["fees_accrued"]}  # fmt: skip
        for h in [*billed, *(h for h in before if h not in billed)]:
            a, x = billed.get(h, ZERO), before.get(h, ZERO)
            book(h).add("fees", a)
            book(h).add("fees_accrued", -x)
            post(day, kind, None, h, f"{row.notation or 'fee billed by the terms'}: {m(a)} of it "
                 "for its part", [("bill_accrued_fee", x), ("charge_fee", EXACT.subtract(a, x))])  # fmt: skip
    elif kind == "expense":
        shared(day, kind, seq, amount, "charge_expense", "expenses",
               f"Lender Expenses #{seq} of {m(amount)}", parts)  # fmt: skip
    elif kind == "late_charge":
        shared(day, kind, None, amount, "charge_late", "late_charges",
               row.notation or "late charge charged by the terms", parts)  # fmt: skip
    elif kind == "refund":
        shared(day, kind, seq, amount, "refund_funds", "unapplied",
               f"refund #{seq} of unapplied funds", parts)  # fmt: skip
    elif kind == "opening_balance":
        s = row.state
        for name, bucket, value in (("open_principal", "principal", s.principal),
                                    ("open_expenses", "expenses", s.expenses)):  # fmt: skip
            shared(day, kind, seq, value, name, bucket, f"opening balance #{seq}", parts)
        true_up(day)  # opening interest is earned by the holders of the day (no entry: equity)
    elif kind in ("payment", "unapplied_applied"):
        assert pay is not None
        moves = true_up(day)
        for r in pay.parts:
            for bucket in received:
                got = received[bucket]
                got[r.holder] = EXACT.add(got.get(r.holder, ZERO), getattr(r, bucket))
                book(r.holder).add(bucket, -getattr(r, bucket))
            for bucket in ("principal", "expenses", "late_charges"):
                book(r.holder).add(bucket, -getattr(r, bucket))
        remitted = {r.holder: r.fees for r in pay.parts if r.fees}
        charged = EXACT.subtract(fees_held, row.state.fees)
        accrued_held = sum((b.figures["fees_accrued"] for b in books.values()), ZERO)
        rest = EXACT.subtract(sum(remitted.values(), ZERO), charged)
        accrued = min(rest, max(ZERO, EXACT.subtract(
            accrued_held, terms.rounding.round(row.state.fee_accrued))))  # fmt: skip
        # the receivables and the accrued fee paid, in proportion to what each holds of them
        for bucket, receipt, paid_now in (("fees", "receive_fees", charged),
                                          ("fees_accrued", "receive_accrued_fee", accrued)):  # fmt: skip
            if not remitted or not paid_now:
                continue
            owed = [Part(h, b.figures[bucket], day) for h, b in books.items()
                    if b.figures[bucket] > 0]  # fmt: skip
            for p, c in zip(owed, split(paid_now, owed, terms.rounding.quantum), strict=True):
                book(p.holder).add(bucket, -c)
                moves.setdefault(p.holder, []).append((receipt, c))
                remitted[p.holder] = EXACT.subtract(remitted.get(p.holder, ZERO), c)
        for h, rest in remitted.items():  # the rest of its remittance is fee income
            moves.setdefault(h, []).append(("receive_fee_income", rest))
        for r in pay.parts:
            moves.setdefault(r.holder, []).extend([
                ("receive_late_charges", r.late_charges), ("receive_expenses", r.expenses),
                ("receive_default_interest", r.default_interest),
                ("receive_interest", r.interest), ("receive_principal", r.principal),
                ("receive_premium", r.premium)])  # fmt: skip
        funds = split(row.unapplied, parts, terms.rounding.quantum) if row.unapplied else ()
        for p, a in zip(parts, funds, strict=False):
            book(p.holder).add("unapplied", a)
            move: Move = ("hold_funds", a) if a > 0 else ("use_held_funds", EXACT.minus(a))
            moves.setdefault(p.holder, []).append(move)
        label = f"payment #{seq} of {m(amount)}" if kind == "payment" else "unapplied funds applied"
        for h, mv in moves.items():
            post(day, kind, seq or None, h, f"{label}: its remittance; interest accrued to the "
                 "payment date", mv)  # fmt: skip
    elif kind == "transfer":
        event = next(e for e in events if e.seq == seq)
        assert isinstance(event, Transfer)
        moves = true_up(day)
        assignor = event.assignor or parts[0].holder
        mine = {p.holder: p.share for p in parts}[assignor]
        fraction = (event.share if event.share is not None else mine) / mine
        src, dst = book(assignor), book(event.holder)
        carried: list[tuple[str, Decimal]] = []
        for bucket in CARRIED:
            value = src.figures[bucket]
            moved = value if fraction == 1 else terms.rounding.quantum * int(
                value * fraction / terms.rounding.quantum)  # fmt: skip
            src.add(bucket, -moved)
            dst.add(bucket, moved)
            carried.append((bucket, moved))
        share = f"{fraction:%} of its part" if fraction != 1 else "all of its part"
        post(day, "assignment", seq, assignor, f"note assigned to {event.holder} (#{seq}): "
             f"{share} derecognised; interest accrued to the transfer date stays with it",
             [*moves.pop(assignor, []), *((f"assign_{b}", v) for b, v in carried)])  # fmt: skip
        post(day, "assignment", seq, event.holder, f"note acquired from {assignor} (#{seq}): "
             f"{share} recognised, interest from the day after the transfer",
             [*moves.pop(event.holder, []), *((f"acquire_{b}", v) for b, v in carried)])  # fmt: skip
        for h, mv in moves.items():
            post(day, "accrual", None, h, "interest accrued to the transfer date", mv)


def holder_journal(terms: Terms, events: Sequence[Event], holder: str, *, through: date,
                   frequency: Frequency = "monthly") -> tuple[JournalEntry, ...]:  # fmt: skip
    """``holder``'s books of the note through ``through`` (module docstring)."""
    ledger = replay(terms, events)
    entries = holder_entries(ledger, events, through, frequency)
    mine = tuple(e for e in entries if e.entity == holder)
    if not mine and holder not in {p.holder for p in parts_on(terms, events, through)}:
        raise InvalidInput(f"{holder!r} has held no part of note {terms.id} through {through}")
    position(ledger, through)  # a missing fixing is refused here as in the note's journal
    return mine
