"""Writes on one note: every event kind, collateral, financing statements and transfers.

Each takes ``Idempotency-Key`` and ``If-Match`` (the note's ETag) and answers 201 with the event as
recorded and its Schedule A row; ``recorded_by`` is the authenticated user.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from promissory.api import bodies as b
from promissory.api.params import amount, required_amount
from promissory.api.responses import recorded
from promissory.api.routes.common import WRITE_RESPONSES, IdempotencyKey, IfMatch
from promissory.api.security import Writer

router = APIRouter(tags=["events"], responses=WRITE_RESPONSES)


@router.post("/notes/{note_id}/events", status_code=201)
def post_event(note_id: str, body: b.EventBody, c: Writer, if_match: IfMatch = None,
               idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Record an event of any kind: advance, payment (with its escrow part), default, cure,
    acceleration, reversal, expense, rate fixing, amendment, notation, opening balance, refund,
    escrow disbursement or PIK election (a reversal's date: today)."""
    fields = {"effective_date": c.today().isoformat(), **body.fields()}
    return recorded(c, note_id, f"post {body.kind}", if_match, lambda by, head: c.service.post(
        note_id, fields, recorded_by=by, expected_head=head, idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/collateral/pledges", status_code=201, tags=["collateral"])
def pledge(note_id: str, body: b.PledgeBody, c: Writer, if_match: IfMatch = None,
           idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Pledge an asset (a note in the book, or another asset with its value) to secure the note.
    A note the caller may not read is, to it, not in the book."""
    return recorded(c, note_id, "pledge", if_match, lambda by, head: c.service.pledge(
        note_id, body.asset, body.date, asset_kind=c.asset_kind(body.asset, body.asset_kind),
        value=amount(body.value, "value"),
        haircut=required_amount(body.haircut, "haircut"), description=body.description,
        memo=body.memo, recorded_by=by, expected_head=head, idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/collateral/releases", status_code=201, tags=["collateral"])
def release(note_id: str, body: b.ReleaseBody, c: Writer, if_match: IfMatch = None,
            idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Release the pledge of an asset (its release price, if any, paid that day first)."""
    return recorded(c, note_id, "release", if_match, lambda by, head: c.service.release(
        note_id, body.asset, body.date, price=amount(body.price, "price"), memo=body.memo,
        recorded_by=by, expected_head=head, idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/collateral/valuations", status_code=201, tags=["collateral"])
def valuation(note_id: str, body: b.ValuationBody, c: Writer, if_match: IfMatch = None,
              idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """The value of a pledged asset that is not a note in the book."""
    value = required_amount(body.value, "value")
    return recorded(c, note_id, "valuation", if_match, lambda by, head: c.service.revalue(
        note_id, body.asset, value, body.date, source=body.source, recorded_by=by,
        expected_head=head, idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/filings", status_code=201, tags=["collateral"])
def file_statement(note_id: str, body: b.FilingBody, c: Writer, if_match: IfMatch = None,
                   idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """A financing statement (UCC-1) filed for the note."""
    return recorded(c, note_id, "filing", if_match, lambda by, head: c.service.file_statement(
        note_id, body.filing_number, body.jurisdiction, body.date, recorded_by=by,
        collateral_description=body.collateral_description, expected_head=head,
        idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/filings/{filing_number}/continuation", status_code=201,
             tags=["collateral"])  # fmt: skip
def continue_statement(note_id: str, filing_number: str, body: b.FilingContinuationBody,
                       c: Writer, if_match: IfMatch = None,
                       idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """A continuation of a financing statement (in the six months before it lapses)."""
    return recorded(c, note_id, "filing continuation", if_match,
                    lambda by, head: c.service.continue_statement(
                        note_id, filing_number, body.date, recorded_by=by, expected_head=head,
                        idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/filings/{filing_number}/termination", status_code=201,
             tags=["collateral"])  # fmt: skip
def terminate_statement(note_id: str, filing_number: str, body: b.FilingTerminationBody,
                        c: Writer, if_match: IfMatch = None,
                        idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """The termination statement (UCC-3) of a financing statement (``mark_only``: not yet filed)."""
    return recorded(c, note_id, "filing termination", if_match,
                    lambda by, head: c.service.terminate_statement(
                        note_id, filing_number, body.date, filed=not body.mark_only,
                        recorded_by=by, expected_head=head, idempotency_key=idempotency_key))  # fmt: skip


@router.post("/notes/{note_id}/transfers", status_code=201, tags=["transfers"])
def transfer(note_id: str, body: b.TransferBody, c: Writer, if_match: IfMatch = None,
             idempotency_key: IdempotencyKey = None) -> JSONResponse:  # fmt: skip
    """Assign the note (or, with ``share``, a part of it) to a new holder on a date."""
    share = amount(body.share, "transfer share")
    return recorded(c, note_id, "transfer", if_match, lambda by, head: c.service.transfer(
        note_id, body.to, body.date, basis=body.basis, memo=body.memo, recorded_by=by,
        assumes_obligations=body.assumes_obligations, share=share, assignor=body.assignor,
        expected_head=head, idempotency_key=idempotency_key))  # fmt: skip
