"""``create_app``: the HTTP API over the application facade, as Fava builds its JSON API on Beancount.

The app holds one :class:`~promissory.app.Promissory` (the book) and its accounts desk; every
endpoint is a few lines over the facade (:mod:`promissory.api.routes`), every error of the tree is
answered by one handler through :func:`promissory.errors.http_status`, and sessions are signed
cookies (:mod:`promissory.api.security`).
"""

from __future__ import annotations

import gc
import json
import os
import secrets
import warnings

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from promissory import __version__
from promissory.api.plain_url import PlainUrl
from promissory.api.quick import QuickPayoff, QuickStats
from promissory.api.responses import http_error, invalid_request, promissory_error
from promissory.api.routes import ROUTERS
from promissory.api.security import SESSION_COOKIE
from promissory.api.strict_json import StrictJson
from promissory.app import LoginLimits, Promissory
from promissory.errors import PromissoryError
from promissory.web import router as web_router

#: Environment variables :func:`create_app` reads when not given the values.
SECRET_ENV = "PROMISSORY_SECRET"
#: How long a session lasts (seconds) without logging in again.
SESSION_SECONDS = 8 * 3600


def create_app(
    service_or_book_url: Promissory | str | None = None,
    *,
    secret: str | None = None,
    https_only: bool = False,
    login_limits: LoginLimits | None = None,
    quick: bool = True,
) -> FastAPI:
    """The API over a facade, or over the book at a URL (default ./promissory.db).

    Users and tokens are the facade's accounts desk (``Promissory.accounts``); ``secret`` (signing the session cookies)
    to ``$PROMISSORY_SECRET`` — without either, a random one for this process only (sessions then
    do not survive a restart nor cross workers).  ``https_only`` marks the cookies Secure.
    ``login_limits``: failed logins allowed per account name and per client address before
    logins are refused for a while (default 5 within 15 minutes; :mod:`promissory.app.login_limits`).
    ``quick``: answer a payoff quote asked again of a note whose ledger has not moved from the
    answer kept (:mod:`promissory.api.quick`; ``app.state.quick`` counts what it did).
    """
    service = (
        service_or_book_url
        if isinstance(service_or_book_url, Promissory)
        else Promissory(service_or_book_url)
    )
    key = secret or os.environ.get(SECRET_ENV)
    if not key:
        warnings.warn(f"no {SECRET_ENV}: sessions are signed with a random key for this process",
                      stacklevel=2)  # fmt: skip
        key = secrets.token_urlsafe(32)
    app = FastAPI(
        title="promissory",
        version=__version__,
        summary="Exact, auditable servicing of promissory notes, over HTTP.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.promissory = service
    app.state.https_only = https_only
    app.state.login_limits = login_limits if login_limits is not None else LoginLimits()
    app.add_middleware(SessionMiddleware, secret_key=key, session_cookie=SESSION_COOKIE,
                       max_age=SESSION_SECONDS, same_site="lax", https_only=https_only)  # fmt: skip
    app.add_middleware(StrictJson)  # a JSON key twice in one object: 400, not the last value
    app.add_middleware(PlainUrl)  # a control character in the path or query: 400, not a lookup
    app.state.quick = QuickStats()
    if quick:  # added last, so the outermost: a kept answer skips the rest of the stack
        app.add_middleware(QuickPayoff, stats=app.state.quick)
    app.add_exception_handler(PromissoryError, promissory_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(StarletteHTTPException, http_error)
    for router in ROUTERS:
        app.include_router(router, prefix="/api")
    app.include_router(web_router)  # the web app's pages (promissory.web), same session
    return app


def openapi_document() -> str:
    """The API's OpenAPI schema as committed in ``docs/openapi.json`` (scripts/openapi.py writes it;
    ``tests/api/test_openapi.py`` fails when the two differ)."""
    app = create_app("sqlite://", secret="openapi")  # no book is opened to describe the API
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


#: The environment ``promissory serve`` hands its workers: the book's URL, the session secret,
#: whether cookies are marked Secure (behind TLS), and the login limits (failures; window in seconds).
BOOK_ENV, HTTPS_ENV = "PROMISSORY_BOOK", "PROMISSORY_HTTPS_ONLY"
LOGIN_ATTEMPTS_ENV, LOGIN_WINDOW_ENV = "PROMISSORY_LOGIN_ATTEMPTS", "PROMISSORY_LOGIN_WINDOW"


def app_from_environment() -> FastAPI:
    """The app each uvicorn worker builds (``promissory serve`` names it by its import path).

    Once it is built, the objects of the worker's start-up (modules, the app, its routes: about
    130,000) are frozen out of the garbage collector's generations (``gc.freeze``): a full
    collection then no longer walks them, which took about 30 ms of the worker — every request
    in flight on it waiting — whenever one ran.
    """
    limits = LoginLimits.of(os.environ.get(LOGIN_ATTEMPTS_ENV), os.environ.get(LOGIN_WINDOW_ENV))
    app = create_app(os.environ.get(BOOK_ENV) or None,
                     https_only=os.environ.get(HTTPS_ENV) == "1", login_limits=limits)  # fmt: skip
    gc.collect()  # what start-up left as garbage goes now, not frozen
    gc.freeze()
    return app
