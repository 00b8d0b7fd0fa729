"""What a note's events say once reversals are taken out.

A :class:`~promissory.core.events.Reversal` makes its target as if it never happened; registers
derived from events (collateral, financing statements, holders, settlements) read the *live*
events only: every event that is neither a reversal nor reversed, in replay order.
"""

from __future__ import annotations

from collections.abc import Iterable

from promissory.core.events import Event, Reversal
from promissory.core.kinds import replay_key


def live_events(events: Iterable[Event]) -> list[Event]:
    """The events still in force, in replay order (effective date, same-day order, seq)."""
    every = list(events)
    reversed_seqs = {e.target_seq for e in every if isinstance(e, Reversal)}
    return sorted(
        (e for e in every if not isinstance(e, Reversal) and e.seq not in reversed_seqs),
        key=replay_key,
    )
