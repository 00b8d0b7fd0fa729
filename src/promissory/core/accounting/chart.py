"""A chart of accounts: each party's account roles mapped to the user's account names and numbers.

A chart is data (``promissory.codec.chart_toml`` reads it from TOML; a default ships with the
package).  Names follow Beancount's rule so the journal opens in Fava as it is: a root
(``Assets``, ``Liabilities``, ``Equity``, ``Income``, ``Expenses``) and components that start with
a capital letter or a digit, joined by colons.  With ``note_subaccounts`` (the default) every
account but cash gets the note's id as a last component, so several notes keep their balances
apart: ``Assets:Loans:Principal:VAL-2001-10-05``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from promissory.core.accounting.roles import Party

#: Roles kept in one account whatever the note (``note_subaccounts`` leaves them alone).
SHARED_ROLES: Final = frozenset({"cash"})
_COMPONENT_BAD = re.compile(r"[^A-Za-z0-9-]")


@dataclass(frozen=True, slots=True)
class Account:
    """The user's account for a role: ``name`` (``Assets:Loans:Principal``) and ``number``."""

    name: str
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Chart:
    """Each party's roles → accounts (every role of :data:`~.roles.ROLES` is mapped)."""

    accounts: Mapping[Party, Mapping[str, Account]]
    note_subaccounts: bool = True

    def account(self, party: Party, role: str, note_id: str, about: str = "") -> Account:
        """The account of ``role`` in ``note_id``'s journal (kept for note ``about`` if given)."""
        base = self.accounts[party][role]
        if not self.note_subaccounts or role in SHARED_ROLES:
            return base
        return Account(f"{base.name}:{note_component(about or note_id)}", base.number)


def note_component(note_id: str) -> str:
    """A note id as an account component: capitals, digits and dashes, starting with one of the
    first two (``val-2001/a`` → ``VAL-2001-A``)."""
    text = _COMPONENT_BAD.sub("-", note_id.upper())
    return text if text[:1].isalnum() else f"N{text}"
