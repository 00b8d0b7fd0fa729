"""The enforcement point: ``Promissory.acting_as(principal)``, each role against each operation.

On SQLite and PostgreSQL.  The book holds the Valence note (lender Berg & Berg, borrower Valence,
assigned to Cobalt Fund LP in 2002) and a term note of other parties (Lakeside / Harbor).  Each role
is tried on every operation and the outcome is one of ``ok``, ``403`` (Forbidden: the principal may
read the note but not do this, or the book-wide action is not its role's) and ``404`` (NotFound in
the very words a missing note gets: a refusal tells nothing about what exists).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.app import Acting, Promissory
from promissory.app.access import Action, Principal, Role, allowed
from promissory.errors import Forbidden, NotFound

ROOT = Path(__file__).resolve().parents[2]
VALENCE = ROOT / "examples" / "valence-2001-note.toml"
TERM = ROOT / "examples" / "term-note-2024.toml"
NOTE = "VAL-2001-10-05"
OTHER = "TERM-2024-001"
LENDER = "Berg & Berg Enterprises, LLC"
BORROWER = "Valence Technology, Inc."
ASSIGNEE = "Cobalt Fund LP"
PASSWORD = "correct horse battery staple"
SEEDED = (NOTE, OTHER)
MOMENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

PRINCIPALS = {
    "administrator": Principal("ada", Role.ADMINISTRATOR),
    "auditor": Principal("aud", Role.AUDITOR),
    "servicer": Principal("svc", Role.SERVICER, frozenset({LENDER})),
    "other servicer": Principal("svc2", Role.SERVICER, frozenset({"Lakeside Commercial Bank"})),
    "holder (assignee)": Principal("cobalt", Role.HOLDER, frozenset({ASSIGNEE})),
    "holder (stranger)": Principal("nobody", Role.HOLDER, frozenset({"Nobody Capital LP"})),
    "borrower": Principal("cfo", Role.BORROWER, frozenset({BORROWER})),
    "other borrower": Principal("harbor", Role.BORROWER, frozenset({"Harbor Tool & Die, Inc."})),
}

OPERATIONS = [
    "list", "balance", "payoff", "as known on", "pay", "add note", "verify", "export",
    "audit log", "user admin",
]  # fmt: skip

# role                  list          balance payoff  as-known pay    add    verify export log  admin
EXPECTED = {
    "administrator":     (f"{OTHER} {NOTE}", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    "auditor":           (f"{OTHER} {NOTE}", "ok", "ok", "ok", "403", "403", "ok", "ok", "ok", "403"),
    "servicer":          (NOTE, "ok", "ok", "403", "ok", "ok", "403", "403", "403", "403"),
    "other servicer":    (OTHER, "404", "404", "404", "404", "403", "403", "403", "403", "403"),
    "holder (assignee)": (NOTE, "ok", "ok", "403", "403", "403", "403", "403", "403", "403"),
    "holder (stranger)": ("", "404", "404", "404", "404", "403", "403", "403", "403", "403"),
    "borrower":          (NOTE, "ok", "ok", "403", "403", "403", "403", "403", "403", "403"),
    "other borrower":    (OTHER, "404", "404", "404", "404", "403", "403", "403", "403", "403"),
}  # fmt: skip


def _book(url: str) -> Promissory:
    app = Promissory(url, clock=lambda: MOMENT)
    app.init()
    app.add_note(VALENCE, recorded_by="setup")
    app.add_note(TERM, recorded_by="setup")
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5),
                    "amount": "1000000.00"}, recorded_by="setup")  # fmt: skip
    app.transfer(NOTE, ASSIGNEE, date(2002, 6, 1), basis="rule-144", recorded_by="setup")
    app.accounts.add_user("ada", PASSWORD, Role.ADMINISTRATOR, by="setup")
    return app


def _terms_for(lender: str, note_id: str) -> str:
    text = VALENCE.read_text(encoding="utf-8")
    return text.replace(NOTE, note_id).replace(f'"{LENDER}"', f'"{lender}"')


def _operations(acting: Acting, n: int, export_to: Path) -> dict[str, Callable[[], object]]:
    day = date(2002, 1, 5)
    return {
        # the notes each role sees of the two seeded (notes added by the "add note" column of the
        # roles before it are left out)
        "list": lambda: " ".join(s.terms.id for s in acting.notes(day) if s.terms.id in SEEDED),
        "balance": lambda: acting.balance(NOTE, day),
        "payoff": lambda: acting.payoff(NOTE, day),
        "as known on": lambda: acting.balance(NOTE, day, known_on=MOMENT),
        "pay": lambda: acting.post(
            NOTE, {"kind": "payment", "effective_date": day, "amount": "1.00"}
        ),
        "add note": lambda: acting.add_note(_terms_for(LENDER, f"NEW-{n}")),
        "verify": lambda: acting.verify(),
        "export": lambda: acting.export_book(export_to / f"export-{n}.jsonl"),
        "audit log": lambda: acting.audit_log(),
        "user admin": lambda: acting.add_user(f"made-by-{n}", PASSWORD, Role.AUDITOR),
    }


def _outcome(call: Callable[[], object], list_op: bool) -> str:
    try:
        result = call()
    except Forbidden:
        return "403"
    except NotFound as error:
        # in the words a missing note gets, and nothing more
        return "404" if str(error) == f"no note {NOTE!r} in the book" else f"404 {error}"
    return str(result) if list_op else "ok"


def test_each_role_against_each_operation(book_url: str, tmp_path: Path) -> None:
    app = _book(book_url)
    found = {}
    for n, (role, principal) in enumerate(PRINCIPALS.items()):
        acting = app.acting_as(principal, source="test")
        ops = _operations(acting, n, tmp_path)
        found[role] = tuple(_outcome(ops[name], name == "list") for name in OPERATIONS)
    assert found == EXPECTED


def test_a_write_records_the_principal_as_recorded_by_and_is_logged(book_url: str) -> None:
    app = _book(book_url)
    servicer = app.acting_as(PRINCIPALS["servicer"], source="192.0.2.10")
    recorded = servicer.post(
        NOTE,
        {"kind": "payment", "effective_date": date(2002, 1, 5), "amount": "5000.00",
         "recorded_by": "someone else"},
    )  # fmt: skip
    assert recorded.event.recorded_by == "svc"
    assert app.book.events(NOTE)[-1].recorded_by == "svc"
    added = servicer.add_note(_terms_for(LENDER, "NEW-1"))
    assert app.book.note(added.id).terms.id == "NEW-1"
    log = [(e.user, e.action, e.target, e.outcome, e.source) for e in app.accounts.audit_log()]
    assert log[-2:] == [
        ("svc", "post payment", f"note {NOTE} #{recorded.event.seq}", "ok", "192.0.2.10"),
        ("svc", "note add", "note NEW-1", "ok", "192.0.2.10"),
    ]


def test_refusals_are_logged_and_leave_the_book_unchanged(book_url: str) -> None:
    app = _book(book_url)
    head = app.book.head(NOTE)
    borrower = app.acting_as(PRINCIPALS["borrower"], source="198.51.100.4")
    stranger = app.acting_as(PRINCIPALS["holder (stranger)"])
    with pytest.raises(Forbidden, match="user 'cfo' \\(borrower\\) may not record events on"):
        borrower.post(NOTE, {"kind": "payment", "effective_date": date(2002, 1, 5),
                             "amount": "1.00"})  # fmt: skip
    with pytest.raises(NotFound):
        stranger.payoff(NOTE, date(2002, 1, 5))
    with pytest.raises(Forbidden, match="may not add a note of lender"):
        borrower.add_note(_terms_for(BORROWER, "MINE-1"))
    assert app.book.head(NOTE) == head
    assert app.book.note_ids() == [OTHER, NOTE]
    tail = [(e.user, e.action, e.outcome) for e in app.accounts.audit_log()][-3:]
    assert tail == [
        ("cfo", "post payment", "forbidden"),
        ("nobody", "read", "not found"),
        ("cfo", "note add", "forbidden"),
    ]


def test_a_rule_broken_by_a_write_is_logged_as_refused(book_url: str) -> None:
    from promissory.errors import RuleViolation

    app = _book(book_url)
    admin = app.acting_as(PRINCIPALS["administrator"])
    with pytest.raises(RuleViolation):
        admin.post(NOTE, {"kind": "advance", "effective_date": date(2001, 11, 1),
                          "amount": "99000000.00"})  # fmt: skip
    last = app.accounts.audit_log()[-1]
    assert (last.user, last.action, last.target, last.outcome) == (
        "ada", "post advance", f"note {NOTE}", "refused",
    )  # fmt: skip


def test_a_missing_note_and_a_hidden_note_are_refused_in_the_same_words(book_url: str) -> None:
    app = _book(book_url)
    borrower = app.acting_as(PRINCIPALS["other borrower"])
    with pytest.raises(NotFound) as hidden:
        borrower.schedule(NOTE)
    with pytest.raises(NotFound) as missing:
        borrower.schedule("NO-SUCH-NOTE")
    assert str(hidden.value) == str(missing.value).replace("NO-SUCH-NOTE", NOTE)
    assert OTHER not in str(missing.value)  # the book's own message lists its notes


def test_the_holder_history_decides_and_may_answers_without_logging(book_url: str) -> None:
    app = _book(book_url)
    assignee = app.acting_as(PRINCIPALS["holder (assignee)"])
    assert assignee.may(Action.READ, NOTE)
    assert not assignee.may(Action.RECORD, NOTE)
    assert not assignee.may(Action.READ, OTHER)
    assert assignee.may(Action.READ)
    assert not assignee.may(Action.AUDIT)
    before = len(app.accounts.audit_log())
    assignee.require(Action.READ, NOTE)
    assert len(app.accounts.audit_log()) == before


def test_users_manage_their_own_password_and_tokens_only(book_url: str) -> None:
    app = _book(book_url)
    admin = app.acting_as(PRINCIPALS["administrator"])
    admin.add_user("cfo", PASSWORD, Role.BORROWER, [BORROWER])
    admin.add_user("aud", PASSWORD, Role.AUDITOR)
    cfo = app.acting_as(app.accounts.login("cfo", PASSWORD))
    own = cfo.issue_token("cfo", label="laptop")
    assert [t.id for t in cfo.tokens("cfo")] == [own.id]
    cfo.set_password("cfo", "a new long passphrase")
    with pytest.raises(Forbidden):
        cfo.set_password("aud", "a new long passphrase")
    with pytest.raises(Forbidden):
        cfo.issue_token("aud")
    with pytest.raises(Forbidden):
        cfo.tokens()
    other = admin.issue_token("aud")
    with pytest.raises(Forbidden):
        cfo.revoke_token(other.id)
    cfo.revoke_token(own.id)
    assert {t.id: t.revoked for t in admin.tokens()} == {own.id: True, other.id: False}
    with pytest.raises(Forbidden):
        cfo.disable_user("aud")
    with pytest.raises(Forbidden):
        cfo.set_role("cfo", Role.ADMINISTRATOR)


def test_a_reversed_transfer_no_longer_makes_its_assignee_a_holder(book_url: str) -> None:
    app = _book(book_url)
    assignee = app.acting_as(PRINCIPALS["holder (assignee)"])
    assert assignee.note_parties(NOTE).holders == (LENDER, ASSIGNEE)
    transfer_seq = app.book.head(NOTE)[0]
    app.post(NOTE, {"kind": "reversal", "effective_date": date(2002, 6, 2),
                    "target_seq": transfer_seq}, recorded_by="setup")  # fmt: skip
    assert assignee.note_parties(NOTE).holders == (LENDER,)
    with pytest.raises(NotFound):
        assignee.balance(NOTE, date(2002, 7, 1))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Promissory:
    return _book(f"sqlite:///{tmp_path_factory.mktemp('acting') / 'book.db'}")


POOL = [LENDER, BORROWER, ASSIGNEE, "Lakeside Commercial Bank", "Harbor Tool & Die, Inc.", "X"]


@given(
    role=st.sampled_from(list(Role)),
    parties=st.frozensets(st.sampled_from(POOL), max_size=3),
    action=st.sampled_from([Action.READ, Action.RECORD, Action.AUDIT]),
    note_id=st.sampled_from([NOTE, OTHER]),
)
@settings(max_examples=60)
def test_require_answers_as_the_policy_does_with_the_whole_holder_history(
    seeded: Promissory, role: Role, parties: frozenset[str], action: Action, note_id: str
) -> None:
    """The shortcut (the lender alone decides first) never changes an answer of ``allowed``."""
    acting = seeded.acting_as(Principal("p", role, parties))
    full = acting.note_parties(note_id)
    if not allowed(acting.principal, Action.READ, full):
        expected = "404"
    elif not allowed(acting.principal, action, full):
        expected = "403"
    else:
        expected = "ok"
    try:
        acting.require(action, note_id)
        found = "ok"
    except Forbidden:
        found = "403"
    except NotFound:
        found = "404"
    assert found == expected


def test_any_other_write_goes_through_writing_and_any_other_read_through_reading(
    book_url: str,
) -> None:
    app = _book(book_url)
    servicer = app.acting_as(PRINCIPALS["servicer"])
    recorded = servicer.writing([NOTE], "file statement", lambda by: app.file_statement(
        NOTE, "2002-1234567", "Delaware", date(2002, 7, 1), recorded_by=by))  # fmt: skip
    assert recorded.event.recorded_by == "svc"
    last = app.accounts.audit_log()[-1]
    assert (last.action, last.target) == ("file statement", f"note {NOTE} #{recorded.event.seq}")
    borrower = app.acting_as(PRINCIPALS["borrower"])
    with pytest.raises(Forbidden):
        borrower.writing([NOTE], "file statement", lambda by: app.file_statement(
            NOTE, "2002-7654321", "Delaware", date(2002, 7, 1), recorded_by=by))  # fmt: skip
    assert app.book.head(NOTE)[0] == recorded.event.seq
    report = borrower.reading(NOTE, None, lambda: app.collateral_report(NOTE, date(2002, 7, 2)))
    assert [f.filing_number for f in report.filings] == ["2002-1234567"]
    with pytest.raises(NotFound):
        app.acting_as(PRINCIPALS["other borrower"]).reading(NOTE, None, lambda: "never called")
