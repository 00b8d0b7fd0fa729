"""What every command shares: the root group, the book option, parameter types and output."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from promissory.app import Promissory
from promissory.core.money import EXACT_QUANTIZE, to_decimal
from promissory.errors import InvalidInput

console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


class DateType(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (YYYY-MM-DD)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


class MomentType(click.ParamType):  # type: ignore[type-arg]
    """A moment for ``--as-known-on``: an ISO date-time, or a date meaning the end of that day (UTC)."""

    name = "datetime"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        text = str(value)
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
            moment = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not an ISO date or date-time", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AmountType(click.ParamType):  # type: ignore[type-arg]
    """A decimal amount ("1500000.00", "1,500,000", "$155,388.68")."""

    name = "amount"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Decimal:
        try:
            return to_decimal(str(value), what="amount")
        except InvalidInput as error:
            self.fail(str(error), param, ctx)


DATE = DateType()
MOMENT = MomentType()
AMOUNT = AmountType()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--book",
    envvar="PROMISSORY_BOOK",
    default=None,
    help="Book URL (sqlite:///path or postgresql://...); default ./promissory.db or $PROMISSORY_BOOK.",
)
@click.version_option(package_name="promissory")
@click.pass_context
def cli(ctx: click.Context, book: str | None) -> None:
    """promissory — service promissory notes exactly, from first advance to final release."""
    ctx.obj = Promissory(book)


def app() -> Promissory:
    ctx = click.get_current_context()
    obj = ctx.find_root().obj
    assert isinstance(obj, Promissory)
    return obj


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def table(
    title: str, columns: list[str], rows: list[list[str]], right: set[int] | None = None
) -> None:
    t = Table(title=title, title_justify="left")
    for i, name in enumerate(columns):
        t.add_column(name, justify="right" if right and i in right else "left")
    for row in rows:
        t.add_row(*row)
    console.print(t)


def fmt(value: Decimal | None, quantum: Decimal = Decimal("0.01")) -> str:
    """An amount for a table: grouped, and shown to the currency's quantum when it is that exact."""
    if value is None:
        return ""
    shown = value.quantize(quantum, context=EXACT_QUANTIZE)
    return f"{shown if shown == value else value:,}"
