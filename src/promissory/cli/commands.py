"""Commands that record events and commands that report on a note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import click

from promissory.app import Recorded
from promissory.cli.common import AMOUNT, DATE, MOMENT, app, cli, emit_json, fmt, say, table
from promissory.codec.records_json import to_json
from promissory.core.reports import row_interest, schedule_interest, stale_fixings_of
from promissory.core.settled import installments_settled, settled_label

# -- recording events ------------------------------------------------------------------------------


def _write_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--memo", default="", help="Free text kept with the event.")(f)
    f = click.option("--by", "recorded_by", default="", help="Who records the event.")(f)
    f = click.option("--idempotency-key", default=None, help="Repeat-safe key for this write.")(f)
    f = click.option("--expect-seq", type=int, default=None,
                     help="Fail unless the ledger's last event is this one (optimistic lock).")(f)  # fmt: skip
    return click.option(
        "--json", "as_json", is_flag=True, help="Print the recorded event as JSON."
    )(f)


def _post(note_id: str, fields: dict[str, Any], opts: dict[str, Any]) -> None:
    result: Recorded = app().post(
        note_id,
        {**fields, "memo": opts["memo"]},
        recorded_by=opts["recorded_by"],
        expected_head=opts["expect_seq"],
        idempotency_key=opts["idempotency_key"],
    )
    if opts["as_json"]:
        emit_json(to_json(result))
        return
    e = result.event
    if result.repeated:
        click.echo(
            f"already recorded as event #{e.seq} (same idempotency key); nothing new written"
        )
        return
    line = f"recorded #{e.seq} {e.kind} on {e.effective_date}"
    row = result.row
    if row is not None:
        c = app().note(note_id).terms.currency
        if row.kind == "payment":
            line += (f": {fmt(row.to_expenses, c)} to expenses, {fmt(row.to_default_interest, c)} "
                     f"to default interest, {fmt(row.to_interest, c)} to interest, "
                     f"{fmt(row.to_principal, c)} to principal")  # fmt: skip
            if row.to_premium:
                line += f", {fmt(row.to_premium, c)} premium"
            if row.to_late_charges:
                line += f", {fmt(row.to_late_charges, c)} to late charges"
            if row.to_fees:
                line += f", {fmt(row.to_fees, c)} to fees"
            if row.escrow:
                line += f", {fmt(row.escrow, c)} to escrow"
        elif row.kind == "advance" and row.to_fees:  # an origination fee withheld from it
            line += (f": {fmt(row.to_fees, c)} origination fee withheld, proceeds "
                     f"{fmt(row.amount - row.to_fees if row.amount else None, c)}")  # fmt: skip
        if row.escrow or row.state.escrow:  # a note holding escrow for taxes and insurance
            line += f"; escrow balance {fmt(row.state.escrow, c)}"
        # the note's interest on the row's date (a notation's own snapshot accrues nothing)
        accrued = row_interest(app().view(note_id).ledger, row).accrued_interest
        line += f"; principal {fmt(row.principal, c)}, accrued interest {fmt(accrued, c)}"
    click.echo(line)


@cli.command()
@click.argument("note_id")
@click.argument("amount", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True, help="Effective date of the advance.")
@_write_options
def advance(note_id: str, amount: Decimal, day: date, **opts: Any) -> None:
    """Record an advance (a Loan drawn under the note)."""
    _post(note_id, {"kind": "advance", "effective_date": day, "amount": amount}, opts)


@cli.command()
@click.argument("note_id")
@click.argument("amount", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True, help="Effective date of the payment.")
@click.option(
    "--escrow",
    type=AMOUNT,
    default=None,
    help="The part of AMOUNT that is an escrow deposit (taxes, insurance): held apart, "
    "never applied to the note. Required on a note with [escrow] (0 for none).",
)
@_write_options
def pay(note_id: str, amount: Decimal, day: date, escrow: Decimal | None, **opts: Any) -> None:
    """Record a payment; it is applied by the note's waterfall (less its escrow part)."""
    fields: dict[str, Any] = {"kind": "payment", "effective_date": day, "amount": amount}
    if escrow is not None:
        fields["escrow"] = escrow
    _post(note_id, fields, opts)


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True)
@click.option("--description", default="", help="What the Event of Default is.")
@click.option("--cure-days", type=int, default=None, help="Days allowed to cure, if any.")
@_write_options
def default(note_id: str, day: date, description: str, cure_days: int | None, **opts: Any) -> None:
    """Record an Event of Default (the default margin accrues from this date)."""
    _post(note_id, {"kind": "default", "effective_date": day, "description": description,
                    "cure_period_days": cure_days}, opts)  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True)
