"""Settlement: propose (reconcile; writes nothing), accept (one transaction), show, reverse."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from promissory.api import bodies as b
from promissory.api.gate import Caller, etag
from promissory.api.responses import json
from promissory.api.security import Reader, Writer
from promissory.app import SettlementRecord
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


@router.post("/notes/{note_id}/settlements", status_code=201)
def accept(note_id: str, body: b.AcceptBody, c: Writer) -> JSONResponse:
    """Apply the settlement in one transaction: paid, terminated, assigned, released."""
    offer = body.offer()
    done = c.write([note_id, *body.assigned()], "settle accept", lambda by: c.service.accept_settlement(
        note_id, body.date, offer, memo=body.memo, settlement_id=body.settlement_id,
        recorded_by=by))  # fmt: skip
    return json(sj.written_to_dict(done.settlement_id, done.written, done.reconciliation),
                status=201)  # fmt: skip


@router.get("/settlements/{settlement_id}")
def show(settlement_id: str, c: Reader) -> JSONResponse:
    """A settlement and every event linked to it."""
    rec = _settlement(c, settlement_id)
    return json(sj.settlement_to_dict(settlement_id, rec.event.note_id, rec.linked, rec.reversed))


@router.post("/settlements/{settlement_id}/reversal", status_code=201)
def reverse(settlement_id: str, body: b.SettlementReversalBody, c: Writer) -> JSONResponse:
    """Reverse the settlement on every note it touched, in one transaction."""
    touched = sorted({n for n, _ in _settlement(c, settlement_id).linked})
    done = c.write(touched, "settle reverse", lambda by: c.service.reverse_settlement(
        settlement_id, body.date or c.today(), reason=body.reason, recorded_by=by))  # fmt: skip
    return json(sj.written_to_dict(done.settlement_id, done.written), status=201)


def _settlement(c: Caller, settlement_id: str) -> SettlementRecord:
    """The settlement if the caller may read its note; one answer for missing and not visible."""
    try:
        rec = c.service.find_settlement(settlement_id)
        c.read(rec.event.note_id)
    except NotFound:
        raise NotFound(f"no settlement {settlement_id!r} in the book") from None
    return rec
