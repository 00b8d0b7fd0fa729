"""A note's terms are part of its hash chain: an edit of the stored terms, or of a bundle's, is named.

Before revision 0003 no hash covered the terms: changing the rate from 0.08 to 0.18 in the
``notes`` row changed every balance while ``verify`` said intact, and a bundle with edited terms
imported silently.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from unittest import mock

import pytest
import sqlalchemy as sa
from storage_helpers import NOTE, SEED_TERMS, Clock
from tamper_helpers import read_bundle, rehash_bundle, sql, write_bundle

from promissory.app import Promissory
from promissory.book import bundle, store
from promissory.book.schema import notes
from promissory.codec import terms_toml
from promissory.errors import IntegrityError

RATE_EDIT = "UPDATE notes SET terms = REPLACE(terms, 'rate = \"0.08\"', 'rate = \"0.18\"')"


@pytest.fixture
def app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock())
    p.init()
    p.add_note(SEED_TERMS)
    p.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    p.post(NOTE, {"kind": "payment", "effective_date": date(2002, 1, 5), "amount": "1000.00"})
    return p


def _rehash_creation(app: Promissory) -> None:
    """Recompute the stored creation hash after the edit (a forger who knows the scheme)."""
    with app.book.engine.begin() as conn:
        row = conn.execute(sa.select(notes).where(notes.c.id == NOTE)).one()
        digest = store.creation_hash(NOTE, row.terms, row.created_at, row.created_by)
        conn.execute(sa.text("UPDATE notes SET creation_hash = :h WHERE id = :i"),
                     {"h": digest, "i": NOTE})  # fmt: skip


def test_verify_names_an_edited_terms_row(app: Promissory) -> None:
    before = app.balance(NOTE, date(2002, 6, 30)).total
    assert app.verify() == []
    sql(app, RATE_EDIT)
    Promissory(app.book.url).balance(NOTE, date(2002, 6, 30))  # the edit does change figures
    assert Promissory(app.book.url).balance(NOTE, date(2002, 6, 30)).total != before
    problems = app.verify()
    assert [(p.seq, p.what) for p in problems if p.what != "checkpoint"] == [(0, "terms")]
    assert f"terms of note {NOTE} were edited" in problems[0].message
    assert str(problems[0]).startswith(f"{NOTE} terms: ")


def test_verify_names_an_edited_terms_row_whose_creation_hash_was_recomputed(
    app: Promissory,
) -> None:
    sql(app, RATE_EDIT)
    _rehash_creation(app)
    problems = app.verify(NOTE)
    assert [(p.seq, p.what) for p in problems] == [(0, "terms")]
    assert "edited and re-hashed: event #1 chains to a different creation record" in str(
        problems[0]
    )


def test_a_note_without_events_has_its_terms_anchored_by_its_head(book_url: str) -> None:
    app = Promissory(book_url, clock=Clock())
    app.init()
    app.add_note(SEED_TERMS)
    assert app.book.head(NOTE) == (0, app.note(NOTE).creation_hash)
    sql(app, RATE_EDIT)
    _rehash_creation(app)
    problems = app.verify(NOTE)
    assert [(p.seq, p.what) for p in problems] == [(0, "terms")]
    assert "the note's head records a different creation record" in problems[0].message


def test_an_event_after_the_terms_chains_to_them(app: Promissory) -> None:
    first = app.book.stored_events(NOTE)[0]
    assert first.prev_hash == app.note(NOTE).creation_hash
    assert app.note(NOTE).creation_hash != "0" * 64


def test_import_refuses_a_bundle_whose_terms_were_edited(app: Promissory, tmp_path: Path) -> None:
    path = tmp_path / "book.jsonl"
    app.export_book(path)
    text = path.read_text(encoding="utf-8")
    assert 'rate = \\"0.08\\"' in text
    path.write_text(text.replace('rate = \\"0.08\\"', 'rate = \\"0.18\\"'), encoding="utf-8")
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    with pytest.raises(IntegrityError, match=f"note {NOTE}: its terms were edited"):
        target.import_book(path)
    assert target.book.note_ids() == []


def test_import_refuses_a_bundle_whose_terms_were_edited_and_rehashed(
    app: Promissory, tmp_path: Path
) -> None:
    path = tmp_path / "book.jsonl"
    app.export_book(path)
    records = read_bundle(path)
    note = next(r for r in records if r["record"] == "note")
    note["terms"] = note["terms"].replace('rate = "0.08"', 'rate = "0.18"')
    created_at = datetime.fromisoformat(note["created_at"])
    note["creation_hash"] = store.creation_hash(NOTE, note["terms"], created_at, note["created_by"])
    write_bundle(path, records)
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    with pytest.raises(IntegrityError, match=f"note {NOTE}: its terms were edited and re-hashed"):
        target.import_book(path)
    # only a forger who rewrites the whole chain gets through (the limit docs/storage.md states)
    write_bundle(path, rehash_bundle(records))
    target.import_book(path)
    assert target.book.note_ids() == [NOTE]


def test_a_version_1_bundle_without_creation_hashes_imports_as_legacy(
    app: Promissory, tmp_path: Path
) -> None:
    """Bundles written before creation hashes: refused unless the caller says it is a legacy bundle
    it trusts; then events chained to zeros, hashes computed on import."""
    path = tmp_path / "book.jsonl"
    app.export_book(path)
    records = read_bundle(path)
    records[0]["version"] = 1
    for r in records:
        r.pop("creation_hash", None)
    write_bundle(path, rehash_bundle(records, creation=False))
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    with pytest.raises(IntegrityError, match="carries no creation hashes"):
        target.import_book(path)
    assert target.book.note_ids() == []
    target.import_book(path, legacy=True)
    assert target.book.stored_events(NOTE)[0].prev_hash == "0" * 64
    assert target.verify() == []
    assert target.balance(NOTE, date(2002, 6, 30)) == app.balance(NOTE, date(2002, 6, 30))
    assert target.import_book(path, legacy=True).notes_present == 1  # and it too is idempotent
    sql(target, RATE_EDIT)
    assert [p.what for p in target.verify()] == ["terms"]


def test_a_bundle_whose_header_was_downgraded_to_version_1_is_refused(
    app: Promissory, tmp_path: Path
) -> None:
    """Setting the header to version 1 would skip the creation-hash check (a note with no events
    has nothing else to disagree with its edited terms); its note records still carry their
    creation hashes, which gives it away, even for a legacy import."""
    empty = Promissory(f"sqlite:///{tmp_path / 'empty.db'}", clock=app.clock)
    empty.init()
    empty.add_note(app.note(NOTE).terms)
    path = tmp_path / "book.jsonl"
    empty.export_book(path)
    records = read_bundle(path)
    records[0]["version"] = 1
    for r in records:
        if r["record"] == "note":
            r["terms"] = r["terms"].replace('rate = "0.08"', 'rate = "0.18"')
    write_bundle(path, records)
    target = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    target.init()
    for legacy in (False, True):
        with pytest.raises(IntegrityError):
            target.import_book(path, legacy=legacy)
    assert target.book.note_ids() == []


def _misread(text: str) -> dict[str, object]:
    """rtoml reading the rate wrong: what a parser that disagrees with tomllib would do."""
    data = tomllib.loads(text)
    data["interest"]["rate"] = "0.18"  # type: ignore[index]
    return data


def test_verify_and_import_name_terms_the_two_parsers_read_differently(
    app: Promissory, tmp_path: Path
) -> None:
    """The book reads terms with rtoml; ``verify`` and ``import`` check the text reads the same
    under tomllib, so no figure can depend on which parser read it."""
    path = tmp_path / "book.jsonl"
    app.export_book(path)
    store._terms.cache_clear()
    bundle._terms.cache_clear()  # each cached by text: read again under the misreading parser
    with mock.patch.object(terms_toml.rtoml, "loads", _misread):
        problems = [p for p in app.verify() if p.what == "inconsistent"]
        assert [p.seq for p in problems] == [0]
        assert "reads differently under rtoml" in problems[0].message
        target = Promissory(f"sqlite:///{tmp_path / 'target.db'}", clock=Clock())
        target.init()
        with pytest.raises(IntegrityError, match="reads differently under rtoml"):
            target.import_book(path)
    store._terms.cache_clear()
    bundle._terms.cache_clear()
    assert app.verify() == []
