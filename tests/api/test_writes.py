"""Writes over HTTP: every event kind, refusals with their problems, bad input, Idempotency-Key
and If-Match, and the JSON the CLI's ``--json`` prints."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import app_client, bearer
from fastapi.testclient import TestClient
from scenario import BORROWER, LENDER, seed

from cli_runner import Cli
from promissory.app import Promissory

FLOATING = f'''
id = "FLT-1"
borrower = "{BORROWER}"
lender = "{LENDER}"
issue_date = 2024-01-02
currency = "USD"
commitment = "1000000.00"
maturity = 2027-01-02

[interest]
day_count = "ACT/360"
default_margin = "0.02"

[interest.floating]
index = "SOFR"
margin = "0.03"
'''


@pytest.fixture
def client(book: Promissory) -> Iterator[TestClient]:
    with app_client(book) as c:
        yield c


def _post(client: TestClient, note: str, body: dict[str, object], role: str = "servicer",
          **headers: str) -> object:  # fmt: skip
    return client.post(f"/api/notes/{note}/events", json=body,
                       headers={**bearer(client, role), **headers})  # fmt: skip


def test_every_event_kind_is_recorded_with_its_row_and_the_user(client: TestClient) -> None:
    add = client.post("/api/notes", content=FLOATING, headers=bearer(client, "servicer"))
    assert add.status_code == 201, add.text
    events = [
        {"kind": "advance", "effective_date": "2024-01-02", "amount": "500000.00"},
        {"kind": "rate_fixing", "effective_date": "2024-01-02", "index": "SOFR", "rate": "0.0531"},
        {"kind": "payment", "effective_date": "2024-03-01", "amount": "10000.00"},
        {"kind": "expense", "effective_date": "2024-03-05", "amount": "1500.00",
         "description": "appraisal", "invoice_ref": "INV-7"},
        {"kind": "amendment", "effective_date": "2024-04-01", "maturity": "2028-01-02"},
        {"kind": "notation", "effective_date": "2024-04-02", "text": "borrower called"},
        {"kind": "default", "effective_date": "2024-05-01", "description": "covenant breach",
         "cure_period_days": 10},
        {"kind": "cure", "effective_date": "2024-05-15"},
        {"kind": "default", "effective_date": "2024-06-01"},
        {"kind": "acceleration", "effective_date": "2024-06-10"},
        {"kind": "reversal", "effective_date": "2024-06-11", "target_seq": 10,
         "reason": "declared in error"},
        {"kind": "payment", "effective_date": "2024-06-12", "amount": "1450.00",
         "escrow": "450.00"},
        {"kind": "escrow_disbursement", "effective_date": "2024-06-13", "amount": "400.00",
         "payee": "County Tax Office", "description": "2024 taxes"},
    ]  # fmt: skip
    for seq, body in enumerate(events, start=1):
        r = client.post("/api/notes/FLT-1/events", json=body, headers=bearer(client, "servicer"))
        assert r.status_code == 201, (body, r.text)
        data = r.json()
        assert data["event"]["kind"] == body["kind"]
        assert data["event"]["seq"] == seq
        assert data["event"]["recorded_by"] == "svc"
        if body["kind"] != "reversal":  # a reversal strikes out its target's row; it has none
            assert data["row"]["id"] == seq
        if body["kind"] == "escrow_disbursement":  # the escrow part, less the bill paid
            assert (data["row"]["to_escrow"], data["row"]["escrow_balance"]) == (
                "-400.00", "50.00")  # fmt: skip
        assert r.headers["ETag"] == client.get("/api/notes/FLT-1",
                                               headers=bearer(client, "auditor")).headers["ETag"]  # fmt: skip
    opening = FLOATING.replace('id = "FLT-1"', 'id = "OPN-1"')
    assert (
        client.post("/api/notes", content=opening, headers=bearer(client, "admin")).status_code
        == 201
    )
    r = _post(client, "OPN-1", {"kind": "opening_balance", "effective_date": "2024-02-01",
                                "principal": "400000.00", "interest": "1234.56"})  # fmt: skip
    assert r.status_code == 201, r.text
    assert r.json()["row"]["principal_balance"] == "400000.00"


def test_a_refused_event_is_422_with_its_problems_and_writes_nothing(book: Promissory,
                                                                        client: TestClient) -> None:  # fmt: skip
    client.post("/api/notes", content=FLOATING, headers=bearer(client, "admin"))
    r = _post(client, "FLT-1", {"kind": "advance", "effective_date": "2024-09-01",
                                "amount": "1500000.00"})  # fmt: skip
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "RuleViolation"
    (problem,) = body["problems"]
    assert problem["note"] == "FLT-1" and problem["date"] == "2024-09-01"
    assert problem["rule"] and problem["message"]
    assert "1500000.00" in problem["values"].values()
    assert book.note("FLT-1").head == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "payment", "effective_date": "2024-09-01", "amount": 100.5}, "amount"),
        ({"kind": "payment", "effective_date": "2024-09-01", "amount": "1e3"}, "amount"),
        ({"kind": "payment", "effective_date": "2024-13-01", "amount": "1.00"}, "effective_date"),
        ({"kind": "payment", "effective_date": "2024-09-01", "amount": "1", "by": "x"}, "by"),
        ({"kind": "payment", "effective_date": "2024-09-01", "amount": "1",
          "recorded_by": "mallory"}, "recorded_by"),
        ({"kind": "teleport", "effective_date": "2024-09-01"}, "kind"),
    ],
)  # fmt: skip
def test_bad_input_is_400_naming_the_value_and_the_rule(
    book: Promissory, client: TestClient, body: dict[str, object], field: str
) -> None:
    s = seed(book, "x", settled=False)
    r = _post(client, s.loan, body)
    assert r.status_code == 400, r.text
    data = r.json()
    assert data["error"] == "InvalidInput"
    assert field in data["message"]
    assert book.note(s.loan).head == 5


def test_terms_error_names_the_field_value_and_rule(client: TestClient) -> None:
    bad = FLOATING.replace('commitment = "1000000.00"', 'commitment = "-5"')
    r = client.post("/api/notes", content=bad, headers=bearer(client, "admin"))
    assert r.status_code == 400
    body = r.json()
    assert (body["error"], body["field"], body["value"]) == ("TermsError", "commitment", "-5")
    assert body["rule"]


def test_a_choice_needed_lists_the_choices(client: TestClient) -> None:
    fixed = FLOATING.split("[interest.floating]")[0] + 'rate = "0.08"\n'
    client.post("/api/notes", content=fixed, headers=bearer(client, "admin"))
    for day in ("2024-01-02", "2024-02-01"):
        _post(client, "FLT-1", {"kind": "advance", "effective_date": day, "amount": "1000.00"})
    r = client.get("/api/notes/FLT-1/documents/oid", headers=bearer(client, "borrower"))
    assert r.status_code == 400
    assert r.json()["error"] == "ChoiceNeeded"
    assert len(r.json()["choices"]) == 2


def test_the_same_idempotency_key_twice_writes_one_event_and_answers_the_same(
    book: Promissory, client: TestClient
) -> None:
    s = seed(book, "x", settled=False)
    pay = {"kind": "payment", "effective_date": "2024-09-01", "amount": "9959.68"}
    first = _post(client, s.loan, pay, **{"Idempotency-Key": "wire-0917"})
    again = _post(client, s.loan, pay, **{"Idempotency-Key": "wire-0917"})
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert book.note(s.loan).head == 6
    other = _post(client, s.loan, {**pay, "amount": "1.00"}, **{"Idempotency-Key": "wire-0917"})
    assert other.status_code == 409
    assert other.json()["error"] == "IdempotencyKeyReused"
    assert book.note(s.loan).head == 6


def test_if_match_on_the_ledger_head(book: Promissory, client: TestClient) -> None:
    s = seed(book, "x", settled=False)
    tag = client.get(f"/api/notes/{s.loan}/schedule", headers=bearer(client, "servicer")).headers[
        "ETag"
    ]
    note = {"kind": "notation", "effective_date": "2024-09-01", "text": "checked"}
    ok = _post(client, s.loan, note, **{"If-Match": tag})
    assert ok.status_code == 201
    assert ok.headers["ETag"] != tag
    stale = _post(client, s.loan, note, **{"If-Match": tag})
    assert stale.status_code == 409
    assert stale.json()["error"] == "Conflict"
    assert book.note(s.loan).head == 6
    pledge = client.post(f"/api/notes/{s.loan}/collateral/pledges", headers={
        **bearer(client, "servicer"), "If-Match": tag},
        json={"asset": "Truck", "date": "2024-09-01", "value": "1.00"})  # fmt: skip
    assert pledge.status_code == 409


def test_reads_are_the_json_the_cli_prints(book: Promissory, client: TestClient) -> None:
    s = seed(book, "x")
    cli = Cli(Path(book.book.engine.url.database or ""))
    for path, args in [
        ("payoff?as_of=2024-09-01&days=3", ["payoff", s.loan, "--as-of", "2024-09-01", "--days", "3"]),
        ("schedule", ["schedule", s.loan]),
        ("schedule?as_of=2024-09-01", ["schedule", s.loan, "--as-of", "2024-09-01"]),
        ("problems?as_of=2024-09-01", ["problems", s.loan, "--as-of", "2024-09-01"]),
        ("balance?as_of=2024-09-01", ["balance", s.loan, "--as-of", "2024-09-01"]),
        ("explain?as_of=2024-09-01", ["explain", s.loan, "--as-of", "2024-09-01"]),
        ("statement?as_of=2024-09-01", ["statement", s.loan, "--as-of", "2024-09-01"]),
        ("amortization", ["amortization", s.loan]),
        ("oid", ["oid", s.loan]),
        ("collateral?as_of=2024-09-01", ["collateral", "list", s.loan, "--as-of", "2024-09-01"]),
        ("holders", ["transfer", "history", s.loan]),
    ]:  # fmt: skip
        r = client.get(f"/api/notes/{s.loan}/{path}", headers=bearer(client, "auditor"))
        assert r.status_code == 200, r.text
        assert r.json() == json.loads(cli.run(*args, "--json").stdout), path
    for url, args in [
        ("/api/notes?as_of=2024-09-01", ["note", "list", "--as-of", "2024-09-01"]),
        (f"/api/notes/{s.loan}", ["note", "show", s.loan]),
        (f"/api/settlements/{s.settlement}", ["settle", "show", s.settlement]),
        ("/api/verify", ["verify"]),
        ("/api/daycount?convention=ACT/360&start=2024-01-01&end=2024-07-01",
         ["daycount", "ACT/360", "2024-01-01", "2024-07-01"]),
    ]:  # fmt: skip
        r = client.get(url, headers=bearer(client, "auditor"))
        assert r.status_code == 200, r.text
        assert r.json() == json.loads(cli.run(*args, "--json").stdout), url
    r = client.get(f"/api/notes/{s.loan}/payoff?as_of=2024-09-01&known_on=2030-01-01",
                   headers=bearer(client, "auditor"))  # fmt: skip
    assert r.json() == json.loads(cli.run("payoff", s.loan, "--as-of", "2024-09-01",
                                          "--as-known-on", "2030-01-01", "--json").stdout)  # fmt: skip


def test_a_pdf_download(book: Promissory, client: TestClient) -> None:
    s = seed(book, "x", settled=False)
    r = client.get(f"/api/notes/{s.loan}/documents/payoff?as_of=2024-09-01&format=pdf",
                   headers=bearer(client, "borrower"))  # fmt: skip
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert (
        r.headers["content-disposition"] == f'attachment; filename="{s.loan}-payoff-2024-09-01.pdf"'
    )
    assert r.content.startswith(b"%PDF-")


def test_writes_and_refusals_are_in_the_audit_log(book: Promissory, client: TestClient) -> None:
    s = seed(book, "x", settled=False)
    _post(client, s.loan, {"kind": "notation", "effective_date": "2024-09-01", "text": "n"})
    _post(client, s.loan, {"kind": "notation", "effective_date": "2024-09-01", "text": "n"},
          role="borrower")  # fmt: skip
    log = [(e.user, e.action, e.outcome) for e in book.accounts.audit_log()]
    assert ("svc", "post notation", "ok") in log
    assert ("borr", "post notation", "forbidden") in log


def test_a_pledge_does_not_tell_whether_an_unreadable_note_exists(book: Promissory,
                                                                   client: TestClient) -> None:  # fmt: skip
    s = seed(book, "x", settled=False)
    hidden = FLOATING.replace('id = "FLT-1"', 'id = "HIDDEN-1"').replace(LENDER, "Other Bank")
    assert (
        client.post("/api/notes", content=hidden, headers=bearer(client, "admin")).status_code
        == 201
    )
    url = f"/api/notes/{s.loan}/collateral/pledges"
    answers = []
    for asset in ("HIDDEN-1", "NO-SUCH-NOTE"):
        as_note = client.post(url, headers=bearer(client, "servicer"),
                              json={"asset": asset, "date": "2024-09-01", "asset_kind": "note"})  # fmt: skip
        answers.append((as_note.status_code, as_note.json()["message"].replace(asset, "?")))
        plain = client.post(url, headers=bearer(client, "servicer"),
                            json={"asset": asset, "date": "2024-09-01", "value": "10.00"})  # fmt: skip
        assert plain.status_code == 201, plain.text
        assert plain.json()["event"]["asset_kind"] == "other"
    assert answers[0] == answers[1]
    assert answers[0][0] == 404


TOGGLE = f'''
id = "TGL-1"
borrower = "{BORROWER}"
lender = "{LENDER}"
issue_date = 2024-01-01
currency = "USD"
commitment = "1000000.00"
maturity = 2027-01-01

[interest]
rate = "0.10"
compounding = "quarterly"

[interest.pik]
toggle = true
rate = "0.11"
election_notice_days = 5
'''


def test_a_pik_election_over_http_and_a_late_one_refused(client: TestClient) -> None:
    """Issue 11: the toggle election is an event kind the API posts like any other."""
    add = client.post("/api/notes", content=TOGGLE, headers=bearer(client, "servicer"))
    assert add.status_code == 201, add.text
    r = _post(client, "TGL-1", {"kind": "pik_election", "effective_date": "2024-03-20",
                                "period_start": "2024-04-01", "election": "pik"})  # fmt: skip
    assert r.status_code == 201, r.text
    assert r.json()["event"]["election"] == "pik"
    late = _post(client, "TGL-1", {"kind": "pik_election", "effective_date": "2024-06-28",
                                   "period_start": "2024-07-01", "election": "pik"})  # fmt: skip
    assert late.status_code == 422
    (problem,) = late.json()["problems"]
    assert problem["rule"] == "pik-election-late" and "2024-06-26" in problem["message"]
    bad = _post(client, "TGL-1", {"kind": "pik_election", "effective_date": "2024-06-20",
                                  "period_start": "2024-07-01", "election": "half"})  # fmt: skip
    assert bad.status_code == 400
