"""See README.md in this package."""

# Event kinds defined outside events.py register themselves (and their engine handlers) on import;
# importing them here means every replay and every codec knows them.
from promissory.core import collateral, filings, settlement, transfer  # noqa: F401
