"""Round trip: a note rendered from terms and extracted again gives the same terms.

render_note(terms) → extract_text → to_toml_draft → tomllib → parse_terms must give back the
terms, with nothing supplied by hand.  What the rendered note does not state is named here, once
(``UNSTATED``): the note's title (it is printed in capitals), the parties' addresses (the
borrower's appears only in the upper-case OID legend and the header lines), and the lender's
entity type and jurisdiction (the note names the lender as the seed does, by name only).  Every
other field of :class:`~promissory.core.terms.Terms` is compared, the interest terms, the
waterfall and the rounding policy included.
"""

from __future__ import annotations

import dataclasses
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.codec.terms_toml import load_terms, parse_terms
from promissory.core.terms import Party, Terms
from promissory.extract import Extraction, extract_text, to_toml_draft
from promissory.render import render_note

SECOND = Path(__file__).parent / "northwind-2012-note.toml"

#: Catalogue fields a rendered note does not state (see the module docstring).
UNSTATED = {
    "parties.borrower.address",
    "parties.lender.entity_type",
    "parties.lender.jurisdiction",
    "parties.lender.address",
}


def stated_part(terms: Terms) -> Terms:
    """The terms less what a rendered note does not state."""
    return dataclasses.replace(
        terms,
        title=None,
        borrower=dataclasses.replace(terms.borrower, address=None),
        lender=Party(terms.lender.name),
    )


def round_trip(terms: Terms, fmt: str) -> tuple[Terms, Extraction, str]:
    extraction = extract_text(render_note(terms, fmt).text)
    draft = to_toml_draft(extraction)
    return parse_terms(tomllib.loads(draft)), extraction, draft


@pytest.fixture(scope="module")
def second_terms() -> Terms:
    return load_terms(SECOND)


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_the_seed_terms_come_back(seed_terms: Terms, fmt: str) -> None:
    terms, extraction, _ = round_trip(seed_terms, fmt)
    assert terms == stated_part(seed_terms)
    assert extraction.warnings == ()
    assert set(extraction.missing) <= UNSTATED | {"interest.max_rate"}


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_other_terms_come_back(second_terms: Terms, fmt: str) -> None:
    terms, extraction, _ = round_trip(second_terms, fmt)
    assert terms == stated_part(second_terms)
    assert extraction.warnings == ()
    assert set(extraction.missing) <= UNSTATED | {"loan_agreement", "security_agreement"}
    assert extraction.value("secured") is False


def test_the_second_terms_differ_from_the_seed(seed_terms: Terms, second_terms: Terms) -> None:
    """Guard the point of the second round trip: it exercises the other branch of each clause."""
    for field in (
        "revolving", "loan_agreement", "security_agreement", "waterfall", "rounding",
        "governing_law", "commitment",
    ):  # fmt: skip
        assert getattr(second_terms, field) != getattr(seed_terms, field), field
    i, j = second_terms.interest, seed_terms.interest
    assert (i.rate, i.day_count, i.payable) != (j.rate, j.day_count, j.payable)
    assert i.count_first_and_last_day and not j.count_first_and_last_day
    assert i.max_rate is not None and j.max_rate is None
    assert second_terms.commitment.as_tuple().exponent == -2 and second_terms.commitment % 1 != 0


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_every_value_points_at_what_the_note_says(seed_terms: Terms, fmt: str) -> None:
    text = render_note(seed_terms, fmt).text
    for finding in extract_text(text).findings:
        assert finding.source_text == text[finding.span.start : finding.span.end]
        assert finding.confidence >= Decimal("0.70"), finding


def test_the_id_is_derived_and_says_so(seed_terms: Terms, second_terms: Terms) -> None:
    for terms in (seed_terms, second_terms):
        _, _, draft = round_trip(terms, "txt")
        assert f'id = "{terms.id}"  # derived: borrower\'s first letters + issue date' in draft
