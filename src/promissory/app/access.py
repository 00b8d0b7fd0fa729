"""Who may do what: the roles of the book's users and the one rule that decides each request.

A request is made by a :class:`Principal` (an authenticated user: its name, its role and the parties
it acts for, by their legal names as the notes write them) and asks for an :class:`Action` on a note
or on the whole book.  :func:`allowed` is the whole policy, a pure function of the principal, the
action and the note's parties (:class:`NoteParties`), so the HTTP API, the web app and the tests ask
the same question in the same words::

    role            read a note                       record on a note           audit    admin
    administrator   every note                        every note                 yes      yes
    servicer        notes of the lenders it services  the same notes             no       no
    holder          notes it holds or held            no                         no       no
    borrower        its own notes                     no                         no       no
    auditor         every note                        no                         yes      no

"Audit" is what an auditor needs beyond reading: ``verify`` of the whole book, ``export``, reading
any note as it was known on a past moment.  A servicer "services" a lender when the lender's legal
name is among its ``parties``; it services the note while that lender is the note's original lender
or one of its holders of record.  A holder reads a note it holds or has held (the holder history,
:func:`promissory.core.transfer.holders`, lists them with the date each holding began); a borrower
reads the notes whose borrower it is.  Names are compared exactly as written on the note.

A refusal of a read must not tell whether the note exists: the interfaces answer 404 for a note the
principal may not read, exactly as for a note that is not in the book, and 403 only for an action on
a note the principal may read (a borrower asking to record a payment on its own note).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """The roles a user of the book can have (one each)."""

    ADMINISTRATOR = "administrator"
    SERVICER = "servicer"
    HOLDER = "holder"
    BORROWER = "borrower"
    AUDITOR = "auditor"


class Action(StrEnum):
    """What a request asks to do."""

    READ = "read"  # terms, Schedule A, balance, payoff, explain, statements, OID, documents
    RECORD = "record"  # add a note, post any event, settle, transfer, file, correct
    AUDIT = "audit"  # verify the whole book, export it, read as known on a past moment
    ADMIN = "admin"  # users, roles, tokens


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated user: ``user`` (its login name), its ``role`` and the ``parties`` it acts for.

    ``parties`` are legal names as notes write them ("Berg Lender LLC"): the lenders a servicer
    services, the holder a holder is, the borrower a borrower is.  Administrators and auditors need
    none.  ``user`` is what the book records as ``recorded_by`` on every write the principal makes.
    """

    user: str
    role: Role
    parties: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class NoteParties:
    """The parties of one note that the policy looks at: its borrower, its original lender, and every
    holder of record (the original lender first, then each transferee)."""

    borrower: str
    lender: str
    holders: tuple[str, ...] = ()

    @classmethod
    def of(cls, borrower: str, lender: str, holders: Iterable[str] = ()) -> NoteParties:
        return cls(borrower, lender, tuple(holders))

    def lenders(self) -> frozenset[str]:
        """The original lender and every holder of record."""
        return frozenset((self.lender, *self.holders))


def allowed(principal: Principal, action: Action, note: NoteParties | None = None) -> bool:
    """Whether ``principal`` may do ``action`` on ``note`` (``None``: on the book as a whole).

    Book-wide reads (the list of notes) are allowed to every role; what each sees in the list is
    filtered note by note with ``Action.READ``.  Recording a new note asks with the note's parties
    (a servicer may add a note only for a lender it services).
    """
    role = principal.role
    if role is Role.ADMINISTRATOR:
        return True
    if action is Action.ADMIN:
        return False
    if action is Action.AUDIT:
        return role is Role.AUDITOR
    if note is None:
        return action is Action.READ
    if action is Action.RECORD:
        return role is Role.SERVICER and bool(principal.parties & note.lenders())
    # Action.READ on one note
    if role is Role.AUDITOR:
        return True
    if role is Role.SERVICER or role is Role.HOLDER:
        return bool(principal.parties & note.lenders())
    if role is Role.BORROWER:
        return note.borrower in principal.parties
    return False
