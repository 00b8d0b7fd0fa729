"""The chart of accounts file: TOML in, a validated :class:`~promissory.core.accounting.chart.Chart`
out.

The file has a ``[lender]`` and a ``[borrower]`` table mapping every account role
(:mod:`promissory.core.accounting.roles`; listed in ``docs/accounting.md``) to
``{ name = "Assets:Loans:Principal", number = "1200" }`` (the number is optional), and an optional
``[options]`` table (``note_subaccounts``).  Every error names the key, the value and the rule:
an unknown role, a missing role, an account name that is not a Beancount account, an account whose
root does not fit the role (interest income under ``Assets``).  The default chart ships with the
package (``chart_default.toml``).
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from promissory.codec.text import read_text_file
from promissory.core.accounting.chart import Account, Chart
from promissory.core.accounting.roles import PARTIES, ROLES, Party
from promissory.errors import InvalidInput

_NAME = re.compile(r"^[A-Z][A-Za-z]*(:[A-Z0-9][A-Za-z0-9-]*)+$")
_OPTIONS = ("note_subaccounts",)


def default_chart() -> Chart:
    """The chart shipped with promissory."""
    text = resources.files("promissory.codec").joinpath("chart_default.toml").read_text("utf-8")
    return parse_chart(text, source="the default chart")


def load_chart(path: str | Path | None) -> Chart:
    """The chart in ``path``, or the default chart when ``path`` is None."""
    if path is None:
        return default_chart()
    return parse_chart(read_text_file(path, what="chart of accounts"), source=str(path))


def _fail(source: str, key: str, value: object, rule: str) -> InvalidInput:
    return InvalidInput(f"chart {source}: {key} = {value!r}: {rule}")


def parse_chart(text: str, *, source: str = "file") -> Chart:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"chart {source}: not valid TOML: {error}") from None
    unknown = sorted(set(data) - {*PARTIES, "options"})
    if unknown:
        raise _fail(source, unknown[0], data[unknown[0]], "unknown table; a chart has [lender], "
                    "[borrower] and [options]")  # fmt: skip
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise _fail(source, "options", options, "must be a table")
    for key in options:
        if key not in _OPTIONS:
            raise _fail(source, f"options.{key}", options[key],
                        f"unknown option; known: {', '.join(_OPTIONS)}")  # fmt: skip
    subaccounts = options.get("note_subaccounts", True)
    if not isinstance(subaccounts, bool):
        raise _fail(source, "options.note_subaccounts", subaccounts, "must be true or false")
    accounts = {party: _party(source, party, data.get(party)) for party in PARTIES}
    return Chart(accounts, subaccounts)


def _party(source: str, party: Party, table: Any) -> dict[str, Account]:
    roles = ROLES[party]
    if table is None:
        raise InvalidInput(f"chart {source}: the [{party}] table is missing; it maps each of the "
                           f"{party}'s roles: {', '.join(roles)}")  # fmt: skip
    if not isinstance(table, dict):
        raise _fail(source, party, table, "must be a table of role = { name = ..., number = ... }")
    for key in table:
        if key not in roles:
            raise _fail(source, f"{party}.{key}", table[key],
                        f"unknown {party} role; the roles are: {', '.join(roles)}")  # fmt: skip
    missing = [r for r in roles if r not in table]
    if missing:
        raise InvalidInput(f"chart {source}: [{party}] has no account for the role"
                           f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}; every role "
                           "needs { name = ..., number = ... }")  # fmt: skip
    out: dict[str, Account] = {}
    for role, value in table.items():
        key = f"{party}.{role}"
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, dict):
            raise _fail(source, key, value, 'must be { name = "Assets:...", number = "1200" }')
        extra = sorted(set(value) - {"name", "number"})
        if extra:
            raise _fail(source, f"{key}.{extra[0]}", value[extra[0]],
                        "unknown key; an account has name and number")  # fmt: skip
        name = value.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise _fail(source, f"{key}.name", name, "an account name is a root and capitalised "
                        "components joined by colons (Assets:Loans:Principal); a component has "
                        "letters, digits and dashes and starts with a capital or a digit")  # fmt: skip
        root = roles[role].root
        if name.split(":", 1)[0] != root:
            raise _fail(source, f"{key}.name", name, f"the {role} role is an account under "
                        f"{root} ({roles[role].description})")  # fmt: skip
        number = value.get("number")
        if number is not None and not isinstance(number, str | int):
            raise _fail(source, f"{key}.number", number, "an account number is text or an integer")
        out[role] = Account(name, None if number is None else str(number))
    return out
