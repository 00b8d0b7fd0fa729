"""``/api/session``: log in (a signed session cookie), who am I, log out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from promissory.api.bodies import LoginBody
from promissory.api.security import (
    CSRF_COOKIE,
    Authenticated,
    accounts,
    new_csrf_token,
    source,
)

router = APIRouter(tags=["session"])


def _who(principal: Any, csrf: object) -> dict[str, Any]:
    return {"user": principal.user, "role": principal.role.value,
            "parties": sorted(principal.parties), "csrf_token": csrf}  # fmt: skip


@router.post("/session")
def login(body: LoginBody, request: Request) -> JSONResponse:
    """Log in with a user and password: sets the session cookie and the CSRF token.  After too
    many failed logins of the user or from the address: 429 with ``Retry-After`` (seconds)."""
    principal = accounts(request).login(body.user, body.password, source=source(request),
                                        limits=request.app.state.login_limits)  # fmt: skip
    token = new_csrf_token()
    request.session.clear()
    stamp = accounts(request).session_stamp(principal.user)
    request.session.update(user=principal.user, csrf=token, stamp=stamp)
    response = JSONResponse(_who(principal, token))
    secure = bool(request.app.state.https_only)
    response.set_cookie(CSRF_COOKIE, token, samesite="lax", secure=secure, httponly=False)
    return response


@router.get("/session")
def whoami(request: Request, principal: Authenticated) -> JSONResponse:
    """The authenticated user, its role and parties (and the session's CSRF token, if any)."""
    return JSONResponse(_who(principal, request.session.get("csrf")))


@router.delete("/session", status_code=204)
def logout(request: Request, principal: Authenticated) -> Response:
    """Log out: the session is cleared (a cookie-authenticated logout needs the CSRF header)."""
    accounts(request).record_audit(principal.user, "logout", source=source(request))
    request.session.clear()
    response = Response(status_code=204)
    response.delete_cookie(CSRF_COOKIE)
    return response
