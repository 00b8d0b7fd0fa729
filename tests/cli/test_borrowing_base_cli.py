"""The borrowing base on the command line: the session of ``examples/borrowing-base-2024.toml``.

The note lends up to 5,000,000.00, but no more than 75% of the pledged value after haircuts less
the principal outstanding, and releases an asset for 110% of its allocated loan amount (75% of its
value after haircut).  8% ACT/360.  Each figure is worked out here from those words.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from cli_runner import Cli, seed_cli

EXAMPLE = Path(__file__).parents[2] / "examples" / "borrowing-base-2024.toml"
NOTE = "BB-2024-1"
D = Decimal


def cents(x: Fraction) -> str:
    return f"{D(int(x * 100 + Fraction(1, 2))) / 100:.2f}"


def grouped(x: Fraction) -> str:
    return f"{D(cents(x)):,.2f}"


RATE, PRICE_MULTIPLE = Fraction(3, 4), Fraction(11, 10)
WAREHOUSE_NET = Fraction(2_000_000) * Fraction(9, 10)  # 1,800,000 after the 10% haircut
WAREHOUSE_NET_2 = Fraction(2_400_000) * Fraction(9, 10)  # revalued: 2,160,000
RECEIVABLES = Fraction(600_000)
# 2024-01-02 → 03-01 is 59 days (a leap February) on 1,000,000; 03-01 → 06-03 is 94 on 1,400,000
INTEREST = Fraction(1_000_000 * 8 * 59, 100 * 360) + Fraction(1_400_000 * 8 * 94, 100 * 360)
PRICE = PRICE_MULTIPLE * RATE * RECEIVABLES  # 495,000


def session(tmp_path: Path) -> Cli:
    cli = seed_cli(tmp_path, EXAMPLE)
    cli.run("collateral", "pledge", NOTE, "warehouse", "--kind", "other", "--value",
            "2,000,000.00", "--haircut", "0.10", "--date", "2024-01-02")  # fmt: skip
    cli.run("advance", NOTE, "1,000,000.00", "--date", "2024-01-02")
    return cli


def test_an_advance_beyond_the_base_is_refused_naming_the_base(tmp_path: Path) -> None:
    cli = session(tmp_path)
    refused = cli.run("advance", NOTE, "400,000.00", "--date", "2024-02-01", ok=False)
    assert refused.returncode == 1
    base = RATE * WAREHOUSE_NET
    assert (
        f"advance of 400,000.00 on 2024-02-01 exceeds availability under the borrowing base: "
        f"75% × {grouped(WAREHOUSE_NET)} collateral value = {grouped(base)} less 1,000,000.00 "
        f"outstanding = {grouped(base - 1_000_000)}"
    ) in refused.stderr
    assert "[borrowing-base]" in refused.stderr
    before = cli.json("balance", NOTE, "--as-of", "2024-02-01")
    assert before["available"] == cents(base - 1_000_000)  # 350,000.00
    assert before["borrowing_base"]["base"] == cents(base)
    # revalued, the same advance is within the base
    cli.run("collateral", "value", NOTE, "warehouse", "2,400,000.00", "--date", "2024-03-01")
    cli.run("advance", NOTE, "400,000.00", "--date", "2024-03-01")
    after = cli.json("balance", NOTE, "--as-of", "2024-03-01")
    assert after["principal"] == "1400000.00"
    assert after["available"] == cents(RATE * WAREHOUSE_NET_2 - 1_400_000)  # 220,000.00
    shown = cli.run("balance", NOTE, "--as-of", "2024-03-01").stdout
    assert "borrowing base: 75% × 2,160,000.00 collateral value = 1,620,000.00" in shown


def test_a_release_with_its_price_paid_and_the_invariants(tmp_path: Path) -> None:
    cli = session(tmp_path)
    cli.run("collateral", "value", NOTE, "warehouse", "2,400,000.00", "--date", "2024-03-01")
    cli.run("advance", NOTE, "400,000.00", "--date", "2024-03-01")
    cli.run("collateral", "pledge", NOTE, "receivables", "--kind", "other", "--value",
            "600,000.00", "--date", "2024-04-01")  # fmt: skip
    refused = cli.run(
        "collateral", "release", NOTE, "receivables", "--date", "2024-05-01", ok=False
    )
    assert (
        f"110% × (75% × 600,000.00 value after haircut) = {grouped(PRICE)} of principal"
    ) in refused.stderr
    listed = cli.json("collateral", "list", NOTE, "--as-of", "2024-05-01")
    prices = {p["asset"]: p["price"] for p in listed["release_prices"]}
    assert prices["receivables"] == cents(PRICE)
    assert prices["warehouse"] == cents(PRICE_MULTIPLE * RATE * WAREHOUSE_NET_2)
    payment = D(cents(INTEREST)) + D(cents(PRICE))
    assert payment == D("537355.56")
    cli.run("pay", NOTE, str(payment), "--date", "2024-06-03")
    released = cli.run("collateral", "release", NOTE, "receivables", "--date", "2024-06-03")
    assert f"release price {grouped(PRICE)} paid" in released.stdout
    owed = 1_400_000 - PRICE  # 905,000
    balance = cli.json("balance", NOTE, "--as-of", "2024-06-03")
    assert balance["principal"] == cents(owed)
    assert balance["available"] == cents(RATE * WAREHOUSE_NET_2 - owed)  # 715,000.00
    # paying the payoff quote leaves exactly zero; what was advanced was repaid to principal
    quote = cli.json("payoff", NOTE, "--as-of", "2024-09-30")
    cli.run("pay", NOTE, quote["total"], "--date", "2024-09-30")
    end = cli.json("balance", NOTE, "--as-of", "2024-09-30")
    assert (end["principal"], end["accrued_interest"], end["total"]) == ("0.00", "0.00", "0.00")
    rows = cli.json("schedule", NOTE)["rows"]
    advanced = sum(D(r["amount"]) for r in rows if r["kind"] == "advance")
    repaid = sum(D(r["to_principal"]) for r in rows if r["kind"] == "payment")
    assert advanced == repaid == D("1400000.00")


def test_a_pledged_note_counts_at_the_value_recorded_from_its_ledger(tmp_path: Path) -> None:
    cli = seed_cli(tmp_path, EXAMPLE)
    other = tmp_path / "mortgage-note.toml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(f'id = "{NOTE}"', 'id = "MTG-1"')
    other.write_text(text.split("\n[collateral]")[0], encoding="utf-8")
    cli.run("note", "add", str(other))
    cli.run("advance", "MTG-1", "500,000.00", "--date", "2024-01-02")
    cli.run("collateral", "pledge", NOTE, "MTG-1", "--date", "2024-01-02")
    # pledged but not yet valued: it does not count in the base
    refused = cli.run("advance", NOTE, "1.00", "--date", "2024-01-02", ok=False)
    assert "75% × 0.00 collateral value = 0.00" in refused.stderr
    given = cli.run("collateral", "value", NOTE, "MTG-1", "1.00", "--date", "2024-03-01", ok=False)
    assert "valued from its own ledger; give no value" in given.stderr
    recorded = cli.json("collateral", "value", NOTE, "MTG-1", "--date", "2024-03-01")
    # principal 500,000 plus 8% ACT/360 for the 59 days from 2024-01-02: 6,555.56
    worth = 500_000 + Fraction(500_000 * 8 * 59, 100 * 360)
    assert recorded["event"]["value"] == cents(worth)
    assert "ledger of note MTG-1" in recorded["event"]["source"]
    base = cli.json("balance", NOTE, "--as-of", "2024-03-01")["borrowing_base"]
    assert base["collateral_value"] == cents(worth)
    floor_cents = int(RATE * Fraction(D(cents(worth))) * 100)  # the base is rounded down
    assert base["base"] == f"{D(floor_cents) / 100:.2f}"


def test_a_valuation_dated_before_an_advance_it_would_refuse_is_not_recorded(
    tmp_path: Path,
) -> None:
    cli = seed_cli(tmp_path, EXAMPLE)
    cli.run("collateral", "pledge", NOTE, "warehouse", "--kind", "other", "--value",
            "2,000,000.00", "--haircut", "0.10", "--date", "2024-01-02")  # fmt: skip
    cli.run("advance", NOTE, "1,350,000.00", "--date", "2024-01-05")  # the whole base
    late = cli.run("collateral", "value", NOTE, "warehouse", "1,000,000.00", "--date",
                   "2024-01-03", ok=False)  # fmt: skip
    assert "would make event #2 break a rule: advance of 1,350,000.00" in late.stderr
    assert "75% × 900,000.00 collateral value = 675,000.00" in late.stderr
    cli.run("collateral", "value", NOTE, "warehouse", "1,000,000.00", "--date", "2024-01-08")
    after = cli.json("balance", NOTE, "--as-of", "2024-01-08")
    assert after["principal"] == "1350000.00" and after["available"] == "0.00"
    assert after["borrowing_base"]["base"] == cents(RATE * Fraction(900_000))  # 675,000.00
