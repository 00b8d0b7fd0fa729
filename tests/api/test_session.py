"""Logging in over HTTP: a signed HttpOnly session cookie, CSRF on unsafe requests, logout; bad
credentials are 401."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_helpers import app_client, bearer, password
from fastapi.testclient import TestClient
from scenario import seed

from promissory.app import Promissory


@pytest.fixture
def client(book: Promissory) -> Iterator[TestClient]:
    with app_client(book) as c:
        yield c


def test_login_sets_a_signed_httponly_lax_cookie_and_csrf_guards_writes(
    book: Promissory, client: TestClient
) -> None:
    s = seed(book, "x", settled=False)
    r = client.post("/api/session", json={"user": "svc", "password": password("servicer")})
    assert r.status_code == 200
    who = r.json()
    assert (who["user"], who["role"], who["parties"]) == ("svc", "servicer", [
        "Lakeside Commercial Bank"])  # fmt: skip
    cookies = r.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("promissory_session="))
    assert "httponly" in session.lower() and "samesite=lax" in session.lower()
    csrf = next(c for c in cookies if c.startswith("promissory_csrf="))
    assert "httponly" not in csrf.lower()  # the page reads it to send it back (double submit)
    assert client.get(f"/api/notes/{s.loan}/schedule").status_code == 200
    note = {"kind": "notation", "effective_date": "2024-09-01", "text": "by session"}
    url = f"/api/notes/{s.loan}/events"
    assert client.post(url, json=note).status_code == 403
    assert client.post(url, json=note, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert (
        client.post(url, json=note, headers={"X-CSRF-Token": "é".encode("latin-1")}).status_code
        == 403
    )
    done = client.post(url, json=note, headers={"X-CSRF-Token": who["csrf_token"]})
    assert done.status_code == 201
    assert done.json()["event"]["recorded_by"] == "svc"
    assert client.get("/api/session").json()["csrf_token"] == who["csrf_token"]
    assert client.delete("/api/session").status_code == 403  # logout needs the token too
    out = client.delete("/api/session", headers={"X-CSRF-Token": who["csrf_token"]})
    assert out.status_code == 204
    assert client.get(f"/api/notes/{s.loan}/schedule").status_code == 401


def test_a_tampered_session_cookie_is_no_session(client: TestClient) -> None:
    client.post("/api/session", json={"user": "aud", "password": password("auditor")})
    value = client.cookies["promissory_session"]
    client.cookies.set("promissory_session", value[:-4] + "AAAA")
    assert client.get("/api/session").status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer pm_nope"}, {"Authorization": "Basic c3ZjOng="},
     {"Authorization": "Bearer "}],
)  # fmt: skip
def test_no_or_bad_credentials_are_401(client: TestClient, headers: dict[str, str]) -> None:
    r = client.get("/api/notes", headers=headers)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"
    assert r.json()["error"] == "Unauthenticated"


def test_a_wrong_password_is_401_and_logged(book: Promissory, client: TestClient) -> None:
    r = client.post("/api/session", json={"user": "svc", "password": "guess"})
    assert r.status_code == 401
    assert ("svc", "login", "refused") in [(e.user, e.action, e.outcome)
                                           for e in book.accounts.audit_log()]  # fmt: skip


def test_a_bearer_token_needs_no_csrf(book: Promissory, client: TestClient) -> None:
    s = seed(book, "x", settled=False)
    r = client.post(f"/api/notes/{s.loan}/events", headers=bearer(client, "admin"),
                    json={"kind": "notation", "effective_date": "2024-09-01", "text": "api"})  # fmt: skip
    assert r.status_code == 201


def test_a_new_password_ends_the_sessions_begun_before(client: TestClient) -> None:
    who = client.post("/api/session", json={"user": "aud", "password": password("auditor")}).json()
    assert client.get("/api/session").status_code == 200
    changed = client.put("/api/users/aud/password", json={"password": "a brand new password"},
                         headers={"X-CSRF-Token": who["csrf_token"]})  # fmt: skip
    assert changed.status_code == 204
    assert client.get("/api/session").status_code == 401
    again = client.post("/api/session", json={"user": "aud", "password": "a brand new password"})
    assert again.status_code == 200
    assert client.get("/api/session").status_code == 200
