"""``promissory user …`` and ``promissory audit-log``, in-process on a SQLite book."""

from __future__ import annotations

import getpass
from pathlib import Path

from cli_runner import Cli
from promissory.app import Promissory

PASSWORD = "correct horse battery staple\n"
LENDER = "Berg & Berg Enterprises, LLC"


def _book(tmp_path: Path) -> Cli:
    c = Cli(tmp_path / "book.db")
    c.run("init")
    c.run("user", "add", "ada", "--role", "administrator", "--password-stdin", input=PASSWORD)
    return c


def test_users_are_added_listed_and_their_changes_logged_by_the_operator(tmp_path: Path) -> None:
    c = _book(tmp_path)
    added = c.run("user", "add", "svc", "--role", "servicer", "--party", LENDER,
                  "--password-stdin", "--as", "ada", input=PASSWORD)  # fmt: skip
    assert added.stdout == f"added user svc: servicer, acting for {LENDER}\n"
    listed = c.json("user", "list")
    assert [(u["name"], u["role"], u["parties"], u["created_by"], u["disabled"])
            for u in listed] == [
        ("ada", "administrator", [], getpass.getuser(), False),
        ("svc", "servicer", [LENDER], "ada", False),
    ]  # fmt: skip
    assert "password" not in str(listed)
    moved = c.run("user", "role", "svc", "--role", "holder")
    assert moved.stdout == f"user svc is now holder, acting for {LENDER}\n"
    log = c.json("audit-log", "--user", "ada")
    assert [(e["action"], e["target"]) for e in log] == [("user add", "svc (servicer)")]
    assert c.json("audit-log", "--since", "2999-01-01") == []


def test_a_token_is_printed_once_works_and_is_revoked(tmp_path: Path) -> None:
    c = _book(tmp_path)
    issued = c.run("user", "token", "ada", "--label", "export job")
    token = issued.stdout.strip()
    assert token.startswith("prm_")
    assert "not shown again" in issued.stderr
    (listed,) = c.json("user", "tokens", "ada")
    assert listed["id"] == token[4:20]
    assert listed["label"] == "export job"
    assert token[21:] not in str(listed)
    app = Promissory(c.env["PROMISSORY_BOOK"])
    assert app.accounts.principal_for_token(token).user == "ada"
    assert c.run("user", "revoke", listed["id"]).stdout == f"token {listed['id']} revoked\n"
    assert c.json("user", "tokens")[0]["revoked_by"] == getpass.getuser()


def test_refusals_name_the_value_and_the_rule(tmp_path: Path) -> None:
    c = _book(tmp_path)
    short = c.run("user", "add", "bob", "--role", "auditor", "--password-stdin",
                  input="short\n", ok=False)  # fmt: skip
    assert short.returncode == 1
    assert "a password has at least 12 characters" in short.stderr
    bad = c.run("user", "add", "Bob Smith", "--role", "auditor", "--password-stdin",
                input=PASSWORD, ok=False)  # fmt: skip
    assert "user name 'Bob Smith': a user name is 1 to 64 characters" in bad.stderr
    party = c.run("user", "add", "cfo", "--role", "borrower", "--password-stdin",
                  input=PASSWORD, ok=False)  # fmt: skip
    assert "a borrower acts for at least one party" in party.stderr
    last = c.run("user", "disable", "ada", ok=False)
    assert "it is the last administrator" in last.stderr
    no_tty = c.run("user", "add", "bob", "--role", "auditor", ok=False)
    assert "--password-stdin" in no_tty.stderr
    assert [u["name"] for u in c.json("user", "list")] == ["ada"]


def test_a_disabled_user_is_listed_as_such(tmp_path: Path) -> None:
    c = _book(tmp_path)
    c.run("user", "add", "aud", "--role", "auditor", "--password-stdin", input=PASSWORD)
    assert c.run("user", "disable", "aud").stdout == "user aud disabled\n"
    assert "disabled" in c.run("user", "list").stdout
    c.run("user", "enable", "aud")
    assert [u["disabled"] for u in c.json("user", "list")] == [False, False]
    changed = c.run("user", "password", "aud", "--password-stdin", input="a brand new passphrase\n")
    assert changed.stdout == "password of user aud changed\n"
    accounts = Promissory(c.env["PROMISSORY_BOOK"]).accounts
    assert accounts.login("aud", "a brand new passphrase").user == "aud"
