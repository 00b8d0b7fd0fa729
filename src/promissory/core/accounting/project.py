"""One note's journal for one party, projected from its replayed ledger (no closes, no corrections).

The rule: every Schedule A row that moves money becomes one entry, dated on the row's effective
date, and the interest accrued between rows is posted at each **period end** and at each row that
needs it (a payment, a settlement, a transfer, a capitalisation):

* the accrual brings the interest (and default interest) receivable — payable for the borrower —
  to the engine's accrued figure *rounded under the note's rounding policy*: at a period end
  ``D`` that is :func:`~promissory.core.engine.position` as of ``D`` (the day itself accrues only
  when the note counts the first and last day, exactly as a payoff on ``D`` would); before a
  payment or a settlement it is the interest that event met, accrued by the engine's own
  :class:`~promissory.core.run.Run` from the state before it.  No second accrual formula exists:
  the unrounded rest (the residue of rounding) stays in the engine and the reconciliation shows it;
* a payment credits each receivable by its part of the payment's split (the waterfall's own
  figures on Schedule A), a premium goes to income;
* an advance moves cash to notes receivable, a Lender Expense is charged to the borrower, a
  capitalisation moves the posted interest into principal, an opening balance is taken on against
  equity;
* a note with installments: a late charge the terms make is charged (receivable and income); what
  a payment holds as unapplied funds is a liability of the lender (an asset of the borrower) until
  held funds are applied on a due date (receivables credited against it, no cash), taken with a
  payment, or returned by a ``refund``;
* escrow (issue 11): a payment's escrow part is held for the borrower — the lender's liability
  ``escrow_held``, the borrower's asset ``escrow_deposits``, neither income nor a repayment — and
  an ``escrow_disbursement`` pays it out (the borrower's ``taxes_and_insurance``, or back to its
  cash when it is returned);
* the rows the terms make by themselves (late charges, held funds applied, capitalisations) are
  posted on their dates, those after the last event too (:func:`~promissory.core.engine.rows_through`);
* a settlement in kind debits its consideration — cash, the assigned notes at their carrying
  amount (principal and accrued interest from their own ledgers, given in ``assigned``), shares,
  forgiveness — and credits what it paid, bucket by bucket, with any excess owed back;
* a transfer is two entries on the lender's side, one in each holder's books: the assignor
  accrues to the transfer date and derecognises the carrying amount (principal, accrued interest,
  default interest, expenses, late charges, less the unapplied funds held) against
  ``transfer_clearing``; the assignee recognises it.  The borrower's payable does not change: its
  ``assignment`` entry posts the interest accrued to the transfer date (none: no postings) and
  names the new holder, the counterparty of its entries from then on.

Worked example (the seed note, ACT/360, 8%): advance 5,000,000.00 on 2001-10-05 is
``Dr notes_receivable 5,000,000.00 / Cr cash``; at the end of October, position as of 2001-10-31
(26 days) is 5,000,000 × 0.08 × 26/360 = 28,888.888… → ``Dr interest_receivable 28,888.89 /
Cr interest_income 28,888.89``, residue −0.00111… shown by the reconciliation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.accounting.discount import AdvanceDiscount, discounts
from promissory.core.accounting.entries import JournalEntry, Move, entry
from promissory.core.accounting.periods import Frequency, period_end
from promissory.core.accounting.roles import Party
from promissory.core.engine import position, rows_through
from promissory.core.events import EscrowDisbursement, Event, LenderExpense
from promissory.core.money import EXACT, money_text
from promissory.core.problems import Reject
from promissory.core.run import Run, after_capitalisation
from promissory.core.settlement import Settlement
from promissory.core.state import Ledger, ScheduleRow, Split, State
from promissory.core.terms import DefaultInterestBasis
from promissory.core.transfer import Transfer, holder_on
from promissory.errors import InvalidInput

ZERO = Decimal(0)
_Post = Callable[..., None]
_Fmt = Callable[[Decimal], str]

#: Row kinds that move no money and post nothing (the interest keeps accruing through them).
SILENT = frozenset({
    "rate_fixing", "amendment", "default", "cure", "acceleration", "demand", "notation", "pledge",
    "pik_election",
    "valuation", "release", "ucc_filing", "ucc_continuation", "ucc_termination",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class AssignedCarrying:
    """A note assigned in a settlement, at its carrying amount on the settlement date (from its
    own ledger): ``principal`` and accrued ``interest``; ``assumes_obligations`` when the assignee
    took over the assignor's obligations under it (the 2002 letter, ¶3)."""

    note_id: str
    principal: Decimal
    interest: Decimal
    assumes_obligations: bool = False


