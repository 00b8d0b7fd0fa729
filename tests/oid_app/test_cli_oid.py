"""``promissory oid`` and ``promissory render oid`` end to end (in-process, through ``promissory.cli.run``).

Book form: the seed note with advances of 5,000,000.00 (2001-10-05) and 2,500,000.00 (2002-01-04)
→ OIDs 1,617,777.78 and 758,333.33, total 2,376,111.11 (worked in test_from_note.py).
Standalone form: IRS Publication 1212's coupon bond → yield 12.00%, total OID 13,764.83; a holder
who bought on 2001-11-01 for 87,000 includes 59.50 for 2001 (Pub. 1212 Example 17).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"
PUB1212 = str(EXAMPLES / "oid" / "pub1212-coupon-bond.toml")


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "5000000.00", "--date", "2001-10-05")
    c.run("advance", NOTE, "2500000.00", "--date", "2002-01-04")
    return c


def test_book_form_text(cli: Cli) -> None:
    out = cli.run("oid", NOTE).stdout
    for figure in ("1,617,777.78", "6,617,777.78", "758,333.33", "2,376,111.11", "9,876,111.11"):
        assert figure in out
    assert "Advance 1: 5,000,000.00 on 2001-10-05" in out
    assert "Advance 2: 2,500,000.00 on 2002-01-04" in out
    assert "payable only at maturity" in out
    assert "not re-evaluated" not in out  # no amendment on this note


def test_book_form_json_per_year_and_holder(cli: Cli) -> None:
    data = cli.json("oid", NOTE, "--year", "2002", "--holder", "Berg & Berg Enterprises, LLC")
    assert data["holder"] == "Berg & Berg Enterprises, LLC"
    assert [a["statement"]["total_oid"] for a in data["advances"]] == ["1617777.78", "758333.33"]
    (year,) = data["total"]["years"]
    by_advance = [a["statement"]["years"][0]["holder_oid"] for a in data["advances"]]
    assert year["year"] == 2002
    assert Decimal(year["holder_oid"]) == sum(Decimal(x) for x in by_advance)
    assert year["issuer_deduction"] == year["holder_oid"]


def test_book_form_later_holder(cli: Cli) -> None:
    data = cli.json("oid", NOTE, "--acquired-on", "2003-01-02", "--price", "8,500,000.00")
    shares = [a["purchase_price_share"] for a in data["advances"]]
    assert shares == ["5697987.46", "2802012.54"]
    kinds = [a["statement"]["acquisition"]["kind"] for a in data["advances"]]
    assert kinds == ["acquisition premium", "acquisition premium"]


def test_amendment_is_said_in_the_output(cli: Cli) -> None:
    cli.run("amend", NOTE, "--date", "2003-06-30", "--maturity", "2006-09-30")
    out = cli.run("oid", NOTE).stdout
    assert "not re-evaluated" in out and "1.1001-3" in out


def test_standalone_terms_file_published_figures(tmp_path: Path) -> None:
    c = Cli(tmp_path / "none.db")  # no book is created or needed
    out = c.run("oid", "--terms", PUB1212).stdout
    assert "12.00% compounded semiannually" in out
    assert "13,764.83" in out
    assert "174.11" in out and "86,409.28" in out and "1.01967" in out
    data = c.json("oid", "--terms", PUB1212, "--acquired-on", "2001-11-01", "--price", "87000",
                  "--year", "2001")  # fmt: skip
    assert data["yield_to_maturity"]["percent"] == "12.00"
    assert data["total_oid"] == "13764.83"
    assert data["years"] == [{"year": 2001, "holder_oid": "59.50", "issuer_deduction": "236.31"}]
    assert not (tmp_path / "none.db").exists()


def test_usage_errors(cli: Cli) -> None:
    assert "one of them" in cli.run("oid", ok=False).stderr
    assert "both --acquired-on and --price" in cli.run("oid", NOTE, "--price", "1", ok=False).stderr
    bad = cli.run("oid", "--terms", PUB1212, "--advance", "1", ok=False)
    assert bad.returncode == 2


def test_render_oid_from_the_book_and_from_a_terms_file(cli: Cli, tmp_path: Path) -> None:
    many = cli.run("render", "oid", NOTE, ok=False)
    assert many.returncode == 1 and "--advance" in many.stderr
    md = cli.run("render", "oid", NOTE, "--advance", "2", "--date", "2003-01-31", "--format", "md")
    assert "STATEMENT OF ORIGINAL ISSUE DISCOUNT" in md.stdout
    assert "Valence Technology, Inc." in md.stdout and "$758,333.33" in md.stdout
    txt = cli.run("render", "oid", "--terms", PUB1212, "--issuer", "Pub 1212 Issuer Corp.",
                  "--date", "2002-01-31")  # fmt: skip
    assert "$13,764.83" in txt.stdout and "12.00% per annum" in txt.stdout
    pdf = tmp_path / "oid.pdf"
    cli.run("render", "oid", NOTE, "--advance", "1", "--date", "2003-01-31", "-o", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_note_issued_with_a_warrant(cli: Cli) -> None:
    """The illustrative warrant example: 5,000,000.00 × 17,200,000 / 20,000,000 = 4,300,000.00;
    OID = 6,617,777.78 − 4,300,000.00 = 2,317,777.78; the fair values are on the statement."""
    cli.run("note", "add", str(EXAMPLES / "valence-2001-note-with-warrant.toml"))
    cli.run("advance", "VAL-2001-10-05-W", "5000000.00", "--date", "2001-10-05")
    data = cli.json("oid", "VAL-2001-10-05-W")
    statement = data["advances"][0]["statement"]
    assert statement["issue_price"] == "4300000.00"
    assert statement["total_oid"] == "2317777.78"
    assert statement["yield_to_maturity"]["used_for_accruals"].endswith("2 decimals of a percent")
    for text in ("17200000.00", "2800000.00", "1,402,743 shares", "1.1273-2(h)"):
        assert text in statement["issue_price_basis"]
