"""JSON request bodies with a key twice in one object are refused before any route reads them.

``json.loads`` keeps the last of two equal keys, so ``{"amount": "100.00", "amount": "9959.68"}``
would record 9,959.68 without a word (a hostile tester found it); which value the sender meant is
not the server's to guess.  A pure ASGI middleware: it reads a JSON body (up to
:data:`MAX_CHECKED` bytes; a larger one is passed on unread here, for the route's own limit),
answers 400 naming the key, or hands the same bytes on to the app.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.responses import JSONResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: JSON bodies up to this size are checked (every body the API's JSON routes take is far smaller).
MAX_CHECKED = 1 << 20


class _Twice(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Twice(key)
        seen[key] = value
    return seen


def duplicate_key(body: bytes) -> str | None:
    """The first key that appears twice in one object of ``body``, or None (also for a body that
    is not JSON: the route's own parsing says what is wrong with it)."""
    try:
        json.loads(body, object_pairs_hook=_pairs)
    except _Twice as twice:
        return twice.key
    except ValueError:
        return None
    return None


class StrictJson:
    """Refuse a JSON request body with a duplicate key (400, naming it); pass anything else on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        if b"json" not in headers.get(b"content-type", b""):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more and size <= MAX_CHECKED:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: nothing to check
                await self.app(scope, _replay([], message, receive), send)
                return
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            more = bool(message.get("more_body", False))
        if not more:
            key = duplicate_key(b"".join(chunks))
            if key is not None:
                response = JSONResponse({"error": "InvalidInput", "status": 400, "message":
                                         f"JSON key {key!r} appears twice in one object: which "
                                         "value is meant? send it once"}, status_code=400)  # fmt: skip
                await response(scope, receive, send)
                return
        await self.app(scope, _replay(chunks, None, receive, more=more), send)


def _replay(chunks: list[bytes], last: Message | None, receive: Receive, *,
            more: bool = False) -> Receive:  # fmt: skip
    """A ``receive`` that gives the body read so far once, then what follows."""
    pending: list[Message] = []
    if chunks:
        pending.append({"type": "http.request", "body": b"".join(chunks), "more_body": more})
    if last is not None:
        pending.append(last)

    async def again() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return again
