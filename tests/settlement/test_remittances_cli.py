"""Holders end to end: a partial assignment over HTTP and on the command line, the remittance
report per holder (parts adding up to each payment), and after the assignments the payoff letter,
``note list`` and the default ``oid`` naming the holder of record.

The seed note: 5,000,000.00 advanced on 2001-10-05 at 8% ACT/360.  Berg assigns 40% to Acme at
the end of 2001-12-31, then 30% more to Acme at the end of 2002-06-30 (Acme then holds 70%, the
lead: the holder of record).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cli_runner import Cli, seed_cli
from promissory.api import create_app
from promissory.app import Accounts, Promissory

NOTE = "VAL-2001-10-05"
BERG = "Berg & Berg Enterprises, LLC"
ACME = "Acme Capital LLC"
D = Decimal


def cents(x: Fraction) -> Decimal:
    return Decimal(math.floor(x * 100 + Fraction(1, 2))) / 100


def interest(days: int) -> Fraction:
    return Fraction(5_000_000) * Fraction(8, 100) * days / 360


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "5000000.00", "--date", "2001-10-05")
    c.run("transfer", "assign", NOTE, "--to", ACME, "--date", "2001-12-31", "--share", "0.40",
          "--basis", "opinion-of-counsel")  # fmt: skip
    return c


def test_a_payment_is_remitted_to_each_holder_and_the_parts_add_up(cli: Cli) -> None:
    owed = cents(interest(177))  # 2001-10-05 .. 2002-03-30: 196,666.67
    cli.run("pay", NOTE, str(owed + D("500000.00")), "--date", "2002-03-31")
    report = cli.json("transfer", "remittances", NOTE, "--through", "2002-03-31")
    (payment,) = report["payments"]
    parts = {r["holder"]: r for r in payment["parts"]}
    alone = cents(interest(88))  # Berg's alone through the transfer day: 97,777.78
    # the next 89 days' 98,888.89 split 60/40: 59,333.334 and 39,555.556 → the cent to Acme
    assert D(parts[ACME]["interest"]) == D("39555.56")
    assert D(parts[BERG]["interest"]) == alone + D("59333.33")
    assert (D(parts[BERG]["principal"]), D(parts[ACME]["principal"])) == (D("300000.00"),
                                                                          D("200000.00"))  # fmt: skip
    assert sum(D(r["total"]) for r in payment["parts"]) == D(payment["applied"]) == owed + 500000
    acme = cli.json("transfer", "remittances", NOTE, "--through", "2002-03-31", "--holder", ACME)
    assert [r["holder"] for r in acme["payments"][0]["parts"]] == [ACME]
    assert acme["totals"][0]["total"] == "239555.56"
    table = cli.run("transfer", "remittances", NOTE, "--through", "2002-03-31").stdout
    assert "largest remainders" in table and "applied" in table


def test_after_assignments_the_holder_of_record_is_named_everywhere(cli: Cli) -> None:
    cli.run("transfer", "assign", NOTE, "--to", ACME, "--date", "2002-06-30", "--share", "0.30",
            "--basis", "opinion-of-counsel")  # fmt: skip
    assert cli.json("note", "list", "--as-of", "2002-07-01")[0]["holder"] == ACME
    assert cli.json("note", "list", "--as-of", "2002-06-29")[0]["holder"] == BERG
    oid = cli.json("oid", NOTE)  # the default names the holder of record (Acme, 70%)
    assert oid["holder"] == ACME
    letter = cli.run("render", "payoff", NOTE, "--as-of", "2002-07-15", "--format", "txt").stdout
    assert f"now held by {ACME}" in " ".join(letter.split())


def test_the_api_takes_a_share_and_answers_parts_and_remittances(tmp_path: Path) -> None:
    service = Promissory(f"sqlite:///{tmp_path / 'api.db'}")
    service.init()
    service.add_note(service.parse_terms((Path(__file__).parents[2] / "examples" /
                                          "valence-2001-note.toml").read_text()))  # fmt: skip
    service.accounts = Accounts(service.book, service.clock)  # type: ignore[misc]
    service.accounts.add_user("svc", "correct horse servicer", "servicer", [BERG], by="test")
    token = service.accounts.issue_token("svc", label="t", by="test").token
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(service, secret="s")) as client:
        client.post(f"/api/notes/{NOTE}/events", headers=auth, json={
            "kind": "advance", "effective_date": "2001-10-05", "amount": "5000000.00"})  # fmt: skip
        body = {"to": ACME, "date": "2001-12-31", "share": "0.40", "basis": "rule-144"}
        made = client.post(f"/api/notes/{NOTE}/transfers", headers=auth, json=body)
        assert made.status_code == 201, made.text
        assert made.json()["event"]["share"] == "0.40"
        too_much = {**body, "to": "Zed Fund LP", "date": "2002-01-05", "share": "0.50",
                    "assignor": ACME}  # fmt: skip
        refused = client.post(f"/api/notes/{NOTE}/transfers", headers=auth, json=too_much)
        assert refused.status_code == 400 and "more than Acme Capital LLC holds (0.40)" in \
            refused.text  # fmt: skip
        parts = client.get(f"/api/notes/{NOTE}/holders/parts", headers=auth,
                           params={"as_of": "2002-03-31"}).json()  # fmt: skip
        assert [p["share"] for p in parts["parts"]] == ["0.60", "0.40"]
        client.post(f"/api/notes/{NOTE}/events", headers=auth, json={
            "kind": "payment", "effective_date": "2002-03-31", "amount": "1000.01"})  # fmt: skip
        got = client.get(f"/api/notes/{NOTE}/remittances", headers=auth,
                         params={"through": "2002-03-31", "holder": ACME}).json()  # fmt: skip
        assert got["holder"] == ACME and len(got["payments"]) == 1
    service.book.engine.dispose()


def test_each_holder_s_journal_on_the_command_line(cli: Cli) -> None:
    data = cli.json("journal", NOTE, "--party", "lender", "--holder", ACME, "--to", "2002-03-31")
    text = str(data)
    assert ACME in text and BERG not in text.replace(f"from {BERG}", "")
    table = cli.run("journal", NOTE, "--party", "lender", "--holder", ACME, "--to",
                    "2002-03-31").stdout  # fmt: skip
    assert "2,000,000.00" in table  # Acme's 40% of the 5,000,000.00 acquired
    refused = cli.run("journal", NOTE, "--party", "borrower", "--holder", ACME, ok=False)
    assert "is the lender's side of one note" in refused.stderr
