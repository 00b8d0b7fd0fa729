"""Every error class answers with exactly one HTTP status, and the table has no gaps."""

from __future__ import annotations

import importlib
import pkgutil

import promissory
from promissory import errors
from promissory.errors import HTTP_STATUS, PromissoryError, http_status


def _all_subclasses(cls: type[PromissoryError]) -> set[type[PromissoryError]]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub, *_all_subclasses(sub)}
    return out


def _import_everything() -> None:
    for info in pkgutil.walk_packages(promissory.__path__, "promissory."):
        if ".migrations" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def test_every_class_of_the_tree_has_an_entry() -> None:
    defined = {v for v in vars(errors).values()
               if isinstance(v, type) and issubclass(v, PromissoryError)}  # fmt: skip
    assert set(HTTP_STATUS) == defined
    assert all(100 <= status <= 599 for status in HTTP_STATUS.values())


def test_each_branch_maps_to_one_status_and_subclasses_follow_their_branch() -> None:
    _import_everything()
    branches = set(PromissoryError.__subclasses__()) & set(HTTP_STATUS)
    assert {b.__name__: HTTP_STATUS[b] for b in branches} == {
        "InvalidInput": 400, "NotFound": 404, "Conflict": 409, "RuleViolation": 422,
        "IntegrityError": 422, "BookError": 503, "Unauthenticated": 401, "Forbidden": 403,
        "TooManyAttempts": 429,
    }  # fmt: skip
    for cls in _all_subclasses(PromissoryError):
        mine = {b for b in branches if issubclass(cls, b)}
        assert len(mine) == 1, f"{cls.__name__} belongs to {sorted(b.__name__ for b in mine)}"
        (branch,) = mine
        assert HTTP_STATUS.get(cls, HTTP_STATUS[branch]) == HTTP_STATUS[branch], cls.__name__


def test_an_error_instance_gets_its_class_status() -> None:
    from promissory.core.oid.errors import OidRuleError

    assert http_status(errors.NotFound("no note")) == 404
    assert http_status(errors.IdempotencyKeyReused("k", "used")) == 409
    assert http_status(errors.AmbiguousConvention("30/360", ["30/360 US", "30E/360"])) == 400
    assert http_status(OidRuleError("bad", rule="§1.1272-1")) == 400
    assert http_status(errors.BookError("cannot open")) == 503
    assert http_status(PromissoryError("no PDF engine")) == 500
