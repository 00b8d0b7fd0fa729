"""Concurrent clients: of two writers racing with the same If-Match exactly one wins, and two
requests with the same Idempotency-Key write one event.  Each client has its own app and its own
facade over the same book, as two server workers would (a file SQLite book, and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
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
