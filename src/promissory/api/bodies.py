"""The bodies of the API's writes: one model per event kind and per write, each documented for
the OpenAPI schema.  Each turns into the facade's arguments (the event codec's mapping, or the
records a desk takes); the rules of the note are checked by the facade, not here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictInt

from promissory.api.params import Amount, Body, Day, Text, amount, required_amount
from promissory.app import NoteToAssign, Offer
from promissory.core.settlement import Cash, Forgiveness, Shares
from promissory.errors import InvalidInput

# -- events on a note (POST /api/notes/{id}/events) -----------------------------------------------


class _Event(Body):
    effective_date: Day
    memo: Text = ""


class AdvanceBody(_Event):
    """An advance (a Loan drawn under the note)."""

    kind: Literal["advance"]
    amount: Amount


class PaymentBody(_Event):
    """A payment, applied by the note's waterfall; its ``escrow`` part (taxes and insurance) is
    held apart in the note's escrow balance (required on a note with ``[escrow]``: 0 for none)."""

    kind: Literal["payment"]
    amount: Amount
    escrow: Amount | None = None


class EscrowDisbursementBody(_Event):
    """A tax or insurance bill paid out of the escrow balance to ``payee``, or, with
    ``to_borrower``, the escrow returned to the borrower (no more than the balance that day)."""

    kind: Literal["escrow_disbursement"]
    amount: Amount
    payee: Text = ""
    description: Text = ""
    to_borrower: StrictBool = False


class RefundBody(_Event):
    """Unapplied funds returned to the borrower (no more than the note holds that day)."""

    kind: Literal["refund"]
    amount: Amount


class DefaultBody(_Event):
    """An Event of Default (the default margin accrues from its date)."""

    kind: Literal["default"]
    description: Text = ""
    cure_period_days: StrictInt | None = Field(default=None, ge=0, le=36_600)


class CureBody(_Event):
    """The cure (or, with ``waiver``, the waiver) of an Event of Default."""

    kind: Literal["cure"]
    waiver: StrictBool = False


class AccelerationBody(_Event):
    """Everything declared due now (needs a continuing Event of Default)."""

    kind: Literal["acceleration"]


class ReversalBody(Body):
    """The reversal (correction) of an earlier event; the original stays in the record.
    ``effective_date`` defaults to today."""

    kind: Literal["reversal"]
    target_seq: StrictInt = Field(ge=1, le=2**31 - 1)
    reason: Text = ""
    effective_date: Day | None = None
    memo: Text = ""


class ExpenseBody(_Event):
    """A Lender Expense charged to the note."""

    kind: Literal["expense"]
    amount: Amount
    description: Text
    invoice_ref: Text | None = None


class FixingBody(_Event):
    """An index fixing of a floating-rate note (SOFR 0.0431)."""

    kind: Literal["rate_fixing"]
    index: Text
    rate: Amount


class AmendmentBody(_Event):
    """A written amendment of the terms, effective from its date."""

    kind: Literal["amendment"]
    maturity: Day | None = None
    commitment: Amount | None = None
    rate: Amount | None = None
    draw_period_end: Day | None = None
    default_margin: Amount | None = None
    max_rate: Amount | None = None
    description: Text = ""


class NotationBody(_Event):
    """A notation on Schedule A (moves no money)."""

    kind: Literal["notation"]
    text: Text


class OpeningBody(_Event):
    """A loan taken on from elsewhere by its balances on a date."""

    kind: Literal["opening_balance"]
    principal: Amount
    interest: Amount = "0"
    default_interest: Amount = "0"
    expenses: Amount = "0"
    advanced: Amount | None = None


class PikElectionBody(_Event):
    """A PIK toggle election: how the interest period starting ``period_start`` is paid (cash at
    the cash rate, or pik: at the PIK rate, capitalised); ``effective_date`` is the day it is
    made, by the notice deadline of the terms (``interest.pik.election_notice_days``)."""

    kind: Literal["pik_election"]
    period_start: Day
    election: Literal["cash", "pik"]


EventBody = Annotated[
    AdvanceBody | PaymentBody | RefundBody | EscrowDisbursementBody | DefaultBody | CureBody
    | AccelerationBody | ReversalBody | ExpenseBody | FixingBody | AmendmentBody | NotationBody
    | OpeningBody | PikElectionBody,
    Field(discriminator="kind"),
]  # fmt: skip

# -- collateral, filings, transfers, parties -------------------------------------------------------


class PledgeBody(Body):
    """Pledge ``asset`` (a note in the book, or another asset with a value) to secure the note."""

    asset: Text
    date: Day
    asset_kind: Literal["note", "other"] | None = None
    value: Amount | None = None
    haircut: Amount = "0"
    description: Text = ""
    memo: Text = ""


