"""Who is using the web app: the signed session cookie the API's ``SessionMiddleware`` keeps, and the
CSRF token every form carries.

Logging in (``POST /login``) stores the user, its password's stamp and a fresh CSRF token in the
session exactly as ``POST /api/session`` does, so one login serves the pages and the API's document downloads.  Every
form posts the token back in the hidden field ``csrf``; a form without it, or with another
session's, is refused (403) before anything is read from it.  Each request acts through
:class:`promissory.app.Acting` — the one enforcement point — as the session's user.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping

from starlette.requests import Request

from promissory.app import Acting, Promissory
from promissory.app.access import Principal
from promissory.errors import Forbidden, Unauthenticated

CSRF_FIELD = "csrf"


def service(request: Request) -> Promissory:
    svc: Promissory = request.app.state.promissory
    return svc


def source(request: Request) -> str:
    return request.client.host if request.client is not None else ""


def principal(request: Request) -> Principal:
    """The session's user as a principal (its role and parties read from the book each time)."""
    user, stamp = request.session.get("user"), request.session.get("stamp")
    if not isinstance(user, str):
        raise Unauthenticated("log in to use the web app")
    # a new password ends the sessions begun before it, as for the API (the password's stamp)
    return service(request).accounts.principal_for_user(
        user, stamp=stamp if isinstance(stamp, str) else ""
    )


def acting(request: Request) -> Acting:
    return service(request).acting_as(principal(request), source=source(request))


def log_in(request: Request, user: str, password: str) -> Principal:
    """Check the password (the accounts desk logs the attempt) and start a fresh session."""
    accounts = service(request).accounts
    found = accounts.login(user, password, source=source(request),
                           limits=request.app.state.login_limits)  # fmt: skip
    request.session.clear()
    request.session.update(user=found.user, csrf=secrets.token_urlsafe(32),
                           stamp=accounts.session_stamp(found.user))  # fmt: skip
    return found


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    return token if isinstance(token, str) else ""


def check_csrf(request: Request, form: Mapping[str, str]) -> None:
    """Refuse a form whose CSRF field is not the session's token."""
    expected = csrf_token(request)
    given = form.get(CSRF_FIELD, "")
    if not expected or not hmac.compare_digest(expected, given):
        raise Forbidden("the form's CSRF token is missing or not this session's: reload the page "
                        "and submit it again")  # fmt: skip
