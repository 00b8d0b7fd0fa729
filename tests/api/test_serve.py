"""``promissory serve`` hands uvicorn the app factory, the book and a session secret."""

from __future__ import annotations

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
