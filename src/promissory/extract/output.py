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

from promissory.core.dates import EARLIEST
from promissory.extract.kind import SETTLEMENT_LETTER
from promissory.extract.records import Extraction, Finding
from promissory.extract.span import Span, squash
from promissory.extract.terms import (
    FLOATING_FIELDS,
    SCHEDULE_FIELDS,
    catalogue,
    floating_table,
    holdable,
    premium_steps,
    proposed_terms,
    schedule_table,
    toml_value,
)

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
        "candidates": [
            {
                "field": f.field,
                "value": _json_value(f.value),
                "span": _span_dict(f.span),
                "confidence": str(f.confidence),
                "source_text": f.source_text,
                "note": f.note,
            }
            for f in extraction.candidates
        ],
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
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
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
    lines = [f"# {label}: {field} — {why}", f"#   e.g. {leaf} = {EXAMPLES.get(leaf, '...')}"]
    return lines + _offered(extraction, field)


def _offered(extraction: Extraction, field: str) -> list[str]:
    """The candidates offered for a field, as comments under its placeholder."""
    return [f"#   candidate: {leaf_value(o)}  ({_comment(o)})" for o in extraction.offered(field)]


def leaf_value(finding: Finding) -> str:
    """A finding's value as TOML (for comments)."""
    return _toml(toml_value(finding.value))


def _derived_id(extraction: Extraction) -> str | None:
    borrower, issued = extraction.get("borrower"), extraction.get("issue_date")
    if (
        borrower is None
        or issued is None
        or not isinstance(issued.value, dt.date)
        or not holdable(issued.value)
    ):
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
    offered = [f for f in extraction.candidates if f.field not in known]
    if offered:
        lines.append("#")
        lines.append("# Candidates (read, but not sure enough to propose; check them):")
        lines.extend(f"#   {f.field} = {leaf_value(f)}  ({_comment(f)})" for f in offered)
    if extra:
        lines.append("#")
        lines.append("# Also found (not terms keys):")
        lines.extend(
            f"#   {f.field} = {json.dumps(_json_value(f.value))}  ({_comment(f)})" for f in extra
        )
    return [*lines, ""]


def _floating_lines(extraction: Extraction) -> list[str]:
    """``[interest.floating]``: written when an index is named, with a placeholder for the margin
    when it was not read."""
    table = floating_table(extraction)
    if table is None:
        return []
    out = ["", "[interest.floating]"]
    for key in FLOATING_FIELDS:
        finding = extraction.get(key)
        if finding is not None:
            out.append(_line(key.rsplit(".", 1)[-1], toml_value(finding.value), _comment(finding)))
        elif key.endswith("margin"):
            out.extend(_missing(extraction, key, True))
        else:
            out.extend(_offered(extraction, key))
    return out


def _schedule_lines(extraction: Extraction) -> list[str]:
    """``[schedule]`` when the installments read are complete and consistent; otherwise what was
    read, as comments for the reviewer to complete."""
    table, why = schedule_table(extraction)
    found = [f for f in (extraction.get(k) for k in SCHEDULE_FIELDS) if f is not None]
    if table is not None:
        out = [
            "",
            "[schedule]",
            _line("kind", "stated_installment", "the note states the installment"),
        ]
        out += [_line(f.field.rsplit(".", 1)[-1], toml_value(f.value), _comment(f)) for f in found]
        return out
    if not found:
        return []
    out = ["", f"# Installments read ({why}); complete them and add a [schedule] table:"]
    out += [f"#   {f.field} = {leaf_value(f)}  ({_comment(f)})" for f in found]
    return out


def _premium_line(extraction: Extraction, finding: Finding) -> list[str]:
    steps = premium_steps(extraction)
    if steps is None:
        return [
            f"# MISSING: prepayment.premium — a premium of {finding.value} of the principal prepaid "
            f"was read ({_comment(finding)}); until when does it apply?",
            f'#   e.g. premium = [{{ until = 2019-02-14, percent = "{finding.value}" }}]',
        ]
    note = _comment(finding)
    if steps != "none":
        note += "; applied until the maturity: check the note's own period"
    return [_line("premium", steps, note)]


def to_toml_draft(extraction: Extraction) -> str:
    """A TOML terms draft with a source comment on every value and placeholders for the rest."""
    fields = catalogue(extraction.document_kind)
    known = {key for key, _ in fields}
    floating = floating_table(extraction) is not None
    if floating:
        known |= set(FLOATING_FIELDS)
    if schedule_table(extraction)[0] is not None:
        known |= set(SCHEDULE_FIELDS)
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
            if table == "interest":
                out.extend(_floating_lines(extraction))
            table = name
            out.extend(["", f"[{name}]"])
            role = path[-1] if path[0] == "parties" else None
            party = extraction.get(role) if role else None
            if party is not None:
                out.append(_line("name", toml_value(party.value), _comment(party)))
        finding = extraction.get(key)
        if key == "interest.rate" and finding is None and floating:
            out.append("# interest.rate — not needed: the rate floats (see [interest.floating])")
            out.extend(_offered(extraction, key))
        elif key == "prepayment.premium" and finding is not None:
            out.extend(_premium_line(extraction, finding))
        elif key == "waterfall.order" and finding is not None and len(finding.value) < 4:  # type: ignore[arg-type]
            named = ", ".join(str(v) for v in finding.value)  # type: ignore[attr-defined]
            out.append(
                f"# MISSING: waterfall.order — the note names only {named} ({_comment(finding)}); "
                "a terms file orders all four buckets"
            )
            out.append(f"#   e.g. order = {EXAMPLES['order']}")
        elif finding is None:
            out.extend(_missing(extraction, key, required))
        elif not holdable(finding.value):
            # an old note's date: read, but before the dates a terms file holds
            label = "MISSING" if required else "MISSING (optional)"
            out.append(f"# {label}: {key} — read as {leaf_value(finding)} ({_comment(finding)}), "
                       f"before the dates a terms file holds ({EARLIEST} on)")  # fmt: skip
            out.append(f"#   e.g. {leaf} = {EXAMPLES.get(leaf, '...')}")
        else:
            out.append(_line(leaf, toml_value(finding.value), _comment(finding)))
    if table == "interest":
        out.extend(_floating_lines(extraction))
    if extraction.document_kind != SETTLEMENT_LETTER:
        out.extend(_schedule_lines(extraction))
    draft = "\n".join(out) + "\n"
    tomllib.loads(draft)  # the draft is valid TOML by construction; fail loudly if not
    return draft
