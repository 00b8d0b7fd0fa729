"""What ``promissory extract`` prints: a JSON dictionary and a TOML draft of the terms.

:func:`to_json_dict` is the whole extraction as plain JSON values (amounts, rates and confidences
as decimal strings, dates as ISO strings, spans as offsets and 1-based line/column), plus the
nested ``terms`` proposal.

:func:`to_toml_draft` writes a terms file for a person to review, complete and then load with
``promissory note add``.  Its rules:

* every found value is written as a key with a trailing comment naming its source line(s) and
  confidence (``commitment = "20000000.00"  # line 35, confidence 0.95: words and figures agree``);
* every catalogue field that was not found stays visible as a commented placeholder, required or
  optional::

      # MISSING: interest.rate — not stated in this document (it refers to the Loan Agreement, ...)
      #   e.g. rate = "0.08"

* informational findings (``interest.reference``, ``secured``) and every warning are listed in
  the header comment; ``id`` is derived from the borrower and the issue date and says so;
* values are formatted by ``tomli_w`` and the finished draft is parsed back with ``tomllib``, so
  the draft is always valid TOML.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from decimal import Decimal
from typing import Any, Final

import tomli_w

from promissory.extract.kind import SETTLEMENT_LETTER
from promissory.extract.records import Extraction, Finding
from promissory.extract.span import Span, squash
from promissory.extract.terms import catalogue, proposed_terms, toml_value

#: What a person might write for a missing key (shown as a commented example, never as a value).
EXAMPLES: Final[dict[str, str]] = {
    "id": '"VAL-2001-10-05"',
    "borrower": '"Valence Technology, Inc."',
    "lender": '"Berg & Berg Enterprises, LLC"',
    "issue_date": "2001-10-05",
    "currency": '"USD"',
    "commitment": '"20000000.00"',
    "revolving": "false",
    "draw_period_end": "2003-09-30",
    "maturity": "2005-09-30",
    "governing_law": '"California"',
    "place_of_payment": '"10050 Bandley Drive, Cupertino, CA 95014"',
    "loan_agreement": '"Loan Agreement between Borrower and Lender"',
    "security_agreement": '"Security Agreement between Borrower and Lender"  (absent = unsecured)',
    "oid_legend": "true",
    "entity_type": '"corporation"',
    "jurisdiction": '"Delaware"',
    "address": '"301 Conestoga Way, Henderson, Nevada 89015"',
    "rate": '"0.08"',
    "day_count": '"ACT/360"  (ACT/360, ACT/365F, ACT/ACT ISDA, ACT/ACT ICMA, 30/360 US, ...)',
    "count_first_and_last_day": "false",
    "default_margin": '"0.02"',
    "max_rate": '"0.10"',
    "compounding": '"simple"  (or monthly, quarterly, semiannual, annual)',
    "payable": '"maturity"  (or monthly, quarterly, semiannual, annual)',
    "allowed": "true",
    "premium": '"none"',
    "restricted": "true",
    "legend": '"THIS NOTE HAS NOT BEEN REGISTERED ..."',
    "order": '["expenses", "default_interest", "interest", "principal"]',
    "quantum": '"0.01"',
    "mode": '"half-up"',
}


def _json_value(value: object) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def _span_dict(span: Span) -> dict[str, int]:
    return {
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def to_json_dict(extraction: Extraction) -> dict[str, Any]:
    """The extraction as JSON-ready values (decimal strings, ISO dates, spans as offsets)."""
    return {
        "document_kind": extraction.document_kind,
        "findings": [
            {
                "field": f.field,
                "value": _json_value(f.value),
                "span": _span_dict(f.span),
                "confidence": str(f.confidence),
                "source_text": f.source_text,
                "note": f.note,
            }
            for f in extraction.findings
        ],
        "missing": list(extraction.missing),
        "warnings": list(extraction.warnings),
        "terms": _json_value(proposed_terms(extraction)),
    }


def _comment(finding: Finding) -> str:
    note = squash(finding.note)
    return f"{finding.span.where()}, confidence {finding.confidence}" + (
        f": {note}" if note else ""
    )


def _toml(value: object) -> str:
    """One value in TOML syntax on one line (arrays are kept inline)."""
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return tomli_w.dumps({"v": value}).rstrip("\n").removeprefix("v = ")


def _line(key: str, value: object, comment: str) -> str:
    return f"{tomli_w.dumps({key: ''}).split(' = ')[0]} = {_toml(value)}  # {comment}"


def _missing(extraction: Extraction, field: str, required: bool) -> list[str]:
    leaf = field.rsplit(".", 1)[-1]
    why = "not stated in this document"
    reference = extraction.get("interest.reference")
    if field.startswith("interest.") and reference is not None:
        why += f" (it refers to the {reference.value}, {reference.span.where()})"
    label = "MISSING" if required else "MISSING (optional)"
    return [f"# {label}: {field} — {why}", f"#   e.g. {leaf} = {EXAMPLES.get(leaf, '...')}"]


def _derived_id(extraction: Extraction) -> str | None:
    borrower, issued = extraction.get("borrower"), extraction.get("issue_date")
    if borrower is None or issued is None or not isinstance(issued.value, dt.date):
        return None
    letters = re.sub(r"[^A-Za-z0-9]", "", str(borrower.value))[:3].upper()
    return f"{letters}-{issued.value.isoformat()}"


def _header(extraction: Extraction, known: set[str]) -> list[str]:
    lines = [
        f"# promissory terms draft, proposed by `promissory extract` from a {extraction.document_kind}.",
        "# Each value names the line it was read from and a confidence (0-1). Nothing was guessed:",
        "# what the document does not state is a '# MISSING:' placeholder. Check every value",
    ]
    if extraction.document_kind == SETTLEMENT_LETTER:
        lines.append("# against the document. A settlement letter records a payoff, not a note's")
        lines.append("# terms: its figures are under [settlement]; `note add` does not read them.")
    else:
        lines.append(
            "# against the document and fill in the placeholders before `promissory note add`."
        )
    if extraction.warnings:
        lines.append("#")
        lines.append("# WARNINGS:")
        lines.extend(f"#   - {squash(w)}" for w in extraction.warnings)
    extra = [f for f in extraction.findings if f.field not in known]
    if extra:
        lines.append("#")
        lines.append("# Also found (not terms keys):")
        lines.extend(
            f"#   {f.field} = {json.dumps(_json_value(f.value))}  ({_comment(f)})" for f in extra
        )
    return [*lines, ""]


def to_toml_draft(extraction: Extraction) -> str:
    """A TOML terms draft with a source comment on every value and placeholders for the rest."""
    fields = catalogue(extraction.document_kind)
    known = {key for key, _ in fields}
    out = _header(extraction, known)
    if extraction.document_kind != SETTLEMENT_LETTER:
        derived = _derived_id(extraction)
        if derived is None:
            out.extend(_missing(extraction, "id", True))
        else:
            out.append(_line("id", derived, "derived: borrower's first letters + issue date"))
    table = ""
    for key, required in fields:
        *path, leaf = key.split(".")
        name = ".".join(path)
        if name != table:
            table = name
            out.extend(["", f"[{name}]"])
            role = path[-1] if path[0] == "parties" else None
            party = extraction.get(role) if role else None
            if party is not None:
                out.append(_line("name", toml_value(party.value), _comment(party)))
        finding = extraction.get(key)
        if finding is None:
            out.extend(_missing(extraction, key, required))
        else:
            out.append(_line(leaf, toml_value(finding.value), _comment(finding)))
    draft = "\n".join(out) + "\n"
    tomllib.loads(draft)  # the draft is valid TOML by construction; fail loudly if not
    return draft
