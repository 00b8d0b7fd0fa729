"""The bad inputs of issue 9, and the ones added since: one table, used by the test and the doc.

Each :class:`BadInput` is a command line run against a small book (the Valence note, one advance of
1,000,000.00 on 2001-10-05).  ``{NOTE}`` in the arguments is the note's id and ``{FILE}`` a file
holding ``file`` (a CSV or a terms file; ``b"..."`` for binary, :data:`DIRECTORY` for a directory,
:data:`MISSING` for no file at all).  ``expect`` is a fragment of the error the command must print.

``tests/cli/test_bad_inputs.py`` runs every case in-process and checks the exit status (1 or 2),
the message, that no traceback is printed and that nothing is written to the book;
``scripts/bad_inputs_table.py`` runs them the same way and prints ``docs/bad-inputs.md``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from promissory.cli import run

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"
DIRECTORY = "<a directory>"
MISSING = "<no such file>"
ESC = "\x1b"


@dataclass(frozen=True)
class BadInput:
    """One malformed input: where it is given, the command, and the error it must get."""

    what: str
    where: str  # CLI, CSV, terms
    args: tuple[str, ...]
    expect: str
    file: str | bytes | None = None
    suffix: str = ".csv"


def pay(amount: str) -> tuple[str, ...]:
    return ("pay", "{NOTE}", amount, "--date", "2002-01-05")


def events_csv(amount: str = "1000.00", memo: str = "") -> str:
    return f"note_id,kind,effective_date,amount,memo\n{NOTE},payment,2002-01-05,{amount},{memo}\n"


def notes_csv(commitment: str = "1000000.00", borrower: str = "Acme Corp") -> str:
    return (
        "id,borrower,lender,issue_date,maturity,commitment,rate\n"
        f"NEW-1,{borrower},Bank,2024-01-01,2026-01-01,{commitment},0.08\n"
    )


def terms(**override: str) -> str:
    text = (EXAMPLES / "valence-2001-note.toml").read_text(encoding="utf-8")
    text = text.replace('id = "VAL-2001-10-05"', 'id = "NEW-1"')
    for key, value in override.items():
        lines = [
            f"{key} = {value}" if line.startswith(f"{key} =") else line
            for line in text.splitlines()
        ]
        text = "\n".join(lines) + "\n"
    return text


def term_terms(old: str, new: str) -> str:
    """The example term note (``examples/term-note-2024.toml``) with ``old`` replaced by ``new``."""
    text = (EXAMPLES / "term-note-2024.toml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


def pik_terms(old: str, new: str) -> str:
    """The example cash + PIK note (``examples/pik-split-2024.toml``), ``old`` replaced by ``new``."""
    text = (EXAMPLES / "pik-split-2024.toml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


PIK_RATE = (
    'rate = "0.04"                    # paid in kind: capitalised on each capitalisation date'
)

#: ``payable`` followed by a floating rate compounded in arrears (``{reset}``, ``{table}``)
IN_ARREARS = (
    '"maturity"\n\n[interest.floating]\nindex = "SOFR"\nmargin = "0.025"\n{reset}'
    "\n[interest.floating.in_arrears]\n{table}"
)
SCHEDULE_EFFECT = 'prepayment_effect = "shorten-term"'
ONBOARD = ("onboard", "{FILE}", "--json")
NOTE_ADD = ("note", "add", "{FILE}")


def term_note(extra: str) -> str:
    """The example term note (installments) with ``extra`` tables appended (issue 10)."""
    return (EXAMPLES / "term-note-2024.toml").read_text(encoding="utf-8") + "\n" + extra + "\n"


CASES: tuple[BadInput, ...] = (
    # -- amounts on the command line --------------------------------------------------------------
    BadInput("European grouping", "CLI", pay("1.000,00"), "European grouping is not read"),
    BadInput("decimal comma", "CLI", pay("1,5"), "not US thousands grouping"),
    BadInput("comma in the wrong place", "CLI", pay("1,0000"), "not US thousands grouping"),
    BadInput("Indian grouping", "CLI", pay("10,00,000"), "not US thousands grouping"),
    BadInput("space inside", "CLI", pay("1 000"), "has a space inside"),
    BadInput("two decimal points", "CLI", pay("1..0"), "more than one decimal point"),
    BadInput("exponent overflowing", "CLI", pay("1e400"), "'1e400' is in exponent notation"),
    BadInput("exponent", "CLI", pay("1e3"), "'1e3' is in exponent notation"),
    BadInput("not a number", "CLI", pay("NaN"), "'NaN' is not a finite number"),
    BadInput("infinity", "CLI", pay("Infinity"), "'Infinity' is not a finite number"),
    BadInput("words", "CLI", pay("ten"), "'ten' is not a decimal number"),
    BadInput("empty amount", "CLI", pay(""), "'' is not a decimal number"),
    BadInput("too many digits", "CLI", pay("1" * 31), "is out of range"),
    BadInput("finer than a cent", "CLI", pay("1.001"), "finer than the currency allows"),
    BadInput("negative payment", "CLI", pay("-5"), "amount -5 must be positive"),
    BadInput(
        "negative advance",
        "CLI",
        ("advance", "{NOTE}", "-1,000.00", "--date", "2001-11-01"),
        "amount -1,000.00 must be positive",
    ),
    BadInput(
        "negative option amount",
        "CLI",
        ("amend", "{NOTE}", "--date", "2002-01-05", "--commitment", "-5"),
        "commitment -5 must be positive",
    ),
    # -- text on the command line -----------------------------------------------------------------
    BadInput(
        "ANSI escape in a memo",
        "CLI",
        (*pay("1000"), "--memo", f"{ESC}[31mred"),
        "control character U+001B",
    ),
    BadInput(
        "bell in a notation",
        "CLI",
        ("notation", "{NOTE}", "ring\x07", "--date", "2002-01-05"),
        "control character U+0007",
    ),
    BadInput(
        "C1 control in a description",
        "CLI",
        ("expense", "{NOTE}", "10", "--date", "2002-01-05", "--description", "fee\x9b2J"),
        "control character U+009B",
    ),
    BadInput(
        "escape in --by", "CLI", (*pay("1000"), "--by", f"ops{ESC}]0;x"), "control character U+001B"
    ),
    # -- CSV onboarding ---------------------------------------------------------------------------
    BadInput(
        "CSV: decimal comma", "CSV", ONBOARD, "not US thousands grouping", events_csv('"1,5"')
    ),
    BadInput(
        "CSV: European grouping", "CSV", ONBOARD, "European grouping", events_csv('"1.000,00"')
    ),
    BadInput(
        "CSV: finer than a cent",
        "CSV",
        ONBOARD,
        "finer than the currency allows",
        events_csv("1.001"),
    ),
    BadInput("CSV: exponent", "CSV", ONBOARD, "exponent notation", events_csv("1e3")),
    BadInput("CSV: NaN", "CSV", ONBOARD, "not a finite number", events_csv("NaN")),
    BadInput(
        "CSV: ANSI escape in a memo",
        "CSV",
        ONBOARD,
        "control character U+001B",
        events_csv(memo=f"{ESC}[2J"),
    ),
    BadInput(
        "CSV: misplaced comma in a commitment",
        "CSV",
        ONBOARD,
        "not US thousands grouping",
        notes_csv(commitment='"1,000,00"'),
    ),
    BadInput(
        "CSV: escape in a party name",
        "CSV",
        ONBOARD,
        "control character U+001B",
        notes_csv(borrower=f"Acme{ESC}[8m"),
    ),
    # -- terms files ------------------------------------------------------------------------------
    BadInput(
        "binary terms file",
        "terms",
        NOTE_ADD,
        "is not UTF-8 text: byte 0xff at offset 2",
        b"id\xff\xfe = 1\n",
        suffix=".toml",
    ),
    BadInput("terms file is a directory", "terms", NOTE_ADD, "is a directory", DIRECTORY),
    BadInput("terms file missing", "terms", NOTE_ADD, "does not exist", MISSING),
    BadInput("empty terms file", "terms", NOTE_ADD, "is empty", "", suffix=".toml"),
    BadInput(
        "decimal comma in a terms file",
        "terms",
        NOTE_ADD,
        "not US thousands grouping",
        terms(commitment='"1,5"'),
        suffix=".toml",
    ),
    BadInput(
        "escape in a terms file",
        "terms",
        NOTE_ADD,
        "control character U+001B",
        terms(title='"Note\\u001b[31m"'),
        suffix=".toml",
    ),
    BadInput(
        "binary OID terms file",
        "terms",
        ("oid", "--terms", "{FILE}"),
        "is not UTF-8 text",
        b'name = "\xff"\n',
        suffix=".toml",
    ),
    BadInput(
        "exponent notation in capitals",
        "CLI",
        ("advance", "{NOTE}", "1E+3", "--date", "2002-01-05"),
        "exponent notation",
    ),
    BadInput(
        "a digit that is not ASCII",
        "CLI",
        pay("\u0663"),
        "is not a decimal number",
    ),
    BadInput(
        "notation row without its text",
        "CSV",
        ONBOARD,
        "notation event needs text (missing)",
        file=f"note_id,kind,effective_date,memo\n{NOTE},notation,2002-01-05,x\n",
    ),
    # -- dates, rules of the note and the book's limits ------------------------------------------
    BadInput(
        "balance at the end of time",
        "CLI",
        ("balance", "{NOTE}", "--as-of", "9999-12-31"),
        "9999-12-31",
    ),
    BadInput(
        "payment at the end of time",
        "CLI",
        (*pay("1000")[:-1], "9999-12-31"),
        "9999-12-31",
    ),
    BadInput(
        "negative cure period",
        "CLI",
        ("default", "{NOTE}", "--date", "2002-01-05", "--cure-days", "-5"),
        "-5",
    ),
    BadInput(
        "reversal before the issue date",
        "CLI",
        ("reverse", "{NOTE}", "1", "--date", "2001-01-01"),
        "2001-01-01",
    ),
    BadInput(
        "maturity amended to before issue",
        "CLI",
        ("amend", "{NOTE}", "--date", "2002-01-05", "--maturity", "2001-01-01"),
        "2001-01-01",
    ),
    BadInput(
        "--by over 200 characters",
        "CLI",
        (*pay("1000"), "--by", "x" * 201),
        "the book stores at most 200",
    ),
    BadInput(
        "OID terms file with an unknown key",
        "terms",
        ("oid", "--terms", "{FILE}"),
        "unknown key",
        (EXAMPLES / "oid" / "pub1212-coupon-bond.toml").read_text(encoding="utf-8")
        + '\nyeild = "0.12"\n',
        suffix=".toml",
    ),
    BadInput(
        "idempotency key over 200 characters",
        "CLI",
        (*pay("1000"), "--idempotency-key", "k" * 201),
        "at most 200",
    ),
    BadInput(
        "acceleration with no Event of Default",
        "CLI",
        ("accelerate", "{NOTE}", "--date", "2002-01-05"),
        "only while an Event of Default continues",
    ),
    # -- issue 11: floating-rate resets and prepayment premiums ----------------------------------
    BadInput(
        "margin amendment on a fixed-rate note",
        "CLI",
        ("amend", "{NOTE}", "--date", "2002-01-05", "--margin", "0.025"),
        "needs a floating rate",
    ),
    BadInput(
        "lookback without a reset schedule",
        "terms",
        NOTE_ADD,
        "interest.floating.lookback_days = 2: needs a reset schedule",
        terms(
            payable='"maturity"\n\n[interest.floating]\nindex = "SOFR"\nmargin = "0.03"\n'
            "lookback_days = 2"
        ),
        suffix=".toml",
    ),
    BadInput(
        "reset every week",
        "terms",
        NOTE_ADD,
        'interest.floating.reset = "weekly": must be one of daily, monthly',
        terms(
            payable='"maturity"\n\n[interest.floating]\nindex = "SOFR"\nmargin = "0.03"\n'
            'reset = "weekly"'
        ),
        suffix=".toml",
    ),
    BadInput(
        "lockout date in quotes",
        "terms",
        NOTE_ADD,
        'prepayment.lockout_until = "2003-01-01": must be a TOML date',
        terms(premium='"none"\nlockout_until = "2003-01-01"'),
        suffix=".toml",
    ),
    BadInput(
        "yield maintenance and a step-down premium",
        "terms",
        NOTE_ADD,
        "not both",
        terms(
            premium='[{ until = 2003-01-01, percent = "0.01" }]\n\n'
            '[prepayment.yield_maintenance]\nindex = "UST-1Y"'
        ),
        suffix=".toml",
    ),
    BadInput(
        "demand on a note with a maturity",
        "CLI",
        ("demand", "{NOTE}", "--date", "2002-01-05"),
        "the note is not payable on demand",
    ),
    BadInput(
        "demand due before the demand",
        "CLI",
        ("demand", "{NOTE}", "--date", "2002-01-05", "--due", "2002-01-01"),
        "the due date 2002-01-01 is before the demand",
    ),
    BadInput(
        "open demand note paying interest monthly",
        "terms",
        NOTE_ADD,
        "interest.payable",
        terms(maturity='"demand"', draw_period_end="2002-01-01", payable='"monthly"'),
        suffix=".toml",
    ),
    # -- PIK interest (issue 11) -----------------------------------------------------------------
    BadInput(
        "PIK interest without capitalisation dates",
        "terms",
        NOTE_ADD,
        "PIK interest is capitalised on the capitalisation dates: set interest.compounding",
        pik_terms('compounding = "quarterly"', 'compounding = "simple"'),
        suffix=".toml",
    ),
    BadInput(
        "PIK rate written as a percent",
        "terms",
        NOTE_ADD,
        'write a rate as a fraction: "0.08" for 8%',
        pik_terms(PIK_RATE, 'rate = "4%"'),
        suffix=".toml",
    ),
    BadInput(
        "election notice on a split (no toggle)",
        "terms",
        NOTE_ADD,
        "interest.pik.election_notice_days = 5: applies only to a PIK toggle",
        pik_terms(PIK_RATE, f"{PIK_RATE}\nelection_notice_days = 5"),
        suffix=".toml",
    ),
    BadInput(
        "PIK toggle default election neither cash nor pik",
        "terms",
        NOTE_ADD,
        "must be one of cash, pik",
        pik_terms(PIK_RATE, f'{PIK_RATE}\ntoggle = true\ndefault_election = "half"'),
        suffix=".toml",
    ),
    BadInput(
        "PIK election on a note without a toggle",
        "CLI",
        (
            "pik-elect",
            "{NOTE}",
            "--period-start",
            "2001-10-05",
            "--election",
            "pik",
            "--date",
            "2001-10-05",
        ),
        "the note has no PIK toggle",
    ),
    BadInput(
        "PIK election neither cash nor pik",
        "CLI",
        (
            "pik-elect",
            "{NOTE}",
            "--period-start",
            "2001-10-05",
            "--election",
            "half",
            "--date",
            "2001-10-05",
        ),
        "'half' is not one of 'cash', 'pik'",
    ),
    # -- delinquency terms (issue 10) --------------------------------------------------------------
    BadInput(
        "late charge as a percent of 5",
        "terms",
        NOTE_ADD,
        'late_charge.percent = "5": must be a fraction between 0 and 1',
        term_note('[late_charge]\npercent = "5"'),
        suffix=".toml",
    ),
    BadInput(
        "late charge both percent and amount",
        "terms",
        NOTE_ADD,
        'late_charge.amount = "25.00": give exactly one of late_charge.percent',
        term_note('[late_charge]\npercent = "0.05"\namount = "25.00"'),
        suffix=".toml",
    ),
    BadInput(
        "late charge on a note without installments",
        "terms",
        NOTE_ADD,
        "schedule = (missing): is required by [late_charge]",
        terms() + '\n[late_charge]\npercent = "0.05"\n',
        suffix=".toml",
    ),
    BadInput(
        "default interest on past due amounts, unknown word",
        "terms",
        NOTE_ADD,
        'default.applies_to = "arrears": must be one of balance, past_due',
        term_note('[default]\napplies_to = "arrears"'),
        suffix=".toml",
    ),
    # -- installments (issue 10): [schedule] keys and unapplied funds ---------------------------
    BadInput(
        "unknown excess rule",
        "terms",
        NOTE_ADD,
        "schedule.excess",
        term_terms(SCHEDULE_EFFECT, f'{SCHEDULE_EFFECT}\nexcess = "hold"'),
        suffix=".toml",
    ),
    BadInput(
        "conversion without a draw period",
        "terms",
        NOTE_ADD,
        "give draw_period_end",
        term_terms(SCHEDULE_EFFECT, f'{SCHEDULE_EFFECT}\namortize_from = "conversion"'),
        suffix=".toml",
    ),
    BadInput(
        "a stated installment re-amortized at a new rate",
        "terms",
        NOTE_ADD,
        "use keep-installment",
        term_terms(
            'kind = "level"',
            'kind = "stated_installment"\ninstallment = "9000.00"\nrate_change = "reamortize"',
        ),
        suffix=".toml",
    ),
    # -- escrow (issue 11) -------------------------------------------------------------------
    BadInput(
        "escrow deposit of zero",
        "terms",
        NOTE_ADD,
        'escrow.deposit = "0": must be more than zero',
        term_note('[escrow]\ndeposit = "0"'),
        suffix=".toml",
    ),
    BadInput(
        "escrow part larger than the payment",
        "CLI",
        (*pay("100.00"), "--escrow", "150.00"),
        "escrow part 150.00 is more than the payment 100.00",
    ),
    BadInput(
        "escrow disbursement beyond the escrow balance",
        "CLI",
        ("escrow-disburse", "{NOTE}", "5.00", "--date", "2002-01-05", "--payee", "County"),
        "more than the escrow balance held that day (0)",
    ),
    BadInput(
        "escrow disbursement naming no payee",
        "CLI",
        ("escrow-disburse", "{NOTE}", "5.00", "--date", "2002-01-05"),
        "an escrow disbursement names its payee",
    ),
    BadInput(
        "refund of more than is held",
        "CLI",
        ("refund", "{NOTE}", "5.00", "--date", "2002-01-05"),
        "more than the unapplied funds held",
    ),
    BadInput(
        "a partial assignment of more than the whole note",
        "CLI",
        (
            "transfer",
            "assign",
            "{NOTE}",
            "--to",
            "Acme Capital LLC",
            "--date",
            "2002-01-05",
            "--share",
            "1.5",
            "--basis",
            "rule-144",
        ),
        "transfer share 1.5 must be a fraction of the whole note, greater than 0 and at most 1",
    ),
    BadInput(
        "a partial assignment by someone who does not hold the note",
        "CLI",
        (
            "transfer",
            "assign",
            "{NOTE}",
            "--to",
            "Acme Capital LLC",
            "--date",
            "2002-01-05",
            "--share",
            "0.40",
            "--from",
            "Nobody LLC",
            "--basis",
            "rule-144",
        ),
        "transfer assignor 'Nobody LLC' does not hold note",
    ),
    BadInput(
        "a remittance report for someone who never held the note",
        "CLI",
        ("transfer", "remittances", "{NOTE}", "--through", "2002-03-31", "--holder", "Nobody LLC"),
        "'Nobody LLC' has held no part of note",
    ),
    # -- issue 11: SOFR compounded in arrears -----------------------------------------------------
    BadInput(
        "compounding in arrears without interest periods",
        "terms",
        NOTE_ADD,
        'interest.floating.in_arrears = "{…}": needs interest periods',
        terms(payable=IN_ARREARS.format(reset="", table="lookback_days = 5")),
        suffix=".toml",
    ),
    BadInput(
        "a lookback of 30 business days",
        "terms",
        NOTE_ADD,
        "interest.floating.in_arrears.lookback_days = 30: must be a whole number of business days",
        terms(payable=IN_ARREARS.format(reset='reset = "quarterly"\n', table="lookback_days = 30")),
        suffix=".toml",
    ),
    BadInput(
        "the compounded rate rounded to 13 decimals of a percent",
        "terms",
        NOTE_ADD,
        "interest.floating.in_arrears.rate_decimals = 13: must be a whole number of decimals",
        terms(payable=IN_ARREARS.format(reset='reset = "quarterly"\n', table="rate_decimals = 13")),
        suffix=".toml",
    ),
    BadInput(
        "a fixing calendar that does not exist",
        "terms",
        NOTE_ADD,
        "interest.floating.in_arrears.calendar = \"NOWHERE\": calendar 'NOWHERE' is unknown",
        terms(
            payable=IN_ARREARS.format(reset='reset = "quarterly"\n', table='calendar = "NOWHERE"')
        ),
        suffix=".toml",
    ),
    BadInput(
        "a calendar-day lookback with compounding in arrears",
        "terms",
        NOTE_ADD,
        "interest.floating.lookback_days = 2: does not apply to a rate compounded in arrears",
        terms(
            payable=IN_ARREARS.format(
                reset='reset = "quarterly"\nlookback_days = 2\n', table="lookback_days = 5"
            )
        ),
        suffix=".toml",
    ),
    # -- issue 11: the borrowing base and release prices ------------------------------------------
    BadInput(
        "an advance rate written as a percent",
        "terms",
        NOTE_ADD,
        'collateral.advance_rate = "75%": write the advance rate as a fraction: "0.75" for 75%',
        terms() + '\n[collateral]\nadvance_rate = "75%"\n',
        suffix=".toml",
    ),
    BadInput(
        "an advance rate above 1",
        "terms",
        NOTE_ADD,
        'collateral.advance_rate = "1.5": must be a fraction of the collateral value above 0 and '
        "at most 1",
        terms() + '\n[collateral]\nadvance_rate = "1.5"\n',
        suffix=".toml",
    ),
    BadInput(
        "a release price without an advance rate",
        "terms",
        NOTE_ADD,
        'collateral.release_price = "1.10": needs an advance_rate',
        terms() + '\n[collateral]\nrelease_price = "1.10"\n',
        suffix=".toml",
    ),
    BadInput(
        "a release price below the allocated loan amount",
        "terms",
        NOTE_ADD,
        'collateral.release_price = "0.9": must be at least 1',
        terms() + '\n[collateral]\nadvance_rate = "0.75"\nrelease_price = "0.9"\n',
        suffix=".toml",
    ),
    BadInput(
        "a negative release price",
        "CLI",
        ("collateral", "release", "{NOTE}", "warehouse", "--date", "2002-01-05", "--price", "-5"),
        "price -5 must be positive",
    ),
    BadInput(
        "a valuation without a value of an asset that is not a pledged note",
        "CLI",
        ("collateral", "value", "{NOTE}", "warehouse", "--date", "2002-01-05"),
        "give the value of warehouse on 2002-01-05",
    ),
    # -- fees (issue 11): [[fees]] ------------------------------------------------------------------
    BadInput(
        "commitment fee as a percent of 50",
        "terms",
        NOTE_ADD,
        'fees[0].percent = "50": must be a fraction between 0 and 1',
        terms() + '\n[[fees]]\nkind = "unused_commitment"\npercent = "50"\n',
        suffix=".toml",
    ),
    BadInput(
        "a fee of an unknown kind",
        "terms",
        NOTE_ADD,
        'fees[0].kind = "closing": must be one of unused_commitment, origination, exit',
        terms() + '\n[[fees]]\nkind = "closing"\npercent = "0.01"\n',
        suffix=".toml",
    ),
    BadInput(
        "an origination fee with a day count",
        "terms",
        NOTE_ADD,
        'fees[0].day_count = "ACT/360": is not a key of an origination fee',
        terms() + '\n[[fees]]\nkind = "origination"\npercent = "0.01"\nday_count = "ACT/360"\n',
        suffix=".toml",
    ),
    BadInput(
        "an origination fee both a percent and an amount",
        "terms",
        NOTE_ADD,
        'fees[0].percent = "0.01": give exactly one of percent (of the commitment) and amount',
        terms() + '\n[[fees]]\nkind = "origination"\npercent = "0.01"\namount = "5000.00"\n',
        suffix=".toml",
    ),
    BadInput(
        "two exit fees",
        "terms",
        NOTE_ADD,
        'fees[1].kind = "exit": a note states each kind of fee once',
        terms() + '\n[[fees]]\nkind = "exit"\npercent = "0.01"\n'
        '\n[[fees]]\nkind = "exit"\npercent = "0.02"\n',
        suffix=".toml",
    ),
    BadInput(
        "fees twice in the waterfall",
        "terms",
        NOTE_ADD,
        "may place late_charges and fees once each",
        terms().replace('order = ["expenses",', 'order = ["fees", "fees", "expenses",'),
        suffix=".toml",
    ),
)


@dataclass(frozen=True)
class Outcome:
    """What a case did: exit status, what it printed, and whether the book changed."""

    status: int
    stdout: str
    stderr: str
    wrote: bool


def _snapshot(db: Path) -> tuple[object, ...]:
    with contextlib.closing(sqlite3.connect(db)) as con:
        tables = ("notes", "events", "parties")
        return tuple(con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables)


def template_book(folder: Path) -> Path:
    """A book with the Valence note and one advance, built once per folder and copied per case."""
    db = folder / "template.db"
    if not db.exists():
        for args in (
            ("init",),
            ("note", "add", str(EXAMPLES / "valence-2001-note.toml")),
            ("advance", NOTE, "1,000,000.00", "--date", "2001-10-05"),
        ):
            status, _, err = invoke(db, args)
            assert status == 0, err
    return db


def invoke(db: Path, args: tuple[str, ...]) -> tuple[int, str, str]:
    """Run ``promissory ARGS`` in-process against ``db``, with the entry point's error handling."""
    runner = CliRunner()
    with runner.isolation(env={"PROMISSORY_BOOK": f"sqlite:///{db}"}) as streams:
        status = run(list(args))
        out, err = streams[0], streams[1]
        return status, out.getvalue().decode(), err.getvalue().decode()


