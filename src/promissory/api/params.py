"""Query parameters and request bodies, parsed at the boundary into what the facade takes.

Dates are ISO dates inside the range promissory accepts; ``known_on`` is an ISO date-time, or a
date meaning the end of that day (UTC), exactly as the CLI's ``--as-known-on``; amounts are
decimal strings read by the one amount parser (a JSON number is refused: money is never a float).
A value that breaks its rule is a 400 naming the value and the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from promissory.codec.amounts import parse_amount
from promissory.core.dates import check_date
from promissory.errors import InvalidInput


def _in_range(day: date) -> date:
    check_date(day, "date")
    return day


def moment(text: str | None, what: str = "known_on") -> datetime | None:
    """``known_on`` (or ``what``) as a moment: a date is the end of that day (UTC); no zone means
    UTC."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not an ISO date or date-time") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def amount(text: str | None, what: str) -> Decimal | None:
    """A decimal string as a ``Decimal`` (``None`` stays ``None``); refused if negative."""
    if text is None:
        return None
    value = parse_amount(text, what=what)
    if value < 0:
        raise InvalidInput(f"{what} {text} must not be negative")
    return value


def required_amount(text: str, what: str) -> Decimal:
    """A decimal string that must be given, as a ``Decimal``; refused if negative."""
    value = amount(text, what)
    assert value is not None  # text is a str
    return value


Day = Annotated[date, AfterValidator(_in_range)]
AsOf = Annotated[Day, Query(description="The day asked about (YYYY-MM-DD).")]
OptionalDay = Annotated[Day | None, Query()]
KnownOn = Annotated[
    str | None,
    Query(description="Answer as the book stood at this moment (ISO date or date-time; audit)."),
]
Amount = Annotated[
    str, Field(description="A decimal string (never a JSON number).", examples=["1000.00"])
]
Text = Annotated[str, Field(max_length=10_000)]


class Body(BaseModel):
    """A request body: unknown fields are refused (a typo must not be silently dropped)."""

    model_config = ConfigDict(extra="forbid")

    def fields(self) -> dict[str, Any]:
        """The body as the codec's mapping (dates ISO, ``None`` left out)."""
        return self.model_dump(mode="json", exclude_none=True)
