"""Reports on one note: Schedule A, balance, payoff, explain, amortization, statement, OID,
collateral and holders — each as the CLI's ``--json`` prints it, with the note's ETag."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from promissory.api.gate import etag
from promissory.api.params import AsOf, KnownOn, OptionalDay, amount, moment
from promissory.api.responses import json
from promissory.api.security import Reader
from promissory.codec import settlement_json as sj
from promissory.codec.records_json import problems_to_json, to_json
from promissory.core.oid import Acquisition
from promissory.errors import InvalidInput

router = APIRouter(tags=["reports"])


@router.get("/notes/{note_id}/schedule")
def schedule(note_id: str, c: Reader, as_of: OptionalDay = None,
             known_on: KnownOn = None) -> JSONResponse:  # fmt: skip
    """Schedule A: every event, its split and the balances after it (``as_of``: as it stands at
    the end of that day, with the rows the terms make by then, such as late charges)."""
    record = c.read(note_id, known_on)
    ledger = c.service.schedule(note_id, known_on=moment(known_on), as_of=as_of).ledger
    return json(to_json(ledger), tag=etag(record))


@router.get("/notes/{note_id}/balance")
def balance(note_id: str, as_of: AsOf, c: Reader, known_on: KnownOn = None) -> JSONResponse:
    """What is owed on a day, and the note's status (with interest due)."""
    record, at = c.read(note_id, known_on), moment(known_on)
    pos = c.service.balance(note_id, as_of, known_on=at)
    due = c.service.interest_due(note_id, as_of, known_on=at)
    return json(to_json(pos, interest_due=due), tag=etag(record))


@router.get("/notes/{note_id}/payoff")
def payoff(
    note_id: str, as_of: AsOf, c: Reader, good_through: OptionalDay = None,
    days: Annotated[int, Query(ge=0, le=3660, description="Table of the next N days.")] = 0,
    known_on: KnownOn = None,
) -> JSONResponse:  # fmt: skip
    """A payoff quote: everything needed to pay the note in full, per diem, the N-day table."""
    record = c.read(note_id, known_on)
    quote = c.service.payoff(note_id, as_of, good_through=good_through, days=days,
                             known_on=moment(known_on))  # fmt: skip
    return json(to_json(quote, rounding=record.terms.rounding), tag=etag(record))


@router.get("/notes/{note_id}/explain")
def explain(note_id: str, as_of: AsOf, c: Reader, known_on: KnownOn = None) -> JSONResponse:
    """Every accrual segment of the interest, down to the day-count fraction."""
    record = c.read(note_id, known_on)
    x = c.service.explain(note_id, as_of, known_on=moment(known_on))
    data = to_json(x, rounding=record.terms.rounding)
    installment = c.service.installment_explanation(note_id, as_of)  # a note with [schedule]
    if installment is not None:
        data["installment"] = to_json(installment)
    return json(data, tag=etag(record))


@router.get("/notes/{note_id}/amortization")
def amortization(note_id: str, c: Reader, as_of: OptionalDay = None) -> JSONResponse:
    """The amortization table and how the installment is computed."""
    record = c.read(note_id)
    return json(to_json(c.service.amortization(note_id, as_of=as_of)), tag=etag(record))


@router.get("/notes/{note_id}/statement")
def statement(note_id: str, as_of: AsOf, c: Reader) -> JSONResponse:
    """What is due on a note with installments: past due, next amount due, aging, payoff."""
    record = c.read(note_id)
    return json(to_json(c.service.statement(note_id, as_of)), tag=etag(record))


def acquisition(acquired_on: OptionalDay, price: str | None) -> Acquisition | None:
    """A later holder's purchase: both the day and the price, or neither."""
    if (acquired_on is None) != (price is None):
        raise InvalidInput("a later holder needs both acquired_on and price (or neither)")
    value = amount(price, "price")
    return (
        Acquisition(acquired_on, value) if acquired_on is not None and value is not None else None
    )


@router.get("/notes/{note_id}/oid")
def oid(
    note_id: str, c: Reader,
    year: Annotated[int | None, Query(ge=1900, le=9999)] = None,
    acquired_on: OptionalDay = None,
    price: Annotated[str | None, Query(max_length=40)] = None,
    holder: Annotated[str | None, Query(max_length=200)] = None,
    advance: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    known_on: KnownOn = None,
) -> JSONResponse:  # fmt: skip
    """Issue price, yield, OID and the year-by-year schedule (per advance and total)."""
    record = c.read(note_id, known_on)
    result = c.service.note_oid(note_id, year=year, holder=holder, advance=advance,
                                acquisition=acquisition(acquired_on, price),
                                known_on=moment(known_on))  # fmt: skip
    return json(to_json(result), tag=etag(record))


@router.get("/notes/{note_id}/collateral")
def collateral(note_id: str, as_of: AsOf, c: Reader) -> JSONResponse:
    """The collateral register, coverage and financing statements, with warnings."""
    record = c.read(note_id)
    rep = c.acting.collateral_report(note_id, as_of)
    return json(sj.collateral_to_dict(note_id, as_of, rep.coverage.currency, rep.register,
                                      rep.coverage, rep.filings, rep.warnings, rep.borrowing_base,
                                      rep.release_prices), tag=etag(record))  # fmt: skip


@router.get("/notes/{note_id}/holders")
def holders(note_id: str, c: Reader) -> JSONResponse:
    """Who held the note, from when, and on what basis."""
    record = c.read(note_id)
    return json(sj.holdings_to_dict(note_id, c.service.holder_history(note_id)), tag=etag(record))


@router.get("/notes/{note_id}/holders/parts")
def holder_parts(note_id: str, as_of: AsOf, c: Reader) -> JSONResponse:
    """Each holder's part of the note's figures on a day (participations); each column adds up
    to the note's."""
    record = c.read(note_id)
    return json(to_json(c.service.holder_parts(note_id, as_of)), tag=etag(record))


@router.get("/notes/{note_id}/remittances")
def remittances(
    note_id: str, through: AsOf, c: Reader,
    holder: Annotated[str | None, Query(max_length=200)] = None,
) -> JSONResponse:  # fmt: skip
    """Each payment through a day distributed among the note's holders (one holder's
    remittance report with ``holder``); the parts add up to each payment."""
    record = c.read(note_id)
    report = c.service.holder_remittances(note_id, through, holder or "")
    return json(to_json(report), tag=etag(record))


@router.get("/notes/{note_id}/problems")
def problems(note_id: str, as_of: AsOf, c: Reader) -> JSONResponse:
    """The note's broken rules and its warnings on a day (installments long past due)."""
    record = c.read(note_id)
    return json(problems_to_json(note_id, as_of, c.service.problems(note_id),
                                 c.service.notices(note_id, as_of), record.terms.rounding),
                tag=etag(record))  # fmt: skip
