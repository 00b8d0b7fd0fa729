"""The chart of accounts: the default maps every role; a user's chart is checked with errors that
name the key, the value and the rule; the journal uses the user's names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli_runner import seed_cli
from promissory.codec.chart_toml import default_chart, parse_chart
from promissory.core.accounting import MOVES, ROLES
from promissory.core.accounting.roles import SETTLEMENT
from promissory.errors import InvalidInput

DEFAULT = Path(__file__).parents[2] / "src" / "promissory" / "codec" / "chart_default.toml"


def test_the_default_chart_maps_every_role_of_both_parties() -> None:
    chart = default_chart()
    for party, roles in ROLES.items():
        assert set(chart.accounts[party]) == set(roles)


def test_every_movement_posts_to_declared_roles_of_its_party() -> None:
    for name, sides in MOVES.items():
        for party, pair in zip(("lender", "borrower"), sides, strict=True):
            if pair is None:
                continue
            for role in pair:
                assert role == SETTLEMENT or role in ROLES[party], (name, party, role)  # type: ignore[index]


def _with(old: str, new: str) -> str:
    text = DEFAULT.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(("old", "new", "message"), [
    ('cash = { name = "Assets:Cash", number = "1000" }\nnotes_receivable',
     'cash = { name = "Assets:Cash", number = "1000" }\nloans = "Assets:X"\nnotes_receivable',
     "lender.loans = 'Assets:X': unknown lender role; the roles are: cash, notes_receivable"),
    ('interest_expense = { name = "Expenses:Interest", number = "6000" }\n', '',
     "[borrower] has no account for the role interest_expense"),
    ('name = "Income:Interest"', 'name = "Assets:Interest"',
     "lender.interest_income.name = 'Assets:Interest': the interest_income role is an account "
     "under Income"),
    ('name = "Assets:Loans:Principal"', 'name = "Assets:loans principal"',
     "an account name is a root and capitalised components"),
    ('number = "1200"', 'number = 12.5', "lender.notes_receivable.number = 12.5"),
    ('note_subaccounts = true', 'note_subaccounts = "yes"', "must be true or false"),
    ('[options]', '[extras]\n[options]', "extras = {}: unknown table"),
])  # fmt: skip
def test_a_bad_chart_is_refused_naming_the_key_the_value_and_the_rule(
    old: str, new: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        parse_chart(_with(old, new), source="my.toml")


def test_the_journal_uses_the_users_chart(tmp_path: Path) -> None:
    mine = tmp_path / "chart.toml"
    mine.write_text(_with('name = "Assets:Loans:Principal"', 'name = "Assets:Receivable:Valence"')
                    .replace("note_subaccounts = true", "note_subaccounts = false"))  # fmt: skip
    c = seed_cli(tmp_path)
    c.run("advance", "VAL-2001-10-05", "1000.00", "--date", "2001-10-05")
    data = c.json("journal", "--party", "lender", "--to", "2001-10-31", "--chart", str(mine))
    accounts = {p["account"] for e in data["entries"] for p in e["postings"]}
    assert accounts == {"Assets:Receivable:Valence", "Assets:Cash", "Assets:Loans:Interest",
                        "Income:Interest"}  # fmt: skip
    missing = c.run("journal", "--party", "lender", "--chart", str(tmp_path / "no.toml"), ok=False)
    assert "chart of accounts" in missing.stderr and "does not exist" in missing.stderr
