"""The journal out: Beancount text, a CSV general journal, JSON, and a table for people.

One function per format over the same input: the journals (one per note and party), the chart of
accounts that names each role's account, and an optional first day.  Entries before that day are
summed into one "brought forward" entry dated the day before, so the balances (and Beancount's
checks) stay right in a window.

**Beancount**: one ``open`` per account used (with the note's currency), one transaction per entry
(payee: whose books; narration: the memo; metadata: note, event, kind) and, after every period end,
a ``balance`` assertion on each receivable or payable account at the engine's figure: ``bean-check``
then re-checks the reconciliation itself, and the file opens in Fava as it is.

**CSV**: the general journal, one line per posting: date, account, account number, debit, credit,
currency, note, party, entity, event, kind, memo.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from promissory.core.accounting import (
    Journal,
    JournalEntry,
    Posting,
    TieLine,
    TrialBalance,
    balances_on,
    normal_sign,
    reconcile,
)
from promissory.core.accounting.chart import Chart
from promissory.core.money import money_text

ZERO = Decimal(0)
FORMATS = ("table", "beancount", "csv", "json")


@dataclass(frozen=True, slots=True)
class Window:
    """The entries shown and what came before them, per journal."""

    journal: Journal
    entries: tuple[JournalEntry, ...]


def window(journals: Sequence[Journal], start: date | None) -> list[Window]:
    """Each journal's entries from ``start`` on, led by a brought-forward entry when needed."""
    out = []
    for j in journals:
        shown = [e for e in j.entries if start is None or e.day >= start]
        if start is not None:
            prior = {r: a for r, a in balances_on(j, start - timedelta(days=1)).items() if a}
            if prior:
                first = next((e for e in j.entries if e.day < start), None)
                entity = first.entity if first is not None else ""
                last = next((e for e in reversed(j.entries) if e.day < start), None)
                other = last.counterparty if last is not None else ""
                shown.insert(0, JournalEntry(
                    j.note_id, j.party, start - timedelta(days=1), "brought_forward", None,
                    entity, j.currency, f"balances brought forward to {start}",
                    tuple(Posting(r, a, about) for (r, about), a in sorted(prior.items())),
                    other))  # fmt: skip
        out.append(Window(j, tuple(shown)))
    return out


def _sorted(windows: Iterable[Window]) -> list[JournalEntry]:
    return sorted((e for w in windows for e in w.entries), key=lambda e: e.day)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _plain(amount: Decimal) -> str:
    return f"{amount:f}"


def to_beancount(journals: Sequence[Journal], chart: Chart, *, start: date | None = None,
                 title: str = "promissory journal") -> str:  # fmt: skip
    windows = window(journals, start)
    entries = _sorted(windows)
    opened: dict[str, tuple[date, str]] = {}
    for e in entries:
        for p in e.postings:
            name = chart.account(e.party, p.role, e.note_id, p.about).name
            if name not in opened or e.day < opened[name][0]:
                opened[name] = (e.day, e.currency)
    currencies = sorted({j.currency for j in journals})
    lines = [f"; {title} — written by promissory from the ledger (a projection, never edited)",
             f'option "title" {_quote(title)}']  # fmt: skip
    lines += [f'option "operating_currency" "{c}"' for c in currencies]
    posted = {name: day for name, (day, _c) in opened.items()}
    checks = []
    for w in windows:
        j = w.journal
        for t in reconcile(j):
            sign = Decimal(normal_sign(j.party, t.role))
            if start is not None and t.end < start:
                continue
            name = chart.account(j.party, t.role, j.note_id).name
            if name not in posted or (t.engine == 0 and t.end < posted[name]):
                continue  # an account never used, or not yet
            # a balance is checked at the start of its day: the day after the period end
            checks.append((t.end + timedelta(days=1), name, sign * t.engine, j.currency))
            if t.end < opened[name][0]:
                opened[name] = (t.end, j.currency)
    lines.append("")
    for name, (day, currency) in sorted(opened.items(), key=lambda kv: (kv[1][0], kv[0])):
        lines.append(f"{day} open {name} {currency}")
    lines.append("")
    for e in entries:
        lines.append(f"{e.day} * {_quote(e.entity)} {_quote(e.memo)}")
        lines.append(f"  note: {_quote(e.note_id)}")
        lines.append(f"  party: {_quote(e.party)}")
        lines.append(f"  kind: {_quote(e.kind)}")
        if e.counterparty:
            lines.append(f"  counterparty: {_quote(e.counterparty)}")
        if e.seq is not None:
            lines.append(f"  event: {e.seq}")
        for p in e.postings:
            name = chart.account(e.party, p.role, e.note_id, p.about).name
            lines.append(f"  {name}  {_plain(p.amount)} {e.currency}")
        lines.append("")
    summed: dict[tuple[date, str, str], Decimal] = {}  # accounts shared by notes add up
    for day, name, amount, currency in checks:
        summed[day, name, currency] = summed.get((day, name, currency), ZERO) + amount
    for (day, name, currency), amount in sorted(summed.items()):
        lines.append(f"{day} balance {name} {_plain(amount)} {currency}")
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("date", "account", "account_number", "debit", "credit", "currency", "note",
               "party", "entity", "event", "kind", "memo", "counterparty")  # fmt: skip


