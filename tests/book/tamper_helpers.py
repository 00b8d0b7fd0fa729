"""Editing a book or a bundle the way someone outside promissory would (for integrity tests).

Imported by name, like ``storage_helpers``.  ``rehash_bundle`` is the careful forger: after an
edit it recomputes every hash a bundle carries (creation hashes, the event chain, heads and the
end record's counts), so only what the hashes cannot vouch for can catch the edit.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from promissory.app import Promissory
from promissory.book import store


def sql(app: Promissory, statement: str, **params: Any) -> None:
    with app.book.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def read_bundle(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_bundle(path: Path, records: list[dict[str, Any]]) -> None:
    text = "".join(
        json.dumps(r, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
        for r in records
    )
    path.write_text(text, encoding="utf-8")


def rehash_bundle(records: list[dict[str, Any]], *, creation: bool = True) -> list[dict[str, Any]]:
    """Recompute every note's chain (and, with ``creation``, its creation hash) after an edit."""
    notes: dict[str, dict[str, Any]] = {}
    prev: dict[str, str] = {}
    counts = {"parties": 0, "notes": 0, "events": 0}
    for r in records:
        kind = r["record"]
        if kind == "party":
            counts["parties"] += 1
        elif kind == "note":
            counts["notes"] += 1
            if creation and hasattr(store, "creation_hash"):  # (bundles before version 2 had none)
                r["creation_hash"] = store.creation_hash(r["id"], r["terms"],
                                                   datetime.fromisoformat(r["created_at"]),
                                                   r["created_by"])  # fmt: skip
            notes[r["id"]] = r
            prev[r["id"]] = r.get("creation_hash", "0" * 64)
            r["head"], r["head_hash"] = 0, prev[r["id"]]
        elif kind == "event":
            counts["events"] += 1
            note = notes[r["note_id"]]
            r["prev_hash"] = prev[r["note_id"]]
            r["hash"] = store.chain_hash(r["prev_hash"], store.canonical(r["payload"]))
            prev[r["note_id"]] = r["hash"]
            note["head"], note["head_hash"] = r["seq"], r["hash"]
        elif kind == "end":
            r.update(counts)
    return records
