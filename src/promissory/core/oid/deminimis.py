"""De minimis OID: a discount too small to accrue is treated as zero.

Rule (26 CFR 1.1273-1(d)): OID is treated as zero when it is *less than* 0.25 percent (1/4 of 1%) of
the SRPM multiplied by the number of complete years to maturity.  For an *installment obligation* —
one that makes a payment other than QSI before maturity — the weighted average maturity is used
instead (1.1273-1(e)(3)): the sum over every SRPM payment of the complete years from the issue date
to that payment, weighted by the payment's share of the SRPM.

Worked example (DOMAIN.md): SRPM $1,000, 10 complete years → threshold 0.0025 × 1,000 × 10 = $25.
Issue price $980 → OID $20 < $25 → de minimis, treated as zero (the holder reports it as capital
gain as principal is paid, 1.1273-1(d)(5)).  Issue price $950 → OID $50 ≥ $25 → accrues.

The threshold is exact (a Fraction); the comparison is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from promissory.core.oid.dates import complete_years
from promissory.core.oid.instrument import DebtInstrument

RATE = Fraction(1, 400)  # 0.25 percent
RULE = "26 CFR 1.1273-1(d)"


@dataclass(frozen=True, slots=True)
class DeMinimisTest:
    """The de minimis test for one instrument, with every figure used.

    ``oid``            SRPM − issue price.
    ``srpm``           the stated redemption price at maturity.
    ``years``          complete years to maturity, or the weighted average maturity (exact).
    ``method``         "complete years to maturity" or "weighted average maturity".
    ``threshold``      0.0025 × SRPM × years, exactly.
    ``is_de_minimis``  True when OID < threshold (OID is then treated as zero).
    ``reason``         the test as a sentence, with the rule.
    """

    oid: Decimal
    srpm: Decimal
    years: Fraction
    method: str
    threshold: Fraction
    is_de_minimis: bool
    reason: str


def de_minimis_test(instrument: DebtInstrument) -> DeMinimisTest:
    """Apply 1.1273-1(d) to ``instrument``."""
    srpm = instrument.srpm
    srpm_payments = [p for p in instrument.payments if not p.qsi]
    installment = any(p.date < instrument.maturity for p in srpm_payments)
    if installment:
        weighted = sum(
            (
                Fraction(p.amount) * complete_years(instrument.issue_date, p.date)
                for p in srpm_payments
            ),
            Fraction(0),
        )
        years = weighted / Fraction(srpm)
        method = "weighted average maturity"
        rule = f"{RULE}; 1.1273-1(e)(3)"
    else:
        years = Fraction(complete_years(instrument.issue_date, instrument.maturity))
        method = "complete years to maturity"
        rule = RULE
    threshold = RATE * Fraction(srpm) * years
    oid = instrument.oid
    is_de_minimis = Fraction(oid) < threshold
    shown_years = f"{years.numerator}" if years.denominator == 1 else f"{float_free(years)}"
    if is_de_minimis:
        verdict = "OID is de minimis and treated as zero"
    else:
        verdict = "OID is not de minimis and accrues"
    reason = (
        f"OID {oid} vs 0.25% × SRPM {srpm} × {shown_years} ({method}) = "
        f"{float_free(threshold)}: {verdict} ({rule})"
    )
    return DeMinimisTest(oid, srpm, years, method, threshold, is_de_minimis, reason)


def float_free(value: Fraction, places: int = 4) -> str:
    """A Fraction shown to ``places`` decimals ("…" when cut short), without floats."""
    scaled = value * 10**places
    whole = scaled.numerator // scaled.denominator
    text = str(Decimal(whole).scaleb(-places))
    if scaled.denominator != 1:
        text += "…"
    elif "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
