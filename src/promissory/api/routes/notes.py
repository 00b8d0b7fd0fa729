"""``/api/notes``: the notes the caller may read, adding a note from its terms, one note's terms."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from promissory.api.gate import etag
from promissory.api.params import OptionalDay
from promissory.api.responses import json
from promissory.api.routes.common import raw_body, read_text
from promissory.api.security import Reader, Writer
from promissory.codec.records_json import to_json
from promissory.codec.terms_toml import dumps_terms

router = APIRouter(tags=["notes"])


@router.get("/notes")
def list_notes(c: Reader, as_of: OptionalDay = None) -> JSONResponse:
    """The notes the caller may read, with their status as of a day (default today)."""
    return json(to_json(c.acting.notes(as_of)))


@router.post("/notes", status_code=201, openapi_extra=raw_body(
    "application/toml", "The note's terms file (TOML; docs/terms-format.md)."))  # fmt: skip
async def add_note(request: Request, c: Writer) -> JSONResponse:
    """Add a note from its terms (TOML); a servicer may add notes only for lenders it services."""
    terms = await run_in_threadpool(c.acting.add_note, await read_text(request, "terms", 1 << 20))
    record = c.read(terms.id)
    return json(to_json(record), tag=etag(record), status=201)


@router.get("/notes/{note_id}", responses={200: {"content": {"application/toml": {}}}})
def show_note(note_id: str, c: Reader, format: Literal["json", "toml"] = "json") -> Response:
    """A note's terms and how many events it has (``format=toml``: its terms file)."""
    record = c.read(note_id)
    if format == "toml":
        return Response(dumps_terms(record.terms), media_type="application/toml",
                        headers={"ETag": etag(record)})  # fmt: skip
    return json(to_json(record), tag=etag(record))


@router.get("/notes/{note_id}/verify")
def verify_note(note_id: str, c: Reader) -> JSONResponse:
    """The note's hash chain from its terms on, its replay rules and checkpoints: what is wrong
    (an audit)."""
    return json(to_json(c.acting.verify(note_id)), tag=etag(c.service.note(note_id)))
