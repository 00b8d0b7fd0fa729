"""The OID text statement shows amounts in the instrument's currency, through the one display
formatter (issue 9: every money-to-text helper wrote two decimals, so a yen note read "1,000.00")."""

from __future__ import annotations

from datetime import date

from promissory.core.oid import explicit_issue_price, fixed_rate_instrument, oid_schedule
from promissory.core.oid.statement import holder_statement, render_text


def test_a_yen_zero_coupon_statement_shows_whole_yen() -> None:
    bond = fixed_rate_instrument(
        name="zero coupon", issue_date=date(2020, 1, 1), maturity=date(2025, 1, 1),
        principal="100000000", issue_price=explicit_issue_price("80000000"), interest=None,
        currency="JPY",
    )  # fmt: skip
    text = render_text(holder_statement(oid_schedule(bond)))
    assert "80,000,000" in text and "20,000,000" in text
    assert "80,000,000.00" not in text and "20,000,000.00" not in text
