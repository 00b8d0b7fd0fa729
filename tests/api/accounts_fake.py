"""An in-memory accounts desk for the API tests: tokens and passwords of fixed principals.

It answers as the book's accounts desk does (``promissory.app.accounts``): an unknown token or a
wrong password is :class:`~promissory.errors.Unauthenticated`, and every audit entry is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from promissory.app.access import Principal
from promissory.errors import Unauthenticated


@dataclass
class FakeAccounts:
    tokens: dict[str, Principal] = field(default_factory=dict)
    passwords: dict[str, tuple[str, Principal]] = field(default_factory=dict)
    audit: list[tuple[str, str, str, str]] = field(default_factory=list)

    @classmethod
    def with_principals(cls, principals: Mapping[str, Principal]) -> FakeAccounts:
        accounts = cls()
        for role, p in principals.items():
            accounts.tokens[f"token-{role}"] = p
            accounts.passwords[p.user] = (f"password-{role}", p)
        return accounts

    def login(self, user: str, password: str, *, source: str = "") -> Principal:
        known = self.passwords.get(user)
        if known is None or known[0] != password:
            self.record_audit(user, "login", outcome="refused", source=source)
            raise Unauthenticated("wrong user or password")
        self.record_audit(user, "login", source=source)
        return known[1]

    def principal_for_token(self, token: str, *, source: str = "") -> Principal:
        if token not in self.tokens:
            raise Unauthenticated("unknown or revoked token")
        return self.tokens[token]

    def principal_for_user(self, user: str) -> Principal:
        known = self.passwords.get(user)
        if known is None:
            raise Unauthenticated(f"no user {user!r}")
        return known[1]

    def record_audit(
        self, user: str, action: str, target: str = "", outcome: str = "ok", source: str = ""
    ) -> None:
        self.audit.append((user, action, target, outcome))
