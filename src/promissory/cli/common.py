"""What every command shares: the root group, the book option, parameter types and output.

Start-up is kept short (``promissory --version`` and ``--help`` import neither the application nor
SQLAlchemy nor Rich): the root group imports a command's module only when that command runs (see
:class:`LazyGroup`), and the application, the money module and Rich are imported on first use.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
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
        from promissory.core.money import to_decimal  # the core is imported on first use

        try:
            return to_decimal(str(value), what="amount")
        except InvalidInput as error:
            self.fail(str(error), param, ctx)


DATE = DateType()
MOMENT = MomentType()
AMOUNT = AmountType()


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

#: Every top-level command, the modules to import to run it, and the help ``--help`` lists for it
#: (tests/cli/test_lazy_commands.py checks this table against the commands the modules define).
LAZY_COMMANDS: dict[str, Lazy] = {
    "init": Lazy((_NOTES,), "Create (or open) the book."),
    "note": Lazy((_NOTES,), "Add, list and show notes."),
    "advance": Lazy((_COMMANDS,), "Record an advance (a Loan drawn under the note)."),
    "pay": Lazy((_COMMANDS,), "Record a payment; it is applied by the note's waterfall."),
    "default": Lazy((_COMMANDS,), "Record an Event of Default (the default margin accrues from this date)."),
    "cure": Lazy((_COMMANDS,), "Record the cure or waiver of an Event of Default (the default margin stops)."),
    "accelerate": Lazy((_COMMANDS,), "Declare everything due now (needs a continuing Event of Default)."),
    "reverse": Lazy((_COMMANDS,), "Reverse an earlier event (the original stays in the record)."),
    "expense": Lazy((_COMMANDS,), "Charge a Lender Expense to the note."),
    "fixing": Lazy((_COMMANDS,), "Record an index fixing for a floating-rate note (e.g. SOFR 0.0431)."),
    "amend": Lazy((_COMMANDS,), "Record a written amendment of the terms, effective from a date."),
    "notation": Lazy((_COMMANDS,), "Add a notation to Schedule A (moves no money)."),
    "opening": Lazy((_COMMANDS,), "Take on a loan from elsewhere by its balances on a date."),
    "schedule": Lazy((_COMMANDS,), "Print the note's Schedule A: every event, its split and the balances after it."),
    "balance": Lazy((_COMMANDS,), "What is owed at the end of a date, and the note's status."),
    "payoff": Lazy((_COMMANDS,), "Payoff quote: everything needed to pay the note in full, with per diem."),
    "explain": Lazy((_COMMANDS,), "Explain interest: every accrual segment, down to the day-count fraction."),
    "daycount": Lazy((_COMMANDS,), "Days and exact year fraction between two dates under a convention."),
    "render": Lazy(("promissory.cli.document_commands", _OID), "Write documents from the book: the note, Schedule A, a payoff letter."),
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
}  # fmt: skip


class LazyGroup(click.Group):
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


def table(
    title: str, columns: list[str], rows: list[list[str]], right: set[int] | None = None
) -> None:
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    for i, name in enumerate(columns):
        t.add_column(name, justify="right" if right and i in right else "left")
    for row in rows:
        t.add_row(*row)
    _console().print(t)


def fmt(value: Decimal | None, quantum: Decimal = Decimal("0.01")) -> str:
    """An amount for a table: grouped, and shown to the currency's quantum when it is that exact."""
    if value is None:
        return ""
    from promissory.core.money import EXACT_QUANTIZE

    shown = value.quantize(quantum, context=EXACT_QUANTIZE)
    return f"{shown if shown == value else value:,}"
