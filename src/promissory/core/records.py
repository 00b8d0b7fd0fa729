"""A faster ``__init__`` for the replay's immutable records.

A frozen dataclass sets each field in its ``__init__`` through ``object.__setattr__(self, name,
value)``, which looks the attribute up by name every time.  A replay makes a
:class:`~promissory.core.state.State` (34 fields), a Schedule A row and a split for most events,
so that lookup was a fifth of its time.  :func:`fast_init` gives a frozen, slotted dataclass an
``__init__`` with the same signature that stores each field through its slot's descriptor
directly (about twice as fast); the class stays what it was — frozen, compared, hashed and
``replace``-d as before — and a test checks that both constructors build equal records.

It is written the way :mod:`dataclasses` writes its own ``__init__``: the source of one function,
compiled once when the class is defined.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["fast_init"]


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass ``cls`` a faster ``__init__`` (same signature)."""
    if not is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a slotted dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__, which fast_init does not call")
    namespace: dict[str, Any] = {}
    params: list[str] = []
    body: list[str] = []
    for i, f in enumerate(fields(cls)):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: fast_init takes plain fields only")
        namespace[f"_set{i}"] = getattr(cls, f.name).__set__  # the slot's member descriptor
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"])
    exec(source, namespace)  # compiled from the field names only, as dataclasses does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(cls.__init__.__annotations__)  # the dataclass's, for help()
    init.__doc__ = f"Build a {cls.__name__} (the dataclass's signature; see core/records.py)."
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning a method
    return cls
