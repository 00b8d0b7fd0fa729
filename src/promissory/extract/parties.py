"""The parties to a document, their descriptions and their roles.

A party is introduced by its legal name followed by a defined term in quotation marks and, before
or after it, a description of what it is and where it is organised::

    Valence Technology, Inc., a Delaware corporation ("BORROWER")
    Berg & Berg Enterprises, LLC ("LENDER")
    Berg & Berg Enterprises, LLC, ("Berg") a California limited liability company
    Valence Technology, Inc. ("Valence"), a Delaware corporation

The **name** is a run of capitalised words (``&`` allowed) ending in an entity suffix (``Inc.``,
``LLC``, ``L.P.``, ``Corporation``, ``Company``, ``Ltd.``, ``N.A.``, ``Bank``); individuals are not
recognised.  The **description** ``a[n] <Jurisdiction> <entity type>`` gives the jurisdiction
(one or two capitalised words) and the entity type (corporation, limited liability company, ...).

**Roles.**  A defined term that names a role decides it: ``Borrower``, ``Maker``, ``Company``,
``Issuer`` → borrower; ``Lender``, ``Holder``, ``Payee``, ``Bank`` → lender.  When the defined terms
are short names (``"Berg"``), the role comes from what the text says the party does: the one to
whom money is to be *paid* (``pay to Berg``, ``to the order of``) or to whom collateral is
*pledged* (``pledged as collateral to Berg``) is the lender, and in a two-party document the other
one is the borrower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from promissory.extract.span import SourceText, Span, squash

_SUFFIX = (
    r"(?:Inc\.|INC\.|Incorporated|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.|Limited|Corporation|Corp\."
    r"|Company|Co\.|N\.A\.|Bank|Trust)"
)
_CAPWORD = r"(?:\b[A-Z][A-Za-z0-9'.\-]*|&)"
_NAME = (
    rf"(?P<name>{_CAPWORD}(?:[ \t]+\n?[ \t]*{_CAPWORD}|\n[ \t]*{_CAPWORD}){{0,8}}?,?\s+{_SUFFIX})"
)
_ENTITY = (
    r"(?:corporation|limited\s+liability\s+company|limited\s+partnership|general\s+partnership"
    r"|national\s+banking\s+association|banking\s+corporation|partnership|statutory\s+trust|trust)"
)
_JURISDICTION = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"


def _description(tag: str) -> str:
    return rf"(?:,?\s*an?\s+(?P<juris{tag}>{_JURISDICTION})\s+(?P<entity{tag}>{_ENTITY})\b)"


_ALIAS = r"\(\s*[\"“](?P<alias>[^\"”\n]{1,40})[\"”]\s*\)"
PARTY: Final = re.compile(rf"{_NAME}{_description('1')}?\s*,?\s*{_ALIAS}{_description('2')}?")

BORROWER_TERMS: Final = frozenset({"borrower", "maker", "company", "issuer", "obligor"})
LENDER_TERMS: Final = frozenset({"lender", "holder", "payee", "bank", "noteholder"})


@dataclass(frozen=True, slots=True)
class Party:
    """A party as introduced: name, defined term, and the description if one is given."""

    name: str
    name_span: Span
    alias: str
    alias_span: Span
    entity_type: str | None
    entity_span: Span | None
    jurisdiction: str | None
    jurisdiction_span: Span | None

    @property
    def role_by_term(self) -> str | None:
        """``borrower`` or ``lender`` when the defined term itself names the role."""
        term = self.alias.strip().lower()
        if term in BORROWER_TERMS:
            return "borrower"
        if term in LENDER_TERMS:
            return "lender"
        return None


def find_parties(source: SourceText) -> tuple[Party, ...]:
    """Every party introduction in the document, first introduction of each name only."""
    parties: list[Party] = []
    seen: set[str] = set()
    for match in PARTY.finditer(source.text):
        name = squash(match.group("name"))
        if name in seen:
            continue
        seen.add(name)
        tag = "1" if match.group("entity1") else "2" if match.group("entity2") else None
        parties.append(
            Party(
                name=name,
                name_span=source.match_span(match, "name"),
                alias=match.group("alias").strip(),
                alias_span=source.match_span(match, "alias"),
                entity_type=squash(match.group(f"entity{tag}")).lower() if tag else None,
                entity_span=source.match_span(match, f"entity{tag}") if tag else None,
                jurisdiction=squash(match.group(f"juris{tag}")) if tag else None,
                jurisdiction_span=source.match_span(match, f"juris{tag}") if tag else None,
            )
        )
    return tuple(parties)


def payee_evidence(source: SourceText, party: Party) -> list[re.Match[str]]:
    """Places where the text says money is paid, or collateral pledged, to this party."""
    alias = re.escape(party.alias)
    name = r"\s+".join(re.escape(w) for w in party.name.split())
    target = rf"(?:{alias}|{name})\b"
    patterns = (
        rf"\bpay\s+to\s+(?:the\s+order\s+of\s+)?{target}",
        rf"\bcollateral\s+to\s+{target}",
        rf"\b{target}\s+has\s+agreed\s+to\s+accept\b",
    )
    return [m for p in patterns for m in re.finditer(p, source.text)]
