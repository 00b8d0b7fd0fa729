"""Collateral, financing statements, transfers and parties: application functions over the book.

Each function takes the :class:`~promissory.app.service.Promissory` it works on, checks the rules the
core states (:mod:`promissory.core.collateral`, :mod:`promissory.core.transfer`) and records events
through :meth:`Promissory.record`, so the note's own rules are checked by replay too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.app.service import Promissory, Recorded
from promissory.book.parties import PartyRecord, add_party, list_parties
from promissory.core.collateral import (
    CollateralItem,
    Coverage,
    Pledge,
    Release,
    Valuation,
    coverage,
    pledge_problems,
    register,
)
from promissory.core.engine import position
from promissory.core.events import Event
from promissory.core.filings import (
    FinancingStatement,
    FinancingStatementContinued,
    FinancingStatementFiled,
    FinancingStatementTerminated,
    filing_problems,
    financing_statements,
)
from promissory.core.money import Money
from promissory.core.problems import Problem
from promissory.core.terms import Party
from promissory.core.transfer import Holding, Transfer, holder_on, holders
from promissory.errors import BookError, InvalidInput, NotFound, RuleViolation


@dataclass(frozen=True, slots=True)
class NoteValue:
    """A note's value on a day from its own ledger: principal plus accrued interest."""

    note_id: str
    as_of: date
    principal: Decimal
    interest: Decimal  # contract and default interest accrued and unpaid, rounded

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest


