"""The application API: one facade, :class:`Promissory`, that the CLI, HTTP API and web pages share.

Everything public is re-exported here, and ``tests/app/test_public_surface.py`` pins the list.
"""

from promissory.app.accounting import ClosedPeriod
from promissory.app.accounts import Accounts, AuditEntry, IssuedToken, TokenRecord, UserRecord
from promissory.app.acting import Acting
from promissory.app.collateral import CollateralReport, NoteValue
from promissory.app.login_limits import LoginLimits
from promissory.app.onboarding import OnboardReport, RejectedRow
from promissory.app.portfolio import PortfolioReport
from promissory.app.service import DayCountResult, NoteSummary, Promissory, View
from promissory.app.settlement import Applied, NoteToAssign, Offer, SettlementRecord
from promissory.app.unit_of_work import Entry, Recorded

__all__ = [
    "Accounts",
    "Acting",
    "Applied",
    "AuditEntry",
    "ClosedPeriod",
    "CollateralReport",
    "DayCountResult",
    "Entry",
    "IssuedToken",
    "LoginLimits",
    "NoteSummary",
    "NoteToAssign",
    "NoteValue",
    "Offer",
    "OnboardReport",
    "PortfolioReport",
    "Promissory",
    "Recorded",
    "RejectedRow",
    "SettlementRecord",
    "TokenRecord",
    "UserRecord",
    "View",
]
