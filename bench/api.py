"""HTTP API latency and throughput against a real uvicorn on loopback (issue 12).

For each backend (SQLite file, PostgreSQL) a fresh book gets one revolving note per client (the
storage benchmarks' note, with ``--history`` events each) and an API token; ``promissory serve``'s
app runs in uvicorn (``--workers`` processes) on a free port of 127.0.0.1.  Then, for 1, 10 and 50
concurrent clients (coroutines, each with its own keep-alive connection, sending one request
after another).  The server is started as in production, ``promissory serve --workers N
--reuse-port --no-access-log`` (``--no-reuse-port`` here: uvicorn's workers on one shared socket):

* ``payoff``: ``GET /api/notes/{id}/payoff?as_of=…`` (client *i* asks about note *i*, of one day;
  with ``--new-days`` of a new day each time, so that no quote is one asked before and the API's
  quick path — docs/api.md — never answers).  Each client's first quote of a phase (``--warmup``)
  is not measured: a worker's first quote of a note replays it; the slowest is printed apart
  ("first ms");
* ``post``: ``POST /api/notes/{id}/events`` — payments, each client on its own note (distinct
  notes, so writers do not queue on one note's lock), each dated a day after the one before.

Each phase is bounded: ``--requests`` in all (split between the clients) and ``--seconds`` at most.
Printed: requests, errors, p50/p99 latency (ms) and throughput (requests/s).  The client shares
the machine with the server, so the figures are of the pair.  Goals: payoff p99 ≤ 25 ms at 50
clients; posting to distinct notes ≥ 300 events/s on PostgreSQL.

Run: ``.venv/bin/python bench/api.py [--backend sqlite|postgres|both] [--workers N]
[--requests N] [--seconds S] [--history N] [--warmup N] [--new-days]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, timedelta

import httpx

from _notes import history, pg_available, pg_schema, terms_text
from promissory.app import Promissory
from promissory.app.access import Role

CLIENTS = (1, 10, 50)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(url: str, notes: int, events: int) -> str:
    """The book: ``notes`` notes of ``events`` events each, and a servicer's API token."""
    app = Promissory(url)
    app.init()
    lender = app.parse_terms(terms_text("N0")).lender.name
    for i in range(notes):
        app.add_note(terms_text(f"N{i}"), recorded_by="bench")
        app.book.append(list(history(f"N{i}", events)), expected_head=0)
    app.accounts.add_user("bench", "bench password 1", Role.SERVICER, [lender], by="bench")
    token = app.accounts.issue_token("bench", label="bench", by="bench").token
    app.book.engine.dispose()
    return token