class _Books:
    """What the party's accounts hold for the note while the projection runs."""

    def __init__(self) -> None:
        self.principal = ZERO
        self.interest = ZERO
        self.default_interest = ZERO
        self.expenses = ZERO
        self.late_charges = ZERO  # charged by the terms ([late_charge]) and unpaid
        self.fees = ZERO  # fees of the terms ([[fees]]) charged and unpaid
        self.fees_accrued = ZERO  # the unused-commitment fee accrued at period ends, not billed
        self.unapplied = ZERO  # payments held as unapplied funds
        self.escrow = ZERO  # escrow deposits held for the borrower (outside the debt)
        self.accreted = ZERO  # discount accreted so far


def _accrued_before(ledger: Ledger, prev: State, day: date, kind: str) -> tuple[Decimal, Decimal]:
    """Interest and default interest (rounded) an event of ``kind`` on ``day`` meets, accrued by
    the engine from the state before it, as the payment and settlement handlers accrue."""
    run = Run(prev.terms, prev, list(ledger.fixing_dates), list(ledger.fixing_values), False)
    run.after_capitalisation = after_capitalisation(kind)
    try:
        run.accrue(run.accrual_end(day), day)
    except Reject as missing:
        raise InvalidInput(f"note {ledger.terms.id} on {day}: {missing.message}") from None
    return run.rounding.round(run.interest), run.rounding.round(run.default_interest)


def _true_up(books: _Books, interest: Decimal, default_interest: Decimal) -> list[Move]:
    moves: list[Move] = [
        ("accrue_interest", EXACT.subtract(interest, books.interest)),
        ("accrue_default_interest", EXACT.subtract(default_interest, books.default_interest)),
    ]
    books.interest, books.default_interest = interest, default_interest
    return moves


def project(
    ledger: Ledger,
    events: Iterable[Event],
    party: Party,
    period_ends: Sequence[date],
    through: date,
    frequency: Frequency,
    assigned: Mapping[str, AssignedCarrying] | None = None,
) -> list[JournalEntry]:
    """The party's entries for the note through ``through`` (see the module docstring)."""
    terms, cur = ledger.terms, ledger.currency
    by_seq = {e.seq: e for e in events}
    assigned = assigned or {}
    books = _Books()
    holder = terms.lender.name
    borrower = terms.borrower.name
    out: list[JournalEntry] = []

    def m(amount: Decimal) -> str:
        return money_text(amount, cur)

    def post(day: date, kind: str, seq: int | None, memo: str, moves: list[Move],
             entity: str | None = None, counterparty: str | None = None,
             notice: bool = False) -> None:  # fmt: skip
        """One entry (none when nothing is posted, unless it is a ``notice``: then an entry
        without postings says what happened)."""
        who = entity or (holder if party == "lender" else borrower)
        other = counterparty or (borrower if party == "lender" else holder)
        made = entry(terms.id, party, day, kind, seq, who, cur, memo, moves, other)
        if made is None and notice:
            made = JournalEntry(terms.id, party, day, kind, seq, who, cur, memo, (), other)
        if made is not None:
            out.append(made)

    def accrue_to(end: date) -> None:
        if end < terms.issue_date:
            return
        pos = position(ledger, end)
        # interest capitalised on the note's dates since its last Schedule A row: the engine
        # writes those rows with its next event, and applies them to a position meanwhile
        capitalised = EXACT.subtract(pos.principal, books.principal)
        if capitalised < 0 or (capitalised and terms.interest.compounding is None):
            raise AssertionError(f"note {terms.id} on {end}: the journal holds principal "
                                 f"{books.principal}, the engine {pos.principal}")  # fmt: skip
        moved = EXACT.subtract(pos.default_interest, books.default_interest)
        moves = _true_up(books, EXACT.add(pos.interest, capitalised), pos.default_interest)
        text = (
            f"interest accrued through the period ending {end} (the engine's position as of {end})"
        )
        if moved > 0:
            text += f"; default interest {_default_kinds(pos.state, end)}"
        fee = terms.rounding.round(pos.state.fee_accrued)
        if fee != books.fees_accrued:
            moves.append(("accrue_fee", EXACT.subtract(fee, books.fees_accrued)))
            books.fees_accrued = fee
            text += "; the unused-commitment fee accrued since its last billing date"
        if capitalised:
            moves.append(("capitalise", capitalised))
            books.interest, books.principal = pos.interest, pos.principal
            text += (f"; {m(capitalised)} of it capitalised on the note's capitalisation dates "
                     "(on Schedule A with the next event)")  # fmt: skip
        live = [(seq, d) for seq, d in discount.items() if seq in posted_discounts]
        if live:
            target = sum((d.discount if seq in retired else d.accreted(end) for seq, d in live),
                         ZERO)  # fmt: skip
            moves.append(("accrete_discount", EXACT.subtract(target, books.accreted)))
            books.accreted = target
            text += "; discount accreted by the constant yield of the OID schedule"
            if any(seq in retired for seq, _ in live):
                text += " (all of it for advances repaid in full)"
        post(end, "accrual", None, text, moves)

    discount = discounts(ledger)
    posted_discounts: set[int] = set()
    retired: set[int] = set()  # advances whose discount is all accreted: the principal was repaid
    ends = [d for d in period_ends if d <= through]
    k = 0
    prev = ledger.initial
    # the rows the terms make after the last event (a late charge, held funds applied on a due
    # date, a capitalisation) are posted on their own dates, as Schedule A will show them
    for row in rows_through(ledger, through):
        day = row.effective_date
        if day > through:
            break
        while k < len(ends) and ends[k] < day:
            accrue_to(ends[k])
            k += 1
        if row.reversed_by is None:
            holder = _post_row(ledger, row, prev, by_seq.get(row.seq), books, post, m, holder,
                               assigned, party, frequency, discount.get(row.seq))  # fmt: skip
            if row.kind == "transfer":  # the holder of record (the lead of a note held in parts)
                holder = holder_on(terms, by_seq.values(), day)
            if row.kind == "advance" and row.seq in discount:
                posted_discounts.add(row.seq)
            if row.state.principal == 0:
                retired |= posted_discounts
            _check(terms.id, row, books)
        prev = row.state
    for end in ends[k:]:
        accrue_to(end)
    return out


