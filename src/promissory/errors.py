"""The exceptions promissory raises, in one tree.

Problems *in the data* (a draw beyond the commitment, a payment after payoff) are found by replaying a
note and come back as :class:`promissory.core.problems.Problem` records.  When a caller asks the book to
*record* an event that would create such a problem, the book refuses with :class:`RuleViolation`, which
carries those records.  Everything else here is misuse of the API or bad input, raised at the boundary
where it is detected, with the offending value and the rule in the message::

    PromissoryError
    ├── InvalidInput               a value that cannot be what it claims to be (a float for money, a bad date)
    │   ├── CurrencyMismatch       two amounts in different currencies were combined
    │   ├── TermsError             a terms file field breaks its rule (names the field, value and rule)
    │   └── ConventionError        a day-count or business-day convention name that is unknown …
    │       └── AmbiguousConvention  … or that could mean several conventions (lists them)
    ├── RuleViolation              recording an event would break a rule of the note (carries Problems)
    ├── NotFound                   no such note, event, party or settlement in the book
    ├── Conflict                   a concurrent writer got there first (expected sequence is stale)
    ├── IntegrityError             the book's hash chain or sequence does not verify
    └── BookError                  the book cannot be opened, migrated or written
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from promissory.core.problems import Problem


class PromissoryError(Exception):
    """Root of every error promissory raises on purpose."""


class InvalidInput(PromissoryError, ValueError):
    """A value that cannot be what it claims to be; the message names the value and the rule."""


class CurrencyMismatch(InvalidInput):
    """Two amounts in different currencies were combined."""


class TermsError(InvalidInput):
    """A field of a note's terms breaks its rule.

    ``field`` is the dotted key (``interest.rate``), ``value`` what was given, ``rule`` what it must be.
    """

    def __init__(self, field: str, value: object, rule: str) -> None:
        self.field = field
        self.value = value
        self.rule = rule
        super().__init__(f"terms: {field} = {_as_toml(value)}: {rule}")


def _as_toml(value: object) -> str:
    """A value the way a terms file writes it (2000-09-30, false, "text"), not Python's repr."""
    if value is None:
        return "(missing)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_as_toml(v) for v in value) + "]"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


class ConventionError(InvalidInput):
    """A convention name that promissory does not know."""


class AmbiguousConvention(ConventionError):
    """A convention name that could mean several conventions; the message lists them."""

    def __init__(self, name: str, candidates: Sequence[str]) -> None:
        self.name = name
        self.candidates = tuple(candidates)
        super().__init__(
            f"day count {name!r} is ambiguous: it could mean {', '.join(self.candidates)}; "
            "name one of them exactly"
        )


class RuleViolation(PromissoryError):
    """Recording an event would break a rule of the note; ``problems`` says which, where and by how much."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))


class NotFound(PromissoryError, LookupError):
    """No such note, event, party or settlement in the book."""


class Conflict(PromissoryError):
    """Another writer appended to the note first; re-read and try again."""


class IntegrityError(PromissoryError):
    """The book's hash chain or event sequence does not verify."""


class BookError(PromissoryError):
    """The book cannot be opened, created, migrated or written."""
