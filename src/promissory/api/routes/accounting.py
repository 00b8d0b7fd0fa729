"""Accounting and the portfolio over HTTP: a note's journal for a party (JSON, Beancount or CSV,
as ``promissory journal`` writes it), its trial balance and reconciliation, the closes of periods,
and the portfolio of the notes the caller may read (auditors and administrators: the whole book)."""

from __future__ import annotations

import json as jsonlib
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from promissory.api.gate import etag
from promissory.api.params import AsOf, Body, OptionalDay
from promissory.api.responses import json
from promissory.api.security import Reader, Writer
from promissory.app.access import Action
from promissory.codec import journal_export as x
from promissory.codec.chart_toml import load_chart
from promissory.core.accounting import frequency_of

router = APIRouter(tags=["accounting"])

PartyQ = Annotated[Literal["lender", "borrower"], Query(description="Whose books.")]
FrequencyQ = Annotated[
    Literal["daily", "monthly", "quarterly"], Query(description="Period ends for accruals.")
]
FORMATS = {"json": "application/json", "beancount": "text/plain", "csv": "text/csv"}


@router.get(
    "/notes/{note_id}/journal", responses={200: {"content": {m: {} for m in FORMATS.values()}}}
)
def journal(note_id: str, party: PartyQ, c: Reader, start: OptionalDay = None,
            end: OptionalDay = None, frequency: FrequencyQ = "monthly",
            format: Literal["json", "beancount", "csv"] = "json",
            holder: Annotated[str | None, Query(max_length=200)] = None) -> Response:  # fmt: skip
    """The double-entry journal of a note for the lender or the borrower (``start``..``end``);
    ``holder``: of a note held in parts, only that holder's books (the lender's side)."""
    record = c.read(note_id)
    chart = load_chart(None)
    (j,) = c.service.journal([note_id], party, through=end, frequency=frequency_of(frequency),
                             holder=holder or "")  # fmt: skip
    if format == "beancount":
        text = x.to_beancount((j,), chart, start=start, title=f"{note_id} — {party}")
    elif format == "csv":
        text = x.to_csv((j,), chart, start=start)
    else:
        text = jsonlib.dumps(x.to_json((j,), chart, start=start), ensure_ascii=False)
    return Response(text, media_type=FORMATS[format], headers={"ETag": etag(record)})


@router.get("/notes/{note_id}/trial-balance")
def trial_balance(note_id: str, party: PartyQ, as_of: AsOf, c: Reader,
                  frequency: FrequencyQ = "monthly") -> JSONResponse:  # fmt: skip
    """The trial balance of a note's journal for a party at the end of a day."""
    record = c.read(note_id)
    tb = c.service.trial_balance(note_id, party, as_of, frequency=frequency_of(frequency))
    return json(x.trial_balance_json(tb, load_chart(None)), tag=etag(record))


@router.get("/notes/{note_id}/reconciliation")
def reconciliation(note_id: str, party: PartyQ, end: AsOf, c: Reader,
                   frequency: FrequencyQ = "monthly") -> JSONResponse:  # fmt: skip
    """Every receivable or payable account tied to the engine's balances at every period end."""
    record = c.read(note_id)
    j, lines = c.service.reconcile(note_id, party, end, frequency=frequency_of(frequency))
    return json({"note": j.note_id, "party": j.party, "currency": j.currency,
                 "ties": all(t.ties for t in lines), "lines": [x.tie_json(t) for t in lines]},
                tag=etag(record))  # fmt: skip


@router.get("/closes")
def closes(c: Reader, party: Literal["lender", "borrower"] | None = None) -> JSONResponse:
    """The accounting periods closed (audit)."""
    c.acting.require(Action.AUDIT)
    return json([p.to_json() for p in c.service.closed_periods(party)])


class CloseBody(Body):
    """Close ``period`` (2002-03, 2002-Q1 or 2002-03-31) for ``party`` on every note of the book,
    or on ``notes``; its journal is never rewritten."""

    period: str
    party: Literal["lender", "borrower"]
    notes: list[str] | None = None


@router.post("/closes", status_code=201)
def close(body: CloseBody, c: Writer) -> JSONResponse:
    """Close a period (recording on every note it covers; the whole book: administrators)."""
    closed = c.acting.writing(body.notes or [], f"close {body.period} {body.party}",
                              lambda by: c.service.close_period(body.period, body.party,
                                                                note_ids=body.notes,
                                                                closed_by=by))  # fmt: skip
    return json(closed.to_json(), status=201)


@router.get("/portfolio")
def portfolio(as_of: AsOf, c: Reader,
              group_by: Literal["lender", "borrower", "status", "currency"] = "lender",
              ) -> JSONResponse:  # fmt: skip
    """The totals on a day of the notes the caller may read (every role; auditors and
    administrators: the whole book), computed over those notes alone."""
    report = c.acting.portfolio(as_of, group_by=group_by)
    return json(report.to_json())
