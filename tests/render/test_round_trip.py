"""Round trip: a note rendered from terms and extracted again gives the same terms.

The extractor (``promissory.extract.extract_text(text) -> Extraction``) is built on another
branch; until it is merged this test skips.  It runs on its own once ``extract_text`` exists and
its result carries ``terms``; if the extractor's API differs, adjust the two lines marked below.
"""

from __future__ import annotations

import pytest

import promissory.extract
from promissory.core.terms import Terms
from promissory.render import render_note

FIELDS = [
    "commitment", "issue_date", "maturity", "currency", "revolving", "governing_law",
    "place_of_payment", "oid_legend",
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_rendered_note_extracts_to_the_same_terms(seed_terms: Terms, fmt: str) -> None:
    extract_text = getattr(promissory.extract, "extract_text", None)
    if extract_text is None:
        pytest.skip("promissory.extract.extract_text is not merged yet")
    extraction = extract_text(render_note(seed_terms, fmt).text)
    extracted = getattr(extraction, "terms", None)  # adjust to the Extraction API if it differs
    if not isinstance(extracted, Terms):
        pytest.skip("Extraction carries no Terms; wire this test to its API")
    for field in FIELDS:
        assert getattr(extracted, field) == getattr(seed_terms, field), field
    assert extracted.borrower.name == seed_terms.borrower.name
    assert extracted.lender.name == seed_terms.lender.name
    assert extracted.transfer.restricted == seed_terms.transfer.restricted
