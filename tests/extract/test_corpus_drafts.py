"""The second half of the checked corpus notes' drafts (the first is in ``test_corpus.py``, which
says which are checked): every draft loads once its ``# MISSING`` placeholders are filled. Apart
so that the suite's two workers share the work (``--dist loadfile`` keeps a file's tests on one
worker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corpus import CHECKED, check_draft_loads


@pytest.mark.parametrize(
    "path", CHECKED[len(CHECKED) // 2 :], ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_every_draft_loads_once_its_placeholders_are_filled(path: Path) -> None:
    check_draft_loads(path)
