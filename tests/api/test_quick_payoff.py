"""The quick payoff path (promissory.api.quick) answers exactly as the full path, and never longer
than the note's ledger, the token and the user stay as they were.

Each test asks one app with the quick path and one without it (``create_app(quick=False)``) over
the same book, and compares status, body and headers; the quick app's counters say whether the
kept answer was used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import app_client, new_book_url, open_service
from fastapi.testclient import TestClient
from scenario import AS_OF, PRINCIPALS, Scenario, seed

from promissory.api import create_app
from promissory.api.quick import QuickStats
from promissory.app import Promissory
from promissory.app.access import Role

HEADERS = ("content-type", "content-length", "etag")


class World:
    def __init__(self, service: Promissory, quick: TestClient, full: TestClient,
                 scenario: Scenario) -> None:  # fmt: skip
        self.service, self.quick, self.full, self.scenario = service, quick, full, scenario

    @property
    def stats(self) -> QuickStats:
        stats: QuickStats = self.quick.app.state.quick  # type: ignore[attr-defined]
        return stats

    def ask(self, client: TestClient, role: str | None, note: str | None = None,
            query: str = f"as_of={AS_OF}") -> tuple[int, bytes, dict[str, str]]:  # fmt: skip
        tokens: dict[str, str] = self.quick.tokens  # type: ignore[attr-defined]
        auth = {} if role is None else {"Authorization": f"Bearer {tokens[role]}"}
        r = client.get(f"/api/notes/{note or self.scenario.loan}/payoff?{query}", headers=auth)
        return r.status_code, r.content, {h: r.headers.get(h, "") for h in HEADERS}

    def same(self, role: str | None, note: str | None = None, query: str = f"as_of={AS_OF}") -> int:
        """Ask both apps; assert the answers are the same; the status."""
        quick = self.ask(self.quick, role, note, query)
        full = self.ask(self.full, role, note, query)
        assert quick == full
        return quick[0]


@pytest.fixture
def world(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[World]:
    service = open_service(new_book_url(request, backend, tmp_path))
    quick = app_client(service)
    full = TestClient(create_app(service, secret="test-secret", quick=False))
    yield World(service, quick, full, seed(service, "q"))
    service.book.quick.close()
    service.book.engine.dispose()


def test_every_principal_gets_the_full_paths_answer_and_readers_get_it_kept(world: World) -> None:
    readers = []
    for role in [*PRINCIPALS, None]:
        first = world.same(role)  # a token's first use in a minute touches it: the full path
        assert world.same(role) == first  # now the answer is kept
        hits = world.stats.hits
        assert world.same(role) == first  # asked again: the kept answer, or the same refusal
        if first == 200:
            readers.append(role)
            assert world.stats.hits == hits + 1, role
        else:
            assert world.stats.hits == hits, role  # a refusal is never kept nor answered quick
    assert sorted(map(str, readers)) == ["admin", "auditor", "borrower", "holder", "servicer"]
    assert world.same("other-servicer") == 404 and world.same(None) == 401


def test_an_event_recorded_elsewhere_is_in_the_next_answer(world: World) -> None:
    before = world.ask(world.quick, "servicer")
    assert world.ask(world.quick, "servicer") == before  # kept
    # another worker (here: the facade itself) records a payment
    world.service.post(world.scenario.loan, {"kind": "payment", "effective_date": "2024-05-01",
                                             "amount": "1000.00"}, recorded_by="seed")  # fmt: skip
    after = world.ask(world.quick, "servicer")
    assert after != before and after[2]["etag"] != before[2]["etag"]
    assert after == world.ask(world.full, "servicer")


def test_a_revoked_token_or_a_disabled_user_is_refused_at_once(world: World) -> None:
    assert world.same("borrower") == 200 and world.same("borrower") == 200
    token_id = world.service.accounts.tokens(PRINCIPALS["borrower"].user)[0].id
    world.service.accounts.revoke_token(token_id, by="test")
    assert world.same("borrower") == 401
    assert world.same("auditor") == 200 and world.same("auditor") == 200
    world.service.accounts.disable_user(PRINCIPALS["auditor"].user, by="test")
    assert world.same("auditor") == 401


def test_a_new_role_or_new_parties_count_at_once(world: World) -> None:
    assert world.same("servicer") == 200 and world.same("servicer") == 200
    world.service.accounts.set_role(PRINCIPALS["servicer"].user, Role.SERVICER, ["Other Bank"],
                                    by="test")  # fmt: skip
    assert world.same("servicer") == 404


def test_other_requests_take_the_full_path(world: World) -> None:
    assert world.same("servicer") == 200
    hits = world.stats.hits
    for query in (f"as_of={AS_OF}&days=3", f"as_of={AS_OF}&good_through=2024-09-05",
                  f"as_of={AS_OF}&known_on=2030-01-01T00:00:00Z", "as_of=2024-02-30",
                  "as_of=yesterday"):  # fmt: skip
        world.same("servicer", query=query)
        world.same("servicer", query=query)
    assert world.same("servicer", note="NO-SUCH-NOTE") == 404
    assert world.same("admin", note="NO-SUCH-NOTE") == 404
    assert world.stats.hits == hits


def test_a_broken_connection_falls_back_to_the_full_path(world: World) -> None:
    assert world.same("servicer") == 200 and world.same("servicer") == 200
    for kept in world.service.book.quick._free:  # the connection the quick reads keep
        kept.driver_connection.close()
    hits = world.stats.hits
    assert world.same("servicer") == 200  # the read failed: the full path answered
    assert world.stats.hits == hits
    assert world.same("servicer") == 200  # a new connection: quick again
    assert world.stats.hits == hits + 1


def test_a_book_without_quick_reads_answers_on_the_full_path(world: World) -> None:
    assert not open_service("sqlite://").book.quick.enabled  # one shared in-memory connection
    world.service.book.quick.enabled = False
    for _ in range(3):
        assert world.same("servicer") == 200
    assert world.stats.hits == world.stats.kept == 0


def test_two_authorization_headers_take_the_full_path(world: World) -> None:
    assert world.same("servicer") == 200 and world.same("servicer") == 200
    tokens: dict[str, str] = world.quick.tokens  # type: ignore[attr-defined]
    url = f"/api/notes/{world.scenario.loan}/payoff?as_of={AS_OF}"
    hits = world.stats.hits
    for first in ("Bearer pro_bogus", f"Bearer {tokens['other-servicer']}", "Basic Zm9vOmJhcg=="):
        headers = [("Authorization", first), ("Authorization", f"Bearer {tokens['servicer']}")]
        quick = world.quick.get(url, headers=headers)
        full = world.full.get(url, headers=headers)
        assert (quick.status_code, quick.content) == (full.status_code, full.content)
    assert world.stats.hits == hits


def test_a_book_not_yet_checked_answers_as_the_full_path(tmp_path: Path) -> None:
    made = open_service(f"sqlite:///{tmp_path / 'made.db'}")
    token = app_client(made).tokens["servicer"]  # type: ignore[attr-defined]
    url = f"sqlite:///{tmp_path / 'never-made.db'}"
    quick = TestClient(create_app(url, secret="test-secret"))
    full = TestClient(create_app(url, secret="test-secret", quick=False))
    asked = [c.get(f"/api/notes/N/payoff?as_of={AS_OF}", headers={"Authorization": f"Bearer {token}"})
             for c in (quick, full)]  # fmt: skip
    assert asked[0].status_code == asked[1].status_code == 503
    assert asked[0].content == asked[1].content


def test_the_answer_to_a_tokens_first_use_is_kept(world: World) -> None:
    kept = world.stats.kept
    assert world.same("auditor") == 200  # its first use in a minute: the full path touches it
    assert world.stats.kept == kept + 1
    hits = world.stats.hits
    assert world.same("auditor") == 200
    assert world.stats.hits == hits + 1
