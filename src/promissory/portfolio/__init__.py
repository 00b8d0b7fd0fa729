"""The portfolio engines: the columnar exact engine, the Parquet snapshot, and the Dask runner.

| module | what it is |
| --- | --- |
| ``columnar.py`` | the columnar exact engine (Polars, integer minor units, Int128 numerators) and what it covers |
| ``snapshot.py`` | the snapshot of a book: Parquet parts partitioned by note, read part by part |
| ``frame.py`` | a chunk of notes to its figures frame (columnar first, per-note for the rest), totals by group |
| ``distributed.py`` | the same chunks as tasks on a Dask cluster |

The per-note rules live in :mod:`promissory.core.portfolio`; the application desk that reads the
book and the CLI command are ``app/portfolio.py`` and ``cli/portfolio_commands.py``.
"""
