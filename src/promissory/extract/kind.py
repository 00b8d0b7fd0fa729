"""What kind of document this is, read from its title.

The title is the first line near the top (within the first twelve non-blank lines) that is written
in capitals and names a kind of document; ``EXHIBIT 10.3`` lines are skipped.  The body is not
used, because a note mentions its Loan Agreement on every page.

=================================================  ====================
title contains                                     kind
=================================================  ====================
PROMISSORY NOTE, SECURED NOTE, TERM NOTE, NOTE     ``promissory note``
LOAN AGREEMENT, CREDIT AGREEMENT                   ``loan agreement``
RELEASE, SETTLEMENT, PAYOFF, LETTER AGREEMENT      ``settlement letter``
=================================================  ====================

Anything else is ``unknown``; the note rules are applied to it.
"""

from __future__ import annotations

import re
from typing import Final

PROMISSORY_NOTE: Final = "promissory note"
LOAN_AGREEMENT: Final = "loan agreement"
SETTLEMENT_LETTER: Final = "settlement letter"
UNKNOWN: Final = "unknown"

_TITLES: Final = (
    (r"\b(?:RELEASE|SETTLEMENT|PAYOFF|LETTER\s+AGREEMENT)\b", SETTLEMENT_LETTER),
    (r"\b(?:LOAN|CREDIT)\s+AGREEMENT\b", LOAN_AGREEMENT),
    (r"\bNOTE\b", PROMISSORY_NOTE),
)


def document_kind(text: str) -> str:
    """The kind of document, from its capitalised title."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:12]
    for line in lines:
        if line.startswith("EXHIBIT") or not re.search(r"[A-Z]", line) or line != line.upper():
            continue
        for pattern, kind in _TITLES:
            if re.search(pattern, line) and len(line.split()) <= 8:
                return kind
    return UNKNOWN
