"""A checkpoint is bound to its content hash and re-derived by ``verify``; an edited one is never served.

Before, a checkpoint was trusted blindly: editing a cached checkpoint's principal
(1,000,000.00 → 10.00) changed a payoff quote to a few dollars and ``verify`` passed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from storage_helpers import NOTE, SEED_TERMS, Clock
from tamper_helpers import sql

from promissory.app import Promissory
from promissory.book import store
from promissory.book.schema import checkpoints
from promissory.cli import cli

AS_OF = date(2002, 3, 29)
EDIT = "UPDATE checkpoints SET state = REPLACE(state, '\"principal\":\"1000000.00\"', " \
       "'\"principal\":\"10.00\"')"  # fmt: skip


@pytest.fixture
def app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock(), checkpoint_every=2)
    p.init()
    p.add_note(SEED_TERMS)
    p.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000000.00"})
    for day in range(1, 29):
        p.post(NOTE, {"kind": "notation", "effective_date": date(2002, 1, day), "text": f"d{day}"})
    p.post(NOTE, {"kind": "notation", "effective_date": date(2002, 3, 1), "text": "last"})
    return p


def _payoff(app: Promissory) -> object:
    return Promissory(app.book.url, checkpoint_every=2).payoff(NOTE, AS_OF).total


def _laid(app: Promissory) -> list[date]:
    app.payoff(NOTE, AS_OF)  # lays the checkpoints
    laid = [c.through for c in app.book.stored_checkpoints(NOTE)]
    assert laid, "the fixture should lay checkpoints"
    return laid


def test_an_edited_checkpoint_is_not_served_and_verify_names_it(app: Promissory) -> None:
    laid = _laid(app)
    honest = _payoff(app)
    assert app.verify() == []
    sql(app, EDIT)
    problems = app.verify()
    assert {p.what for p in problems} == {"checkpoint"}
    messages = "\n".join(p.message for p in problems)
    assert f"checkpoint of note {NOTE} through {laid[-1]} does not match its content hash" in (
        messages
    )
    assert (
        f"checkpoint of note {NOTE} through {laid[-1]} disagrees with replay: principal 10.00 "
        "stored, 1000000.00 replayed" in messages
    )
    assert _payoff(app) == honest  # the reader skips it (its content hash no longer holds) …
    assert app.verify() == []  # … and lays a true one in its place


def test_an_edited_and_rehashed_checkpoint_is_named_by_replay(app: Promissory) -> None:
    laid = _laid(app)
    sql(app, EDIT)
    with app.book.engine.begin() as conn:  # the forger recomputes the content hash too
        for r in conn.execute(sa.select(checkpoints)).all():
            digest = store.checkpoint_hash(r.note_id, r.through, r.seq, r.chain_hash, r.state)
            conn.execute(checkpoints.update()
                         .where(checkpoints.c.note_id == r.note_id,
                                checkpoints.c.through == r.through)
                         .values(state_hash=digest))  # fmt: skip
    problems = app.verify(NOTE)
    assert [p.what for p in problems] == ["checkpoint"] * len(problems)
    assert any(
        f"through {laid[-1]} disagrees with replay: principal 10.00 stored, 1000000.00 "
        "replayed" in p.message
        for p in problems
    )
    app.book.drop_checkpoints(NOTE)  # the cure: drop the caches; figures come from replay
    assert app.verify(NOTE) == []


def test_the_cli_lists_the_edited_checkpoint(app: Promissory) -> None:
    _laid(app)
    sql(app, EDIT)
    result = CliRunner().invoke(cli, ["--book", app.book.url, "verify", NOTE])
    assert result.exit_code == 1
    assert "TAMPERED: " in result.output
    assert "principal 10.00 stored, 1000000.00 replayed" in result.output


def test_true_checkpoints_agree_with_replay_after_back_dated_events_and_reversals(
    book_url: str,
) -> None:
    """No false alarm: checkpoints laid from partial replays, then kept across later writes."""
    app = Promissory(book_url, clock=Clock(), checkpoint_every=4)
    app.init()
    app.add_note(SEED_TERMS.read_text().replace("revolving = false", "revolving = true"))
    day = date(2001, 10, 5)
    for i in range(40):
        app.post(NOTE, {"kind": "advance", "effective_date": day, "amount": f"{1000 + i}.00"})
        if i % 3 == 2:
            app.post(NOTE, {"kind": "payment", "effective_date": day, "amount": "700.00"})
        if i % 10 == 9:
            app.balance(NOTE, day)  # lay checkpoints from a replay that resumed from one
        day += timedelta(days=1 + i % 4)
    app.post(NOTE, {"kind": "payment", "effective_date": date(2001, 10, 20), "amount": "50.00"})
    app.payoff(NOTE, day)
    app.post(NOTE, {"kind": "reversal", "effective_date": day, "target_seq": 2})
    app.payoff(NOTE, day)
    assert app.book.checkpoint_count(NOTE) > 3
    assert app.verify() == []
