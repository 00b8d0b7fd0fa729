"""Reading terms from text: propose a terms file from a note, loan agreement or settlement letter.

See README.md in this package for the modules and the flow between them, and ``docs/extract.md``
for what is read and how.  The public surface::

    extract_text(text) -> Extraction        extract_file(path) -> Extraction
    to_json_dict(extraction) -> dict         to_toml_draft(extraction) -> str
    proposed_terms(extraction) -> dict       Finding, Extraction, Span
"""

from promissory.extract.engine import extract_file, extract_text
from promissory.extract.output import to_json_dict, to_toml_draft
from promissory.extract.records import Extraction, Finding
from promissory.extract.span import Span
from promissory.extract.terms import proposed_terms

__all__ = [
    "Extraction",
    "Finding",
    "Span",
    "extract_file",
    "extract_text",
    "proposed_terms",
    "to_json_dict",
    "to_toml_draft",
]
