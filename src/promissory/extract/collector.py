"""Where rules put what they find: candidate findings and warnings, before they are merged.

Each rule module receives one :class:`Collector` for the document and may add several candidates
for the same field (the issue date is stated in the dateline and again in the OID legend).  The
engine merges them afterwards (:func:`promissory.extract.engine.merge`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from promissory.extract import mentions as found_mentions
from promissory.extract.amounts import Mention, money_mentions, percent_mentions
from promissory.extract.records import Finding
from promissory.extract.span import SourceText, Span


class Collector:
    """The source text, its money and percent mentions, and the candidates found so far."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.text = source.text
        self.money: tuple[Mention, ...] = money_mentions(source)
        self.percents: tuple[Mention, ...] = percent_mentions(source)
        self.candidates: list[Finding] = []
        self.offers: list[Finding] = []
        self.warnings: list[str] = []
        self._mentions: tuple[found_mentions.Mention, ...] | None = None

    @property
    def mentions(self) -> tuple[found_mentions.Mention, ...]:
        """Every amount, percent, date, index name and count (found once, on first use)."""
        if self._mentions is None:
            self._mentions = found_mentions.find_mentions(self.source)
        return self._mentions

    def add(
        self, field: str, value: object, span: Span, confidence: Decimal, note: str = ""
    ) -> None:
        """Propose ``value`` for ``field``, read from ``span`` (trimmed of whitespace)."""
        text = self.source.text
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if (start, end) != (span.start, span.end):
            span = self.source.span(start, end)
        self.candidates.append(
            Finding(field, value, span, confidence, self.source.slice(span), note)
        )

    def offer(
        self, field: str, value: object, span: Span, confidence: Decimal, note: str = ""
    ) -> None:
        """Offer ``value`` as a *candidate* for ``field``: a reading not sure enough to propose,
        shown to the reviewer instead of a bare "missing"."""
        self.offers.append(Finding(field, value, span, confidence, self.source.slice(span), note))

    def add_match(
        self,
        field: str,
        value: object,
        match: re.Match[str],
        confidence: Decimal,
        note: str = "",
        group: int | str = 0,
    ) -> None:
        """Propose ``value`` for ``field``, read from one group of a regex match."""
        self.add(field, value, self.source.match_span(match, group), confidence, note)

    def warn(self, message: str) -> None:
        """Record a doubt a person must resolve."""
        if message not in self.warnings:
            self.warnings.append(message)

    def has(self, field: str) -> bool:
        """Whether any candidate was proposed for ``field``."""
        return any(c.field == field for c in self.candidates)

    def search(self, pattern: str, flags: int = re.IGNORECASE) -> re.Match[str] | None:
        """The first match of ``pattern`` in the document."""
        return re.search(pattern, self.text, flags)