@dataclass(frozen=True, slots=True)
class CollateralReport:
    """What secures a note on a day: the register, the coverage and the financing statements."""

    note_id: str
    as_of: date
    register: tuple[CollateralItem, ...]
    coverage: Coverage
    filings: tuple[FinancingStatement, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        found = [self.coverage.warning] + [f.warning for f in self.filings]
        return tuple(w for w in found if w)


def note_value(p: Promissory, note_id: str, day: date) -> NoteValue:
    """Principal plus accrued interest (contract and default) on ``day``, from the note's ledger."""
    pos = position(p.view(note_id).ledger, day)
    return NoteValue(note_id, day, pos.principal, pos.interest + pos.default_interest)


def _record_checked(p: Promissory, event: Event, problems: list[Problem]) -> Recorded:
    if problems:
        raise RuleViolation(problems)
    return p.record(event)


def pledge(p: Promissory, note_id: str, asset: str, day: date, *, asset_kind: str | None = None,
           value: Decimal | None = None, haircut: Decimal = Decimal(0), description: str = "",
           recorded_by: str = "", memo: str = "") -> Recorded:  # fmt: skip
    """Pledge ``asset`` to secure ``note_id`` from ``day``: a note in the book, or another asset."""
    terms = p.note(note_id).terms
    known_note = asset in p.book.note_ids()
    kind = asset_kind or ("note" if known_note else "other")
    if kind == "note" and not known_note:
        raise NotFound(
            f"no note {asset!r} in the book to pledge (pledge another asset with a value)"
        )
    if kind == "note" and value is not None:
        raise InvalidInput(f"note {asset} is valued from its own ledger; give no value")
    if kind == "note" and not description:
        description = p.note(asset).terms.title or f"note {asset}"
    event = Pledge(
        note_id=note_id, effective_date=day, asset=asset, asset_kind=kind, description=description,
        value=Money.of(value, terms.currency) if value is not None else None, haircut=haircut,
        recorded_by=recorded_by, memo=memo,
    )  # fmt: skip
    return _record_checked(p, event, pledge_problems(note_id, p.view(note_id).events, event))


def release(p: Promissory, note_id: str, asset: str, day: date, *, recorded_by: str = "",
            memo: str = "") -> Recorded:  # fmt: skip
    """Release the pledge of ``asset`` from ``day``."""
    event = Release(note_id=note_id, effective_date=day, asset=asset, recorded_by=recorded_by,
                    memo=memo)  # fmt: skip
    return _record_checked(p, event, pledge_problems(note_id, p.view(note_id).events, event))


def revalue(p: Promissory, note_id: str, asset: str, value: Decimal, day: date, *,
            source: str = "", recorded_by: str = "") -> Recorded:  # fmt: skip
    """Record the value of a pledged asset that is not a note in the book."""
    terms = p.note(note_id).terms
    event = Valuation(note_id=note_id, effective_date=day, asset=asset, source=source,
                      value=Money.of(value, terms.currency), recorded_by=recorded_by)  # fmt: skip
    problems = pledge_problems(note_id, p.view(note_id).events, event)
    if not problems and any(
        i.asset == asset and i.asset_kind == "note" for i in register(p.view(note_id).events, day)
    ):
        raise InvalidInput(f"{asset} is a note in the book: it is valued from its own ledger")
    return _record_checked(p, event, problems)


def file_statement(p: Promissory, note_id: str, filing_number: str, jurisdiction: str, day: date,
                   *, collateral_description: str = "", recorded_by: str = "") -> Recorded:  # fmt: skip
    """Record a financing statement (UCC-1) filed on ``day``; it lapses five years on."""
    event = FinancingStatementFiled(
        note_id=note_id, effective_date=day, filing_number=filing_number,
        jurisdiction=jurisdiction, collateral_description=collateral_description,
        recorded_by=recorded_by,
    )  # fmt: skip
    return _record_checked(p, event, filing_problems(note_id, p.view(note_id).events, event))


def continue_statement(p: Promissory, note_id: str, filing_number: str, day: date, *,
                       recorded_by: str = "") -> Recorded:  # fmt: skip
    """Record a continuation statement (within the six months before lapse)."""
    event = FinancingStatementContinued(note_id=note_id, effective_date=day,
                                        filing_number=filing_number, recorded_by=recorded_by)  # fmt: skip
    return _record_checked(p, event, filing_problems(note_id, p.view(note_id).events, event))


def terminate_statement(p: Promissory, note_id: str, filing_number: str, day: date, *,
                        filed: bool = True, recorded_by: str = "") -> Recorded:  # fmt: skip
    """Mark a financing statement for termination, or (``filed``) record its filed UCC-3."""
    event = FinancingStatementTerminated(note_id=note_id, effective_date=day, filed=filed,
                                         filing_number=filing_number, recorded_by=recorded_by)  # fmt: skip
    return _record_checked(p, event, filing_problems(note_id, p.view(note_id).events, event))


def collateral_report(p: Promissory, note_id: str, as_of: date) -> CollateralReport:
    """The register, coverage (collateral ÷ payoff) and financing statements of ``note_id``."""
    view = p.view(note_id)
    terms = view.record.terms
    items = register(view.events, as_of)
    values = {
        i.asset: note_value(p, i.asset, as_of).total
        for i in items
        if i.asset_kind == "note" and i.released_on is None
    }
    payoff = p.payoff(note_id, as_of).total
    cover = coverage(note_id, as_of, terms.currency, items, values, payoff,
                     terms.collateral.minimum_coverage, terms.rounding)  # fmt: skip
    filings = financing_statements(view.events, as_of, terms.collateral.lapse_warning_days)
    return CollateralReport(note_id, as_of, items, cover, filings)


# -- transfers ------------------------------------------------------------------------------------


def resolve_holder(p: Promissory, name_or_id: str) -> str:
    """A party id in the book stands for its legal name; anything else is taken as the name."""
    for record in list_parties(p.book):
        if record.id == name_or_id:
            return record.party.name
    return name_or_id


def transfer(p: Promissory, note_id: str, to: str, day: date, *, basis: str | None = None,
             assumes_obligations: bool = False, recorded_by: str = "", memo: str = "") -> Recorded:  # fmt: skip
    """Assign ``note_id`` to ``to`` (a party id or a legal name) on ``day``."""
    view = p.view(note_id)
    holder = resolve_holder(p, to)
    current = holder_on(view.record.terms, view.events, day)
    if holder == current:
        raise InvalidInput(f"note {note_id} is already held by {holder} on {day}")
    event = Transfer(note_id=note_id, effective_date=day, holder=holder, basis=basis,
                     assumes_obligations=assumes_obligations, recorded_by=recorded_by, memo=memo)  # fmt: skip
    return p.record(event)


def holder_history(p: Promissory, note_id: str) -> tuple[Holding, ...]:
    view = p.view(note_id)
    return holders(view.record.terms, view.events)


# -- parties --------------------------------------------------------------------------------------


def new_party(p: Promissory, party_id: str, name: str, *, entity_type: str | None = None,
              jurisdiction: str | None = None, address: str | None = None) -> PartyRecord:  # fmt: skip
    if not p.book.exists():
        raise BookError(f"no book at {p.book.url}: run `promissory init` first")
    return add_party(p.book, party_id, Party(name, entity_type, jurisdiction, address),
                     created_at=p.clock())  # fmt: skip


def parties(p: Promissory) -> list[PartyRecord]:
    return list_parties(p.book)
