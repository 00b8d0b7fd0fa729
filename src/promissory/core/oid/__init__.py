"""Original issue discount (26 CFR 1.1271–1.1275, IRS Publication 1212).  See README.md.

The public surface, re-exported from one place::

    instrument = fixed_rate_instrument(name=..., issue_date=..., ...)  # or, from a terms file,
    # promissory.codec.oid_terms_toml.load_instrument_toml("examples/oid/pub1212-coupon-bond.toml")
    schedule = oid_schedule(instrument, accrual_months=6)
    statement = holder_statement(schedule, year=2001)
    print(render_text(statement))
"""

from promissory.core.oid.accrual import (
    AccrualPeriod,
    AccrualRule,
    OidSchedule,
    ShortPeriod,
    oid_schedule,
)
from promissory.core.oid.deminimis import DeMinimisTest, de_minimis_test
from promissory.core.oid.errors import OidRuleError
from promissory.core.oid.from_note import (
    AdvanceIssue,
    NoteIssues,
    advance_instrument,
    advance_issue_price,
    note_issues,
)
from promissory.core.oid.instrument import DebtInstrument, ScheduledPayment, fixed_rate_instrument
from promissory.core.oid.issue_price import (
    IssuePrice,
    IssuePriceMethod,
    explicit_issue_price,
    issue_price_from_cash,
    issue_price_from_unit,
)
from promissory.core.oid.note_statement import (
    AdvanceStatement,
    NoteOidStatement,
    note_oid_statement,
    render_note_text,
)
from promissory.core.oid.qsi import (
    InterestPayable,
    InterestTerms,
    QsiDecision,
    RateStep,
    classify_interest,
)
from promissory.core.oid.statement import (
    AdvancesTotal,
    HolderStatement,
    advances_total,
    holder_statement,
    render_text,
)
from promissory.core.oid.tax_year import (
    Acquisition,
    AcquisitionAnalysis,
    AcquisitionKind,
    YearAmount,
    analyse_acquisition,
    holder_inclusions,
    issuer_deductions,
)
from promissory.core.oid.terms_file import OidTerms
from promissory.core.oid.yield_ import YieldResult, solve_yield

__all__ = [
    "AccrualPeriod",
    "AccrualRule",
    "Acquisition",
    "AcquisitionAnalysis",
    "AcquisitionKind",
    "AdvanceIssue",
    "AdvanceStatement",
    "AdvancesTotal",
    "DeMinimisTest",
    "DebtInstrument",
    "HolderStatement",
    "InterestPayable",
    "InterestTerms",
    "IssuePrice",
    "IssuePriceMethod",
    "NoteIssues",
    "NoteOidStatement",
    "OidRuleError",
    "OidSchedule",
    "OidTerms",
    "QsiDecision",
    "RateStep",
    "ScheduledPayment",
    "ShortPeriod",
    "YearAmount",
    "YieldResult",
    "advance_instrument",
    "advance_issue_price",
    "advances_total",
    "analyse_acquisition",
    "classify_interest",
    "de_minimis_test",
    "explicit_issue_price",
    "fixed_rate_instrument",
    "holder_inclusions",
    "holder_statement",
    "issue_price_from_cash",
    "issue_price_from_unit",
    "issuer_deductions",
    "note_issues",
    "note_oid_statement",
    "oid_schedule",
    "render_note_text",
    "render_text",
    "solve_yield",
]
