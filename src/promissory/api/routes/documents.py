"""Documents as downloads: the note, Schedule A, a payoff letter, a statement, the OID statement
and a settlement's release, in txt, md, html or pdf (``format``, default html)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from promissory.api.params import AsOf, KnownOn, OptionalDay, moment
from promissory.api.responses import MEDIA_TYPES, document
from promissory.api.routes.reports import acquisition
from promissory.api.routes.settlement import _settlement
from promissory.api.security import Reader

Form = Annotated[Literal["txt", "md", "html", "pdf"], Query(description="Document format.")]
DOCUMENT = {200: {"content": {m.split(";")[0]: {} for m in MEDIA_TYPES.values()},
                  "description": "The document (Content-Disposition: attachment)"}}  # fmt: skip

router = APIRouter(tags=["documents"], responses=DOCUMENT)  # type: ignore[arg-type]


@router.get("/notes/{note_id}/documents/note")
def note_document(note_id: str, c: Reader, format: Form = "html") -> Response:
    """The promissory note, written from its terms."""
    c.read(note_id)
    return document(c.service.note_document(note_id, format), f"{note_id}-note")


@router.get("/notes/{note_id}/documents/schedule")
def schedule_document(note_id: str, c: Reader, format: Form = "html",
                      known_on: KnownOn = None) -> Response:  # fmt: skip
    """Schedule A to the note: every Loan, payment and notation, with balances."""
    c.read(note_id, known_on)
    rendered = c.service.schedule_a_document(note_id, format, known_on=moment(known_on))
    return document(rendered, f"{note_id}-schedule-a")


@router.get("/notes/{note_id}/documents/payoff")
def payoff_letter(
    note_id: str, as_of: AsOf, c: Reader, format: Form = "html", good_through: OptionalDay = None,
    days: Annotated[int, Query(ge=0, le=3660)] = 0, letter_date: OptionalDay = None,
    known_on: KnownOn = None,
) -> Response:  # fmt: skip
    """A payoff letter: the figures, per diem, good-through date, place and manner of payment."""
    c.read(note_id, known_on)
    rendered = c.service.payoff_letter_document(
        note_id, format, as_of=as_of, good_through=good_through, days=days,
        letter_date=letter_date, known_on=moment(known_on))  # fmt: skip
    return document(rendered, f"{note_id}-payoff-{as_of}")


@router.get("/notes/{note_id}/documents/statement")
def statement_document(note_id: str, as_of: AsOf, c: Reader, format: Form = "html") -> Response:
    """A statement of a note with installments: amount due, past due, payoff, where to pay."""
    c.read(note_id)
    rendered = c.service.statement_document(note_id, format, as_of=as_of)
    return document(rendered, f"{note_id}-statement-{as_of}")


@router.get("/notes/{note_id}/documents/oid")
def oid_document(
    note_id: str, c: Reader, format: Form = "html",
    year: Annotated[int | None, Query(ge=1900, le=9999)] = None,
    acquired_on: OptionalDay = None, price: Annotated[str | None, Query(max_length=40)] = None,
    holder: Annotated[str | None, Query(max_length=200)] = None,
    advance: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    statement_date: OptionalDay = None, known_on: KnownOn = None,
) -> Response:  # fmt: skip
    """The OID holder statement of one advance of the note."""
    c.read(note_id, known_on)
    rendered = c.service.note_oid_document(
        note_id, format, advance=advance, year=year, holder=holder,
        acquisition=acquisition(acquired_on, price), statement_date=statement_date or c.today(),
        known_on=moment(known_on))  # fmt: skip
    return document(rendered, f"{note_id}-oid")


@router.get("/settlements/{settlement_id}/documents/release")
def release_document(settlement_id: str, c: Reader, format: Form = "html") -> Response:
    """The letter agreement and release of a settlement."""
    _settlement(c, settlement_id)
    rendered = c.service.settlement_release_document(settlement_id, format)
    return document(rendered, f"{settlement_id}-release")
