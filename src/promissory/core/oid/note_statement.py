"""The holder statement of a whole multi-draw note: one statement per advance, and their total.

Each advance is its own issue (:mod:`.from_note`), so a holder of the note holds several debt
instruments and the Form 1099-OID amount of a year is the sum over the advances.  This module builds
the :class:`HolderStatement` of every advance, adds them up with :func:`advances_total`, and prints
the whole as text or JSON with the treatment notes (how the book was read) on it.

**A later holder** buys the note (all advances outstanding then) on ``acquired_on`` for one price.
The price is allocated among the advances issued on or before that day in proportion to their
adjusted issue prices at the start of that day, each share rounded to the cent and the last taking
the remainder so the shares add up to the price (a documented choice: the regulations price each
debt instrument, not a bundle).  Each advance's share is then compared with its own AIP
(acquisition premium or market discount, :func:`analyse_acquisition`).  An advance made after the
purchase is held from issue: the buyer is its original holder.  With ``advance`` the price is for
that one advance only, and only it is reported.

Worked example: the seed note's advances of 5,000,000.00 (2001-10-05) and 2,500,000.00
(2002-01-04) have AIPs on 2003-01-02 of 99,640,782,523/18,250 ≈ 5,459,768.91 and
48,998,830,437/18,250 ≈ 2,684,867.42; bought together for 8,500,000.00 the first takes
8,500,000 × 99,640,782,523 / 148,639,612,960 = 5,697,987.46 and the second the remainder,
2,802,012.54.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.money import EXACT, ZERO, RoundingPolicy, money_text
from promissory.core.oid.from_note import NoteIssues
from promissory.core.oid.statement import (
    AdvancesTotal,
    HolderStatement,
    advances_total,
    holder_statement,
    render_text,
)
from promissory.core.oid.tax_year import Acquisition, Holding
from promissory.errors import InvalidInput

__all__ = [
    "AdvanceStatement",
    "NoteOidStatement",
    "note_oid_statement",
    "render_note_text",
]


@dataclass(frozen=True, slots=True)
class AdvanceStatement:
    """One advance's line of the note statement: which advance, and its holder statement.

    ``acquisition`` is this advance's share of a later holder's purchase (None when held from
    issue).  ``refused`` says why no statement could be made (the rule named); then ``statement``
    is None.
    """

    number: int
    seq: int
    advance_date: date
    amount: Decimal
    statement: HolderStatement | None
    acquisition: Acquisition | None = None
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class NoteOidStatement:
    """The OID statement of a note: per advance, in total, and how the book was read.

    ``srpm`` adds the advances' stated redemption prices; ``total`` the issue prices, OIDs and
    yearly amounts (holder and issuer) over the advances with a statement.
    """

    note_id: str
    currency: str
    holder: str | None
    acquisition: Acquisition | None
    year: int | None
    advances: tuple[AdvanceStatement, ...]
    srpm: Decimal
    total: AdvancesTotal
    treatment: tuple[str, ...]


def _allocate(price: Decimal, weights: list[Fraction], rounding: RoundingPolicy) -> list[Decimal]:
    whole = sum(weights, Fraction(0))
    if whole <= 0:
        raise InvalidInput("the advances bought have no adjusted issue price to allocate by")
    shares = [rounding.round(Fraction(price) * w / whole) for w in weights[:-1]]
    shares.append(EXACT.subtract(price, sum(shares, ZERO)))
    return shares


def note_oid_statement(
    issues: NoteIssues,
    *,
    year: int | None = None,
    acquisition: Acquisition | None = None,
    holder: str | None = None,
    advance: int | None = None,
    held: tuple[Holding, ...] | None = None,
) -> NoteOidStatement:
    """Statements for the advances of ``issues`` (see the module docstring for the holder rules);
    ``held``: the holder's holdings of the note (days held, share held), None for the whole note
    throughout."""
    chosen = issues.issues
    if advance is not None:
        chosen = tuple(i for i in chosen if i.number == advance)
        if not chosen:
            numbers = ", ".join(str(i.number) for i in issues.issues) or "none"
            raise InvalidInput(f"advance {advance} is not on the note (its advances: {numbers})")
    schedules = {i.number: i.schedule() for i in chosen if i.instrument is not None}
    shares: dict[int, Acquisition] = {}
    if acquisition is not None:
        bought = [
            i
            for i in chosen
            if i.number in schedules and i.advance_date <= acquisition.date < i.terms.maturity
        ]
        if not bought:
            raise InvalidInput(
                f"no advance was outstanding to be bought on {acquisition.date} (advances: "
                + ", ".join(f"{i.advance_date} due {i.terms.maturity}" for i in chosen)
                + ")"
            )
        weights = [schedules[i.number].adjusted_issue_price_on(acquisition.date) for i in bought]
        prices = _allocate(acquisition.price, weights, bought[0].terms.rounding)
        shares = {
            i.number: Acquisition(acquisition.date, p) for i, p in zip(bought, prices, strict=True)
        }
    lines: list[AdvanceStatement] = []
    for issue in chosen:
        schedule = schedules.get(issue.number)
        if schedule is None:
            lines.append(
                AdvanceStatement(
                    issue.number,
                    issue.seq,
                    issue.advance_date,
                    issue.amount,
                    None,
                    refused=issue.refused,
                )
            )
            continue
        share = shares.get(issue.number)
        statement = holder_statement(schedule, year=year, acquisition=share, held=held)
        lines.append(
            AdvanceStatement(
                issue.number, issue.seq, issue.advance_date, issue.amount, statement, share
            )
        )
    made = tuple(line.statement for line in lines if line.statement is not None)
    treatment = list(issues.treatment)
    if acquisition is not None and len(shares) > 1:
        treatment.append(
            f"the price {acquisition.price} is allocated among the advances bought in proportion "
            "to their adjusted issue prices on the purchase day"
        )
    if held is not None:
        spans = "; ".join(
            f"{share} of the note from {start}" + (f" to {end}" if end else "")
            for start, end, share in held
        )
        treatment.append(
            f"the holder's inclusions cover only its holdings ({spans}; a part assigned on a day "
            "is the assignor's for that day): each day's daily portion times the share held then"
        )
    return NoteOidStatement(
        issues.note_id,
        issues.currency,
        holder,
        acquisition,
        year,
        tuple(lines),
        sum((s.srpm for s in made), ZERO),
        advances_total(made),
        tuple(treatment),
    )


def render_note_text(s: NoteOidStatement) -> str:
    """The note statement as plain text: treatment, each advance, then the total."""
    lines = [f"Original issue discount: note {s.note_id}"]
    if s.holder:
        lines.append(f"Holder: {s.holder}")
    if s.acquisition is not None:
        lines.append(
            f"Acquired on {s.acquisition.date} for {money_text(s.acquisition.price, s.currency)}"
        )
    lines += ["", "How the book was read:", *(f"- {note}" for note in s.treatment)]
    for line in s.advances:
        head = (
            f"Advance {line.number}: {money_text(line.amount, s.currency)} on {line.advance_date}"
        )
        lines += ["", "=" * 78, f"{head} (Schedule A #{line.seq})"]
        if line.acquisition is not None:
            lines.append(
                f"Share of the purchase price: {money_text(line.acquisition.price, s.currency)}"
            )
        if line.statement is None:
            lines.append(f"No OID computed: {line.refused}")
        else:
            lines += ["", render_text(line.statement).rstrip("\n")]
    t = s.total
    lines += [
        "",
        "=" * 78,
        f"Total over {len(t.statements)} advance(s)",
        f"Issue price                          {money_text(t.issue_price, s.currency):>16}",
        f"Stated redemption price at maturity  {money_text(s.srpm, s.currency):>16}",
        f"Total OID                            {money_text(t.total_oid, s.currency):>16}",
        "",
        f"{'Year':<6} {'holder OID (1099-OID)':>22} {'issuer deduction':>18}",
        *(
            f"{y.year:<6} {money_text(y.holder_oid, s.currency):>22} {money_text(y.issuer_deduction, s.currency):>18}"
            for y in t.years
        ),
    ]
    return "\n".join(lines) + "\n"
