"""What every command shares: the root group, the book option, parameter types and output."""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from promissory.app import Promissory
from promissory.codec.amounts import parse_amount
from promissory.codec.display import money_text
from promissory.codec.text import check_text, printable, read_text_file
from promissory.core.dates import check_date
from promissory.errors import InvalidInput

console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


class DateType(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (YYYY-MM-DD)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)
        try:
            check_date(day, _label(param, "date"))
        except InvalidInput as error:
            self.fail(str(error), param, ctx)
        return day


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
    """A decimal amount, not negative ("1500000.00", "1,500,000", "$155,388.68").

    Read by the one amount parser (:mod:`promissory.codec.amounts`): ambiguous text ("1,5",
    "1.000,00") and anything not a plain number ("1e3", "NaN") is refused with the rule.
    """

    name = "amount"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Decimal:
        what = _what(param)
        try:
            amount = parse_amount(value if isinstance(value, Decimal) else str(value), what=what)
        except InvalidInput as error:
            self.fail(str(error), param, ctx)
        if amount < 0:
            self.fail(f"{what} {value} must be positive", param, ctx)
        return amount


class TextFileType(click.ParamType):  # type: ignore[type-arg]
    """A UTF-8 text file people wrote (a terms file): it must exist, be a file and not be empty."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        try:
            read_text_file(value, what="terms file")
        except InvalidInput as error:
            self.fail(str(error), param, ctx)
        return Path(value)


def _what(param: click.Parameter | None) -> str:
    return (param.name or "amount").replace("_", " ") if param is not None else "amount"


def _label(param: click.Parameter | None, default: str) -> str:
    """What a parameter is called in a message: ``--as-of`` is "as of", ``NOTE_ID`` "note id"."""
    if isinstance(param, click.Option) and param.opts:
        return param.opts[0].lstrip("-").replace("-", " ")
    return (param.name or default).replace("_", " ") if param is not None else default


DATE = DateType()
MOMENT = MomentType()
AMOUNT = AmountType()
TERMS_FILE = TextFileType()

#: A command-line word click would take for an unknown option but that is a negative number.
_NEGATIVE_NUMBER = re.compile(r"-[\d.,]+")


class Command(click.Command):
    """A promissory command: text arguments may not hold control characters (the text rule of
    :mod:`promissory.codec.text`), and a negative number where an amount belongs gets the amount
    rule rather than click's "No such option"."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # click consumes ``args``
        try:
            rest = super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            word = next((a for a in given if _NEGATIVE_NUMBER.fullmatch(a)
                         and a.startswith(error.option_name)), None)  # fmt: skip
            if word is None:
                raise
            amounts = [p for p in self.params
                       if isinstance(p, click.Argument) and isinstance(p.type, AmountType)]  # fmt: skip
            if not amounts:
                raise click.UsageError(f"{word} must be positive", ctx) from None
            raise click.BadParameter(f"{_what(amounts[0])} {word} must be positive",
                                     ctx, amounts[0]) from None  # fmt: skip
        for param in self.params:
            value = ctx.params.get(param.name or "")
            for text in value if isinstance(value, tuple) else (value,):
                if isinstance(text, str):
                    try:
                        check_text(text, what=_what(param))
                    except InvalidInput as error:
                        raise click.BadParameter(str(error), ctx, param) from None
        return rest


class Group(click.Group):
    """The root group and its subgroups: every command is a :class:`Command`."""

    command_class = Command
    group_class = type  # subgroups are Groups too


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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


def shown(text: object) -> str:
    """Any text printed through Rich, shown literally: control characters neutralised (a book
    written before the text rule may hold them) and Rich markup escaped, so a memo "[/]" or
    "[restated]" prints as written.  Every table cell and title goes through here."""
    return escape(printable(str(text)))


def say(text: object) -> None:
    """Print a line of text that may hold data (a memo, a name), control characters neutralised."""
    click.echo(printable(str(text), keep_newlines=True))


def table(
    title: str, columns: list[str], rows: list[list[str]], right: set[int] | None = None
) -> None:
    t = Table(title=shown(title), title_justify="left")
    for i, name in enumerate(columns):
        t.add_column(shown(name), justify="right" if right and i in right else "left")
    for row in rows:
        t.add_row(*(shown(cell) for cell in row))
    console.print(t)


def fmt(value: Decimal | None, currency: str) -> str:
    """An amount for a table or a line, in its currency (:func:`promissory.codec.display.money_text`)."""
    return money_text(value, currency)
