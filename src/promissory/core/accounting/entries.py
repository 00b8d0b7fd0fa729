"""Journal entries: dated, balanced sets of postings to account roles, in the note's currency.

A :class:`JournalEntry` is built from movements (:data:`~promissory.core.accounting.roles.MOVES`)
by :func:`entry`: each movement debits one role and credits another by the same amount, the
postings are netted per role (so a settlement's clearing role disappears) and zero postings are
dropped.  A posting's amount is positive for a debit and negative for a credit; every entry's
postings sum to zero exactly (:attr:`JournalEntry.balanced`), a test checks it on random ledgers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.accounting.roles import MOVES, SETTLEMENT, Party
from promissory.core.money import EXACT

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Posting:
    """``amount`` to ``role``: positive is a debit, negative a credit.  ``about`` names another
    note when the account is kept for it (the notes assigned in a settlement), else is empty."""

    role: str
    amount: Decimal
    about: str = ""

    @property
    def debit(self) -> Decimal:
        return self.amount if self.amount > 0 else ZERO

    @property
    def credit(self) -> Decimal:
        return -self.amount if self.amount < 0 else ZERO


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journal entry of one party for one note.

    ``kind`` is what caused it: an event kind (``advance``, ``payment``, ``settlement`` …),
    ``accrual`` (interest accrued to a period end), ``assignment`` (one holder's side of a
    transfer) or ``correction`` (a reversal, or events that changed a closed period, posted in
    the next open period).  ``seq`` is the event's id on Schedule A (None for an accrual or a
    correction); ``entity`` whose books the entry belongs to (the holder at the time, for the
    lender's side; the borrower's name otherwise); ``memo`` says what happened in words;
    ``counterparty`` the other side: the borrower, in the lender's books; the holder of the note
    on the entry's date, in the borrower's (an assignment changes it, not the payable).
    """

    note_id: str
    party: Party
    day: date
    kind: str
    seq: int | None
    entity: str
    currency: str
    memo: str
    postings: tuple[Posting, ...]
    counterparty: str = ""

    @property
    def debits(self) -> Decimal:
        return sum((p.debit for p in self.postings), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((p.credit for p in self.postings), ZERO)

    @property
    def balanced(self) -> bool:
        return self.debits == self.credits


#: A movement and its amount, optionally the other note its debit or credit is kept for.
Move = tuple[str, Decimal] | tuple[str, Decimal, str]


def net(pairs: Iterable[tuple[str, str, Decimal]]) -> tuple[Posting, ...]:
    """Postings netted per role (and note kept for), in first-seen order, without zeros or the
    settlement clearing."""
    totals: dict[tuple[str, str], Decimal] = {}
    for role, about, amount in pairs:
        totals[role, about] = EXACT.add(totals.get((role, about), ZERO), amount)
    cleared = totals.pop((SETTLEMENT, ""), ZERO)
    if cleared != 0:  # the consideration and what it paid must agree exactly
        raise AssertionError(f"settlement clearing left {cleared} in an entry")
    return tuple(Posting(role, amount, about) for (role, about), amount in totals.items() if amount)


def movement_pairs(party: Party, moves: Iterable[Move]) -> list[tuple[str, str, Decimal]]:
    """The (role, note kept for, signed amount) of ``moves`` for ``party`` (movements it does not
    book and zero amounts are skipped).  The settlement clearing is never kept for a note."""
    side = 0 if party == "lender" else 1
    out: list[tuple[str, str, Decimal]] = []
    for move in moves:
        name, amount = move[0], move[1]
        about = move[2] if len(move) == 3 else ""
        pair = MOVES[name][side]
        if pair is None or amount == 0:
            continue
        debit, credit = pair
        out.append((debit, "" if debit == SETTLEMENT else about, amount))
        out.append((credit, "" if credit == SETTLEMENT else about, EXACT.minus(amount)))
    return out


def entry(
    note_id: str,
    party: Party,
    day: date,
    kind: str,
    seq: int | None,
    entity: str,
    currency: str,
    memo: str,
    moves: Iterable[Move],
    counterparty: str = "",
) -> JournalEntry | None:
    """The entry of ``moves`` for ``party``, or None when nothing is left to post."""
    postings = net(movement_pairs(party, moves))
    if not postings:
        return None
    return JournalEntry(note_id, party, day, kind, seq, entity, currency, memo, postings,
                        counterparty)  # fmt: skip