def _back_dated(event: Event | None, frequency: Frequency) -> str:
    if event is None:
        return ""
    recorded = event.recorded_at.date()
    if recorded > period_end(event.effective_date, frequency):
        return f"; recorded on {recorded} (back-dated)"
    return ""


def _post_row(ledger: Ledger, row: ScheduleRow, prev: State, event: Event | None, books: _Books,
              post: _Post, m: _Fmt, holder: str, assigned: Mapping[str, AssignedCarrying],
              party: Party, frequency: Frequency, discount: AdvanceDiscount | None) -> str:  # fmt: skip
    """Post one live row; returns the holder after it."""
    kind, day, seq, split = row.kind, row.effective_date, row.seq, row.split
    note = _back_dated(event, frequency)
    words = f"; {row.notation}" if row.notation else ""
    if kind == "advance":
        amount = row.amount or ZERO
        books.principal = EXACT.add(books.principal, amount)
        moves: list[Move] = [("advance", amount)]
        text = f"advance #{seq} of {m(amount)}"
        if discount is not None:
            moves.append(("book_discount", discount.discount))
            text += (f"; issued at {m(discount.issue_price)}: discount {m(discount.discount)} "
                     "(warrant or points, OID terms)")  # fmt: skip
        if split.fees:  # an origination fee withheld from the proceeds: earned at once
            moves.append(("withhold_fee", split.fees))
        charged = EXACT.subtract(row.state.fees, books.fees)
        if charged:  # an origination fee charged on the first advance
            books.fees = row.state.fees
            moves.append(("charge_fee", charged))
        post(day, kind, seq, f"{text}{words}{note}", moves)
    elif kind == "expense":
        amount = row.amount or ZERO
        books.expenses = EXACT.add(books.expenses, amount)
        text = event.description if isinstance(event, LenderExpense) and event.description else ""
        post(day, kind, seq, f"Lender Expenses #{seq} of {m(amount)}"
             f"{'; ' + text if text else ''}{note}", [("charge_expense", amount)])  # fmt: skip
    elif kind == "capitalisation":
        # interest paid in kind moves into principal; cash interest (a note with [interest.pik])
        # stays receivable: the row's state holds it after the capitalisation
        posted = row.amount or ZERO
        cash = row.state.terms.rounding.round(row.state.interest)
        moves = _true_up(books, EXACT.add(posted, cash), books.default_interest)
        books.interest = cash
        books.principal = EXACT.add(books.principal, posted)
        kept = f"; cash interest of {m(cash)} stays receivable" if cash else ""
        post(
            day,
            kind,
            None,
            f"interest of {m(posted)} capitalised (paid in kind){kept}",
            [*moves, ("capitalise", posted)],
        )
    elif kind == "opening_balance":
        s = row.state
        books.principal, books.expenses = s.principal, s.expenses
        books.interest = s.terms.rounding.round(s.interest)
        books.default_interest = s.terms.rounding.round(s.default_interest)
        post(day, kind, seq, f"opening balances taken on (#{seq}): principal {m(s.principal)}, "
             f"interest {m(books.interest)}{words}{note}", [
                 ("open_principal", s.principal), ("open_interest", books.interest),
                 ("open_default_interest", books.default_interest),
                 ("open_expenses", s.expenses)])  # fmt: skip
    elif kind == "payment":
        moves = _true_up(books, *_accrued_before(ledger, prev, day, kind))
        fee_moves = _fee_receipts(books, split, row.state, "receive")
        _take(books, split)
        books.unapplied = EXACT.add(books.unapplied, row.unapplied)
        held = ""
        if row.unapplied > 0:
            held = f"; {m(row.unapplied)} held as unapplied funds"
        elif row.unapplied < 0:
            held = f"; with {m(-row.unapplied)} of the unapplied funds held"
        if row.escrow:
            books.escrow = EXACT.add(books.escrow, row.escrow)
            held += f"; {m(row.escrow)} to escrow"
        post(day, kind, seq, f"payment #{seq} of {m(row.amount or ZERO)}: {_parts(split, m)}"
             f"{held}; interest accrued to the payment date{words}{note}",
             [*moves, *fee_moves, *_receipts(split), *_held_moves(row.unapplied),
              ("hold_escrow", row.escrow)])  # fmt: skip
    elif kind == "escrow_disbursement":
        amount = row.amount or ZERO
        books.escrow = EXACT.subtract(books.escrow, amount)
        back = isinstance(event, EscrowDisbursement) and event.to_borrower
        post(day, kind, seq, f"escrow disbursement #{seq} of {m(amount)}: {row.notation}{note}",
             [("return_escrow" if back else "disburse_escrow", amount)])  # fmt: skip
    elif kind == "unapplied_applied":
        # the interest the application met, from the row itself: what it paid plus what is left
        rounding = row.state.terms.rounding
        moves = _true_up(
            books,
            EXACT.add(rounding.round(row.state.interest), split.interest),
            EXACT.add(rounding.round(row.state.default_interest), split.default_interest),
        )
        fee_moves = _fee_receipts(books, split, row.state, "use")
        _take(books, split)
        books.unapplied = EXACT.add(books.unapplied, row.unapplied)
        post(day, kind, None, f"unapplied funds of {m(row.amount or ZERO)} applied to the "
             f"installment due on {day}: {_parts(split, m)}; interest accrued to the due date",
             [*moves, *fee_moves, *_receipts(split), *_held_moves(row.unapplied)])  # fmt: skip
    elif kind == "fee":
        amount = row.amount or ZERO
        books.fees = EXACT.add(books.fees, amount)
        text = row.notation or "fee billed by the terms"
        accrued, books.fees_accrued = books.fees_accrued, ZERO  # what the period ends accrued
        post(
            day,
            kind,
            None,
            f"{text}: {m(amount)}",
            [("bill_accrued_fee", accrued), ("charge_fee", EXACT.subtract(amount, accrued))],
        )
    elif kind == "late_charge":
        amount = row.amount or ZERO
        books.late_charges = EXACT.add(books.late_charges, amount)
        text = row.notation or "late charge charged by the terms"
        post(day, kind, None, f"{text}: {m(amount)}", [("charge_late", amount)])
    elif kind == "refund":
        amount = row.amount or ZERO
        books.unapplied = EXACT.subtract(books.unapplied, amount)
        said = words if "returned to the borrower" not in words else ""
        post(day, kind, seq, f"refund #{seq}: {m(amount)} of the unapplied funds returned to the "
             f"borrower{said}{note}", [("refund_funds", amount)])  # fmt: skip
    elif kind == "settlement":
        assert isinstance(event, Settlement)
        moves = _true_up(books, *_accrued_before(ledger, prev, day, kind))
        moves += _settlement_moves(event, assigned)
        moves += _fee_receipts(books, split, row.state, "apply")
        moves += [("apply_late_charges", split.late_charges), ("apply_expenses", split.expenses),
                  ("apply_default_interest", split.default_interest),
                  ("apply_interest", split.interest), ("apply_principal", split.principal),
                  ("apply_premium", split.premium), ("apply_excess", event.excess.amount)]  # fmt: skip
        _take(books, split)
        post(day, kind, seq, _settlement_memo(event, assigned, m) + note, moves)
    elif kind == "transfer":
        assert isinstance(event, Transfer)
        moves = _true_up(books, *_accrued_before(ledger, prev, day, kind))
        if event.share is not None or event.assignor:  # a part passes between holders
            post(day, "assignment", seq, f"{event.share or 'all'} of the note assigned by "
                 f"{event.assignor or holder} to {event.holder} (#{seq}): the lenders' carrying "
                 "amount is unchanged (each holder's books are kept apart); interest accrued "
                 f"to the transfer date{note}", moves, notice=True)  # fmt: skip
            return holder
        if party == "borrower":  # the same payable, owed to the new holder from this day
            post(day, "assignment", seq, f"note assigned by {holder} to {event.holder} (#{seq}): "
                 f"the debt is unchanged and owed to {event.holder} from {day}; interest accrued "
                 f"to the transfer date{note}", moves, counterparty=event.holder, notice=True)  # fmt: skip
            return event.holder
        carried = [
            ("principal", books.principal),
            ("interest", books.interest),
            ("default_interest", books.default_interest),
            ("expenses", books.expenses),
            ("late_charges", books.late_charges),
            *([("fees", books.fees)] if books.fees else []),
            *([("fees_accrued", books.fees_accrued)] if books.fees_accrued else []),
        ]
        amount = EXACT.subtract(sum((v for _, v in carried), ZERO),
                                EXACT.add(books.unapplied, books.escrow))  # fmt: skip
        carried.append(("unapplied", books.unapplied))
        carried.append(("escrow", books.escrow))  # the escrow passes with the note
        held_for = EXACT.add(books.unapplied, books.escrow)
        funds = f" (net of {m(held_for)} of funds held for the borrower)" if held_for else ""
        post(day, "assignment", seq, f"note assigned to {event.holder} (#{seq}): carrying amount "
             f"{m(amount)}{funds} derecognised by {holder}, interest accrued to the transfer date"
             f"{note}",
             [*moves, *((f"assign_{name}", v) for name, v in carried)], entity=holder)  # fmt: skip
        obligations = "; obligations under the note assumed" if event.assumes_obligations else ""
        post(day, "assignment", seq, f"note acquired from {holder} (#{seq}): carrying amount "
             f"{m(amount)}{funds} recognised by {event.holder}{obligations}{note}",
             [(f"acquire_{name}", v) for name, v in carried], entity=event.holder)  # fmt: skip
        return event.holder
    elif kind not in SILENT:
        raise InvalidInput(f"the journal does not know how to post a {kind!r} row "
                           f"(note {ledger.terms.id}, #{seq} on {day})")  # fmt: skip
    return holder


