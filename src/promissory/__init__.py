"""promissory: exact, auditable servicing of promissory notes and loan facilities."""

__version__ = "0.1.0"
