"""``promissory journal``, ``close``, ``trial-balance`` and ``reconcile`` (issue 14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from promissory.cli.common import DATE, app, cli, emit_json, say, table
from promissory.core.accounting import FREQUENCIES, PARTIES, frequency_of

_PARTY = click.Choice([*PARTIES, "holder"])


def _party_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option("--party", type=_PARTY, required=True,
                        help="Whose books: lender (holder) or borrower.")(f)  # fmt: skip


def _frequency_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option("--frequency", type=click.Choice(FREQUENCIES), default="monthly",
                        show_default=True, help="Period ends for the accruals.")(f)  # fmt: skip


def _chart_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option("--chart", "chart_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, help="Chart of accounts (TOML); default: the shipped chart.")(f)  # fmt: skip


@cli.command()
@click.argument("note_id", required=False)
@_party_option
@click.option("--from", "start", type=DATE, default=None, help="First day shown (earlier "
              "entries are brought forward).")  # fmt: skip
@click.option("--to", "end", type=DATE, default=None, help="Last day (default today).")
@click.option("--format", "form", type=click.Choice(["table", "beancount", "csv", "json"]),
              default="table", show_default=True)  # fmt: skip
@_frequency_option
@_chart_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (default standard output).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print JSON (same as --format json).")
@click.option("--holder", default="", help="A note held in parts: only this holder's books "
              "(the lender's side).")  # fmt: skip
def journal(note_id: str | None, party: str, start: date | None, end: date | None, form: str,
            frequency: str, chart_path: Path | None, output: Path | None, as_json: bool,
            holder: str) -> None:  # fmt: skip
    """The double-entry journal of a note (or of every note) for the lender or the borrower.

    A projection of the ledger: advances, payments split by the waterfall, interest accrued at
    each period end, Lender Expenses, transfers and settlements; reversals as reversing entries
    dated at the correction; closed periods as they were closed.
    """
    from promissory.codec import journal_export as x
    from promissory.codec.chart_toml import load_chart

    if start is not None and end is not None and start > end:
        raise click.BadParameter(f"--from {start} is after --to {end}", param_hint="--from")
    chart = load_chart(chart_path)
    journals = app().journal([note_id] if note_id else None, party, through=end,
                             frequency=frequency_of(frequency), holder=holder)  # fmt: skip
    form = "json" if as_json else form
    if form == "json":
        import json

        text = json.dumps(x.to_json(journals, chart, start=start), indent=2, ensure_ascii=False)
        text += "\n"
    elif form == "beancount":
        title = f"{note_id or 'book'} — {party}"
        text = x.to_beancount(journals, chart, start=start, title=title)
    elif form == "csv":
        text = x.to_csv(journals, chart, start=start)
    else:
        text = x.to_table(journals, chart, start=start)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        say(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("note_ids", nargs=-1)
@click.option("--period", default=None, help="The period: 2002-03 (month), 2002-Q1 (quarter) "
              "or 2002-03-31 (day).")  # fmt: skip
@click.option("--party", type=_PARTY, default=None, help="Whose books: lender or borrower.")
@click.option("--list", "listing", is_flag=True, help="List the closed periods.")
@click.option("--by", "closed_by", default="", help="Who closes the period.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def close(note_ids: tuple[str, ...], period: str | None, party: str | None, listing: bool,
          closed_by: str, as_json: bool) -> None:  # fmt: skip
    """Close an accounting period for a party (its journal is never rewritten), or list closes.

    Later corrections to a closed period (a back-dated event, a reversal) land in the next open
    period as one correction entry that says why.
    """
    if listing:
        closed = app().closed_periods(party)
        if as_json:
            emit_json([c.to_json() for c in closed])
            return
        table("Closed periods", ["party", "period", "ends", "notes (last event)", "by"],
              [[c.party, c.period, str(c.period_end),
                ", ".join(f"{n} (#{h})" for n, h in c.heads), c.closed_by] for c in closed])  # fmt: skip
        return
    if period is None or party is None:
        raise click.UsageError("give --period and --party to close a period (or --list)")
    c = app().close_period(period, party, note_ids=note_ids or None, closed_by=closed_by)
    if as_json:
        emit_json(c.to_json())
        return
    say(f"closed {c.period} (through {c.period_end}) for the {c.party}: "
        + ", ".join(f"{n} through event #{h}" for n, h in c.heads))  # fmt: skip


@cli.command("trial-balance")
@click.argument("note_id")
@_party_option
@click.option("--as-of", type=DATE, required=True, help="The day whose end the balances are at.")
@_frequency_option
@_chart_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def trial_balance(note_id: str, party: str, as_of: date, frequency: str,
                  chart_path: Path | None, as_json: bool) -> None:  # fmt: skip
    """The trial balance of a note's journal for a party at the end of a day."""
    from promissory.codec import journal_export as x
    from promissory.codec.chart_toml import load_chart

    chart = load_chart(chart_path)
    tb = app().trial_balance(note_id, party, as_of, frequency=frequency_of(frequency))
    if as_json:
        emit_json(x.trial_balance_json(tb, chart))
        return
    say(x.trial_balance_text(tb, chart).rstrip("\n"))


@cli.command()
@click.argument("note_id")
@_party_option
@click.option("--to", "end", type=DATE, required=True, help="Last period end to tie.")
@_frequency_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def reconcile(note_id: str, party: str, end: date, frequency: str, as_json: bool) -> None:
    """Tie every receivable or payable account to the engine's balances at every period end.

    To the cent, with the residue of rounding (exact accrued interest less the rounded figure)
    that the engine still holds.
    """
    from promissory.codec import journal_export as x

    j, lines = app().reconcile(note_id, party, end, frequency=frequency_of(frequency))
    if as_json:
        emit_json({"note": j.note_id, "party": j.party, "currency": j.currency,
                   "ties": all(t.ties for t in lines), "lines": [x.tie_json(t) for t in lines]})  # fmt: skip
        return
    say(x.reconciliation_text(j, lines).rstrip("\n"))
    if not all(t.ties for t in lines):
        raise SystemExit(1)
