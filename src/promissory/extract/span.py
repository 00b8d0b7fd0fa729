"""Where a piece of text sits in its document: spans over an immutable source text.

Every value the extractor proposes points back at the characters it was read from, so a person can
check it against the document.  A :class:`Span` carries both coordinate systems a reader needs:

* ``start`` / ``end`` — absolute character offsets into the whole text, Python slice convention
  (``text[span.start:span.end]`` is exactly the matched text, which may run over several lines);
* ``line`` / ``column`` and ``end_line`` / ``end_column`` — 1-based line and column of the first
  character and of the last character, as an editor shows them.

Example: in ``"Dated:  October 5, 2001"`` on line 30, the date's span is ``line=30, column=9`` and
``text[start:end] == "October 5, 2001"``.

:class:`SourceText` indexes line starts once, turns offsets into spans and splits the text into
paragraphs (runs of non-blank lines), which several rules use as their window.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse every run of whitespace (line breaks included) to one space and trim the ends."""
    return _WHITESPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Span:
    """A run of characters ``[start, end)`` of a document, with 1-based line/column of both ends."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    def cover(self, other: Span) -> tuple[int, int]:
        """The offsets of the smallest run covering both spans."""
        return min(self.start, other.start), max(self.end, other.end)

    def where(self) -> str:
        """``line 30`` or ``lines 8-13``: how a comment or warning names the place."""
        if self.line == self.end_line:
            return f"line {self.line}"
        return f"lines {self.line}-{self.end_line}"


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text of one document, with its line starts indexed for offset → (line, column)."""

    text: str
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in re.finditer(r"\n", self.text))
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of the character at ``offset``."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` (``end`` exclusive)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside a text of {len(self.text)} chars")
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        return Span(start, end, line, column, end_line, end_column)

    def match_span(self, match: re.Match[str], group: int | str = 0) -> Span:
        """The span of one group of a regex match made on :attr:`text`."""
        return self.span(match.start(group), match.end(group))

    def slice(self, span: Span) -> str:
        """Exactly the characters a span covers."""
        return self.text[span.start : span.end]

    def paragraphs(self) -> Iterator[tuple[int, int]]:
        """Offsets ``(start, end)`` of each paragraph: maximal runs of non-blank lines, trimmed."""
        for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", self.text):
            yield match.start(), len(match.group(0).rstrip()) + match.start()

    def paragraph_around(self, offset: int) -> tuple[int, int]:
        """The paragraph that contains ``offset`` (or the whole text if it falls between them)."""
        for start, end in self.paragraphs():
            if start <= offset < end:
                return start, end
        return 0, len(self.text)
