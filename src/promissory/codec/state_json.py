"""Replay checkpoints to and from JSON text: what the book keeps in its ``checkpoints`` table.

Shape (``format`` 3)::

    {"format": 1, "through": "2002-03-30",
     "state": {"terms": "<terms TOML>", "principal": "17500000.00",
               "interest": {"numerator": "8202.4000", "denominator": 360}, ...,
               "accrued_through": "2002-03-31", "paid_on": null, ...},
     "fixings": [["2002-03-01", "0.0431"]],
     "problems": [{"note_id": ..., "seq": 7, "effective_date": ..., "code": ..., "message": ...,
                   "amounts": [["amount", "10.00"]]}]}

Decimals are strings, exact amounts are a decimal numerator over an integer denominator, dates are
ISO 8601 and the (possibly amended) terms are the terms file's TOML.  Decoding a checkpoint that
does not parse raises :class:`~promissory.errors.InvalidInput`; the book then treats it as absent,
since a checkpoint is only a cache.  :func:`checkpoint_differences` says, field by field, how a
stored checkpoint differs from the one a replay gives (what ``verify`` reports).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from promissory.codec.terms_toml import dumps_terms, loads_stored_terms
from promissory.core.engine import Checkpoint
from promissory.core.money import Exact, to_decimal
from promissory.core.plan import PlanRevision, Revision
from promissory.core.problems import Problem
from promissory.core.state import State
from promissory.core.terms import PikElection, Terms
from promissory.errors import InvalidInput

#: 2: the pledge, filing and installment registers are kept (a checkpoint of another format is a
#: stale cache: the reader ignores it, verify does not call it edited, the next read replaces it);
#: 3: a capitalisation comes after its day's payments (issue 11), so a compounding note's state
#: through such a day differs from format 2's; PIK interest and elections are kept
FORMAT = 3
_DATES = (
    "accrued_through",
    "default_since",
    "cure_deadline",
    "paid_on",
    "terminated_on",
    "capitalise_on",
)
_DECIMALS = ("principal", "expenses", "advanced", "interest_paid")
_EXACTS = ("interest", "default_interest", "residue_closed")
_FLAGS = ("in_default", "accelerated", "drawn")


def _exact(value: Exact) -> dict[str, Any]:
    return {"numerator": str(value.numerator), "denominator": value.denominator}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@lru_cache(maxsize=256)
def _terms(text: str) -> Terms:
    return loads_stored_terms(text, amended=True)  # the terms in force that day, amendments and all


@lru_cache(maxsize=256)
def _terms_text(terms: Terms) -> str:
    return dumps_terms(terms)


def state_to_dict(state: State) -> dict[str, Any]:
    out: dict[str, Any] = {"terms": _terms_text(state.terms)}
    for name in _DECIMALS:
        out[name] = str(getattr(state, name))
    for name in _EXACTS:
        out[name] = _exact(getattr(state, name))
    for name in _DATES:
        out[name] = _day(getattr(state, name))
    for name in _FLAGS:
        out[name] = bool(getattr(state, name))
    # the collateral and filing registers, so a replay resumed from a checkpoint decides the
    # pledge and financing-statement rules as a full replay does
    out["pledged"] = [[asset, day.isoformat()] for asset, day in state.pledged]
    out["filed"] = [[number, lapse.isoformat(), _day(ucc3)] for number, lapse, ucc3 in state.filed]
    out["registers_known"] = state.registers_known
    if state.terms.schedule is not None:  # a note with installments (the others' text unchanged)
        out["installments_paid"] = str(state.installments_paid)
        out["unapplied"] = str(state.unapplied)
        out["plan_revisions"] = [
            {"on": r.on.isoformat(), "why": r.why.value, "from_period": r.from_period,
             "balance": str(r.balance), "rate": str(r.rate), "keep": r.keep}
            for r in state.plan_revisions
        ]  # fmt: skip
    if state.terms.late_charge is not None:  # a note with late charges (likewise)
        out["late_charges"] = str(state.late_charges)
        out["late_checked"] = state.late_checked
    if state.terms.collateral.advance_rate is not None:  # a note with a borrowing base (likewise)
        out["eligible"] = [[asset, str(haircut), None if value is None else str(value)]
                           for asset, haircut, value in state.eligible]  # fmt: skip
    if state.terms.interest.pik is not None:  # a cash + PIK split or a PIK toggle (likewise)
        out["pik_interest"] = _exact(state.pik_interest)
        out["pik_elections"] = [[d.isoformat(), e.value] for d, e in state.pik_elections]
    if state.terms.fees:  # a note with fees (issue 11; the others' text unchanged)
        out["fees"] = str(state.fees)
        out["fee_accrued"] = {"numerator": str(state.fee_accrued.numerator),
                              "denominator": state.fee_accrued.denominator}  # fmt: skip
        out["fees_billed_on"] = _day(state.fees_billed_on)
        out["exit_fee_paid"] = str(state.exit_fee_paid)
        out["fee_residue_closed"] = {"numerator": str(state.fee_residue_closed.numerator),
                                     "denominator": state.fee_residue_closed.denominator}  # fmt: skip
    if state.escrow:  # an escrow balance held (likewise: absent, it is zero)
        out["escrow"] = str(state.escrow)
    return out


def state_from_dict(data: dict[str, Any]) -> State:
    kwargs: dict[str, Any] = {"terms": _terms(str(data["terms"]))}
    for name in _DECIMALS:
        kwargs[name] = to_decimal(data[name], what=f"state.{name}")
    for name in _EXACTS:
        raw = data[name]
        kwargs[name] = Exact(
            to_decimal(raw["numerator"], what=f"state.{name}"), int(raw["denominator"])
        )
    for name in _DATES:  # a date added in a later version is absent from older checkpoints
        raw_day = data.get(name)
        kwargs[name] = date.fromisoformat(raw_day) if raw_day is not None else None
    for name in _FLAGS:
        kwargs[name] = bool(data[name])
    # absent from checkpoints written before the registers were kept: then they are unknown
    kwargs["pledged"] = tuple((str(a), date.fromisoformat(d)) for a, d in data.get("pledged", ()))
    kwargs["filed"] = tuple(
        (str(n), date.fromisoformat(lapse), date.fromisoformat(u) if u is not None else None)
        for n, lapse, u in data.get("filed", ())
    )
    kwargs["registers_known"] = bool(data.get("registers_known", False))
    if kwargs["terms"].schedule is not None:
        if "installments_paid" not in data:
            raise InvalidInput(
                "checkpoint of a note with installments has no installments_paid: written "
                "before payments were counted against installments; replay from the start"
            )
        kwargs["installments_paid"] = to_decimal(
            data["installments_paid"], what="state.installments_paid"
        )
        if "unapplied" not in data or "plan_revisions" not in data:
            raise InvalidInput(
                "checkpoint of a note with installments has no unapplied funds or plan "
                "revisions: written before they were kept; replay from the start"
            )
        kwargs["unapplied"] = to_decimal(data["unapplied"], what="state.unapplied")
        try:
            kwargs["plan_revisions"] = tuple(
                PlanRevision(date.fromisoformat(r["on"]), Revision(r["why"]),
                             int(r["from_period"]), to_decimal(r["balance"], what="balance"),
                             to_decimal(r["rate"], what="rate"), bool(r["keep"]))
                for r in data["plan_revisions"]
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidInput(f"checkpoint plan_revisions do not parse: {error}") from None
    if kwargs["terms"].late_charge is not None:
        if "late_charges" not in data or "late_checked" not in data:
            raise InvalidInput(
                "checkpoint of a note with late charges has no late_charges or late_checked: "
                "written by an earlier version; replay from the start"
            )
        kwargs["late_charges"] = to_decimal(data["late_charges"], what="state.late_charges")
        kwargs["late_checked"] = int(data["late_checked"])
    if kwargs["terms"].collateral.advance_rate is not None:
        if "eligible" not in data:
            raise InvalidInput(
                "checkpoint of a note with a borrowing base has no eligible collateral: written "
                "by an earlier version; replay from the start"
            )
        kwargs["eligible"] = tuple(
            (str(asset), to_decimal(cut, what="state.eligible haircut"),
             None if value is None else to_decimal(value, what="state.eligible value"))
            for asset, cut, value in data["eligible"]
        )  # fmt: skip
    if kwargs["terms"].interest.pik is not None:
        if "pik_interest" not in data or "pik_elections" not in data:
            raise InvalidInput("checkpoint of a note with [interest.pik] has no pik_interest or "
                               "pik_elections; replay from the start")  # fmt: skip
        raw = data["pik_interest"]
        kwargs["pik_interest"] = Exact(
            to_decimal(raw["numerator"], what="state.pik_interest"), int(raw["denominator"])
        )
        try:
            kwargs["pik_elections"] = tuple(
                (date.fromisoformat(d), PikElection(e)) for d, e in data["pik_elections"]
            )
        except (TypeError, ValueError) as error:
            raise InvalidInput(f"checkpoint pik_elections do not parse: {error}") from None
    if kwargs["terms"].fees:
        if "fees" not in data or "fee_accrued" not in data:
            raise InvalidInput(
                "checkpoint of a note with fees has no fees or fee_accrued: written by an "
                "earlier version; replay from the start"
            )
        kwargs["fees"] = to_decimal(data["fees"], what="state.fees")
        kwargs["exit_fee_paid"] = to_decimal(data["exit_fee_paid"], what="state.exit_fee_paid")
        for name in ("fee_accrued", "fee_residue_closed"):
            raw = data[name]
            kwargs[name] = Exact(to_decimal(raw["numerator"], what=f"state.{name}"),
                                 int(raw["denominator"]))  # fmt: skip
        billed_on = data.get("fees_billed_on")
        kwargs["fees_billed_on"] = date.fromisoformat(billed_on) if billed_on else None
    kwargs["escrow"] = to_decimal(data.get("escrow", "0"), what="state.escrow")
    return State(**kwargs)


def checkpoint_to_json(checkpoint: Checkpoint) -> str:
    """A checkpoint as compact JSON text."""
    data = {
        "format": FORMAT,
        "through": checkpoint.through.isoformat(),
        "state": state_to_dict(checkpoint.state),
        "fixings": [
            [date.fromordinal(d).isoformat(), str(v)]
            for d, v in zip(checkpoint.fixing_dates, checkpoint.fixing_values, strict=True)
        ],
        "problems": [
            {"note_id": p.note_id, "seq": p.seq, "effective_date": p.effective_date.isoformat(),
             "code": p.code, "message": p.message, "amounts": [[k, str(v)] for k, v in p.amounts]}
            for p in checkpoint.problems
        ],
    }  # fmt: skip
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def checkpoint_from_json(text: str) -> Checkpoint:
    """Parse a checkpoint; :class:`InvalidInput` if it is not one this version wrote."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise InvalidInput(f"checkpoint format {data.get('format')!r} is not {FORMAT}")
        problems = tuple(
            Problem(p["note_id"], int(p["seq"]), date.fromisoformat(p["effective_date"]),
                    p["code"], p["message"], tuple((k, Decimal(v)) for k, v in p["amounts"]))
            for p in data["problems"]
        )  # fmt: skip
        fixings = [(date.fromisoformat(d).toordinal(), Decimal(v)) for d, v in data["fixings"]]
        return Checkpoint(
            through=date.fromisoformat(data["through"]),
            state=state_from_dict(data["state"]),
            fixing_dates=tuple(d for d, _ in fixings),
            fixing_values=tuple(v for _, v in fixings),
            problems=problems,
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise InvalidInput(f"checkpoint does not parse: {error}") from None


def _shown(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"numerator", "denominator"}:
        return f"{value['numerator']}/{value['denominator']}"
    if isinstance(value, str) and "\n" in value:
        return f"<{len(value)} characters of TOML>"
    return "null" if value is None else str(value)


def checkpoint_differences(stored: str, replayed: str) -> list[str]:
    """How checkpoint text ``stored`` differs from ``replayed``: ``"principal 10.00 stored,
    1000000.00 replayed"``, one entry per field (empty when they agree, and for a checkpoint an
    earlier version wrote in another format: a stale cache the reader ignores, not an edit)."""
    try:
        mine = json.loads(stored)
        if not isinstance(mine, dict):
            raise TypeError("not an object")
    except (TypeError, ValueError) as error:
        return [f"the stored checkpoint does not parse ({error})"]
    if isinstance(mine.get("format"), int) and mine["format"] < FORMAT:
        return []
    theirs = json.loads(replayed)
    out: list[str] = []
    state, again = mine.get("state"), theirs["state"]
    if not isinstance(state, dict):
        state = {}
    for name in sorted(set(state) | set(again)):
        if state.get(name) != again.get(name):
            if name == "terms":
                out.append("terms differ from the replayed terms")
                continue
            out.append(f"{name} {_shown(state.get(name))} stored, "
                       f"{_shown(again.get(name))} replayed")  # fmt: skip
    for name in ("format", "through", "fixings", "problems"):
        if mine.get(name) != theirs[name]:
            out.append(f"{name} {json.dumps(mine.get(name))} stored, "
                       f"{json.dumps(theirs[name])} replayed")  # fmt: skip
    return out
