"""One handler answers the whole error tree: each class with its status from errors.HTTP_STATUS
and its public name, and the fields it carries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from promissory import errors
from promissory.api import create_app
from promissory.core.problems import Problem

PROBLEM = Problem("N-1", 3, date(2024, 9, 1), "over-commitment", "advance exceeds the commitment",
                  (("commitment", Decimal("500000.00")), ("drawn", Decimal("600000.00"))))  # fmt: skip

EXAMPLES: dict[type[errors.PromissoryError], errors.PromissoryError] = {
    errors.PromissoryError: errors.PromissoryError("no PDF engine"),
    errors.InvalidInput: errors.InvalidInput("amount '1,5' is not a number"),
    errors.CurrencyMismatch: errors.CurrencyMismatch("USD and EUR"),
    errors.TermsError: errors.TermsError("interest.rate", "8", "a fraction below 1"),
    errors.ChoiceNeeded: errors.ChoiceNeeded("which advance?", what="advance", choices=["1", "2"]),
    errors.ConventionError: errors.ConventionError("no day count 'ACT/999'"),
    errors.AmbiguousConvention: errors.AmbiguousConvention("30/360", ["30/360 US", "30E/360"]),
    errors.RuleViolation: errors.RuleViolation([PROBLEM]),
    errors.Unauthenticated: errors.Unauthenticated("unknown token"),
    errors.TooManyAttempts: errors.TooManyAttempts("too many failed logins of user 'svc'", 300),
    errors.Forbidden: errors.Forbidden("a borrower may not record"),
    errors.NotFound: errors.NotFound("no note 'N-1' in the book"),
    errors.Conflict: errors.Conflict("stale head"),
    errors.IdempotencyKeyReused: errors.IdempotencyKeyReused("k-1", "key k-1 names event #2"),
    errors.IntegrityError: errors.IntegrityError("hash chain broken"),
    errors.BookError: errors.BookError("cannot open the book"),
}  # fmt: skip


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = create_app("sqlite://", secret="x")

    @app.get("/raise/{name}")
    def raise_it(name: str) -> None:
        raise next(e for cls, e in EXAMPLES.items() if cls.__name__ == name)

    return TestClient(app)


def test_every_class_of_the_tree_has_an_example() -> None:
    assert set(EXAMPLES) == set(errors.HTTP_STATUS)


@pytest.mark.parametrize("cls", list(EXAMPLES), ids=lambda c: c.__name__)
def test_each_error_answers_with_its_status_and_name(client: TestClient, cls: type) -> None:
    r = client.get(f"/raise/{cls.__name__}")
    assert r.status_code == errors.HTTP_STATUS[cls]
    body = r.json()
    assert (body["error"], body["status"]) == (cls.__name__, errors.HTTP_STATUS[cls])
    assert body["message"] == str(EXAMPLES[cls])


def test_what_errors_carry(client: TestClient) -> None:
    (problem,) = client.get("/raise/RuleViolation").json()["problems"]
    assert problem == {"note": "N-1", "event": 3, "date": "2024-09-01", "rule": "over-commitment",
                       "message": "advance exceeds the commitment",
                       "values": {"commitment": "500000.00", "drawn": "600000.00"}}  # fmt: skip
    terms = client.get("/raise/TermsError").json()
    assert (terms["field"], terms["value"], terms["rule"]) == ("interest.rate", "8",
                                                              "a fraction below 1")  # fmt: skip
    assert client.get("/raise/ChoiceNeeded").json()["choices"] == ["1", "2"]
    limited = client.get("/raise/TooManyAttempts")
    assert (limited.headers["Retry-After"], limited.json()["retry_after"]) == ("300", 300)
    assert client.get("/raise/AmbiguousConvention").json()["choices"] == ["30/360 US", "30E/360"]
    assert client.get("/raise/IdempotencyKeyReused").json()["key"] == "k-1"
    assert client.get("/raise/Unauthenticated").headers["WWW-Authenticate"] == "Bearer"