class ReleaseBody(Body):
    """Release the pledge of ``asset``; ``price``: a release price agreed for it (default: the
    terms' ``[collateral] release_price``), paid by a payment recorded that day before it."""

    asset: Text
    date: Day
    price: Amount | None = None
    memo: Text = ""


class ValuationBody(Body):
    """The value of a pledged asset that is not a note in the book."""

    asset: Text
    value: Amount
    date: Day
    source: Text = ""


class FilingBody(Body):
    """A financing statement (UCC-1) filed for the note; it lapses five years on."""

    filing_number: Text
    jurisdiction: Text
    date: Day
    collateral_description: Text = ""


class FilingContinuationBody(Body):
    """A continuation statement (only in the six months before lapse)."""

    date: Day


class FilingTerminationBody(Body):
    """The termination statement (UCC-3); ``mark_only`` marks it, not yet filed."""

    date: Day
    mark_only: StrictBool = False


class TransferBody(Body):
    """Assign the note to a new holder (a party id or a legal name).  ``share``: a partial
    assignment (a participation) of that fraction of the whole note (``"0.40"``), from
    ``assignor`` (a holder on the day; default: the holder of record); without a share the
    assignor assigns everything it holds."""

    to: Text
    date: Day
    basis: Literal["registration", "opinion-of-counsel", "rule-144"] | None = None
    assumes_obligations: StrictBool = False
    share: Amount | None = None
    assignor: Text = ""
    memo: Text = ""


class PartyBody(Body):
    """A legal person, under a short id."""

    id: Text
    name: Text
    entity_type: Text | None = None
    jurisdiction: Text | None = None
    address: Text | None = None


class LoginBody(Body):
    """A user's name and password."""

    user: Text
    password: Annotated[str, Field(max_length=1024)]


# -- settlement ------------------------------------------------------------------------------------


class AssignedNoteBody(Body):
    note: Text
    value: Amount | None = Field(
        default=None, description="Agreed value (default: from its ledger)."
    )
    basis: Literal["registration", "opinion-of-counsel", "rule-144"] | None = None


class SharesBody(Body):
    """Shares issued to the lender: ``count`` at ``price``, or whole shares for ``amount`` (neither:
    the shares pay what the rest leaves)."""

    price: Amount
    count: StrictInt | None = Field(default=None, ge=0, le=10**15)
    amount: Amount | None = None
    rounding: Literal["down", "up", "nearest"] = "down"
    remainder: Literal["cash", "forgiven"] = "cash"


class OfferBody(Body):
    """The consideration offered to pay a note in full on ``date``."""

    date: Day
    cash: list[Amount] = Field(default_factory=list, max_length=100)
    notes: list[AssignedNoteBody] = Field(default_factory=list, max_length=100)
    shares: list[SharesBody] = Field(default_factory=list, max_length=10)
    forgive: list[Amount] = Field(default_factory=list, max_length=100)

    def offer(self) -> list[Offer]:
        out: list[Offer] = [Cash(required_amount(c, "cash")) for c in self.cash]
        out += [NoteToAssign(n.note, amount(n.value, f"agreed value of {n.note}"), n.basis)
                for n in self.notes]  # fmt: skip
        out += [Shares(required_amount(s.price, "share price"), count=s.count,
                       amount=amount(s.amount, "amount converted"), rounding=s.rounding,
                       remainder=s.remainder) for s in self.shares]  # fmt: skip
        out += [Forgiveness(required_amount(f, "amount forgiven")) for f in self.forgive]
        if not out:
            raise InvalidInput("an offer needs some consideration: cash, notes, shares or forgive")
        return out

    def assigned(self) -> list[str]:
        return [n.note for n in self.notes]


class AcceptBody(OfferBody):
    """Accept the settlement: applied in one transaction (paid, terminated, assigned, released)."""

    settlement_id: Text | None = None
    memo: Text = ""


class SettlementReversalBody(Body):
    """Reverse a settlement on every note it touched; ``date`` defaults to today."""

    date: Day | None = None
    reason: Text = ""


# -- users and tokens (administrators; a user for its own password and tokens) ---------------------

Roles = Literal["administrator", "servicer", "holder", "borrower", "auditor"]


class UserBody(Body):
    """A new user: its name, password, role and the parties it acts for (legal names)."""

    user: Text
    password: Annotated[str, Field(max_length=1024)]
    role: Roles
    parties: list[Text] = Field(default_factory=list, max_length=100)


class RoleBody(Body):
    """A user's new role and parties (``parties`` left out: kept)."""

    role: Roles
    parties: list[Text] | None = Field(default=None, max_length=100)


class PasswordBody(Body):
    """A new password."""

    password: Annotated[str, Field(max_length=1024)]


class TokenBody(Body):
    """What an API token is for (shown in token lists)."""

    label: Text = ""
