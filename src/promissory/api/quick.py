"""The quick payoff path: a payoff quote asked again of a note whose ledger has not moved.

``GET /api/notes/{id}/payoff?as_of=YYYY-MM-DD`` is what a borrower's system, a servicer's
dashboard and a payoff desk ask most, and mostly of notes no event has reached since the last
time.  Its answer is a function of the note's terms and events and the day (the core is pure), and
the note's head hash names its events exactly (the creation hash, its terms).  So each worker keeps
the answers the API itself gave (status 200, the route's own bytes and headers), keyed by the note,
its creation and head hashes and the query, and answers the same request again from them — after
the same checks every request gets:

1. the bearer token is read with its user and checked (:meth:`Accounts.quick_access
   <promissory.app.Accounts.quick_access>`: unknown, revoked or disabled → the full path; due to
   have its ``last_used_at`` touched → the full path, whose answer is kept);
2. the note's head is read in the same statement (:mod:`promissory.book.quick`), so an event
   recorded by any worker since changes the key and the answer is computed anew;
3. the principal may read the note on its borrower and lender alone
   (:func:`promissory.app.access.allowed`; a holder by transfer → the full path, which reads the
   holder history).

Anything else — another path, method or query, a session cookie, a refusal, a miss — goes to the
app unchanged, whose answer (if it is a 200 for the head read in step 2) is kept for next time.
Both reads are one statement through the driver, in the event loop (about 50 µs), which is what
makes the path quick: no thread-pool hop, no dependency solving, no SQLAlchemy execution.
Measured in ``docs/benchmarks.md``; ``tests/api/test_quick_payoff.py`` checks that every answer
is the full path's, byte for byte.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from promissory.app import Promissory
from promissory.app.access import Action, NoteParties, allowed
from promissory.book.store import stored_terms

_PATH = re.compile(r"/api/notes/([^/\x00]+)/payoff")
_QUERY = re.compile(rb"as_of=\d{4}-\d{2}-\d{2}")
#: Answers kept per worker (least recently used out first), and the largest body kept.
KEEP, LARGEST = 4096, 64 * 1024


@dataclass
class QuickStats:
    """What the quick path did in this worker: answered from a kept answer, kept one, passed."""

    hits: int = 0
    kept: int = 0
    passed: int = 0
    answers: OrderedDict[
        tuple[str, str, str, bytes], tuple[int, list[tuple[bytes, bytes]], bytes]
    ] = field(default_factory=OrderedDict)


class QuickPayoff:
    """ASGI middleware answering repeated payoff quotes (see the module docstring)."""

    def __init__(self, app: ASGIApp, stats: QuickStats) -> None:
        self.app = app
        self.stats = stats

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key, answer = self._key(scope)
        if key is None:
            self.stats.passed += 1
            await self.app(scope, receive, send)
            return
        kept = self.stats.answers.get(key) if answer else None
        if kept is not None:
            self.stats.answers.move_to_end(key)
            self.stats.hits += 1
            status, headers, body = kept
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._keeping(key, send))

    def _key(self, scope: Scope) -> tuple[tuple[str, str, str, bytes] | None, bool]:
        """The kept answer's key for this request, if the quick path may keep the full path's
        answer to it, and whether it may also answer it (not when the token is due to be
        touched: the full path touches it, and its answer is kept for the next request)."""
        none = None, False
        if scope["type"] != "http" or scope["method"] != "GET":
            return none
        path = _PATH.fullmatch(scope["path"])
        query: bytes = scope["query_string"]
        if path is None or _QUERY.fullmatch(query) is None:
            return none
        authorizations = []
        for name, value in scope["headers"]:
            if name == b"cookie":
                return none  # a session's request: the full path (its cookie, its CSRF)
            if name == b"authorization":
                authorizations.append(value)
        if len(authorizations) != 1:  # none, or several: the full path decides which counts
            return none
        scheme, _, rest = authorizations[0].decode("latin-1").partition(" ")
        token = rest.strip() if scheme.lower() == "bearer" else None
        if not token:
            return none
        service: Promissory = scope["app"].state.promissory
        note_id = path.group(1)
        found = service.accounts.quick_access(token, note_id)
        if found is None:
            return none
        principal, head, touch = found
        if head is None:
            return none
        terms = stored_terms(head.terms)
        if not allowed(
            principal, Action.READ, NoteParties.of(terms.borrower.name, terms.lender.name)
        ):
            return none
        return (note_id, head.creation_hash, head.head_hash, query), not touch

    def _keeping(self, key: tuple[str, str, str, bytes], send: Send) -> Send:
        """``send``, keeping a 200 answer for the head the key names (one body, no cookie)."""
        start: list[Message] = []
        etag = f'"{key[2]}"'.encode()

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.append(message)
            elif message["type"] == "http.response.body" and start and not message.get("more_body"):
                status, headers = start[0]["status"], list(start[0].get("headers", []))
                body: bytes = message.get("body", b"")
                names = {name.lower(): value for name, value in headers}
                if status == 200 and names.get(b"etag") == etag and b"set-cookie" not in names \
                        and len(body) <= LARGEST:  # fmt: skip
                    answers = self.stats.answers
                    answers[key] = (status, headers, body)
                    if len(answers) > KEEP:
                        answers.popitem(last=False)
                    self.stats.kept += 1
            await send(message)

        return keep
