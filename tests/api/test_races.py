"""Concurrent clients: of two writers racing with the same If-Match exactly one wins, and two
requests with the same Idempotency-Key write one event.  Each client has its own app and its own
facade over the same book, as two server workers would (a file SQLite book, and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from api_helpers import app_client, bearer, enrol, new_book_url, open_service
from fastapi.testclient import TestClient
from scenario import seed

from promissory.app import Promissory

ROUNDS = 3


@pytest.fixture
def clients(request: pytest.FixtureRequest, backend: str,
            tmp_path: Path) -> Iterator[tuple[Promissory, TestClient, TestClient]]:  # fmt: skip
    url = new_book_url(request, backend, tmp_path)
    first, second = open_service(url), Promissory(url)
    second.accounts = first.accounts  # type: ignore[misc]  # the cheap test hasher
    enrol(first)
    with app_client(first) as a, app_client(second) as b:
        yield first, a, b
    for service in (first, second):
        service.book.engine.dispose()


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released together; their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_of_two_writers_on_the_same_head_exactly_one_wins(
    clients: tuple[Promissory, TestClient, TestClient],
) -> None:
    service, a, b = clients
    s = seed(service, "race", settled=False)
    for n in range(ROUNDS):
        head = service.note(s.loan).head
        tag = a.get(f"/api/notes/{s.loan}", headers=bearer(a, "servicer")).headers["ETag"]

        def write(client: TestClient, who: str, n: int = n, tag: str = tag) -> int:
            body = {"kind": "notation", "effective_date": "2024-09-01", "text": f"{who} {n}"}
            return client.post(f"/api/notes/{s.loan}/events", json=body, headers={
                **bearer(client, "servicer"), "If-Match": tag}).status_code  # fmt: skip

        assert sorted(race(lambda: write(a, "a"), lambda: write(b, "b"))) == [201, 409]
        assert service.note(s.loan).head == head + 1


def test_two_requests_with_one_idempotency_key_write_one_event(
    clients: tuple[Promissory, TestClient, TestClient],
) -> None:
    service, a, b = clients
    s = seed(service, "idem", settled=False)
    for n in range(ROUNDS):
        head = service.note(s.loan).head
        pay = {"kind": "payment", "effective_date": "2024-09-01", "amount": "100.00"}

        def write(client: TestClient, n: int = n, pay: dict[str, str] = pay) -> tuple[int, Any]:
            r = client.post(f"/api/notes/{s.loan}/events", json=pay, headers={
                **bearer(client, "servicer"), "Idempotency-Key": f"wire-{n}"})  # fmt: skip
            return r.status_code, r.json()

        first, second = race(lambda: write(a), lambda: write(b))
        assert first == second
        assert first[0] == 201
        assert service.note(s.loan).head == head + 1


def test_two_settlements_with_one_idempotency_key_settle_once(
    clients: tuple[Promissory, TestClient, TestClient],
) -> None:
    service, a, b = clients
    s = seed(service, "settle-idem", settled=False)
    head = service.note(s.loan).head
    total = str(service.payoff(s.loan, date(2024, 9, 1)).total)

    def accept(client: TestClient, key: str = "settle-1") -> tuple[int, Any, str | None]:
        r = client.post(f"/api/notes/{s.loan}/settlements",
                        json={"date": "2024-09-01", "cash": [total]},
                        headers={**bearer(client, "servicer"), "Idempotency-Key": key})  # fmt: skip
        return r.status_code, r.json(), r.headers.get("Idempotent-Replayed")

    first, second = race(lambda: accept(a), lambda: accept(b))
    assert first[0] == second[0] == 201
    # the repeat answers with the settlement and the events the first wrote (not its reconciliation)
    assert first[1]["settlement"] == second[1]["settlement"]
    assert _written(first[1]) == _written(second[1])
    assert sorted(str(x[2]) for x in (first, second)) == ["None", "true"]
    assert service.note(s.loan).head == head + len(first[1]["written"][s.loan])
    assert len(service.book.settlement_notes(first[1]["settlement"])) == 1
    again = accept(a)  # later, the same request: the same events, nothing written
    assert _written(again[1]) == _written(first[1]) and again[2] == "true"
    other = a.post(f"/api/notes/{s.loan}/settlements", json={"date": "2024-09-02", "cash": [total]},
                   headers={**bearer(a, "servicer"), "Idempotency-Key": "settle-1"})  # fmt: skip
    assert other.status_code == 409 and other.json()["error"] == "IdempotencyKeyReused"

    def reverse(client: TestClient) -> tuple[int, Any]:
        r = client.post(f"/api/settlements/{first[1]['settlement']}/reversal",
                        json={"date": "2024-09-03"},
                        headers={**bearer(client, "servicer"), "Idempotency-Key": "undo-1"})  # fmt: skip
        return r.status_code, r.json()

    one, two = race(lambda: reverse(a), lambda: reverse(b))
    assert one == two and one[0] == 201
    assert service.find_settlement(first[1]["settlement"]).reversed


def _written(answer: dict[str, Any]) -> list[tuple[str, int, str, str]]:
    return [(note, e["seq"], e["kind"], e["recorded_at"])
            for note, events in answer["written"].items() for e in events]  # fmt: skip


def test_a_settlement_on_a_stale_etag_is_refused_and_writes_nothing(
    clients: tuple[Promissory, TestClient, TestClient],
) -> None:
    service, a, _ = clients
    s = seed(service, "settle-etag", settled=False)
    tag = a.get(f"/api/notes/{s.loan}", headers=bearer(a, "servicer")).headers["ETag"]
    service.post(s.loan, {"kind": "notation", "effective_date": "2024-08-30", "text": "meanwhile"},
                 recorded_by="seed")  # fmt: skip
    head = service.note(s.loan).head
    total = str(service.payoff(s.loan, date(2024, 9, 1)).total)
    r = a.post(f"/api/notes/{s.loan}/settlements", json={"date": "2024-09-01", "cash": [total]},
               headers={**bearer(a, "servicer"), "If-Match": tag})  # fmt: skip
    assert r.status_code == 409
    assert service.note(s.loan).head == head
    fresh = a.get(f"/api/notes/{s.loan}", headers=bearer(a, "servicer")).headers["ETag"]
    r = a.post(f"/api/notes/{s.loan}/settlements", json={"date": "2024-09-01", "cash": [total]},
               headers={**bearer(a, "servicer"), "If-Match": fresh})  # fmt: skip
    assert r.status_code == 201 and r.headers["ETag"] != fresh