def _default_kinds(state: State, end: date) -> str:
    """Which default interest the note bears at ``end`` (all of it goes to the same accounts)."""
    terms = state.terms
    past_due = terms.default.applies_to is DefaultInterestBasis.PAST_DUE
    kinds = []
    if state.in_default and (not past_due or state.accelerated):
        kinds.append("at the default margin on the whole principal (Event of Default)")
    post = terms.default.post_maturity_margin
    if post is not None and end >= terms.maturity:
        kinds.append("at the post-maturity margin on the unpaid principal")
    elif past_due and not state.accelerated:
        kinds.append("at the default margin on the past-due installments")
    return " and ".join(kinds) or "at the default margin"


def _take(books: _Books, split: Split) -> None:
    books.interest = EXACT.subtract(books.interest, split.interest)
    books.default_interest = EXACT.subtract(books.default_interest, split.default_interest)
    books.principal = EXACT.subtract(books.principal, split.principal)
    books.expenses = EXACT.subtract(books.expenses, split.expenses)
    books.late_charges = EXACT.subtract(books.late_charges, split.late_charges)


def _fee_receipts(books: _Books, split: Split, after: State, how: str) -> list[Move]:
    """What a payment (``how``: ``receive``; held funds applied: ``use``; a settlement:
    ``apply``) paid of fees: those charged and unpaid (the receivable), and the rest — the fee
    accrued and the exit fee, paid with a payment of everything without being charged first —
    straight to income."""
    if not split.fees:
        return []
    charged = EXACT.subtract(books.fees, after.fees)
    books.fees = after.fees
    rest = EXACT.subtract(split.fees, charged)
    # of the rest, the fee the period ends accrued (now paid: the payment paid the note)
    accrued = min(rest, max(ZERO, EXACT.subtract(books.fees_accrued,
                                                 after.terms.rounding.round(after.fee_accrued))))  # fmt: skip
    books.fees_accrued = EXACT.subtract(books.fees_accrued, accrued)
    rest = EXACT.subtract(rest, accrued)
    if how == "apply":
        return [("apply_fees", charged), ("apply_accrued_fee", accrued),
                ("apply_fee_income", rest)]  # fmt: skip
    return [("receive_fees", charged), ("receive_accrued_fee", accrued),
            ("receive_fee_income", rest)]  # fmt: skip


