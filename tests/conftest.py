"""Test helpers (ledger_dsl, settlement_books, ...) live beside the tests; make them importable.

Hypothesis profiles: ``ci`` (chosen when ``CI=true``, or by ``HYPOTHESIS_PROFILE=ci`` or
``pytest --hypothesis-profile=ci``) is derandomized, so a CI run is reproducible and cannot fail at
random: the examples are a fixed function of each test, no example database is read or written, and
a failure prints the blob that reproduces it.  ``dev`` (the default elsewhere) draws fresh examples
on every run and keeps failures in ``.hypothesis/`` (ignored by git) to replay them first.  Neither
has a deadline: the machine is shared and a slow example is not a wrong one.
"""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

HERE = Path(__file__).parent
for folder in (
    HERE,
    *(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))),
):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
)


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 is slow on purpose; tests hash with its cheapest parameters (one pass over 8 KiB).

    Production keeps argon2-cffi's defaults (:data:`promissory.app.accounts.password_hasher`).
    """
    from argon2 import PasswordHasher

    import promissory.app.accounts as accounts

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(accounts, "password_hasher", cheap)
