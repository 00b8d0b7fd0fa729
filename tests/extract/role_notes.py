"""What the round-by-round rule notes share (``test_roles_round_*.py``): a promise to pay to put
a short note's words after, and the two ways a test reads a field."""

from __future__ import annotations

from promissory.extract import Extraction

PROMISE = "FOR VALUE RECEIVED, Acme Widgets, Inc. promises to pay to the order of First Bank "


def offered(found: Extraction, field: str) -> list[object]:
    """The values offered for ``field`` (candidates, not proposed)."""
    return [f.value for f in found.offered(field)]


def value(found: Extraction, field: str) -> object:
    """The value proposed for ``field``, or None."""
    finding = found.get(field)
    return None if finding is None else finding.value
