"""``promissory amortization``, ``statement``, ``refund`` and ``escrow-disburse``: a note's
installments (issue 10) and its escrow (issue 11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import click

from promissory.cli.commands import _post, _write_options
from promissory.cli.common import AMOUNT, DATE, app, cli, emit_json, fmt, say, table
from promissory.codec.records_json import problems_to_json, to_json
from promissory.core.reports import stale_fixings_of


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, default=None,
              help="Only the installments due after this date, on the principal then owed.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def amortization(note_id: str, as_of: date | None, as_json: bool) -> None:
    """The note's amortization table and how its installment is computed.

    From issue the rows repay the commitment; with --as-of, the installments due after that date
    repay the principal owed at its end, re-amortized as the note's prepayment effect says.
    """
    a = app().amortization(note_id, as_of=as_of)
    if as_json:
        emit_json(to_json(a))
        return
    t, c = a.table, a.currency
    moved = any(row.due_date != row.scheduled_date for row in t.rows)
    rows = [
        [str(row.number), *([str(row.scheduled_date)] if moved else []), str(row.due_date),
         fmt(row.payment, c), fmt(row.interest, c), fmt(row.principal, c), fmt(row.balance, c)]
        for row in t.rows
    ]  # fmt: skip
    rows.append(["", *([""] if moved else []), "total", fmt(t.total_payments, c),
                 fmt(t.total_interest, c), fmt(t.total_principal, c), ""])  # fmt: skip
    since = f"after {a.as_of}" if a.as_of else "from issue"
    if a.as_of is None and t.schedule.amortize_from.value == "conversion":
        since = "from the end of the draw period"
    first = 3 if moved else 2
    table(f"Amortization — {note_id}, {since}: {fmt(a.principal, c)} at {t.rate}, {t.day_count} ({c})",
          ["no.", *(["scheduled"] if moved else []), "due", "payment", "interest", "principal",
           "balance"], rows, right={0, *range(first, first + 4)})  # fmt: skip
    for line in a.explanation.lines():
        say(line)
    if t.balloon is not None:
        say(f"balloon: {fmt(t.balloon, c)} due {t.rows[-1].due_date}")


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True, help="The statement's date (its end).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def statement(note_id: str, as_of: date, as_json: bool) -> None:
    """What is due on a note with installments: past due, next amount due, aging, payoff.

    Each installment falling due with what was paid against it (oldest due first) and what
    remains, the days it is past due, and the balance and payoff figure of the day.
    """
    s = app().statement(note_id, as_of)
    if as_json:
        emit_json(to_json(s))
        return
    st, c = s.installments, s.currency
    shown = [x for x in st.installments if x.due_date <= as_of or x.due_date == st.next_due_date]
    if st.accelerated_on is not None:  # billed as one: only the installments before it are shown
        shown = [x for x in st.installments if x.due_date <= st.accelerated_on]
    rows = [[str(x.number), str(x.due_date), fmt(x.amount, c), fmt(x.paid, c), fmt(x.remaining, c),
             str(x.days_past_due) if x.days_past_due else "", str(x.paid_on or "")]
            for x in shown]  # fmt: skip
    table(f"Statement — {note_id} as of {as_of} ({c})",
          ["no.", "due", "installment", "paid", "remaining", "days past due", "paid on"], rows,
          right={0, 2, 3, 4, 5})  # fmt: skip
    next_due = (
        f"{fmt(st.next_amount_due, c)} due {st.next_due_date}" if st.next_due_date else "none"
    )
    if st.accelerated_on is not None:
        say(f"accelerated on {st.accelerated_on}: the installments are no longer billed one by "
            f"one; the whole payoff is due, past due from {st.accelerated_on} + 1 day")  # fmt: skip
    totals = [
        ["past due", fmt(st.past_due, c)],
        ["days past due", f"{st.days_past_due} (aging {st.aging})"],
        ["next installment", next_due],
        ["amount due", fmt(st.amount_due, c)],
        ["payments received", fmt(st.received, c)],
        ["applied to installments", fmt(st.applied, c)],
        ["beyond the installments", fmt(st.beyond, c)],
        ["unapplied funds held", fmt(st.unapplied, c)],
        *([["unapplied funds returned", fmt(st.returned, c)]] if st.returned else []),
        ["principal", fmt(s.balance.principal, c)],
        ["payoff", f"{fmt(s.payoff.total, c)} (per diem {fmt(s.payoff.per_diem, c)})"],
    ]
    if s.payoff.late_charges is not None:  # a note with [late_charge]
        totals[3:4] = [["installments due", fmt(st.amount_due, c)],
                       ["late charges due", fmt(s.late_charges_due, c)],
                       ["amount due", fmt(s.amount_due, c)]]  # fmt: skip
    if s.balance.default_interest:
        totals.insert(-2, ["default interest", fmt(s.balance.default_interest, c)])
    if s.payoff.fees is not None:  # a note with [[fees]]: fees payable now, and in the payoff
        totals.insert(-2, ["fees due", fmt(s.balance.fees, c)])
        totals.insert(-1, ["fees in the payoff", fmt(s.payoff.fees, c)])
    table("Totals", ["", "amount"], totals, right={1})
    if s.late_charges:
        table("Late charges (charged by the terms, not recorded)",
              ["installment", "due", "charged on", "amount"],
              [[str(x.number), str(x.due_date), str(x.charged_on), fmt(x.amount, c)]
               for x in s.late_charges], right={0, 3})  # fmt: skip
    for n in s.notices:
        say(f"warning: {n}")
    if st.unapplied and st.next_due_date and st.accelerated_on is None:
        say(f"the {fmt(st.unapplied, c)} of unapplied funds held will be applied to the "
            f"installments due on {st.next_due_date}")  # fmt: skip
    if s.payoff.unapplied:
        say(f"the payoff is net of the {fmt(s.payoff.unapplied, c)} of unapplied funds held")
    if s.escrow_deposit is not None or s.escrow_balance:
        with_each = (f"{fmt(s.escrow_deposit, c)} escrow deposit with each installment; "
                     if s.escrow_deposit is not None else "")  # fmt: skip
        say(f"{with_each}escrow balance {fmt(s.escrow_balance, c)} (held for taxes and "
            "insurance: not in the amount due or the payoff)")  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.argument("amount", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True)
@_write_options
def refund(note_id: str, amount: Decimal, day: date, **opts: Any) -> None:
    """Return unapplied funds held on a note to the borrower.

    Unapplied funds are money received that the terms did not let apply (see [schedule] excess
    in docs/terms-format.md); a refund of more than is held that day is refused.
    """
    _post(note_id, {"kind": "refund", "effective_date": day, "amount": amount}, opts)


@cli.command("escrow-disburse")
@click.argument("note_id")
@click.argument("amount", type=AMOUNT)
@click.option("--date", "day", type=DATE, required=True)
@click.option("--payee", default="", help="Who was paid: the tax office or the insurer.")
@click.option("--description", default="", help="The bill paid (e.g. 2024 county taxes).")
@click.option("--to-borrower", is_flag=True, help="Return the escrow to the borrower instead.")
@_write_options
def escrow_disburse(note_id: str, amount: Decimal, day: date, payee: str, description: str,
                    to_borrower: bool, **opts: Any) -> None:  # fmt: skip
    """Pay a tax or insurance bill out of the note's escrow balance (or return it).

    The escrow balance is what payments' escrow parts put in (pay --escrow); it is not part of
    the debt.  A disbursement of more than the balance that day is refused.
    """
    _post(note_id, {"kind": "escrow_disbursement", "effective_date": day, "amount": amount,
                    "payee": payee, "description": description, "to_borrower": to_borrower},
          opts)  # fmt: skip


@cli.command()
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True, help="The day whose warnings to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def problems(note_id: str, as_of: date, as_json: bool) -> None:
    """The note's broken rules and its warnings on a date (installments long past due).

    A broken rule is an event replay leaves out; a warning (schedule.past_due_notice_days) is an
    installment unpaid that many days after its due date: a notice, not an acceleration.
    """
    a = app()
    found = a.problems(note_id)
    notices = a.notices(note_id, as_of)
    stale = stale_fixings_of(a.view(note_id).ledger, as_of)  # floating resets (issue 11)
    rounding = a.note(note_id).terms.rounding
    if as_json:
        data = problems_to_json(note_id, as_of, found, notices, rounding)
        data["warnings"] += [{"code": "stale-fixing", "date": w.reset.isoformat(),
                              "message": str(w)} for w in stale]  # fmt: skip
        emit_json(data)
        return
    for p in found:
        say(f"problem: {p}")
    for n in (*notices, *stale):
        say(f"warning: {n}")
    if not found and not notices and not stale:
        say(f"{note_id}: no problems and no warnings on {as_of}")
