"""``promissory serve``: the HTTP API (docs/api.md) on uvicorn.

The command line does not import the API (they are sibling layers): uvicorn imports
:func:`promissory.api.app.app_from_environment` in each worker, which reads the book's URL and the
session secret from the environment this command sets.
"""

from __future__ import annotations

import os
import secrets

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
def serve(book_url: str | None, host: str, port: int, workers: int, https_only: bool,
          login_attempts: int, login_window: int) -> None:  # fmt: skip
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
    uvicorn.run(APP, factory=True, host=host, port=port, workers=workers,
                proxy_headers=True, server_header=False)  # fmt: skip
