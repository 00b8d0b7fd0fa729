"""A small book for the API tests: a term note serviced for its lender, with collateral, a financing
statement and an Event of Default, and a second note paid off by a settlement.

Each scenario's notes carry a ``tag`` in their ids, so many scenarios share one book and each
write test gets notes no other test touched.  The parties are fictitious; the figures come from
the example term note (examples/term-note-2024.toml: $500,000.00 at 7.25%, 60 installments).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from promissory.app import Promissory
from promissory.app.access import NoteParties, Principal, Role
from promissory.core.settlement import Cash

TERMS = (Path(__file__).resolve().parents[2] / "examples" / "term-note-2024.toml").read_text()
BORROWER = "Harbor Tool & Die, Inc."
LENDER = "Lakeside Commercial Bank"
AS_OF = date(2024, 9, 1)

#: Who asks: one principal per role, and a servicer of another lender (who sees nothing of the
#: scenario's notes).  ``None`` is a request without credentials.
PRINCIPALS: dict[str, Principal] = {
    "admin": Principal("root", Role.ADMINISTRATOR),
    "servicer": Principal("svc", Role.SERVICER, frozenset({LENDER})),
    "other-servicer": Principal("svc2", Role.SERVICER, frozenset({"Other Bank"})),
    "holder": Principal("hold", Role.HOLDER, frozenset({LENDER})),
    "borrower": Principal("borr", Role.BORROWER, frozenset({BORROWER})),
    "auditor": Principal("aud", Role.AUDITOR),
}
PARTIES = NoteParties.of(BORROWER, LENDER, [LENDER])


def terms(note_id: str) -> str:
    return TERMS.replace('id = "TERM-2024-001"', f'id = "{note_id}"')


@dataclass(frozen=True, slots=True)
class Scenario:
    loan: str  # the term note: advanced, collateral pledged, a UCC-1 filed, in default
    settled: str  # a copy paid off by settlement ``settlement``
    settlement: str


def seed(service: Promissory, tag: str, *, settled: bool = True) -> Scenario:
    """Add the scenario's notes to the book (recorded by ``seed``)."""
    loan, paid = f"L-{tag}", f"S-{tag}"
    for note_id in (loan, paid) if settled else (loan,):
        service.add_note(terms(note_id), recorded_by="seed")
        service.post(note_id, {"kind": "advance", "effective_date": "2024-03-01",
                               "amount": "500000.00"}, recorded_by="seed")  # fmt: skip
        service.post(note_id, {"kind": "payment", "effective_date": "2024-04-01",
                               "amount": "9959.68"}, recorded_by="seed")  # fmt: skip
    service.pledge(loan, "Warehouse", date(2024, 3, 1), value=Decimal("750000.00"),
                   recorded_by="seed")  # fmt: skip
    service.file_statement(loan, "UCC-1", "Ohio", date(2024, 3, 2), recorded_by="seed")
    service.post(loan, {"kind": "default", "effective_date": "2024-06-01",
                        "description": "missed installments"}, recorded_by="seed")  # fmt: skip
    sid = f"{paid}@2024-08-01"
    if settled:
        total = service.payoff(paid, date(2024, 8, 1)).total
        service.accept_settlement(paid, date(2024, 8, 1), [Cash(total)], settlement_id=sid,
                                  recorded_by="seed")  # fmt: skip
    return Scenario(loan, paid, sid)
