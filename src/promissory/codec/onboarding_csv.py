"""CSV rows for bulk onboarding, parsed into terms and event mappings (one row at a time).

**Notes** (one row per note).  Required: ``id``, ``borrower``, ``lender``, ``issue_date``,
``maturity``, ``commitment``, ``rate``.  Optional: ``title``, ``currency`` (USD), ``revolving``
(false), ``draw_period_end``, ``day_count`` (ACT/360), ``count_first_and_last_day`` (false),
``default_margin`` (0), ``max_rate``, ``compounding`` (simple), ``payable`` (maturity),
``governing_law``, ``place_of_payment``, ``loan_agreement``, ``security_agreement``; interest paid
in kind (``[interest.pik]``, with ``compounding``): ``pik_rate`` (the table's ``rate``),
``pik_toggle``, ``pik_election_notice_days``, ``pik_default_election``.  A row means exactly what
the same keys mean in a terms file (``docs/terms-format.md``).

**Events** (one row per event, of notes already in the book or onboarded before).  Required:
``note_id``, ``kind``, ``effective_date``; then the fields of that kind as the event codec names
them (``amount``, ``memo``, ``description``, ``invoice_ref``, ``text``, ``target_seq``, ``index``,
``rate``, ``maturity``, ``commitment``, ``principal``, ``interest``, ``default_interest``,
``expenses``, ``advanced``, ``cure_period_days``, ``waiver``, ``reason``, ``escrow``, ``payee``,
``to_borrower``, ``period_start`` and ``election`` of a ``pik_election`` …).  Empty cells are
absent.  Amounts are decimal strings in the note's currency, read by the one amount parser
(:mod:`promissory.codec.amounts`: US grouping such as ``1,000.00`` is accepted, anything ambiguous
such as ``1,5`` or ``1.000,00`` is refused).  No cell may hold a control character
(:mod:`promissory.codec.text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from promissory.codec.terms_toml import parse_terms
from promissory.codec.text import check_text
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

NOTE_REQUIRED = ("id", "borrower", "lender", "issue_date", "maturity", "commitment", "rate")
_NOTE_TOP = ("id", "title", "borrower", "lender", "currency", "commitment", "governing_law",
             "place_of_payment", "loan_agreement", "security_agreement")  # fmt: skip
_NOTE_DATES = ("issue_date", "maturity", "draw_period_end")
_INTEREST = ("rate", "day_count", "default_margin", "max_rate", "compounding", "payable")
#: ``[interest.pik]`` keys by column: a column ``pik_X`` is the table's key ``X``.
_PIK = {"pik_rate": "rate", "pik_toggle": "toggle",
        "pik_election_notice_days": "election_notice_days",
        "pik_default_election": "default_election"}  # fmt: skip
_EVENT_INTS = ("target_seq", "cure_period_days")
_EVENT_FLAGS = ("waiver", "to_borrower")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def _cells(row: Mapping[str, str | None]) -> dict[str, str]:
    """The non-empty cells of a row, stripped; a control character in any cell is refused."""
    extra = [v for v in (row.get(None) or []) if isinstance(v, str) and v.strip()]  # type: ignore[call-overload]
    if extra:  # csv.DictReader keeps cells beyond the header under None
        raise InvalidInput(f"{len(extra)} cell(s) beyond the header's columns: "
                           f"{', '.join(map(repr, extra))}")  # fmt: skip
    cells = {k.strip(): v.strip() for k, v in row.items()
             if k and isinstance(v, str) and v.strip()}  # fmt: skip
    for key, value in cells.items():
        check_text(value, what=key)
    return cells


def _flag(name: str, value: str) -> bool:
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise InvalidInput(f"{name} {value!r} must be true or false")


def _day(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def is_events_header(header: list[str]) -> bool:
    """Whether a CSV header is an events file (it has ``kind``) rather than a notes file."""
    return "kind" in {h.strip() for h in header}


def terms_from_row(row: Mapping[str, str | None]) -> Terms:
    """The terms of one notes-file row (validated like a terms file)."""
    cells = _cells(row)
    missing = [k for k in NOTE_REQUIRED if k not in cells]
    if missing:
        raise InvalidInput(f"missing {', '.join(missing)}")
    known = {*_NOTE_TOP, *_NOTE_DATES, *_INTEREST, *_PIK, "revolving", "count_first_and_last_day"}
    unknown = sorted(set(cells) - known)
    if unknown:
        raise InvalidInput(f"unknown column(s) {', '.join(unknown)}")
    data: dict[str, Any] = {k: cells[k] for k in _NOTE_TOP if k in cells}
    for key in _NOTE_DATES:
        if key in cells:
            data[key] = _day(key, cells[key])
    if "revolving" in cells:
        data["revolving"] = _flag("revolving", cells["revolving"])
    interest: dict[str, Any] = {k: cells[k] for k in _INTEREST if k in cells}
    if "count_first_and_last_day" in cells:
        interest["count_first_and_last_day"] = _flag(
            "count_first_and_last_day", cells["count_first_and_last_day"]
        )
    pik: dict[str, Any] = {key: cells[column] for column, key in _PIK.items() if column in cells}
    if "pik_toggle" in cells:
        pik["toggle"] = _flag("pik_toggle", cells["pik_toggle"])
    if "pik_election_notice_days" in cells:
        pik["election_notice_days"] = _whole("pik_election_notice_days",
                                             cells["pik_election_notice_days"])  # fmt: skip
    if pik:
        interest["pik"] = pik
    data["interest"] = interest
    return parse_terms(data)


def _whole(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(f"{name} {value!r} must be a whole number") from None


def event_fields_from_row(row: Mapping[str, str | None]) -> tuple[str, dict[str, Any]]:
    """``(note_id, fields)`` of one events-file row, ready for the event codec."""
    cells = _cells(row)
    missing = [k for k in ("note_id", "kind", "effective_date") if k not in cells]
    if missing:
        raise InvalidInput(f"missing {', '.join(missing)}")
    note_id = cells.pop("note_id")
    fields: dict[str, Any] = dict(cells)
    for key in _EVENT_INTS:
        if key in fields:
            fields[key] = _whole(key, fields[key])
    for key in _EVENT_FLAGS:
        if key in fields:
            fields[key] = _flag(key, fields[key])
    return note_id, fields