@contextlib.contextmanager
def _case_files(case: BadInput, folder: Path) -> Iterator[str]:
    path = folder / f"input{case.suffix}"
    if case.file == DIRECTORY:
        path.mkdir()
    elif case.file == MISSING:
        pass
    elif isinstance(case.file, bytes):
        path.write_bytes(case.file)
    elif case.file is not None:
        path.write_text(case.file, encoding="utf-8")
    yield str(path)


def run_case(case: BadInput, folder: Path, template: Path) -> Outcome:
    """Run one case against a fresh copy of the template book in ``folder``."""
    db = folder / "book.db"
    with (
        contextlib.closing(sqlite3.connect(template)) as src,
        contextlib.closing(sqlite3.connect(db)) as dst,
    ):
        src.backup(dst)  # the template is in WAL mode: a file copy would miss its last writes
    before = _snapshot(db)
    with _case_files(case, folder) as file:
        args = tuple(a.replace("{NOTE}", NOTE).replace("{FILE}", file) for a in case.args)
        status, out, err = invoke(db, args)
    return Outcome(status, out, err, _snapshot(db) != before)


def message(outcome: Outcome) -> str:
    """The one-line error a case printed (the first rejected row's reason, for onboarding)."""
    with contextlib.suppress(ValueError):
        rejected = json.loads(outcome.stdout)["rejected"]
        if rejected:
            return str(rejected[0]["reason"])
    lines = [line for line in (outcome.stderr + outcome.stdout).splitlines() if line.strip()]
    return lines[-1] if lines else ""


def shown_args(case: BadInput) -> str:
    """The command as a reader would type it (control characters written as escapes)."""
    words = (a if len(a) <= 40 else f"{a[:3]}…({len(a)} characters)" for a in case.args)
    shown = " ".join(repr(a) if (not a or any(c in a for c in " ,$")) else a for a in words)
    shown = shown.replace("{NOTE}", NOTE).replace("{FILE}", "FILE")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in shown)
