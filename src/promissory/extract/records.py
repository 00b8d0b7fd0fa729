"""The records an extraction returns: one :class:`Finding` per proposed value, and the
:class:`Extraction` that gathers them with what was not found and what looked wrong.

Confidence is a :class:`~decimal.Decimal` between 0 and 1, set by the rule that produced the value,
never computed by a statistical model.  The scale, in the words a reviewer would use:

====== =================================================================================
 0.95   stated and corroborated: words and figures agree, or two places say the same
 0.90   stated once, by a specific phrase ("due and payable in full on ...")
 0.70   inferred from wording that usually means this (a "$" figure means US dollars)
 0.50   the phrase has more than one reading; the note says which others are possible
 0.20   the document contradicts itself (words say one amount, figures another)
====== =================================================================================

Only readings of 0.70 and more are proposed; one of 0.50 or 0.20 is offered as a candidate (with
every other reading of its field), so that a reviewer chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from promissory.extract.span import Span

CORROBORATED: Final = Decimal("0.95")
STATED: Final = Decimal("0.90")
INFERRED: Final = Decimal("0.70")
AMBIGUOUS: Final = Decimal("0.50")
CONTRADICTED: Final = Decimal("0.20")


@dataclass(frozen=True, slots=True)
class Finding:
    """One value read from the document.

    ``field``        the terms-file key it proposes, dotted (``interest.rate``), or an
                     informational key (``interest.reference``, ``settlement.cash``);
    ``value``        the proposed value: ``str``, ``bool``, ``Decimal``, ``date`` or a tuple;
    ``span``         where the value was read (``source_text`` is exactly the text the span covers);
    ``confidence``   Decimal in [0, 1] (see the module docstring for the scale);
    ``note``         why the rule believes it, and anything a reviewer should check.
    """

    field: str
    value: object
    span: Span
    confidence: Decimal
    source_text: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one document.

    ``document_kind``  ``"promissory note"``, ``"loan agreement"``, ``"settlement letter"`` or
                       ``"unknown"`` (note rules are applied to an unknown document);
    ``findings``       in document order of their spans, at most one per field;
    ``missing``        the fields the rules looked for and did not find (never guessed);
    ``warnings``       contradictions and doubts a person should resolve before loading the terms;
    ``candidates``     readings not sure enough to propose (role unclear, words and figures at odds,
                       other readings of a proposed field), offered to the reviewer, in document
                       order; they are never written as values.
    """

    document_kind: str
    findings: tuple[Finding, ...]
    missing: tuple[str, ...]
    warnings: tuple[str, ...]
    candidates: tuple[Finding, ...] = ()

    def offered(self, field: str) -> tuple[Finding, ...]:
        """The candidates offered for ``field``."""
        return tuple(f for f in self.candidates if f.field == field)

    def get(self, field: str) -> Finding | None:
        """The finding for ``field``, if there is one."""
        for finding in self.findings:
            if finding.field == field:
                return finding
        return None

    def value(self, field: str) -> object:
        """The value found for ``field``; ``KeyError`` if it was not found."""
        finding = self.get(field)
        if finding is None:
            raise KeyError(field)
        return finding.value
