"""The API's answers: JSON as the CLI's ``--json`` prints it (one codec), documents as downloads,
and the one exception handler that maps the error tree to HTTP statuses (:data:`errors.HTTP_STATUS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from promissory.api.gate import Caller, etag
from promissory.app import Recorded
from promissory.codec.records_json import to_json
from promissory.errors import (
    HTTP_STATUS,
    AmbiguousConvention,
    ChoiceNeeded,
    IdempotencyKeyReused,
    PromissoryError,
    RuleViolation,
    TermsError,
    TooManyAttempts,
    Unauthenticated,
    http_status,
)
from promissory.render import Format, Rendered

MEDIA_TYPES = {
    Format.TXT: "text/plain; charset=utf-8",
    Format.MD: "text/markdown; charset=utf-8",
    Format.HTML: "text/html; charset=utf-8",
    Format.PDF: "application/pdf",
}


def json(data: Any, *, tag: str | None = None, status: int = 200,
         headers: dict[str, str] | None = None) -> JSONResponse:  # fmt: skip
    """``data`` (already JSON-ready) with the note's ETag when the answer is about one note."""
    extra = dict(headers or {})
    if tag is not None:
        extra["ETag"] = tag
    return JSONResponse(data, status_code=status, headers=extra)


def recorded(c: Caller, note_id: str, name: str, if_match: str | None,
             write: Callable[[str, int | None], Recorded]) -> JSONResponse:  # fmt: skip
    """Record on one note: ``write(user, expected_head)`` runs once the caller may record on the
    note (and ``If-Match`` names its head); 201 with the event as recorded and its Schedule A row,
    and the note's new ETag.

    A repeated ``Idempotency-Key`` answers exactly as the first time (the event and its row), with
    the header ``Idempotent-Replayed: true``.
    """
    result = c.write([note_id], name, lambda by: write(by, c.head(note_id, if_match)))
    row = result.row
    if row is None:
        rows = c.service.schedule(note_id).ledger.rows
        row = next((r for r in rows if r.seq == result.event.seq), None)
    record = c.service.note(note_id)
    headers = {"Idempotent-Replayed": "true"} if result.repeated else {}
    if record.head == result.event.seq:
        headers["ETag"] = etag(record)
    body = {"event": to_json(result.event), "row": to_json(row) if row is not None else None}
    return JSONResponse(body, status_code=201, headers=headers)


def document(rendered: Rendered, name: str) -> Response:
    """A rendered document as a download (``Content-Disposition: attachment``)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    return Response(rendered.data, media_type=MEDIA_TYPES[rendered.format], headers={
        "Content-Disposition": f'attachment; filename="{safe}.{rendered.format.value}"'})  # fmt: skip


def error_body(error: PromissoryError) -> dict[str, Any]:
    """The JSON of an error: its class, status and message, and what it carries (problems, the
    field, value and rule, the choices)."""
    status = http_status(error)
    public = next(cls for cls in type(error).__mro__ if cls in HTTP_STATUS)  # the tree's name
    body: dict[str, Any] = {"error": public.__name__, "status": status, "message": str(error)}
    if isinstance(error, RuleViolation):
        body["problems"] = [
            {"note": p.note_id, "event": p.seq, "date": p.effective_date.isoformat(),
             "rule": p.code, "message": p.message,
             "values": {name: str(value) for name, value in p.amounts}}
            for p in error.problems
        ]  # fmt: skip
    if isinstance(error, TermsError):
        body.update(field=error.field, value=to_json_safe(error.value), rule=error.rule)
    if isinstance(error, ChoiceNeeded):
        body.update(what=error.what, choices=list(error.choices))
    if isinstance(error, AmbiguousConvention):
        body.update(choices=list(error.candidates))
    if isinstance(error, IdempotencyKeyReused):
        body.update(key=error.key)
    if isinstance(error, TooManyAttempts):
        body.update(retry_after=error.retry_after)
    return body


def to_json_safe(value: object) -> Any:
    try:
        return to_json(value)
    except TypeError:
        return str(value)


def promissory_error(request: Request, error: Exception) -> JSONResponse:
    """The one handler for the error tree: the status from ``errors.HTTP_STATUS``."""
    assert isinstance(error, PromissoryError)
    body = error_body(error)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, Unauthenticated) else None
    if isinstance(error, TooManyAttempts):
        headers = {"Retry-After": str(error.retry_after)}
    return JSONResponse(body, status_code=body["status"], headers=headers)


def invalid_request(request: Request, error: Exception) -> JSONResponse:
    """A request the schema refuses is bad input (400), each problem naming the value and the rule."""
    assert isinstance(error, RequestValidationError)
    problems = [
        {"field": ".".join(str(part) for part in e.get("loc", ())),
         "value": to_json_safe(e.get("input")) if e.get("type") != "missing" else None,
         "rule": str(e.get("msg", ""))}
        for e in error.errors()
    ]  # fmt: skip
    message = "; ".join(f"{p['field']} = {p['value']!r}: {p['rule']}" for p in problems)
    body = {"error": "InvalidInput", "status": 400, "message": message, "problems": problems}
    return JSONResponse(_encodable(body), status_code=400)


def _encodable(value: Any) -> Any:
    """``value`` with every text UTF-8 can write: a lone surrogate echoed from the request
    ("\ud800", which the schema refused) is written as its escape, not a server error."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_encodable(k): _encodable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encodable(v) for v in value]
    return value


#: The error class named in the body of a plain HTTP error (the framework's own: a body it cannot
#: parse, a path no route has, a method a route does not take).
_HTTP_ERRORS = {400: "InvalidInput", 401: "Unauthenticated", 403: "Forbidden", 404: "NotFound",
                405: "MethodNotAllowed", 413: "TooLarge", 415: "UnsupportedMediaType"}  # fmt: skip


def http_error(request: Request, error: Exception) -> JSONResponse:
    """A framework HTTP error in the one error shape (``{"error", "status", "message"}``)."""
    assert isinstance(error, StarletteHTTPException)
    status = error.status_code
    body = {"error": _HTTP_ERRORS.get(status, "HTTPError"), "status": status,
            "message": str(error.detail)}  # fmt: skip
    return JSONResponse(_encodable(body), status_code=status, headers=error.headers)