def _parts(split: Split, m: _Fmt) -> str:
    return ", ".join(f"{name} {m(v)}" for name, v in (
        ("fees", split.fees), ("late charges", split.late_charges), ("expenses", split.expenses),
        ("default interest", split.default_interest), ("interest", split.interest),
        ("principal", split.principal), ("premium", split.premium)) if v) or "nothing applied"  # fmt: skip


def _receipts(split: Split) -> list[Move]:
    return [("receive_late_charges", split.late_charges),
            ("receive_expenses", split.expenses),
            ("receive_default_interest", split.default_interest),
            ("receive_interest", split.interest), ("receive_principal", split.principal),
            ("receive_premium", split.premium)]  # fmt: skip


def _held_moves(unapplied: Decimal) -> list[Move]:
    """Money put into the unapplied funds (held) or taken out of them (applied)."""
    if unapplied > 0:
        return [("hold_funds", unapplied)]
    return [("use_held_funds", EXACT.minus(unapplied))] if unapplied < 0 else []


def _settlement_moves(e: Settlement, assigned: Mapping[str, AssignedCarrying]) -> list[Move]:
    moves: list[Move] = [("settle_cash", e.cash.amount)]
    carried = [assigned[n] for n in e.assigned_notes if n in assigned]
    known = (
        len(carried) == len(e.assigned_notes)
        and sum((EXACT.add(c.principal, c.interest) for c in carried), ZERO) == e.notes_value.amount
    )
    if known:  # each note at its carrying amount, in accounts kept for it
        for c in carried:
            moves += [("settle_note_principal", c.principal, c.note_id),
                      ("settle_note_interest", c.interest, c.note_id)]  # fmt: skip
    else:  # an agreed value, or notes not in the book: the whole value as principal
        about = e.assigned_notes[0] if len(e.assigned_notes) == 1 else ""
        moves.append(("settle_note_principal", e.notes_value.amount, about))
    moves += [("settle_shares", e.shares_value.amount), ("settle_forgiven", e.forgiven.amount)]
    return moves


