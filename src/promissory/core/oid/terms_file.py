"""The standalone OID terms file as a record: a bond from a prospectus, checked without a book.

The TOML file (keys in ``docs/oid.md``, examples in ``examples/oid/``) is read and validated by
the codec, :mod:`promissory.codec.oid_terms_toml`, with the same helpers as the note terms file
(unknown keys refused, decimals as strings, dates as TOML dates); this module holds what it
produces: the instrument and the two terms of its OID computation.
"""

from __future__ import annotations

from dataclasses import dataclass

from promissory.core.oid.accrual import AccrualRule, OidSchedule, ShortPeriod, oid_schedule
from promissory.core.oid.instrument import DebtInstrument


@dataclass(frozen=True, slots=True)
class OidTerms:
    """A parsed terms file: the instrument and the accrual options it states.

    ``accrual_months`` the regular accrual period (None: the payment interval); ``yield_places``
    the yield's rounding before accruing (None: full precision); ``accrual_rule`` how periods are
    laid out and ``short_period`` how a short one compounds (see :mod:`.accrual`).
    """

    instrument: DebtInstrument
    accrual_months: int | None = None
    yield_places: int | None = None
    accrual_rule: AccrualRule = AccrualRule.BACK_FROM_MATURITY
    short_period: ShortPeriod = ShortPeriod.SIMPLE

    def schedule(self) -> OidSchedule:
        return oid_schedule(
            self.instrument,
            accrual_months=self.accrual_months,
            yield_places=self.yield_places,
            accrual_rule=self.accrual_rule,
            short_period=self.short_period,
        )
