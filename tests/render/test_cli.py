"""``promissory render``: thin commands over the application's document functions."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from promissory.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTE = "VAL-2001-10-05"


@pytest.fixture
def book(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'book.db'}"
    runner = CliRunner()
    for args in (
        ["init"],
        ["note", "add", str(EXAMPLES / "valence-2001-note.toml")],
        ["advance", NOTE, "5000000.00", "--date", "2001-10-05"],
        ["pay", NOTE, "1000000.00", "--date", "2002-10-05"],
    ):
        result = runner.invoke(cli, ["--book", url, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return url


def run(book: str, *args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(
        cli, ["--book", book, "render", *args], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_render_note_as_text_by_default(book: str) -> None:
    out = run(book, "note", NOTE)
    assert "Twenty Million Dollars ($20,000,000.00)" in " ".join(out.split())


def test_render_schedule_markdown(book: str) -> None:
    out = run(book, "schedule", NOTE, "--format", "md")
    assert "| 1 | 2001-10-05 | Loan | 5,000,000.00 |" in out


def test_render_payoff_pdf_to_a_file(book: str, tmp_path: Path) -> None:
    target = tmp_path / "payoff.pdf"
    run(
        book,
        "payoff",
        NOTE,
        "--as-of",
        "2003-10-05",
        "--good-through",
        "2003-10-10",
        "-o",
        str(target),
    )
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages)
    # 5,000,000 advanced; the 1,000,000 payment on 2002-10-05 paid 405,555.56 of interest
    # (5,000,000 × 8% × 365/360) and 594,444.44 of principal, leaving 4,405,555.56.
    assert "$4,405,555.56" in text
    assert "October 10, 2003" in text


def test_templates_from_the_environment(book: str, tmp_path: Path) -> None:
    (tmp_path / "note.txt.j2").write_text("NOTE {{ terms.id }} {{ terms.commitment|money }}\n")
    out = run(book, "note", NOTE, env={"PROMISSORY_TEMPLATES": str(tmp_path)})
    assert out == "NOTE VAL-2001-10-05 $20,000,000.00\n"
    out = run(book, "note", NOTE, "--templates", str(tmp_path), "--format", "md")
    assert out.startswith("# SECURED PROMISSORY NOTE")
