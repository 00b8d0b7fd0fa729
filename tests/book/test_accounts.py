"""Users, API tokens, logins and the audit log (promissory.app.accounts), on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.app import Promissory
from promissory.app.access import Principal, Role
from promissory.app.accounts import (
    PASSWORD_MIN,
    TOKEN_TOUCH_EVERY,
    USER_NAME_RULE,
    Accounts,
    check_user_name,
)
from promissory.book.schema import api_tokens, audit_log, users
from promissory.errors import InvalidInput, NotFound, Unauthenticated

PASSWORD = "correct horse battery staple"
LENDER = "Berg & Berg Enterprises, LLC"


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _accounts(url: str, clock: Clock) -> Accounts:
    app = Promissory(url, clock=clock)
    app.init()
    app.accounts.add_user("root", PASSWORD, Role.ADMINISTRATOR, by="operator")
    return app.accounts


@pytest.fixture
def accounts(book_url: str, clock: Clock) -> Accounts:
    """A book with one administrator, on each backend."""
    return _accounts(book_url, clock)


@pytest.fixture
def on_sqlite(tmp_path_factory: pytest.TempPathFactory, clock: Clock) -> Accounts:
    """A book with one administrator on SQLite only, for logic no backend changes."""
    return _accounts(f"sqlite:///{tmp_path_factory.mktemp('book') / 'book.db'}", clock)


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Accounts:
    """One SQLite book for the whole module, for the rules of the application (which no backend
    changes): the tests using it are refused changes, which leave it as it was."""
    return _accounts(f"sqlite:///{tmp_path_factory.mktemp('rules') / 'book.db'}", Clock())


def test_a_user_signs_in_with_its_password_and_gets_its_principal(accounts: Accounts) -> None:
    added = accounts.add_user("svc", PASSWORD, Role.SERVICER, [LENDER], by="root")
    assert added.parties == (LENDER,)
    assert added.created_by == "root"
    assert accounts.login("svc", PASSWORD, source="10.0.0.7") == Principal(
        "svc", Role.SERVICER, frozenset({LENDER})
    )
    assert accounts.user("svc") == added
    assert [u.name for u in accounts.users()] == ["root", "svc"]


def test_the_password_is_stored_as_an_argon2id_hash_only(accounts: Accounts) -> None:
    with accounts.book.read() as conn:
        stored = conn.scalar(sa.select(users.c.password_hash).where(users.c.name == "root"))
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_a_bad_login_is_refused_alike_and_logged(accounts: Accounts) -> None:
    for user, password in [("root", "wrong password entirely"), ("nobody", PASSWORD), ("root", "")]:
        with pytest.raises(Unauthenticated, match=r"^wrong user name or password$"):
            accounts.login(user, password, source="198.51.100.2")
        last = accounts.audit_log()[-1]
        assert (last.user, last.action, last.outcome, last.source) == (
            user, "login", "refused", "198.51.100.2",
        )  # fmt: skip


def test_a_good_login_is_logged(on_sqlite: Accounts, clock: Clock) -> None:
    on_sqlite.login("root", PASSWORD, source="cli")
    last = on_sqlite.audit_log()[-1]
    assert (last.at, last.user, last.action, last.outcome) == (clock.now, "root", "login", "ok")


def test_a_disabled_user_cannot_sign_in_and_its_tokens_and_sessions_stop(
    accounts: Accounts,
) -> None:
    accounts.add_user("cfo", PASSWORD, Role.BORROWER, ["Valence Technology, Inc."], by="root")
    issued = accounts.issue_token("cfo", by="root")
    assert accounts.principal_for_token(issued.token).user == "cfo"
    accounts.disable_user("cfo", by="root")
    with pytest.raises(Unauthenticated):
        accounts.login("cfo", PASSWORD)
    with pytest.raises(Unauthenticated):
        accounts.principal_for_token(issued.token)
    with pytest.raises(Unauthenticated, match="unknown or disabled"):
        accounts.principal_for_user("cfo")
    accounts.enable_user("cfo", by="root")
    assert accounts.principal_for_user("cfo").role is Role.BORROWER
    assert accounts.principal_for_token(issued.token).user == "cfo"


def test_a_token_is_shown_once_stored_as_a_sha256_and_found_by_its_id(
    accounts: Accounts,
) -> None:
    issued = accounts.issue_token("root", label="nightly export", by="operator")
    prefix, token_id, secret = issued.token[:4], issued.token[4:20], issued.token[21:]
    assert (prefix, token_id, issued.token[20]) == ("prm_", issued.id, "_")
    assert len(secret) >= 43  # 32 random bytes
    with accounts.book.read() as conn:
        row = conn.execute(sa.select(api_tokens)).one()
    assert row.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in repr(tuple(row))
    listed = accounts.tokens("root")
    assert [(t.id, t.label, t.revoked) for t in listed] == [(issued.id, "nightly export", False)]
    assert not any(secret in repr(t) for t in listed)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # the secret is wrong
        lambda t: "prm_" + "0" * 16 + t[20:],  # no such id
        lambda t: t.replace("prm_", "xyz_"),  # not a promissory token
        lambda t: t[:30],  # cut short
        lambda t: "",
    ],
)
def test_a_wrong_token_is_refused_and_logged(rules: Accounts, mangle: object) -> None:
    issued = rules.issue_token("root", by="operator")
    assert callable(mangle)
    with pytest.raises(Unauthenticated, match="not valid"):
        rules.principal_for_token(mangle(issued.token), source="203.0.113.9")
    last = rules.audit_log()[-1]
    assert (last.action, last.outcome, last.source) == ("token", "refused", "203.0.113.9")


def test_a_revoked_token_stops_working(accounts: Accounts, clock: Clock) -> None:
    issued = accounts.issue_token("root", by="operator")
    accounts.revoke_token(issued.id, by="root")
    with pytest.raises(Unauthenticated):
        accounts.principal_for_token(issued.token)
    (record,) = accounts.tokens()
    assert (record.revoked_at, record.revoked_by) == (clock.now, "root")
    with pytest.raises(NotFound, match="no API token 'feedfacefeedface'"):
        accounts.revoke_token("feedfacefeedface", by="root")


def test_last_used_is_written_at_most_once_a_minute(accounts: Accounts, clock: Clock) -> None:
    issued = accounts.issue_token("root", by="operator")
    first = clock.now
    accounts.principal_for_token(issued.token)
    clock.now = first + TOKEN_TOUCH_EVERY - timedelta(seconds=1)
    accounts.principal_for_token(issued.token)
    assert accounts.tokens()[0].last_used_at == first
    clock.now = first + TOKEN_TOUCH_EVERY
    accounts.principal_for_token(issued.token)
    assert accounts.tokens()[0].last_used_at == clock.now


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("", "1 to 64 characters"),
        ("x" * 65, "1 to 64 characters"),
        ("Alice", "lower-case"),
        ("bob smith", "lower-case"),
        ("-dash", "starting with a letter or a digit"),
        ("robert'); drop", "lower-case"),
    ],
)
def test_a_bad_user_name_is_refused_naming_it_and_the_rule(
    rules: Accounts, name: str, rule: str
) -> None:
    with pytest.raises(InvalidInput, match="user name") as raised:
        rules.add_user(name, PASSWORD, Role.AUDITOR, by="root")
    assert rule in str(raised.value)
    assert repr(name[:40]) in str(raised.value) or name[:40] in str(raised.value)


def test_a_short_password_is_refused_with_the_minimum_and_not_shown(rules: Accounts) -> None:
    short = "s3cret!"
    with pytest.raises(InvalidInput, match=f"at least {PASSWORD_MIN} characters") as raised:
        rules.add_user("aud", short, Role.AUDITOR, by="root")
    assert short not in str(raised.value)
    with pytest.raises(InvalidInput, match="at most 1024"):
        rules.set_password("root", "x" * 1025, by="root")


@pytest.mark.parametrize(
    ("role", "parties", "message"),
    [
        (Role.SERVICER, [], "a servicer acts for at least one party"),
        (Role.HOLDER, [], "a holder acts for at least one party"),
        (Role.BORROWER, [""], "not empty"),
        (Role.BORROWER, [" Valence "], "exactly as the notes do"),
        (Role.AUDITOR, [LENDER], "an auditor acts for no party"),
        (Role.ADMINISTRATOR, [LENDER], "an administrator acts for no party"),
        ("banker", [], "role 'banker' is not one of administrator, servicer"),
    ],
)
def test_parties_are_required_or_refused_by_role(
    rules: Accounts, role: Role | str, parties: list[str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        rules.add_user("someone", PASSWORD, role, parties, by="root")
    assert [u.name for u in rules.users()] == ["root"]


def test_a_user_name_is_taken_once(on_sqlite: Accounts) -> None:
    with pytest.raises(InvalidInput, match="user 'root' is already in the book"):
        on_sqlite.add_user("root", PASSWORD, Role.AUDITOR, by="operator")


def test_the_last_administrator_is_neither_demoted_nor_disabled(accounts: Accounts) -> None:
    with pytest.raises(InvalidInput, match="last administrator"):
        accounts.set_role("root", Role.AUDITOR, by="root")
    with pytest.raises(InvalidInput, match="last administrator"):
        accounts.disable_user("root", by="root")
    accounts.add_user("ada", PASSWORD, Role.ADMINISTRATOR, by="root")
    accounts.set_role("root", Role.AUDITOR, by="ada")
    with pytest.raises(InvalidInput, match="cannot disable user 'ada'"):
        accounts.disable_user("ada", by="ada")
    assert accounts.user("root").role is Role.AUDITOR


def test_set_role_keeps_or_drops_parties(on_sqlite: Accounts) -> None:
    on_sqlite.add_user("svc", PASSWORD, Role.SERVICER, [LENDER], by="root")
    assert on_sqlite.set_role("svc", Role.HOLDER, by="root").parties == (LENDER,)
    assert on_sqlite.set_role("svc", Role.AUDITOR, by="root").parties == ()
    with pytest.raises(InvalidInput, match="a borrower acts for at least one party"):
        on_sqlite.set_role("svc", Role.BORROWER, by="root")
    moved = on_sqlite.set_role("svc", "borrower", ["Valence Technology, Inc."], by="root")
    assert moved.principal() == Principal(
        "svc", Role.BORROWER, frozenset({"Valence Technology, Inc."})
    )
    with pytest.raises(NotFound, match="no user 'ghost'"):
        on_sqlite.set_role("ghost", Role.AUDITOR, by="root")


def test_a_new_password_replaces_the_old(on_sqlite: Accounts) -> None:
    on_sqlite.set_password("root", "another long passphrase", by="root")
    with pytest.raises(Unauthenticated):
        on_sqlite.login("root", PASSWORD)
    assert on_sqlite.login("root", "another long passphrase").user == "root"


def test_a_hash_made_with_older_parameters_is_remade_at_login(
    on_sqlite: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argon2 import PasswordHasher

    import promissory.app.accounts as module

    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(module, "password_hasher", stronger)
    on_sqlite.login("root", PASSWORD)
    with on_sqlite.book.read() as conn:
        stored = conn.scalar(sa.select(users.c.password_hash).where(users.c.name == "root"))
    assert stored is not None
    assert "m=16,t=2,p=1" in stored


def test_every_change_is_in_the_audit_log_with_who_made_it(
    accounts: Accounts, clock: Clock
) -> None:
    start = clock.now
    clock.now += timedelta(hours=1)
    accounts.add_user("aud", PASSWORD, Role.AUDITOR, by="root")
    issued = accounts.issue_token("aud", label="x", by="root")
    accounts.revoke_token(issued.id, by="aud")
    accounts.set_password("aud", "a whole new passphrase", by="aud")
    accounts.record_audit("aud", "post payment", "note N #3", "ok", "192.0.2.1")
    lines = [(e.user, e.action, e.target, e.outcome) for e in accounts.audit_log(since=clock.now)]
    assert lines == [
        ("root", "user add", "aud (auditor)", "ok"),
        ("root", "token issue", f"aud token {issued.id}", "ok"),
        ("aud", "token revoke", f"aud token {issued.id}", "ok"),
        ("aud", "user password", "aud", "ok"),
        ("aud", "post payment", "note N #3", "ok"),
    ]
    assert [e.action for e in accounts.audit_log(user="aud")] == [
        "token revoke", "user password", "post payment",
    ]  # fmt: skip
    assert accounts.audit_log(since=start)[0].action == "user add"  # root, before the hour


def test_the_audit_log_is_append_only_in_the_database(accounts: Accounts) -> None:
    accounts.record_audit("root", "probe")
    for statement in (
        audit_log.update().values(outcome="forged"),
        audit_log.delete(),
    ):
        with (
            pytest.raises(sa.exc.DBAPIError, match="append-only"),
            accounts.book.write() as conn,
        ):
            conn.execute(statement)
    assert [e.outcome for e in accounts.audit_log()] == ["ok", "ok"]


def test_an_over_long_login_name_is_logged_shortened(on_sqlite: Accounts) -> None:
    with pytest.raises(Unauthenticated):
        on_sqlite.login("x" * 5000, PASSWORD)
    last = on_sqlite.audit_log()[-1]
    assert len(last.user) == 200
    assert last.user.endswith("…")


def _demote_each_other(book_url: str, names: list[str]) -> list[str]:
    """Two administrators each demote the other at the same moment; how each call ended."""
    import threading

    barrier = threading.Barrier(2)
    found: list[str] = []

    def demote(who: str, whom: str) -> None:
        barrier.wait()
        try:
            Promissory(book_url).accounts.set_role(whom, Role.AUDITOR, by=who)
            found.append("ok")
        except InvalidInput as error:
            found.append("refused" if "last administrator" in str(error) else str(error))

    threads = [threading.Thread(target=demote, args=(names[i], names[1 - i])) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(found)


def test_two_administrators_demoting_each_other_at_once_leave_one(book_url: str) -> None:
    """Whichever goes second sees the first's change (and neither deadlocks)."""
    app = Promissory(book_url)
    app.init()
    app.accounts.add_user("keeper", PASSWORD, Role.ADMINISTRATOR, by="operator")
    for round_ in range(3):
        names = [f"a{round_}", f"b{round_}"]
        for name in names:
            app.accounts.add_user(name, PASSWORD, Role.ADMINISTRATOR, by="operator")
        if round_ == 0:
            app.accounts.set_role("keeper", Role.AUDITOR, by="a0")
        else:  # the survivor of the last round steps down, leaving the two new ones
            (survivor,) = [u.name for u in app.accounts.users()
                           if u.role is Role.ADMINISTRATOR and u.name not in names]  # fmt: skip
            app.accounts.set_role(survivor, Role.AUDITOR, by=names[0])
        assert _demote_each_other(book_url, names) == ["ok", "refused"]
        admins = [u.name for u in app.accounts.users() if u.role is Role.ADMINISTRATOR]
        assert len(admins) == 1


