"""Settlement: propose (reconcile; writes nothing), accept (one transaction), show, reverse."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from promissory.api import bodies as b
from promissory.api.gate import Caller, etag
from promissory.api.responses import json
from promissory.api.routes.common import WRITE_RESPONSES, IdempotencyKey, IfMatch
from promissory.api.security import Reader, Writer
from promissory.app import Applied, SettlementRecord
from promissory.codec import settlement_json as sj
from promissory.codec.records_json import to_json
from promissory.errors import NotFound

router = APIRouter(tags=["settlement"])


@router.post("/notes/{note_id}/settlement/proposal")
def propose(note_id: str, body: b.OfferBody, c: Reader) -> JSONResponse:
    """Reconcile the consideration with the payoff on the day, to the cent (writes nothing)."""
    record = c.read(note_id)
    for other in body.assigned():
        c.read(other)
    return json(to_json(c.service.propose_settlement(note_id, body.date, body.offer())),
                tag=etag(record))  # fmt: skip


@router.post("/notes/{note_id}/settlements", status_code=201, responses=WRITE_RESPONSES)
def accept(note_id: str, body: b.AcceptBody, c: Writer, if_match: IfMatch = None,
           idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Apply the settlement in one transaction: paid, terminated, assigned, released.

    ``If-Match``: the loan's ETag; ``Idempotency-Key``: the same request again writes nothing and
    answers with what the first wrote (``Idempotent-Replayed: true``)."""
    offer = body.offer()
    done = c.write([note_id, *body.assigned()], "settle accept", lambda by: c.service.accept_settlement(
        note_id, body.date, offer, memo=body.memo, settlement_id=body.settlement_id,
        recorded_by=by, expected_head=c.head(note_id, if_match),
        idempotency_key=idempotency_key))  # fmt: skip
    return _applied(c, note_id, done, sj.written_to_dict(done.settlement_id, done.written,
                                                         done.reconciliation))  # fmt: skip


@router.get("/settlements/{settlement_id}")
def show(settlement_id: str, c: Reader) -> JSONResponse:
    """A settlement and every event linked to it."""
    rec = _settlement(c, settlement_id)
    return json(sj.settlement_to_dict(settlement_id, rec.event.note_id, rec.linked, rec.reversed))


@router.post("/settlements/{settlement_id}/reversal", status_code=201, responses=WRITE_RESPONSES)
def reverse(settlement_id: str, body: b.SettlementReversalBody, c: Writer,
            if_match: IfMatch = None, idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Reverse the settlement on every note it touched, in one transaction (``If-Match``: the
    ETag of the note it paid; ``Idempotency-Key`` as for accepting)."""
    found = _settlement(c, settlement_id)
    loan = found.event.note_id
    touched = sorted(c.service.book.settlement_notes(settlement_id))  # reversed or not
    done = c.write(touched, "settle reverse", lambda by: c.service.reverse_settlement(
        settlement_id, body.date or c.today(), reason=body.reason, recorded_by=by,
        expected_head=c.head(loan, if_match), idempotency_key=idempotency_key))  # fmt: skip
    return _applied(c, loan, done, sj.written_to_dict(done.settlement_id, done.written))


def _applied(c: Caller, loan: str, done: Applied, data: dict[str, Any]) -> JSONResponse:
    """201 with what was written (or, repeated, what the first request wrote) and the loan's ETag."""
    headers = {"Idempotent-Replayed": "true"} if done.repeated else {}
    headers["ETag"] = etag(c.service.note(loan))
    return JSONResponse(data, status_code=201, headers=headers)


def _settlement(c: Caller, settlement_id: str) -> SettlementRecord:
    """The settlement if the caller may read its note; one answer for missing and not visible."""
    try:
        rec = c.service.find_settlement(settlement_id)
        c.read(rec.event.note_id)
    except NotFound:
        raise NotFound(f"no settlement {settlement_id!r} in the book") from None
    return rec