@click.option("--waiver", is_flag=True, help="The lender waives the default (rather than a cure).")
@_write_options
def cure(note_id: str, day: date, waiver: bool, **opts: Any) -> None:
    """Record the cure or waiver of an Event of Default (the default margin stops)."""
    _post(note_id, {"kind": "cure", "effective_date": day, "waiver": waiver}, opts)


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True)
@_write_options
def accelerate(note_id: str, day: date, **opts: Any) -> None:
    """Declare everything due now (needs a continuing Event of Default)."""
    _post(note_id, {"kind": "acceleration", "effective_date": day}, opts)


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True, help="Date payment is demanded.")
@click.option("--due", type=DATE, default=None, help="Date the note falls due (default: --date).")
@_write_options
def demand(note_id: str, day: date, due: date | None, **opts: Any) -> None:
    """Demand payment of a note payable on demand (sets its due date)."""
    fields: dict[str, Any] = {"kind": "demand", "effective_date": day}
    if due is not None:
        fields["due"] = due
    _post(note_id, fields, opts)


@cli.command("pik-elect")
@click.argument("note_id")
@click.option(
    "--period-start",
    type=DATE,
    required=True,
    help="First day of the interest period (the issue date or a capitalisation date).",
)
@click.option(
    "--election",
    type=click.Choice(["cash", "pik"]),
    required=True,
    help="cash: interest at the cash rate in cash; pik: at the PIK rate, capitalised.",
)
@click.option("--date", "day", type=DATE, required=True, help="Date the election is made.")
@_write_options
def pik_elect(note_id: str, period_start: date, election: str, day: date, **opts: Any) -> None:
    """Elect cash or PIK interest for one interest period of a PIK toggle note."""
    _post(note_id, {"kind": "pik_election", "effective_date": day, "period_start": period_start,
                    "election": election}, opts)  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.argument("event_id", type=int)
@click.option("--reason", default="", help="Why the event is reversed.")
@click.option(
    "--date", "day", type=DATE, default=None, help="Date of the correction (default today)."
)
@_write_options
def reverse(note_id: str, event_id: int, reason: str, day: date | None, **opts: Any) -> None:
    """Reverse an earlier event (the original stays in the record)."""
    when = day or app().clock().date()
    _post(note_id, {"kind": "reversal", "effective_date": when, "target_seq": event_id,
                    "reason": reason}, opts)  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.argument("amount", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True)
@click.option("--description", required=True, help="What the Lender Expense was for.")
@click.option("--invoice", default=None, help="Invoice or evidence reference.")
@_write_options
def expense(note_id: str, amount: Decimal, day: date, description: str, invoice: str | None,
            **opts: Any) -> None:  # fmt: skip
    """Charge a Lender Expense to the note."""
    _post(note_id, {"kind": "expense", "effective_date": day, "amount": amount,
                    "description": description, "invoice_ref": invoice}, opts)  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.argument("index")
