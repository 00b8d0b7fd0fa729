"""What every command shares: the root group, the book option, parameter types and output.

Start-up is kept short (``promissory --version`` and ``--help`` import neither the application nor
SQLAlchemy nor Rich): the root group imports a command's module only when that command runs (see
:class:`LazyGroup`), and the application, the money module and Rich are imported on first use.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from promissory import __version__
from promissory.errors import InvalidInput

if TYPE_CHECKING:
    from rich.console import Console

    from promissory.app import Promissory

_CONSOLE: list[Console] = []


def _console() -> Console:
    """The console tables are printed on, made on first use (importing Rich costs start-up time)."""
    if not _CONSOLE:
        from rich.console import Console

        _CONSOLE.append(Console(highlight=False, width=None if sys.stdout.isatty() else 200))
    return _CONSOLE[0]


def __getattr__(name: str) -> Console:
    """``console`` (``from promissory.cli.common import console``) is made on first use."""
    if name == "console":
        return _console()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        from promissory.core.dates import check_date  # imported on first use

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
        from promissory.codec.amounts import parse_amount  # imported on first use

        what = _what(param)
        try:
            amount = parse_amount(
                value if isinstance(value, Decimal) else str(value), what=what, typed=True
            )
        except InvalidInput as error:
            self.fail(str(error), param, ctx)
        if amount < 0:
            self.fail(f"{what} {value} must be positive", param, ctx)
        return amount


class TextFileType(click.ParamType):  # type: ignore[type-arg]
    """A UTF-8 text file people wrote (a terms file): it must exist, be a file and not be empty."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        from promissory.codec.text import read_text_file

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
        from promissory.codec.text import check_text

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


Group.group_class = Group  # subgroups are Groups too (not the root's LazyGroup)


@dataclass(frozen=True, slots=True)
class Lazy:
    """A top-level command not imported yet: the modules that define it and its one-line help."""

    modules: tuple[str, ...]
    help: str


_BOOK = "promissory.cli.book_commands"
_COMMANDS = "promissory.cli.commands"
_NOTES = "promissory.cli.notes"
_SETTLEMENT = "promissory.cli.settlement_commands"
_OID = "promissory.cli.oid_commands"
_ACCOUNTING = "promissory.cli.accounting_commands"

#: Every top-level command, the modules to import to run it, and the help ``--help`` lists for it
#: (tests/cli/test_lazy_commands.py checks this table against the commands the modules define).
LAZY_COMMANDS: dict[str, Lazy] = {
    "init": Lazy((_NOTES,), "Create (or open) the book."),
    "note": Lazy((_NOTES,), "Add, list and show notes."),
    "advance": Lazy((_COMMANDS,), "Record an advance (a Loan drawn under the note)."),
    "pay": Lazy((_COMMANDS,), "Record a payment; it is applied by the note's waterfall (less its escrow part)."),
    "default": Lazy((_COMMANDS,), "Record an Event of Default (the default margin accrues from this date)."),
    "cure": Lazy((_COMMANDS,), "Record the cure or waiver of an Event of Default (the default margin stops)."),
    "accelerate": Lazy((_COMMANDS,), "Declare everything due now (needs a continuing Event of Default)."),
    "demand": Lazy((_COMMANDS,), "Demand payment of a note payable on demand (sets its due date)."),
    "pik-elect": Lazy((_COMMANDS,), "Elect cash or PIK interest for one interest period of a PIK toggle note."),
    "reverse": Lazy((_COMMANDS,), "Reverse an earlier event (the original stays in the record)."),
    "expense": Lazy((_COMMANDS,), "Charge a Lender Expense to the note."),
    "fixing": Lazy((_COMMANDS,), "Record an index fixing for a floating-rate note (e.g. SOFR 0.0431)."),
    "amend": Lazy((_COMMANDS,), "Record a written amendment of the terms, effective from a date."),
    "notation": Lazy((_COMMANDS,), "Add a notation to Schedule A (moves no money)."),
    "opening": Lazy((_COMMANDS,), "Take on a loan from elsewhere by its balances on a date."),
    "schedule": Lazy((_COMMANDS,), "Print the note's Schedule A: every event, its split and the balances after it."),
    "balance": Lazy((_COMMANDS,), "What is owed on a date, and the note's status."),
    "payoff": Lazy((_COMMANDS,), "Payoff quote: everything needed to pay the note in full, with per diem."),
    "explain": Lazy((_COMMANDS,), "Explain interest: every accrual segment, down to the day-count fraction."),
    "daycount": Lazy((_COMMANDS,), "Days and exact year fraction between two dates under a convention."),
    "amortization": Lazy(("promissory.cli.installment_commands",), "The note's amortization table and how its installment is computed."),
    "statement": Lazy(("promissory.cli.installment_commands",), "What is due on a note with installments: past due, next amount due, aging, payoff."),
    "problems": Lazy(("promissory.cli.installment_commands",), "The note's broken rules and its warnings on a date (installments long past due)."),
    "refund": Lazy(("promissory.cli.installment_commands",), "Return unapplied funds held on a note to the borrower."),
    "escrow-disburse": Lazy(("promissory.cli.installment_commands",), "Pay a tax or insurance bill out of the note's escrow balance (or return it)."),
    "render": Lazy(("promissory.cli.document_commands", _OID), "Write documents from the book: note, Schedule A, payoff letter, statement, release, OID statement."),
    "extract": Lazy(("promissory.cli.extract_commands",), "Read a note, loan agreement or settlement letter (plain text) and propose its terms."),
    "oid": Lazy((_OID,), "Issue price, yield to maturity, OID and the year-by-year schedule (per advance and total)."),
    "collateral": Lazy((_SETTLEMENT,), "Pledge and release collateral, value it, watch coverage and financing statements."),
    "transfer": Lazy((_SETTLEMENT,), "Assign a note to a new holder; show who held it."),
    "settle": Lazy((_SETTLEMENT,), "Pay a note in full with cash, assigned notes, shares and forgiveness."),
    "party": Lazy((_SETTLEMENT,), "The legal persons on notes: borrowers, lenders, holders."),
    "verify": Lazy((_BOOK,), "Check every note (or one): hash chains from the terms on, replay rules and checkpoints."),
    "export": Lazy((_BOOK,), "Write the whole book to a portable bundle (JSON Lines)."),
    "import": Lazy((_BOOK,), "Read a bundle into the book (refused whole if its hashes do not verify)."),
    "onboard": Lazy((_BOOK,), "Onboard notes, or events of existing notes, from CSV (a note's rows all go in, or none)."),
    "journal": Lazy((_ACCOUNTING,), "The double-entry journal of a note (or of every note) for the lender or the borrower."),
    "close": Lazy((_ACCOUNTING,), "Close an accounting period for a party (its journal is never rewritten), or list closes."),
    "trial-balance": Lazy((_ACCOUNTING,), "The trial balance of a note's journal for a party at the end of a day."),
    "reconcile": Lazy((_ACCOUNTING,), "Tie every receivable or payable account to the engine's balances at every period end."),
    "portfolio": Lazy(("promissory.cli.portfolio_commands",), "Every note and the totals on a date: balances, past due, aging, maturities, collateral."),
    "snapshot": Lazy(("promissory.cli.portfolio_commands",), "Write the book's columnar snapshot (Parquet, partitioned by note) for the portfolio."),
    "user": Lazy(("promissory.cli.user_commands",), "Manage the book's users, their roles and API tokens (see docs/accounts.md)."),
    "audit-log": Lazy(("promissory.cli.user_commands",), "The audit log: logins, refusals, writes and changes to users and tokens."),
    "serve": Lazy(("promissory.cli.serve_command",), "Serve the HTTP API (JSON, OpenAPI at /api/docs) over the book with uvicorn."),
}  # fmt: skip


