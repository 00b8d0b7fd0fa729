"""Users, API tokens and the audit log: administrators manage every user; every user changes its
own password and issues and revokes its own tokens (``promissory user``, ``audit-log``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from promissory.api import bodies as b
from promissory.api.params import moment
from promissory.api.responses import json
from promissory.api.security import Reader, Writer
from promissory.codec.records_json import to_json

router = APIRouter(tags=["users"])


@router.get("/users")
def users(c: Reader) -> JSONResponse:
    """The users: role, parties, whether disabled (never a password hash)."""
    return json(to_json(c.acting.users()))


@router.post("/users", status_code=201)
def add_user(body: b.UserBody, c: Writer) -> JSONResponse:
    """Add a user (administrators)."""
    added = c.acting.add_user(body.user, body.password, body.role, body.parties)
    return json(to_json(added), status=201)


@router.put("/users/{user}/role")
def set_role(user: str, body: b.RoleBody, c: Writer) -> JSONResponse:
    """Change a user's role and parties (administrators)."""
    return json(to_json(c.acting.set_role(user, body.role, body.parties)))


@router.put("/users/{user}/password", status_code=204)
def set_password(user: str, body: b.PasswordBody, c: Writer) -> Response:
    """Change a password: one's own, or (administrators) anyone's."""
    c.acting.set_password(user, body.password)
    return Response(status_code=204)


@router.post("/users/{user}/disable", status_code=204)
def disable(user: str, c: Writer) -> Response:
    """Disable a user: no more logins; its tokens and sessions stop working (administrators)."""
    c.acting.disable_user(user)
    return Response(status_code=204)


@router.get("/users/{user}/tokens")
def tokens(user: str, c: Reader) -> JSONResponse:
    """A user's API tokens: ids, labels, use and revocation, never secrets."""
    return json(to_json(c.acting.tokens(user)))


@router.post("/users/{user}/tokens", status_code=201)
def issue_token(user: str, body: b.TokenBody, c: Writer) -> JSONResponse:
    """Issue an API token; the answer is the only time its secret is shown."""
    return json(to_json(c.acting.issue_token(user, label=body.label)), status=201)


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(token_id: str, c: Writer) -> Response:
    """Revoke an API token by its id."""
    c.acting.revoke_token(token_id)
    return Response(status_code=204)


@router.get("/audit-log")
def audit_log(
    c: Reader,
    since: Annotated[str | None, Query(description="ISO date or date-time.")] = None,
    user: Annotated[str | None, Query(max_length=200)] = None,
) -> JSONResponse:
    """The audit log: logins, refusals, writes and changes to users and tokens (audit)."""
    start: datetime | None = moment(since, "since")
    if start is not None and since is not None and len(since) == 10:  # a date: from its start
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)
    return json(to_json(c.acting.audit_log(start, user)))
