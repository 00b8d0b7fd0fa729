"""The JSON dictionary and the TOML draft: valid, commented, and honest about what is missing."""

from __future__ import annotations

import datetime as dt
import json
import tomllib

import promissory.extract as extract
from promissory.extract import Extraction, to_json_dict, to_toml_draft


def test_public_surface_is_pinned() -> None:
    assert sorted(extract.__all__) == [
        "Extraction",
        "Finding",
        "Span",
        "extract_file",
        "extract_text",
        "proposed_terms",
        "to_json_dict",
        "to_toml_draft",
    ]


def test_json_is_plain_and_decimal_strings(note: Extraction) -> None:
    data = to_json_dict(note)
    assert json.loads(json.dumps(data)) == data
    assert data["document_kind"] == "promissory note"
    commitment = next(f for f in data["findings"] if f["field"] == "commitment")
    assert commitment["value"] == "20000000.00"
    assert commitment["confidence"] == "0.95"
    assert commitment["span"]["line"] == 35
    assert commitment["source_text"] == "Twenty Million Dollars ($20,000,000.00)"
    assert "interest.rate" in data["missing"]
    assert data["terms"]["maturity"] == "2005-09-30"
    assert data["terms"]["waterfall"] == {"order": ["interest", "principal"]}


def test_note_draft_parses_and_keeps_the_found_values(note: Extraction) -> None:
    draft = to_toml_draft(note)
    terms = tomllib.loads(draft)
    assert terms["id"] == "VAL-2001-10-05"
    assert terms["issue_date"] == dt.date(2001, 10, 5)
    assert terms["maturity"] == dt.date(2005, 9, 30)
    assert terms["commitment"] == "20000000.00"
    assert terms["revolving"] is False
    assert terms["parties"]["borrower"]["name"] == "Valence Technology, Inc."
    assert terms["prepayment"] == {"allowed": True, "premium": "none"}
    assert "rate" not in terms["interest"]
    assert "day_count" not in terms["interest"]


def test_note_draft_comments_every_value_with_line_and_confidence(note: Extraction) -> None:
    draft = to_toml_draft(note)
    assert (
        'commitment = "20000000.00"  # line 35, confidence 0.95: words and figures agree' in draft
    )
    for line in draft.splitlines():
        if line and not line.startswith(("#", "[", "id = ")):
            assert "confidence" in line.split("#", 1)[1], line


def test_note_draft_shows_missing_required_keys(note: Extraction) -> None:
    draft = to_toml_draft(note)
    assert "# MISSING: interest.rate — not stated in this document" in draft
    assert "# MISSING: interest.day_count — not stated in this document" in draft
    assert "it refers to the Loan Agreement, lines 44-45" in draft
    assert "# MISSING: rounding.quantum — not stated in this document" in draft
    assert '#   interest.reference = "Loan Agreement"' in draft


def test_letter_draft_parses(letter: Extraction) -> None:
    draft = to_toml_draft(letter)
    data = tomllib.loads(draft)
    assert data["settlement"]["cash"] == "155388.68"
    assert data["settlement"]["effective_date"] == dt.date(2002, 3, 31)
    assert data["settlement"]["balanced"] is True
    assert data["parties"]["lender"]["entity_type"] == "limited liability company"
    assert "id" not in data


def test_empty_document_is_all_missing() -> None:
    extraction = extract.extract_text("Nothing to see here.")
    assert extraction.document_kind == "unknown"
    assert extraction.findings == ()
    assert "commitment" in extraction.missing
    draft = to_toml_draft(extraction)
    assert tomllib.loads(draft) == {
        "parties": {"borrower": {}, "lender": {}},
        "interest": {},
        "prepayment": {},
        "transfer": {},
        "waterfall": {},
        "rounding": {},
    }
    assert "# MISSING: id" in draft


def test_no_float_in_the_package() -> None:
    from pathlib import Path

    package = Path(extract.__file__).parent
    for module in package.glob("*.py"):
        assert "float(" not in module.read_text(encoding="utf-8"), module.name
