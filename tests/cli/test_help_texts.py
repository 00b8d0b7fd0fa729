"""What ``--help`` says agrees with the README: interest "as of D" excludes D unless the note
counts its first and last day; ``render`` lists every document it writes."""

from __future__ import annotations

from cli_runner import invoke


def _help(*args: str) -> str:
    result = invoke(*args, "--help")
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


def test_balance_help_says_which_days_interest_covers() -> None:
    text = _help("balance")
    assert "end of a date" not in text
    assert "not including the date itself" in text
    assert "counts its first and last day" in text
    assert "end of a date" not in _help()  # the top-level list of commands


def test_render_help_lists_every_document() -> None:
    text = _help("render")
    for document in ("note", "Schedule A", "payoff letter", "release", "OID statement"):
        assert document in text.split("Options:")[0], document
    for command in ("note", "schedule", "payoff", "release", "oid"):
        assert f" {command} " in text, command  # and the commands that write them
