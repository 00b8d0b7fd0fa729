"""A control character in a request's path or query is a 400 naming it, on every backend — never a
lookup (PostgreSQL's text cannot hold a NUL byte: such a note id was a server error there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import app_client, bearer, new_book_url, open_service
from fastapi.testclient import TestClient

from promissory.app import Promissory


@pytest.fixture
def client(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[TestClient]:
    service: Promissory = open_service(new_book_url(request, backend, tmp_path))
    try:
        with app_client(service) as client:
            yield client
    finally:
        service.book.engine.dispose()


@pytest.mark.parametrize(
    "path",
    [
        "/api/notes/ab%00cd",
        "/api/notes/ab%00cd/payoff?as_of=2024-01-01",
        "/api/notes/ab%00cd/balance?as_of=2024-01-01",
        "/api/notes/ab%1Bcd/events",
        "/api/notes/L-1/balance?as_of=2024-01-01%00",
        "/notes/ab%00cd",
    ],
)
def test_a_control_character_in_the_url_is_refused_naming_it(client: TestClient, path: str) -> None:
    r = client.get(path, headers=bearer(client, "servicer"))
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["error"] == "InvalidInput"
    assert "control character U+00" in body["message"]
    assert "text may not contain control characters" in body["message"]


def test_a_write_to_such_a_path_is_refused_before_it_is_read(client: TestClient) -> None:
    r = client.post("/api/notes/ab%00cd/events", headers=bearer(client, "servicer"),
                    json={"kind": "notation", "effective_date": "2024-09-01", "text": "x"})  # fmt: skip
    assert r.status_code == 400 and "request path" in r.json()["message"]


def test_tab_and_newline_are_still_plain_text_in_a_query(client: TestClient) -> None:
    r = client.get("/api/notes/no-such-note?x=a%09b", headers=bearer(client, "servicer"))
    assert r.status_code == 404
