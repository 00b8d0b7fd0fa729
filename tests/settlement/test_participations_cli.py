"""A 60/40 participation through the command line: the parts, the holder of record, and each
holder's OID statement covering only its holding.

The seed note (interest payable only at maturity, so all its interest is OID) has one advance of
5,000,000.00 on 2001-10-05; Berg assigns 40% of the note to Acme on 2001-12-31 (opinion of counsel),
so from 2002-01-01 Berg holds 60% and Acme 40%.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

NOTE = "VAL-2001-10-05"
BERG = "Berg & Berg Enterprises, LLC"
ACME = "Acme Capital LLC"
D = Decimal


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "5000000.00", "--date", "2001-10-05")
    c.run("transfer", "assign", NOTE, "--to", ACME, "--date", "2001-12-31", "--share", "0.40",
          "--basis", "opinion-of-counsel")  # fmt: skip
    return c


def years(data: dict) -> dict[int, D]:  # type: ignore[type-arg]
    return {y["year"]: D(y["holder_oid"]) for y in data["total"]["years"]}


def issuer(data: dict) -> dict[int, D]:  # type: ignore[type-arg]
    return {y["year"]: D(y["issuer_deduction"]) for y in data["total"]["years"]}


def test_each_holder_s_oid_covers_only_its_holding(cli: Cli) -> None:
    lead = cli.json("oid", NOTE)  # the default names the holder of record: the 60% part
    acme = cli.json("oid", NOTE, "--holder", ACME)
    assert lead["holder"] == BERG and acme["holder"] == ACME
    whole = issuer(lead)  # the issuer deducts the whole note's OID year by year
    assert years(acme)[2001] == 0  # Acme held nothing in 2001
    assert years(lead)[2001] == whole[2001]  # Berg held all of it in 2001
    for year in range(2002, 2006):
        # 40% of a whole year's OID, to within the cent of cumulative rounding; the two parts
        # add up to the whole
        assert abs(years(acme)[year] - whole[year] * D("0.4")) <= D("0.01")
        assert abs(years(lead)[year] + years(acme)[year] - whole[year]) <= D("0.01")
    assert sum(years(lead).values()) + sum(years(acme).values()) == sum(whole.values())
    assert any("only its holdings" in t for t in acme["treatment"])


def test_parts_add_up_and_name_the_holder_of_record(cli: Cli) -> None:
    report = cli.json("transfer", "parts", NOTE, "--as-of", "2002-03-31")
    assert report["holder_of_record"] == BERG
    parts = {p["holder"]: p for p in report["parts"]}
    assert (parts[BERG]["share"], parts[ACME]["share"]) == ("0.60", "0.40")
    assert (parts[BERG]["principal"], parts[ACME]["principal"]) == ("3000000.00", "2000000.00")
    for column in ("principal", "interest", "total", "interest_earned"):
        assert sum(D(p[column]) for p in report["parts"]) == D(report[column])
    # 5,000,000 at 8% ACT/360: 88 days to Berg alone, then 89 days 60/40
    alone = D("97777.78")  # 5,000,000 × 0.08 × 88 / 360 = 97,777.777…
    stretch = D("196666.67") - alone  # 177 days in all: 196,666.666…; the stretch 98,888.89
    # 40% is 39,555.556 and 60% 59,333.334: down to the cent, and the cent left to Acme's .006
    assert (stretch * D("0.4"), stretch * D("0.6")) == (D("39555.556"), D("59333.334"))
    assert D(parts[ACME]["interest_earned"]) == D("39555.56")
    assert D(parts[BERG]["interest_earned"]) == alone + D("59333.33")
    assert [n["holder"] for n in cli.json("note", "list")] == [BERG]
    history = cli.json("transfer", "history", NOTE)["holders"]
    assert history[-1]["share"] == "0.40" and history[-1]["holder"] == ACME


def test_a_share_larger_than_the_assignor_holds_is_refused(cli: Cli) -> None:
    result = cli.run("transfer", "assign", NOTE, "--to", "Zed Fund LP", "--date", "2002-02-01",
                     "--share", "0.50", "--from", ACME, "--basis", "rule-144", ok=False)  # fmt: skip
    assert "transfer share 0.50" in result.stderr
    assert "more than Acme Capital LLC holds (0.40)" in result.stderr


def test_the_parts_table_and_the_oid_document_name_the_holders(cli: Cli) -> None:
    out = cli.run("transfer", "parts", NOTE, "--as-of", "2002-03-31").stdout
    assert f"holder of record: {BERG}" in out and "Rounding: each part rounded down" in out
    assert "39555.56" in out or "39,555.56" in out
    history = cli.run("transfer", "history", NOTE).stdout
    assert "0.40" in history
    doc = cli.run("render", "oid", NOTE, "--holder", ACME, "--format", "md").stdout
    assert ACME in doc
