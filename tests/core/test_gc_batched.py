"""A bulk run pauses the cyclic garbage collector (``engine.cyclic_gc_batched``), collects the
young generations between its batches, and leaves the collector as it found it, even on error;
onboarding and import leave it on; their forked workers start it with what they inherited frozen."""

from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from promissory.app import Promissory
from promissory.core.engine import cyclic_gc_batched, cyclic_gc_in_fork
from promissory.errors import InvalidInput


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_is_paused_meanwhile_and_restored_even_on_error() -> None:
    assert gc.isenabled()
    seen: list[bool] = []

    def failing_run() -> None:
        with cyclic_gc_batched():
            seen.append(gc.isenabled())
            raise RuntimeError("a batch failed")

    with pytest.raises(RuntimeError):
        failing_run()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with cyclic_gc_batched():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_collect_frees_the_cycles_a_batch_left() -> None:
    with cyclic_gc_batched() as collect:
        gc.collect()
        for _ in range(100):
            _Cycle()
        assert sum(isinstance(o, _Cycle) for o in gc.get_objects()) == 100
        collect()
        assert not any(isinstance(o, _Cycle) for o in gc.get_objects())


def test_onboarding_and_a_refused_import_leave_the_collector_on(tmp_path: Path) -> None:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}")
    app.init()
    (tmp_path / "notes.csv").write_text(
        "id,borrower,lender,issue_date,maturity,commitment,rate\n"
        "A-1,Borrower,Bank,2024-01-01,2026-01-01,10000000.00,0.05\n"
    )
    (tmp_path / "events.csv").write_text(
        "note_id,kind,effective_date,amount\nA-1,advance,2024-01-15,1000.00\n"
    )
    app.onboard(tmp_path / "notes.csv")
    assert app.onboard(tmp_path / "events.csv", workers=2).applied_rows == 1
    assert gc.isenabled()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format":"promissory-bundle","record":"header","version":2}\n')
    with pytest.raises(InvalidInput):
        app.import_book(bad, workers=2)
    assert gc.isenabled()


def _worker_collector() -> tuple[bool, int, bool]:
    """In a worker: the collector on, what it inherited frozen, and a cycle it makes freed."""
    gc.collect()
    for _ in range(10):
        _Cycle()
    gc.collect()
    left = any(isinstance(o, _Cycle) for o in gc.get_objects())
    return gc.isenabled(), gc.get_freeze_count(), left


def test_a_forked_worker_starts_its_collector_with_what_it_inherited_frozen() -> None:
    with cyclic_gc_batched(), ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("fork"), initializer=cyclic_gc_in_fork
    ) as pool:  # fmt: skip
        enabled, frozen, left = pool.submit(_worker_collector).result()
    assert enabled and frozen > 0 and not left
    assert gc.isenabled() and gc.get_freeze_count() == 0  # this process: as it was
