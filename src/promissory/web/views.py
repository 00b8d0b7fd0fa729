"""What the pages show, assembled from the facade as one principal sees it (:class:`Acting`).

Figures come as the CLI's ``--json`` prints them (:func:`promissory.codec.records_json.to_json`:
decimal strings), so a page shows exactly the figures of the CLI and the API.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from promissory.app import Acting
from promissory.app.access import Action
from promissory.app.unit_of_work import new_problems, refusals
from promissory.codec.events_json import event_from_dict
from promissory.codec.records_json import to_json
from promissory.core.engine import position, replay
from promissory.core.state import Ledger
from promissory.errors import NotFound, PromissoryError
from promissory.render import clauses
from promissory.web.charts import Series, bar_chart, line_chart

#: A note maturing within this many days needs attention (issue 13).
MATURING_DAYS = 90
AGING = ("current", "1-30", "31-60", "61-90", "90+")


def aging_bucket(days: int) -> str:
    if days <= 0:
        return "current"
    if days <= 30:
        return "1-30"
    if days <= 60:
        return "31-60"
    if days <= 90:
        return "61-90"
    return "90+"


@dataclass(slots=True)
class PortfolioRow:
    """One note on the portfolio page."""

    id: str
    borrower: str
    holder: str
    currency: str
    status: str
    principal: Decimal
    accrued_interest: Decimal
    past_due: Decimal
    days_past_due: int
    next_due: date | None
    maturity: date
    total: Decimal
    attention: list[str] = field(default_factory=list)

    def sort_key(self, column: str) -> Any:
        value = getattr(self, column, self.id)
        if value is None:
            return (1, date.max)
        return (0, value)


def portfolio_row(a: Acting, note_id: str, as_of: date, known_on: datetime | None) -> PortfolioRow:
    """The portfolio's figures of one note on ``as_of`` (as known on ``known_on``)."""
    svc = a.service
    pos = a.balance(note_id, as_of, known_on=known_on)
    due = a.interest_due(note_id, as_of, known_on=known_on)
    terms = pos.state.terms
    past_due, days, next_due = due.past_due, 0, due.next_due_date
    if past_due > 0 and due.last_due_date is not None:
        days = (as_of - due.last_due_date).days
    if terms.schedule is not None and known_on is None and pos.status.value != "undrawn":
        totals = to_json(svc.statement(note_id, as_of))["installments"]["totals"]
        past_due, days = Decimal(totals["past_due"]), int(totals["days_past_due"])
        next_due = date.fromisoformat(totals["next_due_date"]) if totals["next_due_date"] else None
    holder = svc.holder_of_record(note_id, as_of, known_on=known_on).name
    row = PortfolioRow(
        note_id, terms.borrower.name, holder,
        terms.currency, pos.status.value, pos.principal, pos.interest + pos.default_interest,
        past_due, days, next_due, terms.maturity, pos.total,
    )  # fmt: skip
    open_ = pos.status.value not in ("paid", "terminated")
    if past_due > 0:
        row.attention.append(f"past due {days} days")
    if open_ and 0 <= (terms.maturity - as_of).days <= MATURING_DAYS:
        row.attention.append(f"matures {terms.maturity}")
    if pos.status.value in ("in_default", "accelerated", "matured"):
        row.attention.append(pos.status.value.replace("_", " "))
    if open_ and known_on is None:
        with contextlib.suppress(PromissoryError):  # a register the note cannot have
            row.attention += list(a.collateral_report(note_id, as_of).warnings)
    return row


def portfolio(a: Acting, as_of: date, known_on: datetime | None,
              unavailable: list[tuple[str, str]] | None = None) -> list[PortfolioRow]:  # fmt: skip
    """Every readable note's row; a note whose figures cannot be had that day (its rate waits for
    a fixing) goes to ``unavailable`` with why, so the page says so instead of leaving it out."""
    rows = []
    ids = [n for n in a.service.book.note_ids() if a.may(Action.READ, n)]
    for note_id in ids:
        try:
            rows.append(portfolio_row(a, note_id, as_of, known_on))
        except NotFound:
            continue  # not yet in the book as known on that moment
        except PromissoryError as error:
            if unavailable is not None:
                unavailable.append((note_id, str(error)))
    return rows


