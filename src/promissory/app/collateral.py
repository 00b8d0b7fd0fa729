"""Collateral, financing statements, transfers and parties: the facade's collateral desk.

:class:`CollateralDesk` is part of :class:`~promissory.app.service.Promissory`.  Its writes go
through the one unit of work (:meth:`Promissory.write`): the event is built with the note locked, and
the rules the core states (:mod:`promissory.core.collateral`, :mod:`promissory.core.filings`,
:mod:`promissory.core.transfer`) are checked there together with the note's own rules.  Each write
takes ``expected_head`` (optimistic lock) and ``idempotency_key`` as :meth:`Promissory.record` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from promissory.app.desk import Desk
from promissory.app.unit_of_work import Entry
from promissory.book.parties import PartyRecord, add_party, list_parties
from promissory.core.borrowing_base import BorrowingBase, ReleasePrice, release_price
from promissory.core.collateral import (
    CollateralItem,
    Coverage,
    Pledge,
    Release,
    Valuation,
    coverage,
    register,
)
from promissory.core.engine import position
from promissory.core.events import Event
from promissory.core.filings import (
    FinancingStatement,
    FinancingStatementContinued,
    FinancingStatementFiled,
    FinancingStatementTerminated,
    financing_statements,
)
from promissory.core.money import Money
from promissory.core.participation import PartsReport, parts_report, transfer_problem
from promissory.core.remittance import RemittanceReport, remittances
from promissory.core.terms import Party
from promissory.core.transfer import Holding, Transfer, holder_on, holders
from promissory.errors import BookError, InvalidInput, NotFound

if TYPE_CHECKING:
    from promissory.app.unit_of_work import Recorded


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
    #: a note with a borrowing base: the base on ``as_of`` and each pledged asset's release price
    #: (none without ``[collateral] release_price``)
    borrowing_base: BorrowingBase | None = None
    release_prices: tuple[ReleasePrice, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        found = [self.coverage.warning] + [f.warning for f in self.filings]
        return tuple(w for w in found if w)


class CollateralDesk(Desk):
    """Pledges, releases, valuations, financing statements, transfers and parties."""

    def note_value(self, note_id: str, day: date) -> NoteValue:
        """Principal plus accrued interest (contract and default) on ``day``, from the note's ledger."""
        pos = position(self.view(note_id).ledger, day)
        return NoteValue(note_id, day, pos.principal, pos.interest + pos.default_interest)

    def _record_built(self, note_id: str, build: Callable[[], Event], *,
                      expected_head: int | None = None,
                      idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Record the event ``build`` makes with the note locked (see the unit of work)."""
        return self.write([note_id], lambda: {note_id: [Entry(build(), idempotency_key)]},
                          expected_head=expected_head)[note_id][0]  # fmt: skip

    def pledge(self, note_id: str, asset: str, day: date, *, asset_kind: str | None = None,
               value: Decimal | None = None, haircut: Decimal = Decimal(0),
               description: str = "", recorded_by: str = "", memo: str = "",
               expected_head: int | None = None, idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Pledge ``asset`` to secure ``note_id`` from ``day``: a note in the book, or another asset."""

        def build() -> Event:
            terms = self.note(note_id).terms
            known_note = self.book.has_note(asset)
            kind = asset_kind or ("note" if known_note else "other")
            if kind == "note" and not known_note:
                raise NotFound(f"no note {asset!r} in the book to pledge (pledge another asset "
                               "with a value)")  # fmt: skip
            if kind == "note" and value is not None:
                raise InvalidInput(f"note {asset} is valued from its own ledger; give no value")
            shown = description
            if kind == "note" and not shown:
                shown = self.note(asset).terms.title or f"note {asset}"
            return Pledge(
                note_id=note_id, effective_date=day, asset=asset, asset_kind=kind,
                description=shown, haircut=haircut, recorded_by=recorded_by, memo=memo,
                value=Money.of(value, terms.currency) if value is not None else None,
            )  # fmt: skip

        return self._record_built(
            note_id, build, expected_head=expected_head, idempotency_key=idempotency_key
        )

    def release(self, note_id: str, asset: str, day: date, *, price: Decimal | None = None,
                recorded_by: str = "", memo: str = "", expected_head: int | None = None,
                idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Release the pledge of ``asset`` from ``day``; ``price``: a release price agreed for
        it (otherwise the terms' ``release_price`` sets one, if they have it).  A price is paid
        by a payment recorded that day before the release (:mod:`promissory.core.borrowing_base`)."""

        def build() -> Event:
            currency = self.note(note_id).terms.currency
            return Release(note_id=note_id, effective_date=day, asset=asset, recorded_by=recorded_by,
                           memo=memo, price=Money.of(price, currency) if price is not None else None)  # fmt: skip

        return self._record_built(
            note_id, build, expected_head=expected_head, idempotency_key=idempotency_key
        )

    def revalue(self, note_id: str, asset: str, value: Decimal | None, day: date, *,
                source: str = "", recorded_by: str = "", expected_head: int | None = None, idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Record the value of a pledged asset on ``day``.

        Another asset's value is given.  A pledged note of the book takes none: its value is read
        from its own ledger (principal plus accrued interest on ``day``) and recorded, which is
        how a pledged note counts in a borrowing base (only recorded values count there); its
        coverage is always read from its ledger.
        """

        def build() -> Event:
            terms = self.note(note_id).terms
            pledged = register(self.view(note_id).events, day)
            is_note = any(i.asset == asset and i.asset_kind == "note" and i.released_on is None
                          for i in pledged)  # fmt: skip
            if is_note and value is not None:
                raise InvalidInput(f"{asset} is a note in the book: it is valued from its own "
                                   "ledger; give no value and its value on the date is recorded")  # fmt: skip
            worth, said = value, source
            if is_note:
                worth = self.note_value(asset, day).total
                said = source or f"ledger of note {asset}: principal + accrued interest on {day}"
            if worth is None:
                raise InvalidInput(f"give the value of {asset} on {day}: it is not a note pledged "
                                   f"to {note_id} that could be valued from its ledger")  # fmt: skip
            return Valuation(note_id=note_id, effective_date=day, asset=asset, source=said,
                             value=Money.of(worth, terms.currency), recorded_by=recorded_by)  # fmt: skip

        return self._record_built(
            note_id, build, expected_head=expected_head, idempotency_key=idempotency_key
        )

    def file_statement(self, note_id: str, filing_number: str, jurisdiction: str, day: date,
                       *, collateral_description: str = "", recorded_by: str = "",
                       expected_head: int | None = None, idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Record a financing statement (UCC-1) filed on ``day``; it lapses five years on."""
        return self.record(FinancingStatementFiled(
            note_id=note_id, effective_date=day, filing_number=filing_number,
            jurisdiction=jurisdiction, collateral_description=collateral_description,
            recorded_by=recorded_by,
        ), expected_head=expected_head, idempotency_key=idempotency_key)  # fmt: skip

    def continue_statement(self, note_id: str, filing_number: str, day: date, *,
                           recorded_by: str = "", expected_head: int | None = None, idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Record a continuation statement (within the six months before lapse)."""
        return self.record(FinancingStatementContinued(
            note_id=note_id, effective_date=day, filing_number=filing_number,
            recorded_by=recorded_by),
            expected_head=expected_head, idempotency_key=idempotency_key)  # fmt: skip

    def terminate_statement(self, note_id: str, filing_number: str, day: date, *,
                            filed: bool = True, recorded_by: str = "",
                            expected_head: int | None = None, idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Mark a financing statement for termination, or (``filed``) record its filed UCC-3."""
        return self.record(FinancingStatementTerminated(
            note_id=note_id, effective_date=day, filed=filed, filing_number=filing_number,
            recorded_by=recorded_by),
            expected_head=expected_head, idempotency_key=idempotency_key)  # fmt: skip

    def collateral_report(
        self, note_id: str, as_of: date, *, may_read: Callable[[str], bool] | None = None
    ) -> CollateralReport:
        """The register, coverage (collateral ÷ payoff) and financing statements of ``note_id``.

        ``may_read`` (a principal's reads): a pledged note it is False for is not valued — its
        value is withheld and left out of the coverage (:func:`~promissory.core.collateral.coverage`).
        """
        view = self.view(note_id)
        terms = view.record.terms
        items = register(view.events, as_of)
        pledged = {i.asset for i in items if i.asset_kind == "note" and i.released_on is None}
        withheld = frozenset(n for n in pledged if may_read is not None and not may_read(n))
        values = {n: self.note_value(n, as_of).total for n in sorted(pledged - withheld)}
        payoff = self.payoff(note_id, as_of).total
        cover = coverage(note_id, as_of, terms.currency, items, values, payoff,
                         terms.collateral.minimum_coverage, terms.rounding, withheld)  # fmt: skip
        filings = financing_statements(view.events, as_of, terms.collateral.lapse_warning_days)
        base, prices = self._borrowing_base(note_id, as_of)
        return CollateralReport(note_id, as_of, items, cover, filings, base, prices)

    def _borrowing_base(
        self, note_id: str, as_of: date
    ) -> tuple[BorrowingBase | None, tuple[ReleasePrice, ...]]:
        """The borrowing base on ``as_of`` and the release price of each asset in it."""
        pos = position(self.view(note_id).ledger, as_of)
        state, base = pos.state, pos.borrowing_base
        c = state.terms.collateral
        if base is None or c.release_price is None or c.advance_rate is None:
            return base, ()
        return base, tuple(release_price(state.terms.currency, c.advance_rate, c.release_price,
                                         item, state.terms.rounding) for item in state.eligible)  # fmt: skip

    # -- transfers --------------------------------------------------------------------------------

    def resolve_holder(self, name_or_id: str) -> str:
        """A party id in the book stands for its legal name; anything else is taken as the name."""
        for record in list_parties(self.book):
            if record.id == name_or_id:
                return record.party.name
        return name_or_id

    def transfer(self, note_id: str, to: str, day: date, *, basis: str | None = None,
                 assumes_obligations: bool = False, recorded_by: str = "",
                 memo: str = "", share: Decimal | None = None, assignor: str = "",
                 expected_head: int | None = None,
                 idempotency_key: str | None = None) -> Recorded:  # fmt: skip
        """Assign ``note_id`` to ``to`` (a party id or a legal name) on ``day``; with ``share``
        only that fraction of the whole note, from ``assignor`` (default: the holder of record)."""

        def build() -> Event:
            view = self.view(note_id)
            holder = self.resolve_holder(to)
            by = self.resolve_holder(assignor) if assignor else ""
            if share is None and not by and holder == holder_on(view.record.terms, view.events,
                                                                 day):  # fmt: skip
                raise InvalidInput(f"note {note_id} is already held by {holder} on {day}")
            event = Transfer(note_id=note_id, effective_date=day, holder=holder, basis=basis,
                             assumes_obligations=assumes_obligations, recorded_by=recorded_by,
                             memo=memo, share=share, assignor=by)  # fmt: skip
            problem = transfer_problem(view.record.terms, view.events, event)
            if problem:
                raise InvalidInput(problem)
            return event

        return self._record_built(
            note_id, build, expected_head=expected_head, idempotency_key=idempotency_key
        )

    def holder_history(self, note_id: str) -> tuple[Holding, ...]:
        view = self.view(note_id)
        return holders(view.record.terms, view.events)

    def holder_parts(self, note_id: str, as_of: date) -> PartsReport:
        """Each holder's part of the note's figures as of ``as_of`` (participations)."""
        view = self.view(note_id)
        return parts_report(view.ledger, view.events, as_of)

    def holder_remittances(self, note_id: str, through: date,
                           holder: str = "") -> RemittanceReport:  # fmt: skip
        """Each payment through ``through`` distributed among the note's holders (one holder's
        parts with ``holder``, a party id or a legal name): see :mod:`promissory.core.remittance`."""
        view = self.view(note_id)
        who = self.resolve_holder(holder) if holder else ""
        return remittances(view.ledger, view.events, through, who)

    # -- parties ----------------------------------------------------------------------------------

    def add_party(self, party_id: str, name: str, *, entity_type: str | None = None,
                  jurisdiction: str | None = None, address: str | None = None) -> PartyRecord:  # fmt: skip
        if not self.book.exists():
            raise BookError(f"no book at {self.book.url}: create it first (init)")
        return add_party(self.book, party_id, Party(name, entity_type, jurisdiction, address),
                         created_at=self.clock())  # fmt: skip

    def parties(self) -> list[PartyRecord]:
        return list_parties(self.book)
