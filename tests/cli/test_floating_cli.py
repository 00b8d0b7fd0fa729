"""A floating note that resets monthly, on the command line: margin amendment, stale warnings."""

from __future__ import annotations

from pathlib import Path

from cli_runner import seed_cli
from ledger_dsl import SEED_TOML

NOTE = "FLOAT-1"
TERMS = SEED_TOML.replace('id = "VAL-2001-10-05"', f'id = "{NOTE}"').replace(
    'rate = "0.08"\n', ""
) + (
    '\n[interest.floating]\nindex = "SOFR"\nmargin = "0.03"\nreset = "monthly"\n'
    "lookback_days = 2\nstale_after_days = 35\n"
    'fixings = [{ date = 2001-10-01, rate = "0.05" }]\n'
)


def test_margin_amendment_and_stale_warnings(tmp_path: Path) -> None:
    path = tmp_path / "float.toml"
    path.write_text(TERMS, encoding="utf-8")
    cli = seed_cli(tmp_path, path)
    cli.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    cli.run("amend", NOTE, "--date", "2001-11-05", "--margin", "0.025")
    assert cli.json("balance", NOTE, "--as-of", "2001-11-06")["contract_rate"] == "0.075"
    cli.run("notation", NOTE, "checked", "--date", "2001-12-10")
    warnings = cli.json("schedule", NOTE)["warnings"]
    assert [(w["date"], w["fixing_date"], w["age_days"]) for w in warnings] == [
        ("2001-12-05", "2001-10-01", 63)
    ]
    assert "stale_after_days" in cli.run("schedule", NOTE).stdout
    found = cli.json("problems", NOTE, "--as-of", "2001-12-10")
    assert [w["code"] for w in found["warnings"]] == ["stale-fixing"]
    assert cli.json("problems", NOTE, "--as-of", "2001-12-01")["warnings"] == []
    assert 'reset = "monthly"' in cli.run("note", "show", NOTE, "--toml").stdout
