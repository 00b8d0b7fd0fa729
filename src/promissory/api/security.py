"""Who is asking: bearer tokens for API clients, a signed session cookie for the web app.

* ``Authorization: Bearer <token>`` — the token is looked up by the accounts desk (stored hashed).
* ``POST /api/session`` with a user and password sets the session (Starlette's
  ``SessionMiddleware``: a cookie signed with itsdangerous, HttpOnly, SameSite=Lax, Secure behind
  TLS) holding the user, a stamp of its password (a new password ends the session) and a CSRF
  token.  A request authenticated by that cookie with an unsafe
  method (POST, PUT, PATCH, DELETE) must repeat the CSRF token in the ``X-CSRF-Token`` header: the
  token is also sent as the readable cookie ``promissory_csrf`` (double submit), and compared with
  the signed session's copy, so a page on another site can neither read nor forge it.

No credentials, or bad ones, is 401 (with ``WWW-Authenticate: Bearer``); a missing or wrong CSRF
token is 403.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from promissory.api.gate import Caller
from promissory.app import Accounts, Promissory
from promissory.app.access import Principal
from promissory.errors import Forbidden, Unauthenticated

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_COOKIE = "promissory_session"
CSRF_COOKIE = "promissory_csrf"
CSRF_HEADER = "X-CSRF-Token"


def service(request: Request) -> Promissory:
    svc: Promissory = request.app.state.promissory
    return svc


def accounts(request: Request) -> Accounts:
    return service(request).accounts


def source(request: Request) -> str:
    """Where the request came from, for the audit log."""
    return request.client.host if request.client is not None else ""


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


async def authenticate(request: Request) -> Principal:
    """The principal of the request: its bearer token, else its session (see the module docstring).

    A good token whose use needs no write is read in one statement through the driver, in the
    event loop (:meth:`Accounts.quick_principal <promissory.app.Accounts.quick_principal>`,
    about 50 µs); anything else — a token to touch or to refuse and audit, a session — is decided
    in the thread pool, as every use of the book by an endpoint is.
    """
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("the Authorization header must be 'Bearer <token>'")
        quick = accounts(request).quick_principal(token.strip())
        if quick is not None:
            return quick
        return await run_in_threadpool(
            accounts(request).principal_for_token, token.strip(), source=source(request)
        )
    return await run_in_threadpool(_session_principal, request)


def _session_principal(request: Request) -> Principal:
    """The principal of the request's signed session (the CSRF token checked on unsafe methods)."""
    session = request.session
    user = session.get("user")
    if not isinstance(user, str):
        raise Unauthenticated(
            "no credentials: send 'Authorization: Bearer <token>' or log in (POST /api/session)"
        )
    if request.method not in SAFE_METHODS:
        expected = session.get("csrf")
        given = request.headers.get(CSRF_HEADER, "")
        if not isinstance(expected, str) or not hmac.compare_digest(
            expected.encode(), given.encode()
        ):
            raise Forbidden(f"a request made with the session cookie must send the {CSRF_HEADER} "
                            f"header with the session's CSRF token (cookie {CSRF_COOKIE})")  # fmt: skip
    stamp = session.get("stamp")  # a new password ends the sessions begun before it
    return accounts(request).principal_for_user(user, stamp=stamp if isinstance(stamp, str) else "")


Authenticated = Annotated[Principal, Depends(authenticate)]


async def caller(request: Request, principal: Authenticated) -> Caller:
    """The facade acting as the principal (async: it does no I/O, so it skips the thread pool).

    It begins the request's scope (:meth:`Book.request_scope <promissory.book.store.Book.request_scope>`,
    in the request's own context, which the endpoint's thread inherits): the request's checks and
    reads read each note's row once.
    """
    service(request).book.request_scope()
    return Caller(service(request).acting_as(principal, source=source(request)))


Reader = Annotated[Caller, Depends(caller)]
Writer = Reader  # the same handle: Acting checks and logs each write