@click.argument("rate", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True)
@_write_options
def fixing(note_id: str, index: str, rate: Decimal, day: date, **opts: Any) -> None:
    """Record an index fixing for a floating-rate note (e.g. SOFR 0.0431)."""
    _post(
        note_id, {"kind": "rate_fixing", "effective_date": day, "index": index, "rate": rate}, opts
    )


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True, help="Date the amendment takes effect.")
@click.option("--maturity", type=DATE, default=None)
@click.option("--commitment", type=AMOUNT, default=None)
@click.option("--rate", type=AMOUNT, default=None, help="New fixed contract rate (0.08 = 8%).")
@click.option("--draw-period-end", type=DATE, default=None)
@click.option("--default-margin", type=AMOUNT, default=None)
@click.option("--max-rate", type=AMOUNT, default=None)
@click.option(
    "--margin",
    type=AMOUNT,
    default=None,
    help="New margin over the index; the note stays floating.",
)
@click.option("--description", default="")
@_write_options
def amend(note_id: str, day: date, **opts: Any) -> None:
    """Record a written amendment of the terms, effective from a date."""
    fields: dict[str, Any] = {"kind": "amendment", "effective_date": day,
                              "description": opts.pop("description")}  # fmt: skip
    keys = ("maturity", "commitment", "rate", "draw_period_end", "default_margin", "max_rate",
            "margin")  # fmt: skip
    for key in keys:
        value = opts.pop(key)
        if value is not None:
            fields[key] = value
    _post(note_id, fields, opts)


@cli.command()
@click.argument("note_id")
@click.argument("text")
@click.option("--date", "day", type=DATE, required=True)
@_write_options
def notation(note_id: str, text: str, day: date, **opts: Any) -> None:
    """Add a notation to Schedule A (moves no money)."""
    _post(note_id, {"kind": "notation", "effective_date": day, "text": text}, opts)


@cli.command()
@click.argument("note_id")
@click.option("--date", "day", type=DATE, required=True, help="Date of the balances.")
@click.option("--principal", type=AMOUNT, required=True)
@click.option("--interest", type=AMOUNT, default=Decimal(0), show_default=True)
@click.option("--default-interest", type=AMOUNT, default=Decimal(0), show_default=True)
@click.option("--expenses", type=AMOUNT, default=Decimal(0), show_default=True)
@click.option(
    "--advanced", type=AMOUNT, default=None, help="Total drawn to date (default: principal)."
)
@_write_options
def opening(note_id: str, day: date, principal: Decimal, interest: Decimal,
            default_interest: Decimal, expenses: Decimal, advanced: Decimal | None,
            **opts: Any) -> None:  # fmt: skip
    """Take on a loan from elsewhere by its balances on a date."""
    fields: dict[str, Any] = {"kind": "opening_balance", "effective_date": day,
                              "principal": principal, "interest": interest,
                              "default_interest": default_interest, "expenses": expenses}  # fmt: skip
    if advanced is not None:
        fields["advanced"] = advanced
    _post(note_id, fields, opts)


# -- reports ----------------------------------------------------------------------------------------

_known_on = click.option("--as-known-on", "known_on", type=MOMENT, default=None,
                         help="Answer as the book stood at this moment (audit view).")  # fmt: skip
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON.")


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, default=None,
              help="As it stands at the end of this day, with the rows the terms make by then "
                   "(late charges, capitalisations).")  # fmt: skip
