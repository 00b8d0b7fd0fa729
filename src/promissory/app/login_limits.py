"""Login rate limits: after too many failed logins, no more attempts for a while.

A failed password login counts against the account name it gave and against the client address
it came from (each a *key*).  A key with :attr:`LoginLimits.attempts` failures within the last
:attr:`LoginLimits.window` is *locked*: every login of that name, or from that address, is refused
with :class:`~promissory.errors.TooManyAttempts` (HTTP 429 with ``Retry-After``) before the password
is even checked — the right password too — until enough of those failures are older than the
window that fewer than ``attempts`` remain.  A refused attempt is not itself a failure, so a
lock-out ends on time however often the locked key keeps trying.  A good login clears its
account's failures (not its address's: one person logging in does not clear a guesser next door).

Example (5 in 15 minutes): failures of ``alice`` at 09:00, 09:01, 09:02, 09:03 and 09:04 lock
her account; a login at 09:10 is refused with ``Retry-After: 300`` (09:15 is when the 09:00
failure leaves the window, four remain); at 09:15 she may try again.

The failures are rows of the book (table ``login_failures``, :mod:`promissory.book.accounts`), so
every worker of ``promissory serve`` counts the same ones; the time of each comes from the
facade's clock (:class:`~promissory.app.accounts.Accounts`), so tests move it instead of sleeping.
Two workers checking the same key at the same instant may each let one more attempt through: the
limit holds to within the number of concurrent requests, which is all it needs to stop guessing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from promissory.errors import InvalidInput

__all__ = ["LoginLimits", "limit_keys", "retry_after"]

#: the defaults: 5 failures within 15 minutes (OWASP's authentication cheat sheet suggests a
#: lock-out after a handful of failures for a limited time, rather than for good)
DEFAULT_ATTEMPTS = 5
DEFAULT_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class LoginLimits:
    """How many failed logins a key may have within ``window`` before it is locked."""

    attempts: int = DEFAULT_ATTEMPTS
    window: timedelta = DEFAULT_WINDOW

    def __post_init__(self) -> None:
        if isinstance(self.attempts, bool) or not isinstance(self.attempts, int):
            raise InvalidInput(f"login attempts {self.attempts!r} must be a whole number")
        if self.attempts < 1:
            raise InvalidInput(f"login attempts {self.attempts} must be at least 1")
        if self.window <= timedelta(0):
            raise InvalidInput(f"login window {self.window} must be longer than zero")

    @classmethod
    def of(cls, attempts: str | int | None, window_seconds: str | int | None) -> LoginLimits:
        """The limits from settings (the environment ``promissory serve`` hands its workers):
        each ``None`` or empty keeps its default; anything else must be a whole number."""

        def number(name: str, value: str | int | None, default: int) -> int:
            if value is None or value == "":
                return default
            try:
                return int(value)
            except ValueError:
                raise InvalidInput(f"{name} {value!r} must be a whole number") from None

        seconds = number("login window (seconds)", window_seconds,
                         int(DEFAULT_WINDOW.total_seconds()))  # fmt: skip
        if seconds < 1:
            raise InvalidInput(f"login window {seconds} seconds must be at least 1 second")
        return cls(number("login attempts", attempts, DEFAULT_ATTEMPTS), timedelta(seconds=seconds))

    def describe(self) -> str:
        minutes, seconds = divmod(int(self.window.total_seconds()), 60)
        span = (
            f"{minutes} minutes" if not seconds else f"{int(self.window.total_seconds())} seconds"
        )
        return f"{self.attempts} within {span}"


def limit_keys(user: str, source: str) -> list[tuple[str, str]]:
    """The keys a login counts against: its account name, and its client address if known."""
    keys = [("user", user)]
    if source:
        keys.append(("address", source))
    return keys


def retry_after(failures: Sequence[datetime], now: datetime, limits: LoginLimits) -> int | None:
    """Whole seconds (at least 1) until a key with ``failures`` (within the window, oldest first)
    may try again at ``now``; ``None`` if it is not locked.

    With ``n ≥ attempts`` failures, fewer than ``attempts`` remain once the ``(n − attempts + 1)``-th
    oldest leaves the window, at its time plus the window.
    """
    n = len(failures)
    if n < limits.attempts:
        return None
    opens = failures[n - limits.attempts] + limits.window
    return max(1, math.ceil((opens - now).total_seconds()))