@given(st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=70))
@settings(max_examples=50)
def test_any_user_name_is_taken_or_refused_with_the_rule(name: str) -> None:
    allowed_chars = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")
    valid = 1 <= len(name) <= 64 and name[0].isalnum() and set(name) <= allowed_chars
    if valid:
        assert check_user_name(name) == name
    else:
        with pytest.raises(InvalidInput, match=re.escape(USER_NAME_RULE)):
            check_user_name(name)


@pytest.fixture(scope="module")
def one_token(rules: Accounts) -> tuple[Accounts, str]:
    return rules, rules.issue_token("root", by="operator").token


@given(text=st.one_of(st.text(max_size=120), st.from_regex(r"prm_[0-9a-f]{16}_[\w-]{43}")))
@settings(max_examples=60)
def test_no_text_but_the_token_itself_stands_for_its_user(
    one_token: tuple[Accounts, str], text: str
) -> None:
    accounts, token = one_token
    if text == token:
        assert accounts.principal_for_token(text).user == "root"
        return
    with pytest.raises(Unauthenticated):
        accounts.principal_for_token(text)


def test_revision_0004_goes_down_to_0003_and_up_again(book_url: str) -> None:
    from alembic import command

    from promissory.book import migrate

    app = Promissory(book_url)
    app.init()
    with app.book.engine.begin() as conn:
        command.downgrade(migrate.config(conn), "0003")
        assert migrate.current_revision(conn) == "0003"
        assert not sa.inspect(conn).has_table("audit_log")
    assert app.book.create() == ("0003", migrate.head_revision())
    app.accounts.record_audit("operator", "probe")
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), app.book.write() as conn:
        conn.execute(audit_log.delete())


def test_a_session_stamp_ends_sessions_begun_before_a_password_change(on_sqlite: Accounts) -> None:
    stamp = on_sqlite.session_stamp("root")
    assert on_sqlite.principal_for_user("root", stamp=stamp).user == "root"
    on_sqlite.set_password("root", PASSWORD, by="root")  # the same password, a new salt
    with pytest.raises(Unauthenticated, match="its password was changed"):
        on_sqlite.principal_for_user("root", stamp=stamp)
    assert (
        on_sqlite.principal_for_user("root", stamp=on_sqlite.session_stamp("root")).user == "root"
    )
    assert on_sqlite.principal_for_user("root").user == "root"  # no stamp: name and state only
