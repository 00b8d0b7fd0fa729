"""Run the ``promissory`` command line in a subprocess against a given book (for CLI tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


class Cli:
    """``python -m promissory`` with ``PROMISSORY_BOOK`` pointing at ``book``."""

    def __init__(self, book: Path) -> None:
        self.env = {**os.environ, "PROMISSORY_BOOK": f"sqlite:///{book}"}

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "promissory", *args],
            capture_output=True, text=True, env=self.env, check=False,
        )  # fmt: skip
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)