def to_csv(journals: Sequence[Journal], chart: Chart, *, start: date | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in _sorted(window(journals, start)):
        for p in e.postings:
            account = chart.account(e.party, p.role, e.note_id, p.about)
            writer.writerow([
                e.day.isoformat(), account.name, account.number or "",
                _plain(p.debit) if p.amount > 0 else "", _plain(p.credit) if p.amount < 0 else "",
                e.currency, e.note_id, e.party, e.entity, "" if e.seq is None else e.seq, e.kind,
                e.memo, e.counterparty,
            ])  # fmt: skip
    return buffer.getvalue()


def entry_json(e: JournalEntry, chart: Chart) -> dict[str, Any]:
    return {
        "date": e.day.isoformat(),
        "note": e.note_id,
        "party": e.party,
        "entity": e.entity,
        "counterparty": e.counterparty,
        "kind": e.kind,
        "event": e.seq,
        "currency": e.currency,
        "memo": e.memo,
        "postings": [
            {
                "role": p.role,
                "account": (a := chart.account(e.party, p.role, e.note_id, p.about)).name,
                "number": a.number,
                "debit": _plain(p.debit) if p.amount > 0 else None,
                "credit": _plain(p.credit) if p.amount < 0 else None,
            }
            for p in e.postings
        ],
        "debits": _plain(e.debits),
        "credits": _plain(e.credits),
    }


def to_json(
    journals: Sequence[Journal], chart: Chart, *, start: date | None = None
) -> dict[str, Any]:
    return {
        "journals": [
            {
                "note": j.note_id,
                "party": j.party,
                "currency": j.currency,
                "frequency": j.frequency,
                "through": j.through.isoformat(),
                "closed_through": j.closes[-1].period_end.isoformat() if j.closes else None,
            }
            for j in journals
        ],
        "entries": [entry_json(e, chart) for e in _sorted(window(journals, start))],
    }


def to_table(journals: Sequence[Journal], chart: Chart, *, start: date | None = None) -> str:
    """The journal for people: each entry, its postings in debit and credit columns."""
    rows: list[str] = []
    for e in _sorted(window(journals, start)):
        event = f" #{e.seq}" if e.seq is not None else ""
        rows.append(f"{e.day}  {e.note_id}  {e.kind}{event}  [{e.entity}]")
        rows.append(f"    {e.memo}")
        for p in e.postings:
            name = chart.account(e.party, p.role, e.note_id, p.about).name
            debit = money_text(p.debit, e.currency) if p.amount > 0 else ""
            credit = money_text(p.credit, e.currency) if p.amount < 0 else ""
            rows.append(f"    {name:<58} {debit:>18} {credit:>18}")
        rows.append("")
    return "\n".join(rows) if rows else "no entries\n"


def trial_balance_json(tb: TrialBalance, chart: Chart) -> dict[str, Any]:
    return {
        "note": tb.note_id,
        "party": tb.party,
        "as_of": tb.as_of.isoformat(),
        "currency": tb.currency,
        "lines": [
            {
                "role": line.role,
                "account": chart.account(tb.party, line.role, tb.note_id, line.about).name,
                "debit": _plain(line.debit),
                "credit": _plain(line.credit),
            }
            for line in tb.lines
        ],
        "debits": _plain(tb.debits),
        "credits": _plain(tb.credits),
        "balanced": tb.debits == tb.credits,
    }


def trial_balance_text(tb: TrialBalance, chart: Chart) -> str:
    c = tb.currency
    rows = [f"Trial balance of {tb.note_id}, {tb.party}, at the end of {tb.as_of} ({c})"]
    for line in tb.lines:
        name = chart.account(tb.party, line.role, tb.note_id, line.about).name
        debit = money_text(line.debit, c) if line.debit else ""
        credit = money_text(line.credit, c) if line.credit else ""
        rows.append(f"  {name:<58} {debit:>18} {credit:>18}")
    rows.append(f"  {'total':<58} {money_text(tb.debits, c):>18} {money_text(tb.credits, c):>18}")
    return "\n".join(rows) + "\n"


def tie_json(t: TieLine) -> dict[str, Any]:
    return {
        "period_end": t.end.isoformat(),
        "balance": t.balance,
        "role": t.role,
        "engine": _plain(t.engine),
        "account": _plain(t.account),
        "difference": _plain(t.difference),
        "residue": _plain(t.residue.decimal(12)),
        "ties": t.ties,
        "closed": t.closed,
    }


def reconciliation_text(j: Journal, lines: Sequence[TieLine]) -> str:
    c = j.currency
    rows = [f"Reconciliation of {j.note_id}, {j.party}: accounts against the engine ({c})",
            f"  {'period end':<11} {'balance':<17} {'engine':>18} {'account':>18} "
            f"{'difference':>11}  residue of rounding"]  # fmt: skip
    for t in lines:
        mark = " (closed)" if t.closed else ""
        rows.append(f"  {t.end!s:<11} {t.balance:<17} {money_text(t.engine, c):>18} "
                    f"{money_text(t.account, c):>18} {money_text(t.difference, c):>11}  "
                    f"{t.residue.decimal(12):f}{mark}")  # fmt: skip
    broken = sum(1 for t in lines if not t.ties)
    rows.append("every account ties to the engine to the cent" if not broken
                else f"{broken} balance(s) do not tie")  # fmt: skip
    return "\n".join(rows) + "\n"