class LazyGroup(Group):
    """The root group: a command's module is imported only when that command is looked up.

    ``--version`` and ``--help`` import no command module (``--help`` lists the one-line helps kept
    in :data:`LAZY_COMMANDS`), so they start in a fraction of the time the whole CLI takes to import.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        lazy = LAZY_COMMANDS.get(cmd_name)
        if lazy is not None:
            for module in lazy.modules:
                importlib.import_module(module)  # registers the command on this group
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names))
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            if loaded is not None and loaded.hidden:
                continue
            # an unloaded command's help is shortened by click exactly as the command's own is
            shown = loaded or click.Command(name, help=LAZY_COMMANDS[name].help)
            rows.append((name, shown.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--book",
    envvar="PROMISSORY_BOOK",
    default=None,
    help="Book URL (sqlite:///path or postgresql://...); default ./promissory.db or $PROMISSORY_BOOK.",
)
# the version from promissory.__version__, not package_name=: importlib.metadata is slow to import
@click.version_option(version=__version__)
@click.pass_context
def cli(ctx: click.Context, book: str | None) -> None:
    """promissory — service promissory notes exactly, from first advance to final release."""
    ctx.meta["promissory.book"] = book


def app() -> Promissory:
    """The application over the ``--book`` book, opened on first use and closed with the command."""
    from promissory.app import Promissory

    root = click.get_current_context().find_root()
    obj = root.obj
    if obj is None:
        obj = root.obj = Promissory(root.meta["promissory.book"])
        root.call_on_close(obj.book.engine.dispose)
    assert isinstance(obj, Promissory)
    return obj


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def shown(text: object) -> str:
    """Any text printed through Rich, shown literally: control characters neutralised (a book
    written before the text rule may hold them) and Rich markup escaped, so a memo "[/]" or
    "[restated]" prints as written.  Every table cell and title goes through here."""
    from rich.markup import escape

    from promissory.codec.text import printable

    return escape(printable(str(text)))


def say(text: object) -> None:
    """Print a line of text that may hold data (a memo, a name), control characters neutralised."""
    from promissory.codec.text import printable

    click.echo(printable(str(text), keep_newlines=True))


def table(
    title: str, columns: list[str], rows: list[list[str]], right: set[int] | None = None
) -> None:
    from rich.table import Table

    t = Table(title=shown(title), title_justify="left")
    for i, name in enumerate(columns):
        t.add_column(shown(name), justify="right" if right and i in right else "left")
    for row in rows:
        t.add_row(*(shown(cell) for cell in row))
    _console().print(t)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and its noun in agreement: "1 note", "0 notes", "2 parties" (``plural`` if not +s)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def fmt(value: Decimal | None, currency: str) -> str:
    """An amount for a table or a line, in its currency (:func:`promissory.codec.display.money_text`)."""
    from promissory.codec.display import money_text

    return money_text(value, currency)
