"""The access policy as a table: each role against each action on a note it has or lacks a part in."""

from __future__ import annotations

import pytest

from promissory.app.access import Action, NoteParties, Principal, Role, allowed

NOTE = NoteParties.of(
    "Oakridge Borrower Inc.", "Berg Lender LLC", ["Berg Lender LLC", "Cobalt Fund LP"]
)

ADMIN = Principal("ada", Role.ADMINISTRATOR)
AUDITOR = Principal("aud", Role.AUDITOR)
SERVICER = Principal("svc", Role.SERVICER, frozenset({"Berg Lender LLC"}))
OTHER_SERVICER = Principal("svc2", Role.SERVICER, frozenset({"Other Lender"}))
NEW_HOLDER = Principal("cobalt", Role.HOLDER, frozenset({"Cobalt Fund LP"}))
STRANGER_HOLDER = Principal("x", Role.HOLDER, frozenset({"Nobody LP"}))
BORROWER = Principal("cfo", Role.BORROWER, frozenset({"Oakridge Borrower Inc."}))
OTHER_BORROWER = Principal("cfo2", Role.BORROWER, frozenset({"Another Borrower"}))

R, W, A, M = Action.READ, Action.RECORD, Action.AUDIT, Action.ADMIN

TABLE = [
    # principal        read   record audit  admin
    (ADMIN, True, True, True, True),
    (AUDITOR, True, False, True, False),
    (SERVICER, True, True, False, False),
    (OTHER_SERVICER, False, False, False, False),
    (NEW_HOLDER, True, False, False, False),
    (STRANGER_HOLDER, False, False, False, False),
    (BORROWER, True, False, False, False),
    (OTHER_BORROWER, False, False, False, False),
]


@pytest.mark.parametrize(("who", "read", "record", "audit", "admin"), TABLE)
def test_each_role_on_a_note(
    who: Principal, read: bool, record: bool, audit: bool, admin: bool
) -> None:
    assert allowed(who, R, NOTE) is read
    assert allowed(who, W, NOTE) is record
    assert allowed(who, A) is audit
    assert allowed(who, M) is admin


@pytest.mark.parametrize("who", [row[0] for row in TABLE])
def test_everyone_may_list_the_book_but_only_an_administrator_records_without_a_note(
    who: Principal,
) -> None:
    assert allowed(who, R) is True
    assert allowed(who, W) is (who.role is Role.ADMINISTRATOR)