def _settlement_memo(e: Settlement, assigned: Mapping[str, AssignedCarrying], m: _Fmt) -> str:
    parts = [f"cash {m(e.cash.amount)}"] if e.cash.amount else []
    if e.notes_value.amount:
        parts.append(f"notes {', '.join(e.assigned_notes)} at {m(e.notes_value.amount)}")
    if e.shares_value.amount:
        parts.append(f"{e.shares_count:,} shares at {m(e.shares_value.amount)}")
    if e.forgiven.amount:
        parts.append(f"forgiveness of {m(e.forgiven.amount)}")
    text = (f"settlement {e.settlement_id} (#{e.seq}): paid in full by {', '.join(parts)}; "
            "the loan is derecognised and the agreement terminated")  # fmt: skip
    if e.excess.amount:
        text += f"; excess {m(e.excess.amount)} owed back to the borrower"
    if any(assigned[n].assumes_obligations for n in e.assigned_notes if n in assigned):
        text += ("; the lender assumes the borrower's obligations under the assigned notes "
                 "(no amount is measured for them)")  # fmt: skip
    return text


def _check(note_id: str, row: ScheduleRow, books: _Books) -> None:
    """The principal and expenses the accounts hold equal the engine's after every row."""
    s = row.state
    held = (
        books.principal,
        books.expenses,
        books.late_charges,
        books.unapplied,
        books.fees,
        books.escrow,
    )
    engine = (s.principal, s.expenses, s.late_charges, s.unapplied, s.fees, s.escrow)
    if held != engine:
        raise AssertionError(
            f"note {note_id} #{row.seq} {row.kind} on {row.effective_date}: the journal holds "
            f"principal, expenses, late charges, unapplied funds, fees, escrow {held}, the engine "
            f"{engine}"
        )
