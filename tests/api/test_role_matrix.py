"""The role × endpoint matrix: every route of the API, asked by every role, gets exactly the answer
``promissory.app.access.allowed`` gives (tests/api/routes_table.py is the one table).

A note the principal may not read answers 404 exactly as a note that is not in the book (the same
body, the id aside); an action on a note it may read but may not do is 403; no credentials is 401.
A refused write writes nothing.  On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from api_helpers import BACKENDS, app_client, bearer, new_book_url, open_service
from fastapi.testclient import TestClient
from routes_table import READS, USER_WRITES, USERS, WRITES, Route, call
from scenario import PRINCIPALS, Scenario, seed

from promissory.app import Promissory

ROLES: list[str | None] = [None, *PRINCIPALS]
_TAGS = itertools.count()


@dataclass
class World:
    service: Promissory
    client: TestClient
    scenario: Scenario


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    service = open_service(new_book_url(request, request.param, tmp_path_factory.mktemp("book")))
    with app_client(service) as client:
        yield World(service, client, seed(service, "r"))
    service.book.engine.dispose()


def _name(route: Route) -> str:
    extra = ",".join(f"{k}={v}" for k, v in route.params.items())
    return f"{route.method} {route.path}" + (f"?{extra}" if extra else "")


def _missing_body(world: World, route: Route, role: str | None) -> object:
    """The answer for the same request on notes that are not in the book."""
    s = world.scenario
    ghost = Scenario("L-ghost", "S-ghost", "S-ghost@2024-08-01")
    body = call(world.client, route, world.service, ghost, bearer(world.client, role)).json()
    text = repr(body)
    for real, fake in ((s.loan, ghost.loan), (s.settled, ghost.settled),
                       (s.settlement, ghost.settlement)):  # fmt: skip
        text = text.replace(fake, real)
    return text


@pytest.mark.parametrize("route", READS + USERS, ids=_name)
def test_each_role_reads_exactly_what_the_policy_allows(world: World, route: Route) -> None:
    wrong = []
    for role in ROLES:
        expected = route.expected(PRINCIPALS.get(role or ""))
        response = call(
            world.client, route, world.service, world.scenario, bearer(world.client, role)
        )
        if response.status_code != expected:
            wrong.append((role, expected, response.status_code, response.text[:300]))
        elif expected == 404 and repr(response.json()) != _missing_body(world, route, role):
            wrong.append((role, "404 like a missing note", response.text[:300]))
    assert not wrong


@pytest.mark.parametrize("route", WRITES + USER_WRITES, ids=_name)
def test_each_role_writes_exactly_what_the_policy_allows(world: World, route: Route) -> None:
    service, s = world.service, world.scenario
    heads = {n: service.note(n).head for n in (s.loan, s.settled)}
    wrong = []
    for role in ROLES:
        principal = PRINCIPALS.get(role or "")
        expected = route.expected(principal)
        fresh = s
        if expected == route.ok and route.scope == "note":  # a write that lands: notes of its own
            fresh = seed(service, f"w{next(_TAGS)}", settled="settlement" in route.path)
        response = call(world.client, route, service, fresh, bearer(world.client, role))
        if response.status_code != expected:
            wrong.append((role, expected, response.status_code, response.text[:300]))
        elif expected == 201 and route.scope == "note":
            assert principal is not None
            assert set(_recorded_by(response.json())) == {principal.user}
    assert not wrong
    # the refusals wrote nothing
    assert {n: service.note(n).head for n in heads} == heads


def _recorded_by(data: object) -> Iterator[str]:
    """Every ``recorded_by`` (or a close's ``closed_by``) in a response."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("recorded_by", "closed_by"):  # a close records who closed it
                yield value
            else:
                yield from _recorded_by(value)
    elif isinstance(data, list):
        for value in data:
            yield from _recorded_by(value)
