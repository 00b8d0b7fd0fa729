"""``promissory init`` and ``promissory note add | list | show``."""

from __future__ import annotations

from pathlib import Path

import click

from promissory.cli.common import DATE, TERMS_FILE, app, cli, emit_json, fmt, say, table
from promissory.codec.records_json import to_json
from promissory.codec.terms_toml import dumps_terms
from promissory.core.borrowing_base import percent
from promissory.core.terms import Terms


@cli.command()
def init() -> None:
    """Create (or open) the book."""
    url = app().init()
    click.echo(f"book ready at {url}")


@cli.group()
def note() -> None:
    """Add, list and show notes."""


def _due(terms: Terms) -> str:
    """Maturity as the note states it: a date, or "on demand" (until demand sets one)."""
    if terms.due_date is None:
        return "on demand"
    demanded = f" (demanded {terms.demanded_on})" if terms.demanded_on else ""
    return str(terms.due_date) + demanded


@note.command("add")
@click.argument("terms_file", type=TERMS_FILE)
@click.option("--by", "recorded_by", default="", help="Who adds the note.")
def note_add(terms_file: Path, recorded_by: str) -> None:
    """Add a note from its terms file (TOML; see docs/terms-format.md)."""
    terms = app().add_note(terms_file, recorded_by=recorded_by)
    say(f"added note {terms.id}: {terms.borrower.name} to {terms.lender.name}, commitment "
        f"{terms.currency} {fmt(terms.commitment, terms.currency)}, maturity {_due(terms)}")  # fmt: skip


@note.command("list")
@click.option("--as-of", type=DATE, default=None, help="Status as of this date (default today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def note_list(as_of: object, as_json: bool) -> None:
    """List the notes in the book."""
    summaries = app().notes(as_of)  # type: ignore[arg-type]
    if as_json:
        emit_json(to_json(summaries))
        return
    table(
        "Notes",
        ["id", "borrower", "holder", "commitment", "maturity", "status", "principal", "events"],
        [
            [
                s.terms.id,
                s.terms.borrower.name,
                s.holder,
                fmt(s.terms.commitment, s.terms.currency),
                _due(s.terms),
                s.status.value,
                fmt(s.principal, s.terms.currency),
                str(s.events),
            ]
            for s in summaries
        ],
        right={3, 6, 7},
    )
    for s in summaries:
        if s.problem:  # listed with what can be said; what it owes waits (a missing fixing)
            say(f"{s.terms.id}: what it owes cannot be said that day: {s.problem}")


@note.command("show")
@click.argument("note_id")
@click.option("--toml", "as_toml", is_flag=True, help="Print the terms file.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def note_show(note_id: str, as_toml: bool, as_json: bool) -> None:
    """Show a note's terms."""
    record = app().note(note_id)
    t = record.terms
    if as_toml:
        click.echo(dumps_terms(t), nl=False)
        return
    if as_json:
        emit_json(to_json(record))
        return
    i = t.interest
    rate = (
        f"{i.rate}" if i.floating is None and not i.steps
        else "floating" if i.floating is not None else "step schedule"
    )  # fmt: skip
    rows = [
        ["id", t.id], ["borrower", t.borrower.name], ["lender", t.lender.name],
        ["issue date", str(t.issue_date)], ["commitment", f"{t.currency} {fmt(t.commitment, t.currency)}"],
        ["revolving", "yes" if t.revolving else "no (prepaid amounts cannot be reborrowed)"],
        ["draw period ends", str(t.last_draw_date)], ["maturity", _due(t)],
        ["rate", rate], ["day count", i.day_count + (" (first and last day)" if i.count_first_and_last_day else "")],
        ["default margin", str(i.default_margin)], ["max lawful rate", str(i.max_rate or "none")],
        ["interest", f"{'simple' if i.compounding is None else 'compounded ' + i.compounding.value}, "
                     f"payable {'at maturity' if i.payable is None else i.payable.value}"],
        *([["PIK", (f"toggle: {i.pik.rate} in kind for a period the borrower elects (notice "
                    f"{i.pik.notice_days} days; default {i.pik.default_election.value})"
                    if i.pik.toggle else f"{i.pik.rate} in kind, capitalised beside the cash rate")]]
          if i.pik is not None else []),
        ["waterfall", " → ".join(b.value for b in t.waterfall)],
        ["rounding", f"{t.rounding.quantum} {t.rounding.mode.value}"],
        ["governing law", t.governing_law or ""], ["place of payment", t.place_of_payment or ""],
        ["security", t.security_agreement or "unsecured"], ["events", str(record.head)],
    ]  # fmt: skip
    c = t.collateral
    if c.advance_rate is not None:  # a borrowing base
        price = (f"; release price {percent(c.release_price)} of an asset's allocated loan amount"
                 if c.release_price is not None else "")  # fmt: skip
        rows.insert([r[0] for r in rows].index("waterfall"), [
            "borrowing base", f"{percent(c.advance_rate)} of the pledged value after haircuts, "
            f"less principal outstanding{price}"])  # fmt: skip
    if t.schedule is not None:
        s = t.schedule
        stated = f" of {fmt(s.installment, t.currency)}" if s.installment is not None else ""
        words = (f"{s.payments} {s.kind.value.replace('_', ' ')}{stated}, {s.frequency.value} "
                 f"from {s.first_payment}; a prepayment: {s.prepayment_effect.value}")  # fmt: skip
        rows.insert([r[0] for r in rows].index("waterfall"), ["installments", words])
    table(f"Note {t.id}", ["term", "value"], rows)
