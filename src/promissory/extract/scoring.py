"""Scoring the extractor against a labelled corpus of real notes (``tests/extract/corpus``).

Each note is a text file and a TOML file with its ``source`` and hand-read ``[truth]`` (dotted keys;
see the corpus README).  For every scored field:

* a **reported** value is a finding of the extraction (whatever its confidence) — candidates
  offered for review are not values and are counted apart (``offered``, ``offered_right``);
* it is **right** when it equals the truth: dates and decisions exactly, amounts and rates as
  numbers, names after case and punctuation are set aside (``rapidfuzz`` ratio ≥ 90, any one of
  joint borrowers; a trade name after "dba", a public body's state, a remark in parentheses
  and a courtesy title before a person's name may be written or not);
* a reported value for a field the truth leaves out is wrong (the note does not say it) — except
  that a note stating a default *rate* and a rate implies the default margin a terms file needs
  (``interest.default_margin`` = default rate − rate), which is taken as its truth;
* **confidently wrong**: wrong at confidence ≥ 0.90.

recall = right / truth values; precision = right / reported.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from rapidfuzz import fuzz

from promissory.extract.engine import extract_file
from promissory.extract.phrases import STATES
from promissory.extract.records import STATED, Extraction, Finding

#: The fields scored, in the order they are printed.
FIELDS: Final = (
    "borrower",
    "lender",
    "issue_date",
    "commitment",
    "maturity",
    "demand",
    "interest.rate",
    "interest.floating.index",
    "interest.floating.margin",
    "interest.floating.floor",
    "interest.floating.cap",
    "interest.day_count",
    "interest.default_margin",
    "interest.default_rate",
    "schedule.installment",
    "schedule.payments",
    "schedule.first_payment",
    "schedule.frequency",
    "late_charge",
    "prepayment.premium",
    "secured",
    "revolving",
    "draw_period_end",
)
#: The fields whose confidently wrong values the goal forbids: rates, amounts and dates.
CRITICAL: Final = frozenset(
    {
        "issue_date",
        "commitment",
        "maturity",
        "interest.rate",
        "interest.floating.margin",
        "interest.floating.floor",
        "interest.floating.cap",
        "interest.default_margin",
        "interest.default_rate",
        "schedule.installment",
        "schedule.first_payment",
        "late_charge",
        "prepayment.premium",
        "draw_period_end",
    }
)


def _name(text: str) -> str:
    return re.sub(r"[^a-z0-9&]+", " ", text.lower()).strip()


#: A trade name after the legal one ("Cadence II, LLC DBA Network Cadence", "BOKF, NA dba Bank of
#: Albuquerque"): the readers wrote it sometimes and sometimes not, so names are also compared
#: without it.
_TRADE_NAME: Final = re.compile(
    r"[\s,(]+(?:d/b/a|dba|doing\s+business\s+as)\b.*$", re.IGNORECASE | re.DOTALL
)


#: The state after a public body's name ("The City of Clearwater, Florida", "Housing Authority of
#: the City of Oakland, California") and a remark in parentheses ("(Not Incorporated)"): the readers
#: wrote them sometimes and sometimes not (a place or a remark does not change who the party is),
#: so names are also compared without them.
_STATES: Final = STATES
_PLACE_OR_REMARK: Final = re.compile(rf"(?:,\s*(?:{_STATES})|\s*\([^()]*\))\s*$", re.IGNORECASE)


#: A courtesy title before a person's name ("Dr. David Cohen", "Mrs. E. H. Beckwith"): the readers
#: kept it sometimes and sometimes dropped it, so names are also compared without it.
_TITLE: Final = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Messrs)\.?\s+(?=[A-Z])")


def _legal(name: str) -> str:
    return _TITLE.sub("", _PLACE_OR_REMARK.sub("", _TRADE_NAME.sub("", name)))


def _number(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def same(key: str, found: object, truth: object) -> bool:
    """Whether a reported value equals the hand-read truth (see the module docstring)."""
    if key in {"borrower", "lender"}:
        names = truth if isinstance(truth, list) else [truth]
        return any(
            fuzz.ratio(_name(a), _name(b)) >= 90
            for n in names
            for a, b in ((str(found), str(n)), (_legal(str(found)), _legal(str(n))))
        )
    if isinstance(truth, bool) or isinstance(found, bool):
        return found is truth
    if isinstance(truth, dt.date):
        return found == truth
    if key in {"interest.floating.index", "schedule.frequency", "interest.day_count"}:
        return str(found).upper() == str(truth).upper()
    if isinstance(truth, int):
        return found == truth
    if str(truth) == "none" or str(found) == "none":
        return str(truth) == str(found)
    a, b = _number(found), _number(truth)
    return a is not None and b is not None and a == b


@dataclass
class Tally:
    """Counts for one field (or a whole part)."""

    truth: int = 0
    reported: int = 0
    right: int = 0
    confidently_wrong: int = 0
    offered: int = 0
    offered_right: int = 0

    def add(self, other: Tally) -> None:
        self.truth += other.truth
        self.reported += other.reported
        self.right += other.right
        self.confidently_wrong += other.confidently_wrong
        self.offered += other.offered
        self.offered_right += other.offered_right

    @property
    def recall(self) -> Decimal | None:
        return None if not self.truth else Decimal(self.right) / Decimal(self.truth)

    @property
    def precision(self) -> Decimal | None:
        return None if not self.reported else Decimal(self.right) / Decimal(self.reported)


@dataclass
class NoteResult:
    """One note's comparison: per field, and the mistakes for the report."""

    name: str
    tallies: dict[str, Tally]
    mistakes: list[str] = field(default_factory=list)
    readings: list[tuple[str, Decimal, bool]] = field(default_factory=list)


