"""What the routers share: the write headers and raw bodies (TOML, CSV, JSON Lines, text)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Header, Request

from promissory.errors import InvalidInput

IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", max_length=200,
           description="The note's ETag (its ledger head) as a read returned it; 409 if stale."),
]  # fmt: skip
IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", min_length=1, max_length=200,
           description="Repeat-safe key: the same write again answers as the first time."),
]  # fmt: skip

WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"description": "Recorded: the event and its Schedule A row (header ETag: the new head)"},
    409: {
        "description": "The If-Match head is stale, or the Idempotency-Key names another request"
    },
    422: {"description": "Refused: the event would break a rule of the note (the problems)"},
}


def raw_body(media_type: str, description: str) -> dict[str, Any]:
    """``openapi_extra`` documenting a raw (non-JSON) request body."""
    return {"requestBody": {"required": True, "description": description,
                            "content": {media_type: {"schema": {"type": "string"}}}}}  # fmt: skip


async def read_text(request: Request, what: str, limit: int) -> str:
    """The request body as UTF-8 text of at most ``limit`` bytes."""
    data = await read_bytes(request, what, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{what} is not UTF-8 text (byte {error.start})") from None


async def read_bytes(request: Request, what: str, limit: int) -> bytes:
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise InvalidInput(f"{what} is larger than {limit} bytes")
    if not data:
        raise InvalidInput(f"{what} is empty")
    return bytes(data)


@contextmanager
def as_file(data: bytes, suffix: str) -> Iterator[Path]:
    """``data`` in a temporary file, for the facade's file-based desks (removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="promissory-api-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        yield path
