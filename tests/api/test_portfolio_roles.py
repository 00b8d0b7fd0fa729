"""``GET /api/portfolio`` for every role: the totals of the notes the caller may read, and only
those (issue 12).

The book holds the scenario's notes (Lakeside Commercial Bank lends to Harbor Tool & Die), a note
of another lender (Other Bank lends to Quarry Stone LLC), and a Lakeside note secured by a pledge
of that other note.  For every principal the test lists the notes it may read (``GET /api/notes``,
the single-note rule), reads each one's balance (``GET /api/notes/{id}/balance``) and adds the
figures up itself; the portfolio's counts and totals must be exactly those sums — nothing of a
note the caller may not read is counted, totalled or valued as collateral.  On SQLite and
PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from api_helpers import BACKENDS, app_client, bearer, new_book_url, open_service
from fastapi.testclient import TestClient
from scenario import AS_OF, BORROWER, LENDER, PRINCIPALS, seed, terms

from promissory.app import Promissory

OTHER_LENDER, OTHER_BORROWER = "Other Bank", "Quarry Stone LLC"
DAY = {"as_of": AS_OF.isoformat()}
#: the balance's field for each portfolio total
FIELDS = {"principal": "principal", "interest": "accrued_interest",
          "default_interest": "default_interest", "expenses": "expenses", "total": "total"}  # fmt: skip


@dataclass
class World:
    service: Promissory
    client: TestClient


def _other_terms(note_id: str) -> str:
    return (
        terms(note_id)
        .replace(f'lender = "{LENDER}"', f'lender = "{OTHER_LENDER}"')
        .replace(f'borrower = "{BORROWER}"', f'borrower = "{OTHER_BORROWER}"')
    )


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    service = open_service(new_book_url(request, request.param, tmp_path_factory.mktemp("pf")))
    seed(service, "pf")
    # Other Bank's note: $500,000.00 advanced on the issue date, nothing paid
    service.add_note(_other_terms("O-pf"), recorded_by="seed")
    service.post("O-pf", {"kind": "advance", "effective_date": "2024-03-01",
                          "amount": "500000.00"}, recorded_by="seed")  # fmt: skip
    # a Lakeside note secured by Other Bank's note
    service.add_note(terms("P-pf"), recorded_by="seed")
    service.post("P-pf", {"kind": "advance", "effective_date": "2024-03-01",
                          "amount": "100000.00"}, recorded_by="seed")  # fmt: skip
    service.pledge("P-pf", "O-pf", date(2024, 3, 1), recorded_by="seed")
    with app_client(service) as client:
        yield World(service, client)
    service.book.engine.dispose()


def _portfolio(world: World, role: str, group_by: str = "currency") -> dict[str, object]:
    r = world.client.get("/api/portfolio", params={**DAY, "group_by": group_by},
                         headers=bearer(world.client, role))  # fmt: skip
    assert r.status_code == 200, r.text
    body: dict[str, object] = r.json()
    return body


def _readable(world: World, role: str) -> list[str]:
    r = world.client.get("/api/notes", headers=bearer(world.client, role))
    assert r.status_code == 200
    return sorted(n["id"] for n in r.json())


def _balance(world: World, role: str, note_id: str) -> dict[str, str]:
    r = world.client.get(f"/api/notes/{note_id}/balance", params=DAY,
                         headers=bearer(world.client, role))  # fmt: skip
    assert r.status_code == 200, r.text
    body: dict[str, str] = r.json()
    return body


def _sums(rows: list[dict[str, str]], fields: list[str]) -> dict[str, Decimal]:
    return {f: sum((Decimal(r[f]) for r in rows), Decimal(0)) for f in fields}


@pytest.mark.parametrize("role", list(PRINCIPALS))
@pytest.mark.parametrize("group_by", ["currency", "lender", "borrower", "status"])
def test_the_totals_are_the_sum_of_the_callers_own_balance_reads(
    world: World, role: str, group_by: str
) -> None:
    ids = _readable(world, role)
    balances = [_balance(world, role, n) for n in ids]
    report = _portfolio(world, role, group_by)
    totals: list[dict[str, str]] = report["totals"]  # type: ignore[assignment]
    assert report["paths"]["notes"] == len(ids)  # type: ignore[index]
    assert sum(int(t["notes"]) for t in totals) == len(ids)
    want = _sums([{k: b[v] for k, v in FIELDS.items()} for b in balances], list(FIELDS))
    assert _sums(totals, list(FIELDS)) == want
    if not ids:
        assert totals == []


def test_what_each_role_sees_figured_from_the_notes_words(world: World) -> None:
    """The notes behind each principal's portfolio, and the principal owed, from the notes:
    Lakeside's loan owes 500,000.00 less the principal part of the April installment — 9,959.68
    less one 30/360 month of interest at 7.25% (500,000 × 0.0725 / 12 = 3,020.83) = 6,938.85 —
    so 493,061.15; the settled copy owes nothing; the secured note owes its advance, 100,000.00;
    Other Bank's note owes its advance, 500,000.00."""
    loan = Decimal("500000.00") - (Decimal("9959.68") - Decimal("3020.83"))
    assert loan == Decimal("493061.15")
    lakeside = loan + Decimal("100000.00")
    expected = {
        "admin": (4, lakeside + Decimal("500000.00")),
        "auditor": (4, lakeside + Decimal("500000.00")),
        "servicer": (3, lakeside),
        "holder": (3, lakeside),
        "borrower": (3, lakeside),
        "other-servicer": (1, Decimal("500000.00")),
    }
    for role, (count, principal) in expected.items():
        (row,) = _portfolio(world, role)["totals"]  # type: ignore[misc]
        assert (row["notes"], Decimal(row["principal"])) == (count, principal), role


def test_a_pledged_note_the_caller_may_not_read_is_not_valued(world: World) -> None:
    """Lakeside's readers value the collateral as the single-note read does: the warehouse
    (750,000.00, pledged in the scenario) and not Other Bank's note pledged to P-pf, which they
    may not read.  An auditor values that note too: its principal plus interest on the day."""
    for role in ("servicer", "holder", "borrower"):
        (row,) = _portfolio(world, role)["totals"]  # type: ignore[misc]
        assert Decimal(row["collateral_value"]) == Decimal("750000.00"), role
        r = world.client.get("/api/notes/P-pf/collateral", params=DAY,
                             headers=bearer(world.client, role))  # fmt: skip
        assert r.status_code == 200
    other = _balance(world, "auditor", "O-pf")
    value = sum(Decimal(other[f]) for f in ("principal", "accrued_interest", "default_interest"))
    (row,) = _portfolio(world, "auditor")["totals"]  # type: ignore[misc]
    assert Decimal(row["collateral_value"]) == Decimal("750000.00") + value


def test_no_group_names_a_party_of_a_note_the_caller_may_not_read(world: World) -> None:
    for role, hidden in (("servicer", OTHER_LENDER), ("holder", OTHER_BORROWER),
                         ("other-servicer", LENDER), ("other-servicer", BORROWER)):  # fmt: skip
        for group_by in ("lender", "borrower"):
            text = world.client.get("/api/portfolio", params={**DAY, "group_by": group_by},
                                    headers=bearer(world.client, role)).text  # fmt: skip
            assert hidden not in text, (role, group_by)
