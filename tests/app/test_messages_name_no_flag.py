"""The application, core, book and codecs say what value broke which rule, never a CLI flag.

An HTTP client has no ``--as-of``; the CLI adds its own hints where it wants them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import promissory

SRC = Path(promissory.__file__).parent
LAYERS = ("app", "core", "book", "codec")
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+|`promissory [a-z]+")
# messages allowed to name a flag (none)
KNOWN: set[tuple[str, str]] = set()


def _messages(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }  # fmt: skip
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]  # fmt: skip


def test_no_message_below_the_cli_names_a_flag() -> None:
    found = []
    for layer in LAYERS:
        for path in sorted((SRC / layer).rglob("*.py")):
            where = path.relative_to(SRC).as_posix()
            if "/migrations/" in where:
                continue
            for line, text in _messages(path):
                for flag in FLAG.findall(text):
                    if (where, flag) not in KNOWN:
                        found.append(f"{where}:{line}: {flag} in {text!r}")
    assert found == []


def test_the_check_finds_a_flag_in_a_message(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        '"""Docs may say --as-of."""\n\ndef f(x):\n    raise ValueError(f"{x}: give --cure-days")\n'
    )
    assert [FLAG.findall(t) for _, t in _messages(module)] == [["--cure-days"]]


def test_the_check_finds_a_command_in_a_message(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('def f(x):\n    raise ValueError(f"{x}: run `promissory init` first")\n')
    assert [FLAG.findall(t) for _, t in _messages(module)] == [["`promissory init"]]
