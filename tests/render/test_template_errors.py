"""A user's template or an output path that cannot be used gets a plain error, never a traceback:
an undefined name, a syntax error, an output folder that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Cli, seed_cli

NOTE = "VAL-2001-10-05"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = seed_cli(tmp_path)
    c.run("advance", NOTE, "1000000.00", "--date", "2001-10-05")
    return c


@pytest.mark.parametrize(
    ("template", "expect"),
    [("{{ no_such_thing }}", "'no_such_thing' is undefined"),
     ("{% if %}", "payoff-letter.md.j2 line 1")],
)  # fmt: skip
def test_a_broken_user_template_is_named_with_what_is_wrong(
    cli: Cli, tmp_path: Path, template: str, expect: str
) -> None:
    mine = tmp_path / "templates"
    mine.mkdir()
    (mine / "payoff-letter.md.j2").write_text(template)
    result = cli.run("render", "payoff", NOTE, "--as-of", "2002-01-05", "--format", "md",
                     "--templates", str(mine), ok=False)  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert expect in result.stderr


def test_an_output_folder_that_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "payoff.md"
    result = cli.run("render", "payoff", NOTE, "--as-of", "2002-01-05", "-o", str(out), ok=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "No such file or directory" in result.stderr
