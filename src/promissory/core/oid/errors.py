"""The one error the OID package raises: bad input that breaks a named rule of 26 CFR 1.1271–1.1275.

:class:`OidRuleError` is an :class:`promissory.errors.InvalidInput`, so callers that catch the
project's tree need nothing new.  ``rule`` holds the citation the message ends with, so a caller
(or a test) can tell *which* rule refused the input without parsing text.
"""

from __future__ import annotations

from promissory.errors import InvalidInput


class OidRuleError(InvalidInput):
    """Input the OID rules cannot compute; the message names the values and the rule."""

    def __init__(self, message: str, *, rule: str) -> None:
        self.rule = rule
        super().__init__(f"{message} ({rule})")
