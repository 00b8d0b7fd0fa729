"""The exceptions promissory raises, in one tree, and the HTTP status each one answers with.

Problems *in the data* (a draw beyond the commitment, a payment after payoff) are found by replaying a
note and come back as :class:`promissory.core.problems.Problem` records.  When a caller asks the book to
*record* an event that would create such a problem, the book refuses with :class:`RuleViolation`, which
carries those records.  Everything else here is misuse of the API or bad input, raised at the boundary
where it is detected, with the offending value and the rule in the message (never a command-line flag:
the CLI adds its own hints)::

    PromissoryError                500  a failure with no more precise class (a PDF engine missing)
    ├── InvalidInput               400  a value that cannot be what it claims to be (a float for money, a bad date)
    │   ├── CurrencyMismatch       400  two amounts in different currencies were combined
    │   ├── TermsError             400  a terms file field breaks its rule (names the field, value and rule)
    │   ├── OidRuleError           400  OID terms the tax rules cannot price (core.oid.errors)
    │   ├── ChoiceNeeded           400  the request must choose one of several (``what``, ``choices``)
    │   └── ConventionError        400  a day-count or business-day convention name that is unknown …
    │       └── AmbiguousConvention  400  … or that could mean several conventions (lists them)
    ├── RuleViolation              422  recording an event would break a rule of the note (carries Problems)
    ├── Unauthenticated            401  no valid credentials (a wrong password, an unknown or revoked token)
    ├── TooManyAttempts            429  too many failed logins of an account or from an address (``retry_after``)
    ├── Forbidden                  403  the user may not do this (a borrower recording on its own note)
    ├── NotFound                   404  no such note, event, party or settlement in the book
    ├── Conflict                   409  a concurrent writer got there first (expected sequence is stale)
    │   └── IdempotencyKeyReused   409  an idempotency key already names a different request
    ├── IntegrityError             422  data that must verify does not (a bundle's hash chain or sequence)
    └── BookError                  503  the book cannot be opened, migrated or written

The statuses are data, :data:`HTTP_STATUS`, one entry per class (a test proves none is missing);
:func:`http_status` answers for an error instance.  Input that cannot be parsed is a 400; input that
parses but breaks a rule of the note is a 422, like an import whose hashes do not verify.
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


class ChoiceNeeded(InvalidInput):
    """The request must name one of several things and named none (which advance of a note, …).

    ``what`` says what is to be chosen (``"advance"``) and ``choices`` lists them, so an interface can
    ask in its own terms (the CLI names its option; an HTTP client gets the list).
    """

    def __init__(self, message: str, *, what: str, choices: Sequence[str]) -> None:
        super().__init__(message)
        self.what = what
        self.choices = tuple(choices)


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


class Unauthenticated(PromissoryError):
    """No valid credentials: a wrong user or password, an unknown, expired or revoked token."""


class TooManyAttempts(PromissoryError):
    """Too many failed logins of an account name or from a client address within the window: no
    login is tried until ``retry_after`` seconds have passed (the right password included)."""

    def __init__(self, message: str, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class Forbidden(PromissoryError):
    """The authenticated user may not do this; the message names the user, its role and the action.

    A read of a note the user may not see is answered as :class:`NotFound`, never as this, so a
    refusal does not tell whether the note exists (:mod:`promissory.app.access`).
    """


class NotFound(PromissoryError, LookupError):
    """No such note, event, party or settlement in the book."""


class Conflict(PromissoryError):
    """Another writer appended to the note first; re-read and try again."""


class IdempotencyKeyReused(Conflict):
    """An idempotency key already names a different request; the message names the event it wrote."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        super().__init__(message)


class IntegrityError(PromissoryError):
    """The book's hash chain or event sequence does not verify."""


class BookError(PromissoryError):
    """The book cannot be opened, created, migrated or written."""


#: The HTTP status of every error class, one entry per class (subclasses included, so the table
#: reads without walking the tree; ``tests/test_errors.py`` proves it has no gaps).
HTTP_STATUS: dict[type[PromissoryError], int] = {
    PromissoryError: 500,
    InvalidInput: 400,
    CurrencyMismatch: 400,
    TermsError: 400,
    ChoiceNeeded: 400,
    ConventionError: 400,
    AmbiguousConvention: 400,
    RuleViolation: 422,
    Unauthenticated: 401,
    TooManyAttempts: 429,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    IdempotencyKeyReused: 409,
    IntegrityError: 422,
    BookError: 503,
}


def http_status(error: PromissoryError) -> int:
    """The HTTP status for ``error``: its class's entry, or its nearest listed ancestor's."""
    for cls in type(error).__mro__:
        if cls in HTTP_STATUS:
            return HTTP_STATUS[cls]
    raise AssertionError(f"{type(error).__name__} is not a PromissoryError")  # pragma: no cover
