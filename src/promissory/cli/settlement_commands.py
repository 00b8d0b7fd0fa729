"""``promissory collateral | transfer | settle | party``: collateral, assignment and settlement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import click

from promissory.app import NoteToAssign, Offer, Recorded
from promissory.cli.common import AMOUNT, DATE, app, cli, emit_json, fmt, say, table
from promissory.codec import settlement_json as sj
from promissory.codec.amounts import parse_amount
from promissory.codec.display import money_text
from promissory.codec.records_json import to_json
from promissory.core.settlement import SHARE_REMAINDER, SHARE_ROUNDING, Cash, Forgiveness, Shares
from promissory.core.transfer import BASES
from promissory.errors import InvalidInput

_json = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
_by = click.option("--by", "recorded_by", default="", help="Who records it.")


def _done(result: Recorded, as_json: bool, what: str) -> None:
    if as_json:
        emit_json(to_json(result))
    else:
        click.echo(f"recorded #{result.event.seq} {result.event.kind} on "
                   f"{result.event.effective_date}: {what}")  # fmt: skip


# -- collateral ------------------------------------------------------------------------------------


@cli.group()
def collateral() -> None:
    """Pledge and release collateral, value it, watch coverage and financing statements."""


@collateral.command("pledge")
@click.argument("note_id")
@click.argument("asset")
@click.option("--date", "day", type=DATE, required=True, help="Date of the pledge.")
@click.option("--kind", "asset_kind", type=click.Choice(["note", "other"]), default=None,
              help="A note in the book (default when ASSET is one) or another asset.")  # fmt: skip
@click.option("--value", type=AMOUNT, default=None, help="Value of another asset on the date.")
@click.option("--haircut", type=AMOUNT, default=Decimal(0), help="Fraction not counted (0.25).")
@click.option("--description", default="")
@_by
@_json
def collateral_pledge(note_id: str, asset: str, day: date, asset_kind: str | None,
                      value: Decimal | None, haircut: Decimal, description: str,
                      recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Pledge ASSET (a note in the book, or another asset) to secure NOTE_ID."""
    r = app().pledge(note_id, asset, day, asset_kind=asset_kind, value=value,
                    haircut=haircut, description=description, recorded_by=recorded_by)  # fmt: skip
    _done(r, as_json, f"{asset} pledged to secure {note_id}")


@collateral.command("release")
@click.argument("note_id")
@click.argument("asset")
@click.option("--date", "day", type=DATE, required=True)
@click.option("--price", type=AMOUNT, default=None,
              help="Release price agreed for this release (default: the terms' release_price).")  # fmt: skip
