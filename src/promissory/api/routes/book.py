"""The whole book and tools with no note: verify, export, import, onboarding, parties, day counts,
extraction and standalone OID terms."""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from promissory.api.bodies import PartyBody
from promissory.api.params import Day, OptionalDay
from promissory.api.responses import json
from promissory.api.routes.common import as_file, raw_body, read_bytes, read_text
from promissory.api.routes.reports import acquisition
from promissory.api.security import Reader, Writer
from promissory.app import oid as oid_desk
from promissory.app.access import Action
from promissory.codec import settlement_json as sj
from promissory.codec.records_json import to_json

router = APIRouter(tags=["book"])


@router.get("/verify")
def verify(c: Reader) -> JSONResponse:
    """Every note's hash chain, replay rules and checkpoints (audit): what is wrong, if anything."""
    return json(to_json(c.acting.verify()))


@router.get("/export", responses={200: {"content": {"application/x-ndjson": {}}}})
def export(c: Reader) -> Response:
    """The whole book as a portable bundle (JSON Lines; audit)."""
    with as_file(b"", ".jsonl") as path:
        c.acting.export_book(path)
        data = path.read_bytes()
    return Response(data, media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="book.jsonl"'})  # fmt: skip


@router.post("/import", openapi_extra=raw_body("application/x-ndjson", "A bundle (JSON Lines)."))
async def import_book(request: Request, c: Writer, legacy: bool = False) -> JSONResponse:
    """Read a bundle into the book, refused whole if its hashes do not verify (administrators)."""
    c.book(Action.ADMIN, "import")
    data = await read_bytes(request, "bundle", 1 << 30)
    with as_file(data, ".jsonl") as path:
        counts = await run_in_threadpool(
            c.write, [], "import", lambda by: c.service.import_book(path, legacy=legacy)
        )
    return json(to_json(counts))


@router.post("/onboard", openapi_extra=raw_body("text/csv", "Notes or events as CSV."))
async def onboard(request: Request, c: Writer, kind: Literal["notes", "events"] | None = None,
                  source: str | None = None) -> JSONResponse:  # fmt: skip
    """Onboard notes, or events of existing notes, from CSV (administrators): a note's rows all
    go in, or none; the report lists every rejected row.

    Rows without a ``key`` column are keyed by their content and ``source``, the file's name:
    the same file sent again posts nothing twice, an identical row of another file is a new event.
    Without ``source`` the upload's SHA-256 names it (so only the very same bytes count as the
    same file: send a grown file again under the ``source`` it was first sent as)."""
    c.book(Action.ADMIN, "onboard")
    data = await read_bytes(request, "CSV", 1 << 28)
    named = source or f"upload-{hashlib.sha256(data).hexdigest()}"
    with as_file(data, ".csv") as path:
        report = await run_in_threadpool(c.write, [], "onboard", lambda by: c.service.onboard(
            path, kind=kind, recorded_by=by, source=named))  # fmt: skip
    return json(to_json(report))


@router.get("/parties")
def parties(c: Reader) -> JSONResponse:
    """The legal persons in the book (audit)."""
    c.book(Action.AUDIT, "party list")
    return json([sj.party_to_dict(r.id, r.party) for r in c.service.parties()])


@router.post("/parties", status_code=201)
def add_party(body: PartyBody, c: Writer) -> JSONResponse:
    """Add a party under a short id (administrators)."""
    rec = c.write([], "party add", lambda by: c.service.add_party(
        body.id, body.name, entity_type=body.entity_type, jurisdiction=body.jurisdiction,
        address=body.address))  # fmt: skip
    return json(sj.party_to_dict(rec.id, rec.party), status=201)


@router.get("/daycount")
def daycount(
    convention: Annotated[str, Query(max_length=40)], start: Day, end: Day, c: Reader,
    termination_date: OptionalDay = None, reference_start: OptionalDay = None,
    reference_end: OptionalDay = None, frequency: Annotated[int | None, Query(ge=1, le=12)] = None,
) -> JSONResponse:  # fmt: skip
    """Days and the exact year fraction between two dates under a convention."""
    c.book(Action.READ, "count days")
    return json(to_json(c.service.daycount(
        convention, start, end, termination_date=termination_date,
        reference_start=reference_start, reference_end=reference_end, frequency=frequency)))  # fmt: skip


@router.post("/extract", openapi_extra=raw_body("text/plain", "A note, loan agreement or letter."))
async def extract(request: Request, c: Reader) -> JSONResponse:
    """Read a document (plain text) and propose its terms (nothing is written)."""
    c.book(Action.READ, "extract terms")
    data = await read_bytes(request, "document", 10_000_000)
    with as_file(data, ".txt") as path:
        found = await run_in_threadpool(c.service.extract_document, path)
    return json(c.service.extraction_json(found))


@router.post("/oid", openapi_extra=raw_body("application/toml", "A standalone OID terms file."))
async def oid_terms(
    request: Request, c: Reader, year: Annotated[int | None, Query(ge=1900, le=9999)] = None,
    acquired_on: OptionalDay = None, price: Annotated[str | None, Query(max_length=40)] = None,
    holder: Annotated[str | None, Query(max_length=200)] = None,
) -> JSONResponse:  # fmt: skip
    """Issue price, yield, OID and the schedule of a bond from its OID terms (no book needed)."""
    c.book(Action.READ, "compute OID")
    bought = acquisition(acquired_on, price)
    text = await read_text(request, "OID terms", 1_000_000)  # not UTF-8: named, not the temp path
    with as_file(text.encode("utf-8"), ".toml") as path:
        statement = await run_in_threadpool(oid_desk.terms_file_oid, path, year=year,
                                            acquisition=bought)  # fmt: skip
    return json({"holder": holder, **to_json(statement)})
