from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from demo_book import demo_book  # noqa: E402

from cli_runner import Cli  # noqa: E402


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The demo book (the seed note's illustrative history and the 2002 settlement), built once."""
    return demo_book(tmp_path_factory.mktemp("demo"))
