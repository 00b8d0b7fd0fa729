"""What a hostile tester of the API found (2026-12-04), each held by a test over HTTP: bad input is a
400 naming the value and the rule, never a 500 and never written; a retry answers as the first
time; no real payment is dropped as a repeat of another file's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from api_helpers import app_client, bearer
from fastapi.testclient import TestClient
from scenario import Scenario, seed

from promissory.app import Promissory

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(book: Promissory) -> Iterator[tuple[TestClient, Scenario, Promissory]]:
    scenario = seed(book, "H", settled=False)
    with app_client(book) as client:
        yield client, scenario, book


def test_control_characters_and_lone_surrogates_are_refused_naming_them(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, book = seeded
    head = book.note(sc.loan).head
    servicer = bearer(client, "servicer")
    escape = {"kind": "notation", "effective_date": "2024-09-01", "text": "ok",
              "memo": "\x1b[2J\x1b[31mPAID IN FULL"}  # fmt: skip
    r = client.post(f"/api/notes/{sc.loan}/events", json=escape, headers=servicer)
    assert r.status_code == 400 and "control character U+001B at position 0" in r.json()["message"]
    raw = b'{"kind": "notation", "effective_date": "2024-09-01", "text": "\\ud800"}'
    r = client.post(f"/api/notes/{sc.loan}/events", content=raw,
                    headers={**servicer, "Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 400 and "\\ud800" in r.json()["message"]
    assert book.note(sc.loan).head == head


def test_a_moment_outside_the_calendar_in_utc_is_a_400(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, _ = seeded
    r = client.get(f"/api/notes/{sc.loan}/balance",
                   params={"as_of": "2024-09-02", "known_on": "9999-12-31T23:59:59-05:00"},
                   headers=bearer(client, "auditor"))  # fmt: skip
    assert r.status_code == 400 and "outside the calendar" in r.json()["message"]


def test_a_retry_with_the_if_match_of_its_first_send_answers_as_the_first_time(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, book = seeded
    tag = client.get(f"/api/notes/{sc.loan}", headers=bearer(client, "servicer")).headers["etag"]
    headers = {**bearer(client, "servicer"), "Idempotency-Key": "wire-0917", "If-Match": tag}
    pay = {"kind": "payment", "effective_date": "2024-09-01", "amount": "9959.68"}
    first = client.post(f"/api/notes/{sc.loan}/events", json=pay, headers=headers)
    again = client.post(f"/api/notes/{sc.loan}/events", json=pay, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["event"] == first.json()["event"]
    other = {**headers, "Idempotency-Key": "wire-0918"}  # a new write with the stale tag: 409
    assert client.post(f"/api/notes/{sc.loan}/events", json=pay, headers=other).status_code == 409
    quote = book.payoff(sc.loan, date(2024, 9, 2)).total
    settle = {**bearer(client, "servicer"), "Idempotency-Key": "settle-1",
              "If-Match": client.get(f"/api/notes/{sc.loan}", headers=bearer(
                  client, "servicer")).headers["etag"]}  # fmt: skip
    offer = {"date": "2024-09-02", "cash": [str(quote)]}
    one = client.post(f"/api/notes/{sc.loan}/settlements", json=offer, headers=settle)
    two = client.post(f"/api/notes/{sc.loan}/settlements", json=offer, headers=settle)
    assert (one.status_code, two.status_code) == (201, 201), two.text


def test_onboarding_two_files_with_the_same_row_posts_both(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    """A second 5,000.00 wire the same day in another file is a payment, not a repeat; the same
    file sent again posts nothing twice."""
    client, sc, book = seeded
    admin = {**bearer(client, "admin"), "Content-Type": "text/csv"}
    row = f"note_id,kind,effective_date,amount\n{sc.loan},payment,2024-09-03,5000.00\n"
    monday = client.post("/api/onboard", content=row, headers=admin)
    tuesday = client.post("/api/onboard", content=row, params={"source": "tuesday.csv"},
                          headers=admin)  # fmt: skip
    again = client.post("/api/onboard", content=row, headers=admin)
    assert [r.json()["applied_rows"] for r in (monday, tuesday, again)] == [1, 1, 0]
    paid = [e for e in book.view(sc.loan).events
            if e.kind == "payment" and e.effective_date == date(2024, 9, 3)]  # fmt: skip
    assert len(paid) == 2


def test_uploads_that_are_not_utf8_or_have_bad_columns_are_400s(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, book = seeded
    admin = {**bearer(client, "admin"), "Content-Type": "text/csv"}
    latin = f"note_id,kind,effective_date,amount,memo\n{sc.loan},payment,2024-09-03,1.00,Café\n"
    r = client.post("/api/onboard", content=latin.encode("latin-1"), headers=admin)
    assert r.status_code == 400 and "not UTF-8" in r.json()["message"]
    bundle = client.post("/api/import", content=b"\xff\xfe{}", headers={
        **bearer(client, "admin"), "Content-Type": "application/x-ndjson"})  # fmt: skip
    assert bundle.status_code == 400 and "not UTF-8" in bundle.json()["message"]
    twice = f"note_id,kind,effective_date,amount,amount\n{sc.loan},payment,2024-09-03,1.00,9.00\n"
    r = client.post("/api/onboard", content=twice, headers=admin)
    assert r.status_code == 400 and "'amount' appear more than once" in r.json()["message"]
    extra = f"note_id,kind,effective_date,amount\n{sc.loan},payment,2024-09-03,1.00,999.00\n"
    r = client.post("/api/onboard", content=extra, headers=admin)
    assert r.json()["rejected"][0]["reason"] == "1 cell(s) beyond the header's columns: '999.00'"
    assert not [e for e in book.view(sc.loan).events if e.effective_date == date(2024, 9, 3)]


def test_a_payoff_waiting_for_a_fixing_is_a_400_naming_it(book: Promissory) -> None:
    terms = (ROOT / "examples" / "sofr-in-arrears-2024.toml").read_text()
    with app_client(book) as client:
        added = client.post("/api/notes", content=terms, headers=bearer(client, "admin"))
        assert added.status_code == 201, added.text
        note = "SOFR-2024-001"
        r = client.get(f"/api/notes/{note}/payoff", params={"as_of": "2024-09-01"},
                       headers=bearer(client, "admin"))  # fmt: skip
    assert r.status_code == 400 and "no SOFR fixing for" in r.json()["message"]


def test_a_settlement_key_used_again_for_another_offer_is_a_409(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, book = seeded
    quote = book.payoff(sc.loan, date(2024, 9, 3)).total
    key = {**bearer(client, "servicer"), "Idempotency-Key": "settle-9"}
    offer = {"date": "2024-09-03", "cash": [str(quote)]}
    first = client.post(f"/api/notes/{sc.loan}/settlements", json=offer, headers=key)
    assert first.status_code == 201, first.text
    same = client.post(f"/api/notes/{sc.loan}/settlements", json=offer, headers=key)
    assert same.status_code == 201 and same.headers["Idempotent-Replayed"] == "true"
    for other in ({"date": "2024-09-03", "cash": ["1.00"], "forgive": [str(quote - 1)]},
                  {**offer, "memo": "another deal"}):  # fmt: skip
        r = client.post(f"/api/notes/{sc.loan}/settlements", json=other, headers=key)
        assert r.status_code == 409, (other, r.text)
    sid = first.json()["settlement"]
    back = {**bearer(client, "servicer"), "Idempotency-Key": "undo-9"}
    undo = {"date": "2024-09-04", "reason": "wire returned"}
    assert (
        client.post(f"/api/settlements/{sid}/reversal", json=undo, headers=back).status_code == 201
    )
    again = client.post(f"/api/settlements/{sid}/reversal", json=undo, headers=back)
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    other = client.post(f"/api/settlements/{sid}/reversal", json={**undo, "reason": "typo"},
                        headers=back)  # fmt: skip
    assert other.status_code == 409


def test_a_json_key_twice_in_one_object_is_a_400_naming_it(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, book = seeded
    head = book.note(sc.loan).head
    raw = b'{"kind":"payment","effective_date":"2024-09-01","amount":"100.00","amount":"9959.68"}'
    r = client.post(f"/api/notes/{sc.loan}/events", content=raw,
                    headers={**bearer(client, "servicer"), "Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 400 and "JSON key 'amount' appears twice" in r.json()["message"]
    assert book.note(sc.loan).head == head


def test_a_note_waiting_for_a_fixing_is_listed_saying_so(book: Promissory) -> None:
    """One SOFR note whose compounded rate lacks fixings does not take the note list down: it is
    listed with its principal and status, no total, and why."""
    seed(book, "F", settled=False)
    book.add_note((ROOT / "examples" / "sofr-in-arrears-2024.toml").read_text(), recorded_by="t")
    book.post("SOFR-2024-001", {"kind": "advance", "effective_date": "2024-06-03",
                                "amount": "1000000.00"})  # fmt: skip
    with app_client(book) as client:
        r = client.get(
            "/api/notes", params={"as_of": "2024-09-01"}, headers=bearer(client, "admin")
        )
    assert r.status_code == 200, r.text
    rows = {n["id"]: n for n in r.json()}
    sofr = rows["SOFR-2024-001"]
    assert sofr["total"] is None and sofr["principal"] == "1000000.00"
    assert "needs a SOFR fixing" in sofr["problem"]
    assert rows["L-F"]["total"] is not None and "problem" not in rows["L-F"]


def test_flags_and_counts_are_json_booleans_and_numbers_not_words(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, _ = seeded
    servicer = bearer(client, "servicer")
    for body in ({"kind": "cure", "effective_date": "2024-09-02", "waiver": "yes"},
                 {"kind": "default", "effective_date": "2024-09-03", "cure_period_days": True}):  # fmt: skip
        r = client.post(f"/api/notes/{sc.loan}/events", json=body, headers=servicer)
        assert r.status_code == 400, (body, r.text)


def test_the_framework_s_own_errors_have_the_one_error_shape(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, sc, _ = seeded
    r = client.post(f"/api/notes/{sc.loan}/events", content=b'{"kind": "\xff"}',
                    headers={**bearer(client, "servicer"), "Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 400 and r.json()["error"] == "InvalidInput"
    missing = client.get("/api/no-such-thing", headers=bearer(client, "admin"))
    assert missing.status_code == 404 and missing.json()["error"] == "NotFound"


def test_a_notes_file_sent_as_events_is_told_what_it_lacks(
    seeded: tuple[TestClient, Scenario, Promissory],
) -> None:
    client, _, _ = seeded
    notes = (ROOT / "examples" / "onboarding" / "notes.csv").read_bytes()
    r = client.post("/api/onboard", params={"kind": "events"}, content=notes,
                    headers={**bearer(client, "admin"), "Content-Type": "text/csv"})  # fmt: skip
    assert r.status_code == 400
    assert "is not an events file: it has no note_id, kind, effective_date column" in r.text


def test_a_note_waiting_for_a_fixing_is_named_by_the_portfolio_not_fatal_to_it(
    book: Promissory,
) -> None:
    seed(book, "P", settled=False)
    book.add_note((ROOT / "examples" / "sofr-in-arrears-2024.toml").read_text(), recorded_by="t")
    book.post("SOFR-2024-001", {"kind": "advance", "effective_date": "2024-06-03",
                                "amount": "1000000.00"})  # fmt: skip
    report = book.portfolio(date(2024, 9, 1))
    assert [n for n, _ in report.unavailable] == ["SOFR-2024-001"]
    assert report.notes == 1  # the other note, in the totals; the SOFR note is not, and said so
    with app_client(book) as client:
        r = client.get("/api/portfolio", params={"as_of": "2024-09-01"},
                       headers=bearer(client, "admin"))  # fmt: skip
    assert r.status_code == 200, r.text
    assert r.json()["unavailable"][0]["note"] == "SOFR-2024-001"
    assert "needs a SOFR fixing" in r.json()["unavailable"][0]["reason"]
