"""Short ledgers in the note's own words, for tests.

    note = terms(rate="0.08", day_count="ACT/360")
    ledger = book(note, '''
        2001-10-05 advance 1000000.00
        2002-03-31 pay 50000.00
        2002-04-01 default
        2002-05-01 cure
        2002-06-01 expense 1250.00 counsel fees
        2002-07-01 amend maturity=2006-09-30
        2002-08-01 reverse 2
        2002-09-01 refund 100.00
        2002-09-02 pledge warehouse 2000000.00 haircut=0.10
        2002-09-03 value warehouse 2400000.00
        2002-09-04 release warehouse price=100000.00
        2002-09-20 elect 2002-10-05 pik      (a PIK toggle: period start, cash or pik)
        2002-10-01 pay 10409.68 escrow=450.00
        2002-10-15 disburse 1200.00 Erie County Treasurer
        2002-11-01 return-escrow 150.00
    ''')

Each line is ``DATE KIND [ARGS]``; events get seq 1, 2, 3 … in line order.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from promissory.codec.terms_toml import parse_terms
from promissory.core.collateral import Pledge, Release, Valuation
from promissory.core.engine import replay
from promissory.core.events import (
    Acceleration,
    Advance,
    Amendment,
    Cure,
    EscrowDisbursement,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    OpeningBalance,
    Payment,
    PikElection,
    RateFixing,
    Refund,
    Reversal,
)
from promissory.core.money import Money
from promissory.core.state import Ledger
from promissory.core.terms import Terms

SEED_TOML = """
id = "VAL-2001-10-05"
borrower = "Valence Technology, Inc."
lender = "Berg & Berg Enterprises, LLC"
issue_date = 2001-10-05
currency = "USD"
commitment = "20000000.00"
revolving = false
draw_period_end = 2003-09-30
maturity = 2005-09-30

[interest]
rate = "0.08"
day_count = "ACT/360"
count_first_and_last_day = false
default_margin = "0.02"

[waterfall]
order = ["expenses", "default_interest", "interest", "principal"]

[rounding]
quantum = "0.01"
mode = "half-up"
"""


def terms(**overrides: Any) -> Terms:
    """The seed note's terms (DOMAIN.md), with top-level or ``interest.x`` keys overridden."""
    data = tomllib.loads(SEED_TOML)
    for key, value in overrides.items():
        if key.startswith("interest_"):
            data["interest"][key.removeprefix("interest_")] = value
        else:
            data[key] = value
    return parse_terms(data)


def parse_events(note_id: str, text: str, currency: str = "USD") -> list[Event]:
    events: list[Event] = []
    for seq, line in enumerate((x.strip() for x in text.strip().splitlines() if x.strip()), 1):
        day_text, kind, *args = line.split()
        day = date.fromisoformat(day_text)
        base: dict[str, Any] = {"note_id": note_id, "effective_date": day, "seq": seq}

        def m(x: str) -> Money:
            return Money.of(x, currency)

        e: Event
        if kind == "advance":
            e = Advance(amount=m(args[0]), **base)
        elif kind == "pay":  # "pay 10409.68 escrow=450.00": with its escrow part
            escrow = next((m(a.removeprefix("escrow=")) for a in args[1:]
                           if a.startswith("escrow=")), None)  # fmt: skip
            e = Payment(amount=m(args[0]), escrow=escrow, **base)
        elif kind == "disburse":  # paid out of escrow to the payee named
            e = EscrowDisbursement(amount=m(args[0]), payee=" ".join(args[1:]), **base)
        elif kind == "return-escrow":
            e = EscrowDisbursement(amount=m(args[0]), to_borrower=True, **base)
        elif kind == "refund":
            e = Refund(amount=m(args[0]), **base)
        elif kind == "expense":
            e = LenderExpense(amount=m(args[0]), description=" ".join(args[1:]), **base)
        elif kind == "default":
            e = EventOfDefault(**base)
        elif kind == "cure":
            e = Cure(**base)
        elif kind == "waive":
            e = Cure(waiver=True, **base)
        elif kind == "accelerate":
            e = Acceleration(**base)
        elif kind == "fixing":
            e = RateFixing(index=args[0], rate=Decimal(args[1]), **base)
        elif kind == "reverse":
            e = Reversal(target_seq=int(args[0]), **base)
        elif kind == "note":
            e = Notation(text=" ".join(args), **base)
        elif kind == "opening":
            p, i = args[0], args[1]
            e = OpeningBalance(principal=m(p), interest=m(i), default_interest=m("0"),
                               expenses=m("0"), **base)  # fmt: skip
        elif kind == "elect":
            e = PikElection(period_start=date.fromisoformat(args[0]), election=args[1], **base)
        elif kind == "amend":
            changes: dict[str, Any] = {}
            for arg in args:
                k, v = arg.split("=")
                changes[k] = date.fromisoformat(v) if "-" in v else Decimal(v)
            e = Amendment(**changes, **base)
        elif kind == "pledge":  # pledge ASSET [VALUE] [haircut=H]: another asset, or a note
            opts = dict(a.split("=") for a in args[1:] if "=" in a)
            worth = [a for a in args[1:] if "=" not in a]
            e = Pledge(asset=args[0], asset_kind="other" if worth else "note",
                       value=m(worth[0]) if worth else None,
                       haircut=Decimal(opts.get("haircut", "0")), **base)  # fmt: skip
        elif kind == "value":  # value ASSET VALUE
            e = Valuation(asset=args[0], value=m(args[1]), **base)
        elif kind == "release":  # release ASSET [price=P]
            opts = dict(a.split("=") for a in args[1:])
            price = m(opts["price"]) if "price" in opts else None
            e = Release(asset=args[0], price=price, **base)
        else:
            raise ValueError(f"unknown kind {kind!r} in test ledger")
        events.append(e)
    return events


def book(t: Terms, text: str) -> Ledger:
    return replay(t, parse_events(t.id, text, t.currency))


def renumber(events: list[Event]) -> list[Event]:
    return [replace(e, seq=i) for i, e in enumerate(events, 1)]
