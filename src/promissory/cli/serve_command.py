"""``promissory serve``: the HTTP API (docs/api.md) on uvicorn.

The command line does not import the API (they are sibling layers): uvicorn imports
:func:`promissory.api.app.app_from_environment` in each worker, which reads the book's URL and the
session secret from the environment this command sets.

With ``--reuse-port`` (Linux) and several workers, each worker listens on a socket of its own, all
bound to the one address with ``SO_REUSEPORT``: the kernel then hashes each new connection to one
of them, so keep-alive connections spread about evenly across the workers.  uvicorn's own workers
share one socket, and the first worker awake takes a whole burst of new connections (measured:
44 of 50 connections on one of four workers, two workers idle; docs/benchmarks.md).
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
import signal
import socket
import time
from typing import Any

import click

from promissory.cli.common import cli, say

#: Environment read by ``promissory.api.app.app_from_environment`` (named, not imported: see above).
BOOK_ENV, SECRET_ENV, HTTPS_ENV = "PROMISSORY_BOOK", "PROMISSORY_SECRET", "PROMISSORY_HTTPS_ONLY"
LOGIN_ATTEMPTS_ENV, LOGIN_WINDOW_ENV = "PROMISSORY_LOGIN_ATTEMPTS", "PROMISSORY_LOGIN_WINDOW"
APP = "promissory.api.app:app_from_environment"


@cli.command()
@click.option("--book", "book_url", default=None,
              help="Book URL (sqlite:///path or postgresql://...); default the root --book, "
                   "$PROMISSORY_BOOK or ./promissory.db.")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes (each holds its own connection pool).")  # fmt: skip
@click.option("--https-only", is_flag=True,
              help="Mark the session cookies Secure (serve behind a TLS proxy).")  # fmt: skip
@click.option("--login-attempts", type=click.IntRange(1, 1000), default=5, show_default=True,
              help="Failed logins of one user, or from one address, before logins are refused "
                   "(429) for the rest of the window.")  # fmt: skip
@click.option("--login-window", type=click.IntRange(1, 7 * 86400), default=900, show_default=True,
              help="The window of --login-attempts, in seconds.")  # fmt: skip
@click.option("--reuse-port", is_flag=True,
              help="Each worker listens on its own socket (SO_REUSEPORT, Linux), so the kernel "
                   "spreads new connections evenly across the workers.")  # fmt: skip
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="Log every request (uvicorn's access log).")  # fmt: skip
def serve(book_url: str | None, host: str, port: int, workers: int, https_only: bool,
          login_attempts: int, login_window: int, reuse_port: bool, access_log: bool) -> None:  # fmt: skip
    """Serve the HTTP API (JSON, OpenAPI at /api/docs) over the book with uvicorn.

    The book is created or migrated first.  Sessions are signed with $PROMISSORY_SECRET; without
    it a random key is made for this run (sessions end when the server stops).  Users and API
    tokens are managed with `promissory user`.  Failed logins are limited per user and per
    address (--login-attempts within --login-window seconds), counted in the book so every
    worker shares them.
    """
    import uvicorn

    from promissory.app import Promissory

    root = click.get_current_context().find_root()
    service = Promissory(book_url or root.meta.get("promissory.book"))
    url = service.init()
    service.book.engine.dispose()
    os.environ[BOOK_ENV] = url
    if not os.environ.get(SECRET_ENV):
        say("no $PROMISSORY_SECRET: sessions are signed with a key made for this run")
        os.environ[SECRET_ENV] = secrets.token_urlsafe(32)
    os.environ[HTTPS_ENV] = "1" if https_only else "0"
    os.environ[LOGIN_ATTEMPTS_ENV] = str(login_attempts)
    os.environ[LOGIN_WINDOW_ENV] = str(login_window)
    say(f"serving {url} on http://{host}:{port}/api (docs at /api/docs)")
    options: dict[str, Any] = {"proxy_headers": True, "server_header": False}
    if not access_log:
        options["access_log"] = False
    if reuse_port and workers > 1:
        if not hasattr(socket, "SO_REUSEPORT"):
            raise click.UsageError("--reuse-port needs SO_REUSEPORT (Linux, BSD, macOS)")
        serve_reuse_port(host, port, workers, options)
        return
    uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, **options)


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket listening on ``host:port`` with ``SO_REUSEPORT`` (several may share it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)  # uvicorn's default backlog
    return sock


def serve_worker(sock: socket.socket, options: dict[str, Any]) -> None:
    """One worker process: uvicorn serving the app factory on its own listening socket."""
    import uvicorn

    config = uvicorn.Config(APP, factory=True, **options)
    uvicorn.Server(config).run(sockets=[sock])


def serve_reuse_port(host: str, port: int, workers: int, options: dict[str, Any]) -> None:
    """``workers`` uvicorn processes, each on its own ``SO_REUSEPORT`` socket of ``host:port``;
    a worker that dies is started again on its socket; SIGTERM or SIGINT stops them all."""
    try:
        sockets = [listening_socket(host, port)]
        port = sockets[0].getsockname()[1]  # the port the first one got, for --port 0
        sockets += [listening_socket(host, port) for _ in range(workers - 1)]
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error}") from None
    spawn = multiprocessing.get_context("spawn")  # as uvicorn starts its workers

    def start(sock: socket.socket) -> multiprocessing.process.BaseProcess:
        process = spawn.Process(target=serve_worker, args=(sock, options), daemon=False)
        process.start()
        return process

    stopping: list[int] = []
    failed = False
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda number, frame: stopping.append(number))
    processes = [start(sock) for sock in sockets]
    started = time.monotonic()
    while not stopping:
        time.sleep(0.2)
        for i, process in enumerate(processes):
            if not process.is_alive() and not stopping:
                if time.monotonic() - started < 10 and process.exitcode not in (0, None):
                    failed = True  # a worker that cannot start: stop rather than loop
                    stopping.append(0)
                    break
                processes[i] = start(sockets[i])
    for process in processes:
        if process.is_alive() and process.pid is not None:
            os.kill(process.pid, signal.SIGTERM)
    for process in processes:
        process.join()
    for sock in sockets:
        sock.close()
    if failed:
        raise click.ClickException("a worker failed to start (see its error above)")