@_known_on
@_json
def schedule(note_id: str, as_of: date | None, known_on: datetime | None, as_json: bool) -> None:
    """Print the note's Schedule A: every event, its split and the balances after it."""
    ledger = app().schedule(note_id, known_on=known_on, as_of=as_of).ledger
    if as_json:
        emit_json(to_json(ledger))
        return
    rows, c = [], ledger.currency
    columns = ["id", "date", "kind", "amount", "to expenses", "to interest", "to principal",
               "principal", "accrued interest", "default interest", "notation"]  # fmt: skip
    settled = installments_settled(ledger)  # a note with installments: what each payment paid
    for r, i in zip(ledger.rows, schedule_interest(ledger), strict=True):
        struck = f" (reversed by #{r.reversed_by})" if r.reversed_by else ""
        if r.kind in ("late_charge", "fee"):
            struck += " (by the terms)"  # made by replay: no one recorded it
        if r.to_late_charges:
            struck += f" (to late charges {fmt(r.to_late_charges, c)})"
        if r.to_fees:  # paid fees, or an origination fee withheld from an advance
            struck += f" (to fees {fmt(r.to_fees, c)})"
        label = settled_label(settled.get(r.seq or 0, ()))
        struck += f" ({label})" if label else ""
        if r.unapplied > 0:  # a note with installments: held as unapplied funds
            struck += f" (held {fmt(r.unapplied, c)} unapplied)"
        elif r.unapplied < 0 and r.kind == "payment":
            struck += f" (with {fmt(-r.unapplied, c)} unapplied funds)"
        if r.escrow > 0:  # a payment's escrow part, held apart from the debt
            struck += f" ({fmt(r.escrow, c)} to escrow, balance {fmt(r.state.escrow, c)})"
        elif r.escrow < 0:
            struck += f" (escrow balance {fmt(r.state.escrow, c)})"
        flag = " [restated]" if r.restated else ""
        rows.append([
            str(r.seq or ""), str(r.effective_date), r.kind + struck, fmt(r.amount, c),
            fmt(r.to_expenses or None, c), fmt((r.to_interest + r.to_default_interest) or None, c),
            fmt(r.to_principal or None, c), fmt(r.principal, c), fmt(i.accrued_interest, c),
            fmt(i.default_interest, c), r.notation, flag,
        ])  # fmt: skip
    width = _notation_width(columns, rows)
    for row in rows:
        flag = row.pop()
        row[-1] = _cut(row[-1], width - len(flag)) + flag
    table(f"Schedule A — {ledger.terms.id} ({ledger.currency})", columns, rows,
          right={0, 3, 4, 5, 6, 7, 8, 9})  # fmt: skip
    for p in ledger.problems:
        say(f"problem: {p}")
    for w in stale_fixings_of(ledger):
        say(f"warning: {w}")


#: How much of a notation the schedule table shows at least (the JSON carries it whole); on a
#: wider terminal the notation takes what the other columns leave of the line.
NOTATION_WIDTH = 40


