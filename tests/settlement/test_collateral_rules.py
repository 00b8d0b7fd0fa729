"""Collateral rules: an asset is pledged once, a financing statement filed once (second review)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.errors import RuleViolation


def test_a_back_dated_second_pledge_of_the_same_asset_is_refused() -> None:
    with golden_book() as p, pytest.raises(RuleViolation, match="already pledged"):
        p.pledge(LOAN, NOTES, DAY - timedelta(days=10))


def test_a_back_dated_duplicate_financing_statement_is_refused() -> None:
    """The golden book files CA-0106360123 on 2001-03-05; filing it again earlier is refused."""

    with golden_book() as p, pytest.raises(RuleViolation, match="already on file"):
        p.file_statement(LOAN, "CA-0106360123", "California", date(2001, 3, 1))
