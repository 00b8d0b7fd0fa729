from __future__ import annotations

import pytest
from demo_book import demo_book

from cli_runner import Cli


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The demo book (the seed note's illustrative history and the 2002 settlement), built once."""
    return demo_book(tmp_path_factory.mktemp("demo"))
