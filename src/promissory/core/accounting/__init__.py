"""Accounting: a double-entry journal for the lender and the borrower, projected from the ledger.

Never a second source of truth: every entry is a function of the note's events (and of the closes
recorded in the book, which only decide *where* a correction lands).  See ``docs/accounting.md``.

| module | what it is |
| --- | --- |
| `roles.py` | the account roles of each party and the movements between them (`MOVES`) |
| `periods.py` | period ends and labels: monthly (default), quarterly, daily |
| `entries.py` | `Posting`, `JournalEntry`; an entry built from movements balances by construction |
| `project.py` | one note's entries for one party, from its replayed ledger (accruals, payments, …) |
| `discount.py` | a note issued below face: the discount at each advance and its accretion from the OID schedule |
| `chart.py` | the chart of accounts as a record: roles → the user's account names and numbers |
| `journal.py` | closes, reversing and correcting entries; trial balance; reconciliation to the engine |
"""

from promissory.core.accounting.entries import JournalEntry, Posting
from promissory.core.accounting.journal import (
    Close,
    EngineBalances,
    Journal,
    TieLine,
    TrialBalance,
    TrialLine,
    balances_on,
    journal,
    reconcile,
    trial_balance,
)
from promissory.core.accounting.periods import (
    FREQUENCIES,
    Frequency,
    frequency_of,
    label,
    parse_period,
    period_end,
    period_ends,
)
from promissory.core.accounting.project import AssignedCarrying
from promissory.core.accounting.roles import (
    BORROWER_ROLES,
    LENDER_ROLES,
    MOVES,
    PARTIES,
    ROLES,
    ROOTS,
    TIED,
    Party,
    Role,
    normal_sign,
    party_of,
)

__all__ = [
    "BORROWER_ROLES",
    "FREQUENCIES",
    "LENDER_ROLES",
    "MOVES",
    "PARTIES",
    "ROLES",
    "ROOTS",
    "TIED",
    "AssignedCarrying",
    "Close",
    "EngineBalances",
    "Frequency",
    "Journal",
    "JournalEntry",
    "Party",
    "Posting",
    "Role",
    "TieLine",
    "TrialBalance",
    "TrialLine",
    "balances_on",
    "frequency_of",
    "journal",
    "label",
    "normal_sign",
    "parse_period",
    "party_of",
    "period_end",
    "period_ends",
    "reconcile",
    "trial_balance",
]
