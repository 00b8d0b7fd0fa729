"""A request whose path or query holds a control character is refused before any route reads it.

No note id, user name, party id or date holds a control character (the book refuses them where
text enters, :mod:`promissory.codec.text`), so a path such as ``/api/notes/ab%00cd`` names
nothing.  Without this check such a value reached the database: SQLite answered "no such note"
and PostgreSQL, whose text cannot hold a NUL byte, raised a server error (500).  A pure ASGI
middleware: it answers 400 naming the part of the URL, the character and its position, the same
on every backend, for the API and the web pages alike.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.responses import JSONResponse

from promissory.api.responses import error_body
from promissory.api.strict_json import ASGIApp, Receive, Scope, Send
from promissory.codec.text import check_text
from promissory.errors import InvalidInput


def url_problem(scope: Scope) -> InvalidInput | None:
    """The refusal of a path or query value with a control character in it, or None."""
    try:
        check_text(str(scope.get("path", "")), what="request path")
        raw = bytes(scope.get("query_string", b"")).decode("latin-1")
        for name, value in parse_qsl(raw, keep_blank_values=True, encoding="utf-8",
                                     errors="backslashreplace"):  # fmt: skip
            check_text(name, what="query parameter name")
            check_text(value, what=f"query parameter {name}")
    except InvalidInput as refused:
        return refused
    return None


class PlainUrl:
    """Refuse a request whose decoded path or query parameters hold a control character (400)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            problem = url_problem(scope)
            if problem is not None:
                body = error_body(problem)
                await JSONResponse(body, status_code=body["status"])(scope, receive, send)
                return
        await self.app(scope, receive, send)
