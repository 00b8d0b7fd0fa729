"""Every route of the API, once: how to call it on a scenario, what it asks of the policy, and the
status it answers with when allowed.  The role × endpoint matrix and the OpenAPI coverage test
are generated from this one table.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from scenario import AS_OF, BORROWER, LENDER, PARTIES, Scenario, terms

from promissory.app import Promissory
from promissory.app.access import Action, NoteParties, Principal, Role, allowed

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_COUNTER = itertools.count()
SELF = "svc"  # the user whose own account the "own" routes touch (the servicer)

Body = Callable[[Promissory, Scenario], Any]


@dataclass(frozen=True)
class Route:
    """One call of one route.  ``scope``: whose parties the policy looks at — ``note`` (the
    scenario's loan or settled note: the same parties), ``book`` (none), ``new`` (a note being
    added between the scenario's parties)."""

    method: str
    path: str  # formatted with the scenario: {loan}, {settled}, {settlement}
    action: Action
    scope: str = "note"
    params: dict[str, Any] = field(default_factory=dict)
    json: Body | None = None
    content: Body | None = None  # raw body (TOML, CSV, JSON Lines, text)
    ok: int = 200
    known_on: bool = False  # reads as known on a past moment: an audit of the note
    prepare: Callable[[Promissory, Scenario], dict[str, str]] | None = None  # more {fields}

    @property
    def writes(self) -> bool:
        return self.method != "GET" and self.action is not Action.READ

    def url(self, s: Scenario, **more: str) -> str:
        return "/api" + self.path.format(loan=s.loan, settled=s.settled,
                                         settlement=s.settlement.replace("#", "%23"), **more)  # fmt: skip

    def expected(self, p: Principal | None) -> int:
        """The status ``allowed()`` says this principal gets."""
        if p is None:
            return 401
        if self.scope == "book":
            return self.ok if allowed(p, self.action, None) else 403
        if self.scope == "own":  # a user's own account (the servicer's), or an administrator
            return self.ok if p.user == SELF or allowed(p, Action.ADMIN, None) else 403
        if self.scope == "new":
            return self.ok if allowed(p, self.action, NoteParties.of(BORROWER, LENDER)) else 403
        if not allowed(p, Action.READ, PARTIES):
            return 404
        if self.action is not Action.READ and not allowed(p, self.action, PARTIES):
            return 403
        if self.known_on and not allowed(p, Action.AUDIT, PARTIES):
            return 403
        return self.ok


def _id(prefix: str) -> str:
    return f"{prefix}-{next(_COUNTER)}-{date.today().toordinal()}"


KNOWN = {"known_on": "2099-01-01"}
DAY = {"as_of": AS_OF.isoformat()}
R, W, AUDIT, ADMIN = Action.READ, Action.RECORD, Action.AUDIT, Action.ADMIN

READS = [
    Route("GET", "/notes", R, "book"),
    Route("GET", "/session", R, "book"),
    Route("GET", "/notes/{loan}", R),
    Route("GET", "/notes/{loan}", R, params={"format": "toml"}),
    Route("GET", "/notes/{loan}/verify", AUDIT),
    Route("GET", "/notes/{loan}/schedule", R),
    Route("GET", "/notes/{loan}/schedule", R, params=KNOWN, known_on=True),
    Route("GET", "/notes/{loan}/schedule", R, params=DAY),
    Route("GET", "/notes/{loan}/problems", R, params=DAY),
    Route("GET", "/notes/{loan}/balance", R, params=DAY),
    Route("GET", "/notes/{loan}/balance", R, params={**DAY, **KNOWN}, known_on=True),
    Route("GET", "/notes/{loan}/payoff", R, params={**DAY, "days": 3}),
    Route("GET", "/notes/{loan}/payoff", R, params={**DAY, **KNOWN}, known_on=True),
    Route("GET", "/notes/{loan}/explain", R, params=DAY),
    Route("GET", "/notes/{loan}/explain", R, params={**DAY, **KNOWN}, known_on=True),
    Route("GET", "/notes/{loan}/amortization", R),
    Route("GET", "/notes/{loan}/statement", R, params=DAY),
    Route("GET", "/notes/{loan}/oid", R),
    Route("GET", "/notes/{loan}/oid", R, params=KNOWN, known_on=True),
    Route("GET", "/notes/{loan}/collateral", R, params=DAY),
    Route("GET", "/notes/{loan}/holders", R),
    Route("GET", "/notes/{loan}/holders/parts", R, params=DAY),
    Route("GET", "/notes/{loan}/remittances", R, params={"through": AS_OF.isoformat()}),
    Route(
        "POST",
        "/notes/{loan}/settlement/proposal",
        R,
        json=lambda svc, s: {"date": "2024-09-01", "cash": ["1000.00"]},
    ),
    Route("GET", "/settlements/{settlement}", R),
    Route("GET", "/notes/{loan}/documents/note", R),
    Route("GET", "/notes/{loan}/documents/schedule", R, params={"format": "md"}),
    Route("GET", "/notes/{loan}/documents/schedule", R, params=KNOWN, known_on=True),
    Route("GET", "/notes/{loan}/documents/payoff", R, params={**DAY, "format": "txt"}),
    Route("GET", "/notes/{loan}/documents/payoff", R, params={**DAY, **KNOWN}, known_on=True),
    Route("GET", "/notes/{loan}/documents/statement", R, params=DAY),
    Route("GET", "/notes/{loan}/documents/oid", R),
    Route("GET", "/notes/{loan}/documents/oid", R, params=KNOWN, known_on=True),
    Route("GET", "/settlements/{settlement}/documents/release", R),
    Route("GET", "/notes/{loan}/journal", R, params={"party": "lender", "end": "2024-09-30"}),
    Route(
        "GET",
        "/notes/{loan}/journal",
        R,
        params={"party": "borrower", "end": "2024-09-30", "format": "beancount"},
    ),
    Route("GET", "/notes/{loan}/trial-balance", R, params={"party": "lender", **DAY}),
    Route(
        "GET", "/notes/{loan}/reconciliation", R, params={"party": "lender", "end": "2024-09-30"}
    ),
    Route("GET", "/closes", AUDIT, "book"),
    Route("GET", "/portfolio", R, "book", params=DAY),  # every role: its own notes
    Route("GET", "/portfolio", R, "book", params={**DAY, "group_by": "borrower"}),
    Route("GET", "/verify", AUDIT, "book"),
    Route("GET", "/export", AUDIT, "book"),
    Route("GET", "/parties", AUDIT, "book"),
    Route(
        "GET",
        "/daycount",
        R,
        "book",
        params={"convention": "ACT/360", "start": "2024-01-01", "end": "2024-07-01"},
    ),
    Route(
        "POST",
        "/extract",
        R,
        "book",
        content=lambda svc, s: (
            EXAMPLES.parent / "tests" / "extract" / "seeds" / "promissory-note-2001-10-05.txt"
        ).read_bytes(),
    ),
    Route(
        "POST",
        "/oid",
        R,
        "book",
        content=lambda svc, s: (EXAMPLES / "oid" / "zero-coupon-1272.toml").read_bytes(),
    ),
]

WRITES = [
    Route("POST", "/notes", W, "new", ok=201,
          content=lambda svc, s: terms(_id("N")).encode()),
    Route("POST", "/notes/{loan}/events", W, ok=201,
          json=lambda svc, s: {"kind": "notation", "effective_date": "2024-09-01",
                               "text": "file reviewed"}),
    Route("POST", "/notes/{loan}/collateral/pledges", W, ok=201,
          json=lambda svc, s: {"asset": "Truck", "date": "2024-09-01", "value": "20000.00"}),
    Route("POST", "/notes/{loan}/collateral/releases", W, ok=201,
          json=lambda svc, s: {"asset": "Warehouse", "date": "2024-09-01"}),
    Route("POST", "/notes/{loan}/collateral/valuations", W, ok=201,
          json=lambda svc, s: {"asset": "Warehouse", "value": "800000.00", "date": "2024-09-01"}),
    Route("POST", "/notes/{loan}/filings", W, ok=201,
          json=lambda svc, s: {"filing_number": "UCC-2", "jurisdiction": "Ohio",
                               "date": "2024-09-01"}),
    Route("POST", "/notes/{loan}/filings/UCC-1/continuation", W, ok=201,
          json=lambda svc, s: {"date": "2028-12-01"}),
    Route("POST", "/notes/{loan}/filings/UCC-1/termination", W, ok=201,
          json=lambda svc, s: {"date": "2024-09-01"}),
    Route("POST", "/notes/{loan}/transfers", W, ok=201,
          json=lambda svc, s: {"to": "Harbor Capital LLC", "date": "2024-09-01"}),
    Route("POST", "/closes", W, ok=201,
          json=lambda svc, s: {"period": "2024-08", "party": "lender", "notes": [s.loan]}),
    Route("POST", "/notes/{loan}/events", W, ok=201,
          json=lambda svc, s: {"kind": "expense", "effective_date": "2024-09-01",
                               "amount": "150.00", "description": "UCC search"}),
    Route("POST", "/notes/{loan}/settlements", W, ok=201,
          json=lambda svc, s: {"date": "2024-09-01",
                               "cash": [str(svc.payoff(s.loan, AS_OF).total)]}),
    Route("POST", "/settlements/{settlement}/reversal", W, ok=201,
          json=lambda svc, s: {"date": "2024-09-02", "reason": "returned wire"}),
    Route("POST", "/parties", ADMIN, "book", ok=201,
          json=lambda svc, s: {"id": _id("p"), "name": "Harbor Capital LLC"}),
    Route("POST", "/onboard", ADMIN, "book",
          content=lambda svc, s: (EXAMPLES / "onboarding" / "notes.csv").read_bytes()),
    Route("POST", "/import", ADMIN, "book",
          content=lambda svc, s: _bundle(svc)),
]  # fmt: skip


def _throwaway_user(service: Promissory, s: Scenario) -> dict[str, str]:
    name = f"u-{s.loan}".lower()
    if name not in {u.name for u in service.accounts.users()}:
        service.accounts.add_user(name, "throwaway password", Role.AUDITOR, by="test")
    return {"victim": name}


def _token(service: Promissory, s: Scenario) -> dict[str, str]:
    return {"token": service.accounts.issue_token(SELF, label="to revoke", by="test").id}


USERS = [
    Route("GET", "/users", ADMIN, "book"),
    Route("GET", "/audit-log", AUDIT, "book", params={"since": "2020-01-01"}),
    Route("GET", f"/users/{SELF}/tokens", ADMIN, "own"),
]
USER_WRITES = [
    Route("POST", "/users", ADMIN, "book", ok=201,
          json=lambda svc, s: {"user": _id("user").lower(), "password": "a long password",
                               "role": "auditor"}),
    Route("PUT", "/users/hold/role", ADMIN, "book",
          json=lambda svc, s: {"role": "holder", "parties": [LENDER]}),
    Route("PUT", f"/users/{SELF}/password", ADMIN, "own", ok=204,
          json=lambda svc, s: {"password": "correct horse servicer"}),
    Route("POST", f"/users/{SELF}/tokens", ADMIN, "own", ok=201,
          json=lambda svc, s: {"label": "another"}),
    Route("DELETE", "/tokens/{token}", ADMIN, "own", ok=204, prepare=_token),
    Route("POST", "/users/{victim}/disable", ADMIN, "book", ok=204, prepare=_throwaway_user),
]  # fmt: skip


def _bundle(service: Promissory) -> bytes:
    """An exported bundle of the book itself (importing it finds everything already present)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.jsonl"
        service.export_book(path)
        return path.read_bytes()


def call(client: Any, route: Route, service: Promissory, s: Scenario,
         headers: dict[str, str]) -> Any:  # fmt: skip
    more = route.prepare(service, s) if route.prepare is not None else {}
    kwargs: dict[str, Any] = {"params": route.params, "headers": headers}
    if route.json is not None:
        kwargs["json"] = route.json(service, s)
    if route.content is not None:
        kwargs["content"] = route.content(service, s)
    return client.request(route.method, route.url(s, **more), **kwargs)
