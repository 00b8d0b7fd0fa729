"""Same-day order, defined once (STYLE.md rule 6).

Events replay in effective-date order.  Several events on one day replay in the order of this table,
and events of one kind on one day in the order they were recorded (``seq``).  The reason for each
position is written next to it.
"""

from __future__ import annotations

from typing import Final

from promissory.core.events import Event

SAME_DAY_ORDER: Final[tuple[tuple[str, str], ...]] = (
    ("opening_balance", "a loan taken on from elsewhere exists before anything else happens that day"),
    ("amendment", "a change of terms effective on a day governs that day's events (an extension "
     "dated on the maturity day lets that day's advance stand)"),
    ("rate_fixing", "an index value published for a day sets the rate of interest accruing from it"),
    ("cure", "a cure or waiver ends the earlier default before a new one dated the same day begins"),
    ("default", "default interest accrues from the day of the Event of Default"),
    ("advance", "money lent on a day is on the books before that day's repayments can reach it"),
    ("expense", "Lender Expenses charged on a day can be paid by that day's payment"),
    ("ucc_filing", "a financing statement filed on a day perfects that day's pledges"),
    ("ucc_continuation", "a continuation filed on a day keeps the filing effective that day"),
    ("valuation", "an asset's value on a day is known before that day's coverage or settlement"),
    ("pledge", "collateral pledged on a day secures the note for that day's settlement"),
    ("payment", "a payment is applied to everything owed at the end of the day's charges"),
    ("settlement", "a settlement pays the note in full after the day's other payments"),
    ("acceleration", "an acceleration declared on a day counts that day's payments first"),
    ("transfer", "an assignment passes the note as it stands after the day's money movements"),
    ("release", "collateral is released only after the day's settlement has been applied"),
    ("ucc_termination", "a financing statement is terminated after the collateral it covers is released"),
    ("notation", "a notation changes nothing and reads best after what it comments on"),
    ("reversal", "a reversal removes its target from every day; its own position does not matter"),
)  # fmt: skip

RANK: Final[dict[str, int]] = {kind: i for i, (kind, _reason) in enumerate(SAME_DAY_ORDER)}


def replay_key(event: Event) -> tuple[int, int, int]:
    """Sort key: effective date, same-day rank, then recording order."""
    return (event.effective_date.toordinal(), RANK.get(event.kind, len(RANK)), event.seq)
