"""``promissory render statement NOTE --as-of D``: the statement as a document (issue 10, item 2).

The issue's term note (``examples/term-note-2024.toml``): 60 installments of 9,959.68 from
2024-04-01; paid 2024-04-01 and 2024-05-01, nothing after.  On 2024-07-15 the installments of
June and July are past due, 2 x 9,959.68 = 19,919.36, the oldest 44 days (aging 30-59), and the
amount due is 19,919.36 + 9,959.68 (August) = 29,879.04.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cli_runner import TERM_NOTE, Cli, seed_cli

NOTE = "TERM-2024-001"
AS_OF = "2024-07-15"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path, TERM_NOTE)
    c.run("advance", NOTE, "500000.00", "--date", "2024-03-01")
    c.run("pay", NOTE, "9959.68", "--date", "2024-04-01")
    c.run("pay", NOTE, "9959.68", "--date", "2024-05-01")
    return c


def _shown(amount: str) -> str:
    return f"{Decimal(amount):,}"  # 19919.36 -> 19,919.36


def test_the_rendered_figures_are_the_statement_figures(cli: Cli) -> None:
    data = cli.json("statement", NOTE, "--as-of", AS_OF)
    totals = data["installments"]["totals"]
    assert totals["past_due"] == "19919.36"  # the figure
    text = cli.run("render", "statement", NOTE, "--as-of", AS_OF, "--format", "md").stdout
    lines = text.splitlines()

    def line(start: str) -> str:
        return next(x for x in lines if x.startswith(start))

    assert _shown(totals["past_due"]) in line("| Past due |")
    assert _shown(totals["next_amount_due"]) in line("| Next installment, due August 1, 2024 |")
    assert _shown(totals["amount_due"]) in line("| **Amount due** |")
    assert "19,919.36" in line("| Past due |") and "29,879.04" in line("| **Amount due** |")
    assert f"{totals['days_past_due']} days past due (aging {totals['aging']})" in text
    assert "44 days past due (aging 30-59)" in text
    assert _shown(data["payoff"]["total"]) in line("| **Payoff amount** |")
    assert _shown(data["payoff"]["principal"]) in line("| Unpaid principal |")
    # each installment due so far, and the next one; not the one after
    for number, due in ((1, "2024-04-01"), (3, "2024-06-01"), (5, "2024-08-01")):
        assert line(f"| {number} | {due} |")
    assert "2024-09-01" not in text
    assert line("| 3 | 2024-06-01 |").split("|")[5].strip() == "9,959.68"  # remaining
    assert line("| 3 | 2024-06-01 |").split("|")[6].strip() == "44"  # days past due
    assert "200 Main Street, Sandusky, Ohio" in text  # the place of payment of the terms


def test_the_txt_html_and_pdf_carry_the_amount_due(cli: Cli, tmp_path: Path) -> None:
    txt = cli.run("render", "statement", NOTE, "--as-of", AS_OF).stdout
    assert "29,879.04" in txt and "STATEMENT" in txt
    html = cli.run("render", "statement", NOTE, "--as-of", AS_OF, "--format", "html").stdout
    assert "<h1>STATEMENT</h1>" in html and "29,879.04" in html and "19,919.36" in html
    out = tmp_path / "statement.pdf"
    cli.run("render", "statement", NOTE, "--as-of", AS_OF, "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    read = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "29,879.04" in read and "19,919.36" in read


def test_a_note_without_a_schedule_is_refused_plainly(tmp_path: Path) -> None:
    c = seed_cli(tmp_path)
    done = c.run("render", "statement", "VAL-2001-10-05", "--as-of", "2002-04-01", ok=False)
    assert done.returncode == 1
    assert "no installments to bill" in done.stderr
    assert "Traceback" not in done.stderr
