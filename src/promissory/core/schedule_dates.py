"""Dates the terms themselves put on a note's timeline.

Interest accrues in segments; a segment must end wherever the rate or the balance changes without an
event saying so.  The terms cause three such days:

* a **rate step** (``[[interest.steps]]``), a **fixing listed in the terms** and a floating rate's
  **reset date** (``interest.floating.reset``) change the rate;
* a **capitalisation date** (``interest.compounding``) moves accrued interest into principal — the
  periods run from the issue date at the stated frequency, up to maturity;
* under **ACT/ACT ICMA** the year fraction is counted per reference period (the interest periods
  ending on maturity anniversaries at the payment frequency), so segments are cut at their bounds.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from promissory.core.calendar import get_calendar, regular_schedule
from promissory.core.rates import reset_dates
from promissory.core.terms import Terms

ICMA = "ACT/ACT ICMA"


def reference_periods(terms: Terms) -> tuple[date, ...]:
    """Bounds of the ACT/ACT ICMA reference periods (payment frequency, or annual), ending at maturity."""
    months = terms.interest.payable.months if terms.interest.payable else 12
    return regular_schedule(terms.issue_date, terms.maturity, months, stub="short-first")


def capitalisation_dates(terms: Terms) -> tuple[date, ...]:
    """Days on which accrued interest is capitalised (issue date and maturity excluded)."""
    frequency = terms.interest.compounding
    if frequency is None:
        return ()
    bounds = regular_schedule(terms.issue_date, terms.maturity, frequency.months, stub="short-last")
    return tuple(d for d in bounds if terms.issue_date < d < terms.maturity)


@cache  # the same terms give the same cuts; a demand note's reset dates run for centuries
def terms_boundaries(terms: Terms) -> tuple[tuple[date, ...], frozenset[date], tuple[date, ...]]:
    """(every cut the terms impose, sorted; the capitalisation days; the ICMA reference bounds)."""
    interest = terms.interest
    caps = capitalisation_dates(terms)
    reference = reference_periods(terms) if interest.day_count == ICMA else ()
    cuts = {step.start for step in interest.steps}
    if interest.floating is not None:
        cuts.update(d for d, _ in interest.floating.fixings)
        cuts.update(reset_dates(terms))
    cuts.update(caps)
    cuts.update(reference)
    return tuple(sorted(cuts)), frozenset(caps), reference


@cache
def interest_payment_dates(terms: Terms) -> tuple[date, ...]:
    """When interest falls due: each period end at the ``payable`` frequency (rolling back from
    maturity), moved to a business day by the note's convention and calendar; maturity when
    interest is payable only at maturity."""
    interest = terms.interest
    if terms.due_date is None:
        return ()  # payable on demand, not yet demanded: nothing has fallen due
    calendar = get_calendar(interest.calendar)
    if interest.payable is None:
        ends: tuple[date, ...] = (terms.maturity,)
    else:
        bounds = regular_schedule(terms.issue_date, terms.maturity, interest.payable.months)
        ends = tuple(d for d in bounds if d > terms.issue_date)
    return tuple(calendar.adjust(d, interest.business_day_convention) for d in ends)
