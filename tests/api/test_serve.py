"""``promissory serve`` hands uvicorn the app factory, the book and a session secret."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from api_helpers import enrol, open_service
from fastapi.testclient import TestClient

from cli_runner import invoke
from promissory.api.app import app_from_environment
from promissory.app import LoginLimits


def test_serve_starts_uvicorn_on_the_book_with_the_factory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PROMISSORY_BOOK", "PROMISSORY_SECRET", "PROMISSORY_HTTPS_ONLY",
                 "PROMISSORY_LOGIN_ATTEMPTS", "PROMISSORY_LOGIN_WINDOW"):  # fmt: skip
        monkeypatch.setenv(name, "")  # restored after the test (serve sets them)
    started: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append((a, k)))
    url = f"sqlite:///{tmp_path / 'served.db'}"
    result = invoke("serve", "--book", url, "--port", "8123", "--workers", "3")
    assert result.returncode == 0, result.stderr
    assert "serving" in result.stdout
    ((args, kwargs),) = started
    assert args == ("promissory.api.app:app_from_environment",)
    assert (kwargs["factory"], kwargs["port"], kwargs["workers"], kwargs["host"]) == (
        True, 8123, 3, "127.0.0.1")  # fmt: skip
    service = open_service(url)  # serve created the book; the workers build the app over it
    tokens = enrol(service)
    with TestClient(app_from_environment()) as client:
        r = client.get("/api/notes", headers={"Authorization": f"Bearer {tokens['auditor']}"})
    assert (r.status_code, r.json()) == (200, [])


def test_serve_hands_its_workers_the_login_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PROMISSORY_BOOK", "PROMISSORY_SECRET", "PROMISSORY_HTTPS_ONLY",
                 "PROMISSORY_LOGIN_ATTEMPTS", "PROMISSORY_LOGIN_WINDOW"):  # fmt: skip
        monkeypatch.setenv(name, "")
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    url = f"sqlite:///{tmp_path / 'limits.db'}"
    result = invoke("serve", "--book", url, "--login-attempts", "2", "--login-window", "60")
    assert result.returncode == 0, result.stderr
    assert app_from_environment().state.login_limits == LoginLimits(2, timedelta(seconds=60))
    assert invoke("serve", "--book", url, "--login-attempts", "0").returncode != 0


def test_serve_with_reuse_port_starts_its_own_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--reuse-port`` with several workers: a listening socket per worker, not uvicorn.run;
    ``--no-access-log`` is handed on to uvicorn."""
    from promissory.cli import serve_command

    for name in ("PROMISSORY_BOOK", "PROMISSORY_SECRET", "PROMISSORY_HTTPS_ONLY",
                 "PROMISSORY_LOGIN_ATTEMPTS", "PROMISSORY_LOGIN_WINDOW"):  # fmt: skip
        monkeypatch.setenv(name, "")
    ran: list[tuple[Any, ...]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: ran.append(("uvicorn", a, k)))
    monkeypatch.setattr(serve_command, "serve_reuse_port", lambda *a: ran.append(("own", *a)))
    url = f"sqlite:///{tmp_path / 'reuse.db'}"
    args = ("serve", "--book", url, "--port", "8124", "--workers", "3", "--reuse-port",
            "--no-access-log")  # fmt: skip
    assert invoke(*args).returncode == 0
    assert ran == [("own", "127.0.0.1", 8124, 3,
                    {"proxy_headers": True, "server_header": False, "access_log": False})]  # fmt: skip
    ran.clear()  # one worker: nothing to spread, uvicorn as before
    assert invoke("serve", "--book", url, "--workers", "1", "--reuse-port").returncode == 0
    assert [(r[0], r[2]["workers"], "access_log" in r[2]) for r in ran] == [("uvicorn", 1, False)]


def test_listening_sockets_with_reuse_port_share_one_port() -> None:
    from promissory.cli.serve_command import listening_socket

    first = listening_socket("127.0.0.1", 0)
    port = first.getsockname()[1]
    second = listening_socket("127.0.0.1", port)
    try:
        assert second.getsockname()[1] == port
    finally:
        first.close()
        second.close()


def test_serve_with_reuse_port_answers_and_stops(tmp_path: Path) -> None:
    """A real ``promissory serve --workers 2 --reuse-port``: every worker answers on the one
    port (fresh connections are hashed across their sockets), and SIGTERM stops them all."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    url = f"sqlite:///{tmp_path / 'served.db'}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PROMISSORY_SECRET": "test"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "promissory", "serve", "--book", url, "--port", str(port),
         "--workers", "2", "--reuse-port", "--no-access-log"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline, statuses = time.monotonic() + 60, []
        while len(statuses) < 20 and time.monotonic() < deadline:
            try:  # a new connection each time
                statuses.append(
                    httpx.get(f"http://127.0.0.1:{port}/api/notes", timeout=10).status_code
                )
            except httpx.HTTPError:
                time.sleep(0.2)
        assert statuses == [401] * 20  # no token: refused, by whichever worker took it
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_served_app_freezes_start_up_out_of_the_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    monkeypatch.setenv("PROMISSORY_BOOK", "sqlite://")
    monkeypatch.setenv("PROMISSORY_SECRET", "test")
    gc.unfreeze()
    try:
        app_from_environment()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_serve_with_reuse_port_on_a_port_taken_says_so() -> None:
    import socket

    import click

    from promissory.cli.serve_command import serve_reuse_port

    with socket.socket() as taken:  # a listener without SO_REUSEPORT holds the port alone
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(click.ClickException, match=f"cannot listen on 127.0.0.1:{port}"):
            serve_reuse_port("127.0.0.1", port, 2, {})