def totals(rows: Iterable[PortfolioRow]) -> dict[str, dict[str, Decimal]]:
    """Sums by currency (amounts in different currencies are never added together)."""
    out: dict[str, dict[str, Decimal]] = {}
    for r in rows:
        t = out.setdefault(r.currency, dict.fromkeys(
            ("principal", "accrued_interest", "past_due", "total"), Decimal(0)))  # fmt: skip
        for k in t:
            t[k] += getattr(r, k)
    return out


def portfolio_charts(rows: list[PortfolioRow]) -> list[Markup]:
    ladder: dict[str, Decimal] = {}
    aging: dict[str, Decimal] = dict.fromkeys(AGING, Decimal(0))
    for r in rows:
        if r.status in ("paid", "terminated"):
            continue
        ladder[str(r.maturity.year)] = ladder.get(str(r.maturity.year), Decimal(0)) + r.principal
        aging[aging_bucket(r.days_past_due)] += r.principal
    return [
        bar_chart("Maturity ladder: principal by year of maturity",
                  [Series("principal", sorted(ladder.items()))]),
        bar_chart("Aging: principal by days past due", [Series("principal", list(aging.items()))]),
    ]  # fmt: skip


def terms_in_words(terms: Any) -> list[str]:
    """The note's terms as the note itself words them (the clauses of the rendered note)."""
    out = [
        clauses.interest_sentence(terms), clauses.prepayment_sentence(terms),
        clauses.application_sentence(terms), clauses.rounding_sentence(terms),
    ]  # fmt: skip
    for extra in (clauses.draw_period_sentence, clauses.reborrowing_sentence):
        try:
            out.append(extra(terms))
        except (AttributeError, TypeError, ValueError):
            continue
    for legend in (clauses.securities_legend(terms), clauses.oid_legend(terms)):
        if legend:
            out.append(legend)
    return [s for s in out if s]