def load_truth(path: Path) -> dict[str, Any]:
    """The ``[truth]`` table of a corpus note's TOML."""
    with path.open("rb") as handle:
        truth: dict[str, Any] = tomllib.load(handle)["truth"]
    return truth


def compare(name: str, extraction: Extraction, truth: dict[str, Any]) -> NoteResult:
    """Score one extraction against its truth."""
    tallies: dict[str, Tally] = {}
    mistakes: list[str] = []
    readings: list[tuple[str, Decimal, bool]] = []
    truth = dict(truth)
    if "interest.default_margin" not in truth and {"interest.default_rate", "interest.rate"} <= set(
        truth
    ):
        implied = Decimal(str(truth["interest.default_rate"])) - Decimal(
            str(truth["interest.rate"])
        )
        truth["interest.default_margin"] = str(implied)
    for key in FIELDS:
        tally = Tally()
        finding: Finding | None = extraction.get(key)
        expected = truth.get(key)
        if expected is not None:
            tally.truth = 1
        if finding is not None:
            tally.reported = 1
            right = expected is not None and same(key, finding.value, expected)
            readings.append((key, finding.confidence, right))
            if right:
                tally.right = 1
            else:
                if finding.confidence >= STATED:
                    tally.confidently_wrong = 1
                mistakes.append(
                    f"{key}: reported {finding.value!r} at {finding.confidence} "
                    f"({finding.span.where()}), truth {expected!r}"
                )
        elif expected is not None:
            offers = extraction.offered(key)
            tally.offered = 1 if offers else 0
            if any(same(key, o.value, expected) for o in offers):
                tally.offered_right = 1
            mistakes.append(
                f"{key}: missing, truth {expected!r}"
                + (f"; offered {[o.value for o in offers]!r}" if offers else "")
            )
        tallies[key] = tally
    return NoteResult(name, tallies, mistakes, readings)


#: Confidence bands for :func:`calibration`, highest first: (label, lowest confidence in the band).
BANDS: tuple[tuple[str, Decimal], ...] = (
    ("0.95+", Decimal("0.95")),
    ("0.90-0.94", Decimal("0.90")),
    ("0.70-0.89", Decimal("0.70")),
    ("below 0.70", Decimal("0")),
)


def calibration(results: Iterable[NoteResult], keys: Iterable[str] = FIELDS) -> dict[str, Tally]:
    """Reported readings of ``keys`` grouped by confidence band (``reported``/``right`` only):
    the precision of each band measures whether the confidence scale means what it says."""
    wanted = set(keys)
    bands = {label: Tally() for label, _ in BANDS}
    for result in results:
        for key, confidence, right in result.readings:
            if key not in wanted:
                continue
            label = next(label for label, low in BANDS if confidence >= low)
            bands[label].reported += 1
            bands[label].right += int(right)
    return bands


def score_part(folder: Path) -> list[NoteResult]:
    """Every note of one part of the corpus, extracted and compared."""
    results = []
    for text in sorted(folder.glob("*.txt")):
        truth = load_truth(text.with_suffix(".toml"))
        results.append(compare(text.stem, extract_file(text), truth))
    return results


def totals(results: Iterable[NoteResult]) -> dict[str, Tally]:
    """Per-field tallies summed over notes, plus ``"all"`` and ``"critical"``."""
    summed: dict[str, Tally] = {key: Tally() for key in (*FIELDS, "all", "critical")}
    for result in results:
        for key, tally in result.tallies.items():
            summed[key].add(tally)
            summed["all"].add(tally)
            if key in CRITICAL:
                summed["critical"].add(tally)
    return summed