@_by
@_json
def collateral_release(note_id: str, asset: str, day: date, price: Decimal | None,
                       recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Release the pledge of ASSET securing NOTE_ID.

    A release price (the terms' [collateral] release_price, or --price) must be paid first: by
    a payment recorded on the same day that pays at least that much principal.
    """
    a = app()
    r = a.release(note_id, asset, day, price=price, recorded_by=recorded_by)
    paid = r.row.amount if r.row is not None else None
    price_text = (
        f" (release price {fmt(paid, a.note(note_id).terms.currency)} paid)" if paid else ""
    )
    _done(r, as_json, f"{asset} released from {note_id}{price_text}")


@collateral.command("value")
@click.argument("note_id")
@click.argument("asset")
@click.argument("value", type=AMOUNT, required=False)
@click.option("--date", "day", type=DATE, required=True)
@click.option("--source", default="", help="Appraisal, quote, ...")
@_by
@_json
def collateral_value(note_id: str, asset: str, value: Decimal | None, day: date, source: str,
                     recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Record the value of a pledged asset on a date.

    Give VALUE for an asset that is not a note in the book.  A pledged note takes none: its
    principal plus accrued interest on the date, from its own ledger, is recorded (a borrowing
    base counts only recorded values).
    """
    a = app()
    r = a.revalue(note_id, asset, value, day, source=source, recorded_by=recorded_by)
    worth = getattr(r.event, "value", None)
    shown = fmt(worth.amount, a.note(note_id).terms.currency) if worth is not None else ""
    _done(r, as_json, f"{asset} valued at {shown}")


@collateral.command("list")
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True)
@_json
def collateral_list(note_id: str, as_of: date, as_json: bool) -> None:
    """The collateral register, coverage and financing statements of NOTE_ID, with warnings."""
    a = app()
    rep = a.collateral_report(note_id, as_of)
    data = sj.collateral_to_dict(note_id, as_of, rep.coverage.currency, rep.register,
                                 rep.coverage, rep.filings, rep.warnings, rep.borrowing_base,
                                 rep.release_prices)  # fmt: skip
    if as_json:
        emit_json(data)
        return
    values, cur = {v.item.asset: v for v in rep.coverage.collateral}, rep.coverage.currency
    table(f"Collateral — {note_id} as of {as_of} ({rep.coverage.currency})",
          ["asset", "kind", "description", "pledged", "released", "value", "haircut", "counts"],
          [[i.asset, i.asset_kind, i.description[:40], str(i.pledged_on), str(i.released_on or ""),
            fmt(values[i.asset].gross, cur) if i.asset in values else "",
            str(i.haircut), fmt(values[i.asset].net, cur) if i.asset in values else ""]
           for i in rep.register], right={5, 6, 7})  # fmt: skip
    c = rep.coverage
    click.echo(f"coverage: collateral {fmt(c.collateral_value, cur)} ÷ payoff {fmt(c.payoff, cur)} = "
               f"{c.ratio if c.ratio is not None else 'n/a (nothing owed)'}"
               f"{f' (minimum {c.minimum})' if c.minimum is not None else ''}")  # fmt: skip
    if rep.filings:
        table("Financing statements", ["number", "jurisdiction", "filed", "lapses", "status"],
              [[f.filing_number, f.jurisdiction, str(f.filed_on), str(f.lapse_date), f.status]
               for f in rep.filings])  # fmt: skip
    base = rep.borrowing_base
    if base is not None:
        click.echo(f"borrowing base: {base.sentence()} available under the base")
        for p in rep.release_prices:
            click.echo(f"release price of {p.asset}: {p.how} = {fmt(p.price, cur)}")
    for w in rep.warnings:
        say(f"warning: {w}")


@collateral.group("filing")
def filing() -> None:
    """Financing statements (UCC-1): file, continue, terminate."""


@filing.command("add")
@click.argument("note_id")
@click.argument("filing_number")
@click.option("--jurisdiction", required=True, help="Where it is filed (e.g. California).")
@click.option("--date", "day", type=DATE, required=True, help="Filing date.")
@click.option("--collateral", "collateral_description", default="")
@_by
@_json
def filing_add(note_id: str, filing_number: str, jurisdiction: str, day: date,
               collateral_description: str, recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Record a financing statement filed for NOTE_ID (it lapses five years on)."""
    r = app().file_statement(note_id, filing_number, jurisdiction, day,
                            collateral_description=collateral_description, recorded_by=recorded_by)  # fmt: skip
    _done(r, as_json, f"financing statement {filing_number} filed in {jurisdiction}")


@filing.command("continue")
@click.argument("note_id")
@click.argument("filing_number")
@click.option("--date", "day", type=DATE, required=True)
@_by
@_json
def filing_continue(note_id: str, filing_number: str, day: date, recorded_by: str,
                    as_json: bool) -> None:  # fmt: skip
    """Record a continuation (only in the six months before lapse)."""
    r = app().continue_statement(note_id, filing_number, day, recorded_by=recorded_by)
    _done(r, as_json, f"financing statement {filing_number} continued")


@filing.command("terminate")
@click.argument("note_id")
@click.argument("filing_number")
@click.option("--date", "day", type=DATE, required=True)
@click.option("--mark-only", is_flag=True, help="Mark for termination; the UCC-3 is not filed yet.")
@_by
@_json
def filing_terminate(note_id: str, filing_number: str, day: date, mark_only: bool,
                     recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Record the termination statement (UCC-3) of a financing statement."""
    r = app().terminate_statement(note_id, filing_number, day, filed=not mark_only,
                                 recorded_by=recorded_by)  # fmt: skip
    _done(r, as_json, f"financing statement {filing_number} "
          f"{'marked for termination' if mark_only else 'terminated'}")  # fmt: skip


# -- transfer -------------------------------------------------------------------------------------


@cli.group()
def transfer() -> None:
    """Assign a note to a new holder; show who held it."""


@transfer.command("assign")
@click.argument("note_id")
@click.option("--to", "to", required=True, help="The new holder: a party id or a legal name.")
@click.option("--date", "day", type=DATE, required=True)
@click.option("--basis", type=click.Choice(BASES), default=None,
              help="Why a restricted note may be transferred.")  # fmt: skip
@click.option("--assumes-obligations", is_flag=True,
              help="The new holder takes over the assignor's obligations under the note.")  # fmt: skip
@click.option("--share", type=AMOUNT, default=None,
              help="A partial assignment: the fraction of the whole note assigned (0.40).")  # fmt: skip
@click.option("--from", "assignor", default="",
              help="Who assigns (a holder on the day); default: the holder of record.")  # fmt: skip
@click.option("--memo", default="")
@_by
@_json
def transfer_assign(note_id: str, to: str, day: date, basis: str | None,
                    assumes_obligations: bool, share: Decimal | None, assignor: str, memo: str,
                    recorded_by: str, as_json: bool) -> None:  # fmt: skip
    """Assign NOTE_ID to a new holder on a date."""
    r = app().transfer(note_id, to, day, basis=basis, assumes_obligations=assumes_obligations,
                      recorded_by=recorded_by, memo=memo, share=share,
                      assignor=assignor)  # fmt: skip
    _done(r, as_json, f"{note_id} assigned to {getattr(r.event, 'holder', to)}")


@transfer.command("history")
@click.argument("note_id")
@_json
def transfer_history(note_id: str, as_json: bool) -> None:
    """Who held NOTE_ID, from when, and on what basis."""
    holdings = app().holder_history(note_id)
    if as_json:
        emit_json(sj.holdings_to_dict(note_id, holdings))
        return
    table(f"Holders — {note_id}",
          ["since", "holder", "share", "from", "basis", "obligations assumed", "event"],
          [[str(h.since), h.holder, "" if h.share is None else str(h.share), h.assignor,
            h.basis or "", "yes" if h.assumes_obligations else "",
            str(h.seq or "") + (f" (settlement {h.settlement_id})" if h.settlement_id else "")]
           for h in holdings])  # fmt: skip


@transfer.command("parts")
@click.argument("note_id")
@click.option("--as-of", "as_of", type=DATE, default=None, help="Default: today.")
@_json
def transfer_parts(note_id: str, as_of: date | None, as_json: bool) -> None:
    """Each holder's part of NOTE_ID's figures (participations), adding up to the note's."""
    a = app()
    report = a.holder_parts(note_id, as_of or a.clock().date())
    if as_json:
        emit_json(to_json(report))
        return
    heads = ["holder", "share", "since", "principal", "interest", "default int.", "expenses",
             "late charges", "total", "interest earned"]  # fmt: skip
    rows = [[p.holder, str(p.share), str(p.since), *(str(x) for x in (
        p.principal, p.interest, p.default_interest, p.expenses, p.late_charges, p.total,
        p.interest_earned))] for p in report.parts]  # fmt: skip
    rows.append(["note", "1", "", *(str(x) for x in (
        report.principal, report.interest, report.default_interest, report.expenses,
        report.late_charges, report.total, report.interest_earned))])  # fmt: skip
    table(f"Parts — {note_id} as of {report.as_of} (holder of record: "
          f"{report.holder_of_record})", heads, rows)  # fmt: skip
    click.echo(f"Rounding: {report.rule}.")


@transfer.command("remittances")
@click.argument("note_id")
@click.option(
    "--through", type=DATE, default=None, help="Payments through this day (default: today)."
)
@click.option("--holder", default="", help="One holder's remittance report (a party id or a name).")
@_json
def transfer_remittances(note_id: str, through: date | None, holder: str, as_json: bool) -> None:
    """Each payment on NOTE_ID distributed among its holders; the parts add up to each payment."""
    a = app()
    report = a.holder_remittances(note_id, through or a.clock().date(), holder)
    if as_json:
        emit_json(to_json(report))
        return
    heads = ["date", "event", "holder", "share", "late charges", "expenses", "default int.",
             "interest", "principal", "premium", "total"]  # fmt: skip
    rows = []
    for p in report.payments:
        event = f"#{p.seq} {p.kind}" if p.seq else p.kind
        for r in p.parts:
            rows.append([str(p.effective_date), event, r.holder, str(r.share), *(str(x) for x in (
                r.late_charges, r.expenses, r.default_interest, r.interest, r.principal,
                r.premium, r.total))])  # fmt: skip
        if not report.holder:
            rows.append([str(p.effective_date), event, "applied", "", "", "", "", "", "", "",
                         str(p.applied)])  # fmt: skip
    for r in report.totals:
        rows.append(["total", "", r.holder, str(r.share), *(str(x) for x in (
            r.late_charges, r.expenses, r.default_interest, r.interest, r.principal, r.premium,
            r.total))])  # fmt: skip
    who = f" — {report.holder}" if report.holder else ""
    table(f"Remittances — {note_id} through {report.through}{who} (holder of record: "
          f"{report.holder_of_record})", heads, rows)  # fmt: skip
    click.echo(f"Rule: {report.rule}.")


# -- settle ---------------------------------------------------------------------------------------


def _at(text: str, what: str) -> tuple[str, Decimal]:
    left, sep, price = text.partition("@")
    if not sep:
        raise click.BadParameter(f"{text!r}: write {what}@PRICE (e.g. 1000000.00@0.97)")
    try:
        return left.strip(), parse_amount(price, what="share price", typed=True)
    except InvalidInput as error:
        raise click.BadParameter(str(error)) from None


def _offer(opts: dict[str, Any]) -> list[Offer]:
    bases: dict[str, str] = {}
    for item in opts["bases"]:
        note_id, sep, basis = item.partition("=")
        if not sep or basis not in BASES:
            raise click.BadParameter(f"--basis {item!r}: write NOTE={'|'.join(BASES)}")
        bases[note_id] = basis
    offer: list[Offer] = [Cash(c) for c in opts["cash"]]
    for item in opts["notes"]:
        note_id, sep, agreed = item.partition("=")
        value = parse_amount(agreed, what=f"agreed value of {note_id}", typed=True) if sep else None
        offer.append(NoteToAssign(note_id, value, bases.get(note_id)))
    rounding, remainder = opts["share_rounding"], opts["share_remainder"]
    if opts["shares"]:
        count, price = _at(opts["shares"], "COUNT")
        if not count.isdigit():
            raise click.BadParameter(f"--shares {opts['shares']!r}: the count must be whole")
        offer.append(Shares(price, count=int(count), rounding=rounding, remainder=remainder))
    if opts["shares_for"]:
        amount, price = _at(opts["shares_for"], "AMOUNT")
        value = parse_amount(amount, what="amount converted", typed=True) if amount else None
        offer.append(Shares(price, amount=value, rounding=rounding, remainder=remainder))
    offer += [Forgiveness(f) for f in opts["forgive"]]
    if not offer:
        raise click.UsageError("give some consideration: --cash, --note, --shares, --forgive")
    return offer


def _consideration_options(f: Any) -> Any:
    for option in reversed([
        click.option("--date", "day", type=DATE, required=True, help="Settlement date."),
        click.option("--cash", type=AMOUNT, multiple=True, help="Cash paid (repeatable)."),
        click.option("--note", "notes", multiple=True,
                     help="Assign a note in the book, valued from its ledger; NOTE=VALUE for an "
                          "agreed value (repeatable)."),
        click.option("--basis", "bases", multiple=True,
                     help=f"NOTE=BASIS ({', '.join(BASES)}) for a restricted assigned note."),
        click.option("--shares", default=None, help="COUNT@PRICE shares issued to the lender."),
        click.option("--shares-for", default=None,
                     help="AMOUNT@PRICE: whole shares for an amount; @PRICE for the balance left."),
        click.option("--share-rounding", type=click.Choice(list(SHARE_ROUNDING)), default="down",
                     show_default=True),
        click.option("--share-remainder", type=click.Choice(SHARE_REMAINDER), default="cash",
                     show_default=True, help="The amount no whole share buys: paid in cash or forgiven."),
        click.option("--forgive", type=AMOUNT, multiple=True, help="An amount forgiven."),
        _json,
    ]):  # fmt: skip
        f = option(f)
    return f


@cli.group()
def settle() -> None:
    """Pay a note in full with cash, assigned notes, shares and forgiveness."""


def _print_reconciliation(r: Any) -> None:
    q = r.payoff

    def fmt(value: Decimal) -> str:
        return money_text(value, r.currency)

    table(f"Settlement of {r.note_id} on {r.as_of} ({r.currency})", ["", "due", "applied", "unpaid"],
          [[name.replace("_", " "), fmt(getattr(q, name)), fmt(getattr(r.split, name)),
            fmt(getattr(r.unpaid, name))]
           for name in ("expenses", "default_interest", "interest", "principal", "premium")]
          + [["payoff", fmt(q.total), fmt(r.split.total), fmt(r.unpaid.total)]],
          right={1, 2, 3})  # fmt: skip
    table("Consideration", ["source", "description", "amount"],
          [[line.source, line.description, fmt(line.amount)] for line in r.lines]
          + [["total", "", fmt(r.consideration_total)]], right={2})  # fmt: skip
    if r.status == "exact":
        click.echo(f"difference {fmt(r.difference)}: exact — the consideration pays the payoff {fmt(q.total)} to "
                   "the cent")  # fmt: skip
    elif r.status == "shortfall":
        click.echo(f"difference {fmt(r.difference)}: shortfall — {fmt(-r.difference)} more is "
                   "needed (in cash, or forgiven) to pay the note in full")  # fmt: skip
    else:
        click.echo(f"difference {fmt(r.difference)}: excess — {fmt(r.difference)} more than the "
                   "payoff, owed back to the borrower")  # fmt: skip


@settle.command("propose")
@click.argument("note_id")
@_consideration_options
def settle_propose(note_id: str, day: date, as_json: bool, **opts: Any) -> None:
    """Reconcile the consideration with the payoff of NOTE_ID (writes nothing)."""
    r = app().propose_settlement(note_id, day, _offer(opts))
    if as_json:
        emit_json(to_json(r))
        return
    _print_reconciliation(r)


@settle.command("accept")
@click.argument("note_id")
@_consideration_options
@click.option("--id", "settlement_id", default=None, help="Settlement id (default NOTE@DATE).")
@click.option("--memo", default="")
@_by
def settle_accept(note_id: str, day: date, as_json: bool, settlement_id: str | None, memo: str,
                  recorded_by: str, **opts: Any) -> None:  # fmt: skip
    """Apply the settlement in one transaction: paid, terminated, assigned, released."""
    done = app().accept_settlement(note_id, day, _offer(opts), settlement_id=settlement_id,
                           recorded_by=recorded_by, memo=memo)  # fmt: skip
    if as_json:
        emit_json(sj.written_to_dict(done.settlement_id, done.written, done.reconciliation))
        return
    if done.reconciliation is not None:
        _print_reconciliation(done.reconciliation)
    click.echo(f"settlement {done.settlement_id} accepted: {note_id} paid in full and its "
               f"agreement terminated on {day}")  # fmt: skip
    _print_written(done.written)


def _print_written(written: Any) -> None:
    for note_id, events in written:
        for e in events:
            detail = e.memo
            if e.kind == "release":
                detail = f"collateral {e.asset} released"
            elif e.kind == "ucc_termination":
                detail = f"financing statement {e.filing_number} marked for termination"
            elif e.kind == "transfer":
                detail = f"assigned to {e.holder}" + (
                    ", who assumes the assignor's obligations" if e.assumes_obligations else ""
                )
            elif e.kind == "reversal":
                detail = f"reverses #{e.target_seq}"
            elif e.kind == "settlement":
                detail = f"paid {fmt(e.total.amount, e.total.currency)}"
            say(f"  {note_id} #{e.seq} {e.kind}: {detail}")  # fmt: skip


@settle.command("reverse")
@click.argument("settlement_id")
@click.option("--date", "day", type=DATE, default=None, help="Date of the correction (today).")
@click.option("--reason", default="")
@_by
@_json
def settle_reverse(settlement_id: str, day: date | None, reason: str, recorded_by: str,
                   as_json: bool) -> None:  # fmt: skip
    """Reverse a settlement on every note it touched, in one transaction."""
    a = app()
    done = a.reverse_settlement(settlement_id, day or a.clock().date(), reason=reason,
                            recorded_by=recorded_by)  # fmt: skip
    if as_json:
        emit_json(sj.written_to_dict(done.settlement_id, done.written))
        return
    click.echo(f"settlement {settlement_id} reversed: balances, holders and collateral restored")
    _print_written(done.written)


@settle.command("show")
@click.argument("settlement_id")
@_json
def settle_show(settlement_id: str, as_json: bool) -> None:
    """Show a settlement and every event linked to it."""
    rec = app().find_settlement(settlement_id)
    if as_json:
        emit_json(sj.settlement_to_dict(settlement_id, rec.event.note_id, rec.linked, rec.reversed))
        return
    state = "reversed" if rec.reversed else "in force"
    click.echo(f"settlement {settlement_id} of {rec.event.note_id} on "
               f"{rec.event.effective_date} ({state})")  # fmt: skip
    _print_written([(n, [e]) for n, e in rec.linked])


# -- parties --------------------------------------------------------------------------------------


@cli.group()
def party() -> None:
    """The legal persons on notes: borrowers, lenders, holders."""


@party.command("add")
@click.argument("party_id")
@click.option("--name", required=True, help="Legal name.")
@click.option("--entity-type", default=None, help="corporation, limited liability company, ...")
@click.option("--jurisdiction", default=None, help="State or country of organisation.")
@click.option("--address", default=None)
@_json
def party_add(party_id: str, name: str, entity_type: str | None, jurisdiction: str | None,
              address: str | None, as_json: bool) -> None:  # fmt: skip
    """Add a party under a short id."""
    rec = app().add_party(party_id, name, entity_type=entity_type,
                         jurisdiction=jurisdiction, address=address)  # fmt: skip
    if as_json:
        emit_json(sj.party_to_dict(rec.id, rec.party))
        return
    say(f"added party {rec.id}: {rec.party.name}")


@party.command("list")
@_json
def party_list(as_json: bool) -> None:
    """List the parties in the book."""
    records = app().parties()
    if as_json:
        emit_json([sj.party_to_dict(r.id, r.party) for r in records])
        return
    table("Parties", ["id", "name", "entity type", "jurisdiction", "address"],
          [[r.id, r.party.name, r.party.entity_type or "", r.party.jurisdiction or "",
            r.party.address or ""] for r in records])  # fmt: skip
