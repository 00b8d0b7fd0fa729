"""The browser tests' book, server and browser.

* ``site``: a book on SQLite with a fixed clock (2024-09-01 12:00 UTC) — the example term note
  (examples/term-note-2024.toml, $500,000.00 at 7.25%) advanced and paid once, a copy of it to
  settle, and the seed note of another borrower and lender (examples/valence-2001-note.toml) — and a
  user of each role; served by a real uvicorn on a free loopback port, in a thread of this process.
* ``browser``: Debian's Chromium (``/usr/bin/chromium``, installed by ``make sysdeps``) driven by
  Playwright; no browser is downloaded.  Without it the tests skip, except under ``CI=true``, where
  they fail: CI must run them.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_site import CHROMIUM, Site, _book, _free_port

from promissory.api import create_app


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    import uvicorn
    from argon2 import PasswordHasher

    import promissory.app.accounts as accounts

    with pytest.MonkeyPatch.context() as mp:  # cheap hashes, as tests/conftest.py does
        mp.setattr(accounts, "password_hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                               parallelism=1))  # fmt: skip
        service = _book(tmp_path_factory.mktemp("web") / "book.db")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            app = create_app(service, secret="browser-tests")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                               lifespan="off"))  # fmt: skip
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        yield Site(f"http://127.0.0.1:{port}", service)
        server.should_exit = True
        thread.join(timeout=5)
        service.book.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        message = (
            f"Chromium is not installed at {CHROMIUM} (make sysdeps installs Debian's chromium)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                      args=["--no-sandbox", "--disable-gpu"])  # fmt: skip
        yield chromium
        chromium.close()