def _notation_width(columns: list[str], rows: list[list[str]]) -> int:
    """The notation column's width: what the terminal's line leaves after the other columns."""
    from promissory.cli.common import console  # here, to leave the shared import line alone

    others = sum(max(len(columns[k]), *(len(row[k]) for row in rows)) if rows else len(columns[k])
                 for k in range(len(columns) - 1))  # fmt: skip
    # Rich's table: a border and a space either side of every cell
    return max(NOTATION_WIDTH, console.width - others - 3 * len(columns) - 1)


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, marked with "…" when cut (the flag after it stays)."""
    return text if len(text) <= width else text[: width - 1] + "…"


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True)
@_known_on
@_json
def balance(note_id: str, as_of: date, known_on: datetime | None, as_json: bool) -> None:
    """What is owed on a date, and the note's status.

    Interest "as of" the date covers each day up to it, not including the date itself (the date
    counts too when the note counts its first and last day, count_first_and_last_day = true).
    """
    a = app()
    pos = a.balance(note_id, as_of, known_on=known_on)
    due = a.interest_due(note_id, as_of, known_on=known_on)
    data = to_json(pos, interest_due=due)
    notices = a.notices(note_id, as_of, known_on=known_on)
    schedule = pos.state.terms.schedule
    if schedule is not None and schedule.past_due_notice_days is not None:
        data["warnings"] = [to_json(n, rounding=pos.state.terms.rounding) for n in notices]
    if as_json:
        emit_json(data)
        return
    keys = ["status", "principal", "accrued_interest", "default_interest", "expenses", "total",
            "available", "contract_rate", "maturity", "interest_past_due", "next_interest_date"]  # fmt: skip
    if "late_charges" in data:  # a note with [late_charge]
        keys.insert(keys.index("total"), "late_charges")
    if "fees" in data:  # a note with [[fees]]
        keys[keys.index("total") : keys.index("total")] = ["fees", "fees_accrued"]
    c = pos.state.terms.currency
    money_keys = {"principal", "accrued_interest", "default_interest", "expenses", "total",
                  "available", "interest_past_due", "late_charges", "fees", "fees_accrued"}  # fmt: skip
    if "unapplied" in data:  # held funds (a note with installments), credited at payoff
        keys.insert(keys.index("total") + 1, "unapplied")
        money_keys.add("unapplied")
    if "escrow_balance" in data:  # held for taxes and insurance: beside the debt, not in it
        keys.insert(keys.index("total") + 1, "escrow_balance")
        money_keys.add("escrow_balance")
    table(f"Balance — {note_id} as of {as_of} ({c})", ["", "value"],
          [[k.replace("_", " "), fmt(Decimal(data[k]), c) if k in money_keys else str(data[k])]
           for k in keys], right={1})  # fmt: skip
    click.echo(f"accrued interest exactly: {data['accrued_interest_exact']['fraction']} "
               f"= {data['accrued_interest_exact']['decimal']}")  # fmt: skip
    if pos.borrowing_base is not None:  # a note with [collateral] advance_rate
        click.echo(f"borrowing base: {pos.borrowing_base.sentence()} (available is the lesser "
                   "of this and what is left of the commitment)")  # fmt: skip
    for n in notices:
        say(f"warning: {n}")


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True, help="Date of the quote.")
@click.option("--good-through", type=DATE, default=None, help="Quote good through (default as-of).")
@click.option("--days", type=click.IntRange(0, 3660), default=0, help="Table of the next N days.")
@_known_on
@_json
def payoff(note_id: str, as_of: date, good_through: date | None, days: int,
           known_on: datetime | None, as_json: bool) -> None:  # fmt: skip
    """Payoff quote: everything needed to pay the note in full, with per diem."""
    a = app()
    quote = a.payoff(note_id, as_of, good_through=good_through, days=days, known_on=known_on)
    data = to_json(quote, rounding=a.note(note_id).terms.rounding)
    if as_json:
        emit_json(data)
        return
    keys = ["principal", "interest", "default_interest", "expenses", "premium", "total", "per_diem"]
    if quote.late_charges is not None:  # a note with [late_charge]
        keys.insert(keys.index("premium"), "late_charges")
    if quote.fees is not None:  # a note with [[fees]]: billed, accrued, exit fee
        keys.insert(keys.index("premium"), "fees")
    if quote.unapplied:  # held funds credited: the total is net of them
        keys.insert(keys.index("total"), "unapplied")
    c = quote.currency
    labels = {"unapplied": "less unapplied funds held"}
    table(f"Payoff — {note_id}, quoted {as_of}, good through {quote.good_through} ({c})",
          ["", "amount"],
          [[labels.get(k, k.replace("_", " ")), fmt(getattr(quote, k), c)] for k in keys],
          right={1})  # fmt: skip
    click.echo(f"status {quote.status.value}; interest exactly {data['interest_exact']['decimal']}, "
               f"default interest exactly {data['default_interest_exact']['decimal']} "
               f"(rounding residue {data['rounding_residue']})")  # fmt: skip
    if quote.unapplied:
        say(
            f"less {fmt(quote.unapplied, c)} of unapplied funds held: the total is what remains "
            "to pay; paid, it takes the held funds with it"
        )
    if quote.escrow:
        say(f"escrow balance {fmt(quote.escrow, c)} is not in the total: it is held for the "
            "borrower and returned after payoff")  # fmt: skip
    if quote.place_of_payment:
        say(f"payable in immediately available funds at {quote.place_of_payment}")
    if a.note(note_id).terms.collateral.advance_rate is not None:  # a borrowing base
        pos = a.balance(note_id, as_of, known_on=known_on)
        if pos.borrowing_base is not None:
            click.echo(f"available to draw {fmt(pos.available, c)}; borrowing base: "
                       f"{pos.borrowing_base.sentence()}")  # fmt: skip
    if quote.days:
        table("Payoff by day", ["date", "interest", "default interest", "total"],
              [[str(d.day), fmt(d.interest, c), fmt(d.default_interest, c), fmt(d.total, c)]
               for d in quote.days],
              right={1, 2, 3})  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True)
@_known_on
@_json
def explain(note_id: str, as_of: date, known_on: datetime | None, as_json: bool) -> None:
    """Explain interest: every accrual segment, down to the day-count fraction."""
    a = app()
    x = a.explain(note_id, as_of, known_on=known_on)
    terms = a.note(note_id).terms
    data = to_json(x, rounding=terms.rounding)
    installment = a.installment_explanation(note_id, as_of)  # a note with [schedule]
    if installment is not None:
        data["installment"] = to_json(installment)
    if as_json:
        emit_json(data)
        return
    table(f"Interest accrual — {note_id} to {as_of} ({x.day_count}"
          f"{', first and last day' if x.count_first_and_last_day else ''})",
          ["from", "to", "days", "year fraction", "balance", "rate", "exact interest", "rounded",
           "residue"],
          [[s["from"], s["to"], str(s["days"]), s["year_fraction"],
            fmt(seg.segment.balance, terms.currency),
            s["rate"] + (f"+{s['default_rate_extra']}" if s["default_rate_extra"] != "0" else "")
            + (f" ({s['basis']})" if "basis" in s else "")
            + (f" ({s['pik_rate']} PIK)" if "pik_rate" in s else ""),
            s["exact_interest"]["decimal"], fmt(seg.rounded, terms.currency), s["residue"]]
           for s, seg in zip(data["segments"], x.segments, strict=True)],
          right={2, 4, 6, 7, 8})  # fmt: skip
    click.echo(
        f"accrued {data['accrued_exact']['decimal']} + opening {data['opening_interest']} "
        f"− paid {data['interest_paid']} − capitalised {data['capitalised']} "
        f"− residue closed {data['residue_closed']['decimal']} "
        f"= outstanding {data['outstanding_exact']['decimal']} → {data['outstanding']} "
        f"(residue {data['outstanding_residue']})"
    )
    for c in x.late_charges:  # not interest: charged by the terms ([late_charge])
        click.echo(f"late charge on installment {c.number} due {c.due_date}, charged "
                   f"{c.charged_on}: {c.how}")  # fmt: skip
    if x.fees is not None:  # not interest: the fees of the terms ([[fees]])
        cur = terms.currency
        for text in x.fees.terms:
            click.echo(f"fee: {text}")
        if x.fees.segments:
            table(f"Unused-commitment fee accrual — {note_id} to {as_of}",
                  ["from", "to", "days", "year fraction", "unused", "rate", "exact fee"],
                  [[s["from"], s["to"], str(s["days"]), s["year_fraction"],
                    fmt(seg.unused, cur), s["percent"], s["exact_fee"]["decimal"]]
                   for s, seg in zip(data["fees"]["segments"], x.fees.segments, strict=True)],
                  right={2, 4, 6})  # fmt: skip
        for day, amount, how in x.fees.billed:
            click.echo(f"fee billed {day}: {fmt(amount, cur)} ({how})")
        click.echo(f"fee accrued since the last billing date {data['fees']['accrued_exact']['decimal']}"
                   f" → {fmt(x.fees.accrued, cur)}; fee residue closed "
                   f"{data['fees']['residue_closed']['decimal']}; fees payable now "
                   f"{fmt(x.fees.payable, cur)}")  # fmt: skip
    if installment is not None:
        say("installment:")
        for line in installment.lines():
            say(f"  {line}")


@cli.command()
@click.argument("convention")
@click.argument("start", type=DATE)
@click.argument("end", type=DATE)
@click.option("--termination-date", type=DATE, default=None, help="For 30E/360 ISDA.")
@click.option(
    "--reference-start", type=DATE, default=None, help="ACT/ACT ICMA: coupon period start."
)
@click.option("--reference-end", type=DATE, default=None, help="ACT/ACT ICMA: coupon period end.")
@click.option("--frequency", type=int, default=None, help="ACT/ACT ICMA: coupons a year.")
@_json
def daycount(convention: str, start: date, end: date, termination_date: date | None,
             reference_start: date | None, reference_end: date | None, frequency: int | None,
             as_json: bool) -> None:  # fmt: skip
    """Days and exact year fraction between two dates under a convention."""
    r = app().daycount(convention, start, end, termination_date=termination_date,
                       reference_start=reference_start, reference_end=reference_end,
                       frequency=frequency)  # fmt: skip
    if as_json:
        emit_json(to_json(r))
        return
    from promissory.cli.common import counted  # here, to leave the shared import line alone

    click.echo(f"{r.convention}: {start} → {end} = {counted(r.days, 'day')}, "
               f"year fraction {to_json(r.year_fraction)}")  # fmt: skip