def sample_days(first: date, last: date, most: int = 48) -> list[date]:
    """Days to draw a balance line through: evenly spaced from ``first`` to ``last``."""
    if last <= first:
        return [first]
    step = max(1, (last - first).days // most)
    days = [first + timedelta(days=n) for n in range(0, (last - first).days, step)]
    return [*days, last]


def balance_chart(note_id: str, ledger: Ledger, as_of: date) -> Markup:
    """Principal and accrued interest from the first event to ``as_of``, from the note's replay
    (the ledger of a view the principal was allowed to read)."""
    dated = [r.effective_date for r in ledger.rows if r.effective_date <= as_of]
    if not dated:
        return Markup('<p class="muted">No events yet: nothing to draw.</p>')
    days = sorted(set(sample_days(min(dated), as_of)) | set(dated))
    principal, interest = [], []
    for d in days:
        pos = position(ledger, d)
        principal.append((d, pos.principal))
        interest.append((d, pos.interest + pos.default_interest))
    return line_chart(f"{note_id}: principal and accrued interest to {as_of}",
                      [Series("principal", principal), Series("accrued interest", interest)])  # fmt: skip


def payments_chart(statement: Mapping[str, Any], as_of: date) -> Markup:
    """Each installment fallen due: scheduled against paid."""
    due = [i for i in statement["installments"]["installments"]
           if date.fromisoformat(i["due_date"]) <= as_of]  # fmt: skip
    return bar_chart("Payments against the schedule (installments due by the as-of date)", [
        Series("scheduled", [(str(i["number"]), Decimal(i["amount"])) for i in due]),
        Series("paid", [(str(i["number"]), Decimal(i["paid"])) for i in due]),
    ])  # fmt: skip


def oid_chart(oid: Mapping[str, Any]) -> Markup:
    years = oid["total"]["years"]
    return bar_chart("OID accretion by year (holder's OID)",
                     [Series("holder OID", [(str(y["year"]), Decimal(y["holder_oid"]))
                                            for y in years])])  # fmt: skip


def preview(
    a: Acting, note_id: str, fields: Mapping[str, Any]
) -> tuple[dict[str, Any] | None, list[str]]:
    """The Schedule A row recording ``fields`` would make, and the rules it would break.

    The event is built by the same codec and replayed with the note's events by the same engine
    as the write, which judges it again when it is recorded (nothing is written here).
    """
    view = a.view(note_id)
    terms = view.record.terms
    data = {
        "currency": terms.currency,
        **codec_fields(a, fields),
        "note_id": note_id,
        "recorded_by": a.user,
    }
    data = {k: (v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else v)
            for k, v in data.items()}  # fmt: skip
    event = event_from_dict(data)
    candidate = dataclasses.replace(event, seq=view.record.head + 1, recorded_at=a.service.clock())
    after = replay(terms, [*view.events, candidate])
    problems = new_problems(view.ledger, after, [candidate])
    problems += refusals(note_id, view.events, [candidate])
    row = next((r for r in after.rows if r.seq == candidate.seq), None)
    return (to_json(row) if row is not None else None), [p.message for p in problems]


def codec_fields(a: Acting, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A desk kind's form as the event codec's mapping, resolved as the desk resolves it (a pledged
    asset that is a note in the book, a holder named by its party id, a termination filed)."""
    svc, out = a.service, dict(fields)
    kind = out["kind"]
    if kind == "pledge":
        out["asset_kind"] = pledge_kind(a, out["asset"], out.get("asset_kind"))
        in_book = out["asset"] in svc.book.note_ids()
        if out["asset_kind"] == "note" and not in_book:  # as the desk refuses it
            raise NotFound(f"no note {out['asset']!r} in the book to pledge (pledge another asset "
                           "with a value)")  # fmt: skip
        known = in_book and out["asset_kind"] != "other"
        out["asset_kind"] = out["asset_kind"] or ("note" if known else "other")
        if out["asset_kind"] == "note" and known and not out.get("description"):
            out["description"] = svc.note(out["asset"]).terms.title or f"note {out['asset']}"
    elif kind == "transfer":
        out["holder"] = svc.resolve_holder(out.pop("to"))
    elif kind == "ucc_termination":
        out["filed"] = not out.pop("mark_only", False)
    return out


def pledge_kind(a: Acting, asset: str, kind: str | None) -> str | None:
    """The kind of a pledged asset as the user may know it, as the API decides it: a note the user
    may not read is not a note in the book to it (pledged as another asset, or refused exactly as
    a missing note), so a pledge does not tell whether such a note exists."""
    if kind == "other" or asset not in a.service.book.note_ids() or a.may(Action.READ, asset):
        return kind or None
    if kind == "note":
        raise NotFound(
            f"no note {asset!r} in the book to pledge (pledge another asset with a value)"
        )
    return "other"


def desk_write(a: Acting, note_id: str, fields: Mapping[str, Any], key: str | None) -> Any:
    """Record a desk kind through its desk (the CLI's ``collateral``, ``filing``, ``transfer``)."""
    svc, f = a.service, fields
    kind, day, memo = f["kind"], f["effective_date"], f.get("memo", "")

    def call(by: str) -> Any:
        common: dict[str, Any] = {"recorded_by": by, "idempotency_key": key}
        if kind == "pledge":
            return svc.pledge(note_id, f["asset"], day,
                              asset_kind=pledge_kind(a, f["asset"], f.get("asset_kind")),
                              value=f.get("value"), haircut=f.get("haircut", Decimal(0)),
                              description=f.get("description", ""), memo=memo, **common)  # fmt: skip
        if kind == "release":
            return svc.release(note_id, f["asset"], day, price=f.get("price"), memo=memo,
                               **common)  # fmt: skip
        if kind == "valuation":
            return svc.revalue(note_id, f["asset"], f["value"], day, source=f.get("source", ""),
                               **common)  # fmt: skip
        if kind == "ucc_filing":
            return svc.file_statement(note_id, f["filing_number"], f["jurisdiction"], day,
                                      collateral_description=f.get("collateral_description", ""),
                                      **common)  # fmt: skip
        if kind == "ucc_continuation":
            return svc.continue_statement(note_id, f["filing_number"], day, **common)
        if kind == "ucc_termination":
            return svc.terminate_statement(note_id, f["filing_number"], day,
                                           filed=not f.get("mark_only", False), **common)  # fmt: skip
        if kind == "transfer":
            return svc.transfer(note_id, f["to"], day, basis=f.get("basis") or None,
                                assumes_obligations=bool(f.get("assumes_obligations")), memo=memo,
                                **common)  # fmt: skip
        raise ValueError(f"{kind} is not recorded by a desk")

    return a.writing([note_id], f"post {kind}", call)