@contextmanager
def server(url: str, workers: int, reuse_port: bool = True) -> Iterator[str]:
    """``promissory serve`` (uvicorn) over ``url`` on loopback; yields its base URL."""
    port = free_port()
    env = {**os.environ, "PROMISSORY_SECRET": "bench"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "promissory", "serve", "--book", url, "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--no-access-log",
         *(["--reuse-port"] if reuse_port else [])],
        env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline, answered = time.monotonic() + 60, 0
        while answered < 8 * workers:  # fresh connections, so that every worker has answered
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            try:
                answered += httpx.get(f"{base}/api/openapi.json", timeout=5).status_code == 200
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class Connection:
    """One keep-alive HTTP/1.1 connection to the server: a client far lighter than httpx's pool,
    so that with 50 clients on the server's two cores the figures are the server's, not the
    client's (httpx's async pool costs more per request the more connections it holds)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 head: bytes) -> None:  # fmt: skip
        self.reader, self.writer, self.head = reader, writer, head

    @classmethod
    async def open(cls, base: str, token: str) -> Connection:
        host, port = base.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        head = f"Host: {host}\r\nAuthorization: Bearer {token}\r\n".encode()
        return cls(reader, writer, head)

    async def request(self, method: str, path: str, body: bytes | None = None) -> int:
        """Send a request, read the whole answer; its status."""
        extra = (b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
                 if body is not None else b"")  # fmt: skip
        self.writer.write(f"{method} {path} HTTP/1.1\r\n".encode() + self.head + extra + b"\r\n"
                          + (body or b""))  # fmt: skip
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        self.writer.close()


async def phase(base: str, token: str, kind: str, clients: int, requests: int, seconds: float,
                day: date, warmup: int = 1, new_days: bool = False) -> dict[str, float]:  # fmt: skip
    """``requests`` requests (at most ``seconds``) from ``clients`` concurrent clients."""
    latencies: list[float] = []
    errors = 0
    per = max(1, requests // clients)
    step = timedelta(days=1)  # each payment a day after the one before, as a servicer posts them
    connections = [await Connection.open(base, token) for _ in range(clients)]

    async def client(i: int) -> None:
        nonlocal errors
        http = connections[i]
        for n in range(per):
            if time.monotonic() > stop:
                return
            t = time.perf_counter()
            try:
                if kind == "payoff":
                    on = day + step * n if new_days else day
                    status = await http.request("GET", f"/api/notes/N{i}/payoff?as_of={on}")
                else:
                    body = json.dumps({"kind": "payment", "effective_date": str(day + step * n),
                                       "amount": "1.00", "memo": f"bench {clients}/{n}"})  # fmt: skip
                    status = await http.request("POST", f"/api/notes/N{i}/events", body.encode())
                failed = status >= 300
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                failed = True  # counted, not fatal: the figures say how many
                print(f"  {kind} N{i}: {type(error).__name__}: {error}", file=sys.stderr)
                connections[i] = http = await Connection.open(base, token)
            latencies.append(time.perf_counter() - t)
            errors += failed

    first: list[float] = []

    async def unmeasured(i: int) -> None:
        t = time.perf_counter()
        await connections[i].request("GET", f"/api/notes/N{i}/payoff?as_of={day}")
        first.append(time.perf_counter() - t)

    if kind == "payoff":  # unmeasured quotes first: a worker's first quote of a note replays it
        for _ in range(warmup):  # (and lays down its checkpoints); the slowest is printed apart
            await asyncio.gather(*(unmeasured(i) for i in range(clients)))
    stop = time.monotonic() + seconds
    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.perf_counter() - t0
    for c in connections:
        c.close()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"requests": len(latencies), "errors": errors, "p50": q[49] * 1000,
            "p99": q[98] * 1000, "per_s": len(latencies) / elapsed,
            "first": max(first, default=0.0) * 1000}  # fmt: skip


def run(name: str, url: str, args: argparse.Namespace) -> None:
    token = prepare(url, max(CLIENTS), args.history)
    last = date(2000, 1, 3) + timedelta(days=args.history // 10 + 1)
    with server(url, args.workers, args.reuse_port) as base:
        for kind in ("payoff", "post"):
            day = last
            for clients in CLIENTS:
                f = asyncio.run(phase(base, token, kind, clients, args.requests, args.seconds,
                                      day, args.warmup, args.new_days))  # fmt: skip
                if kind == "post":  # the next phase's payments come after this one's
                    day += timedelta(days=args.requests // clients + 1)
                first = f"{f['first']:.1f}" if kind == "payoff" else "—"
                print(f"| {name} | {kind} | {clients} | {f['requests']:.0f} | {f['errors']:.0f} | "
                      f"{f['p50']:.1f} | {f['p99']:.1f} | {f['per_s']:.0f} | {first} |",
                      flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=1000, help="per phase, in all")
    parser.add_argument("--seconds", type=float, default=20.0, help="per phase, at most")
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        help="unmeasured payoff quotes per client before each payoff phase",
    )
    parser.add_argument(
        "--new-days",
        action="store_true",
        help="each payoff quote of a new day: none is a quote asked again",
    )
    parser.add_argument("--history", type=int, default=100, help="events per note beforehand")
    parser.add_argument(
        "--reuse-port",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a listening socket per worker (promissory serve --reuse-port)",
    )
    args = parser.parse_args()
    print(
        f"uvicorn workers: {args.workers} ({'own sockets, --reuse-port' if args.reuse_port else 'one shared socket'}); "
        f"{args.history} events per note beforehand"
    )
    print(
        "| backend | request | clients | requests | errors | p50 ms | p99 ms | per s | first ms |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with ExitStack() as stack:
        if args.backend in ("sqlite", "both"):
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            run("SQLite", f"sqlite:///{folder}/bench.db", args)
        if args.backend in ("postgres", "both"):
            if not pg_available():
                print("PostgreSQL unreachable: skipped")
                return
            run("PostgreSQL", stack.enter_context(pg_schema()), args)


if __name__ == "__main__":
    main()
