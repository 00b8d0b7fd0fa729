"""The account roles a note's journal posts to, for each party, and the movements between them.

promissory does not know the user's chart of accounts; it knows **roles**: "the lender's notes
receivable", "the borrower's interest payable".  A chart (:mod:`promissory.codec.chart_toml`) maps
each role to the user's account name and number.  A role has a party (``lender`` or ``borrower``)
and a type (``Assets``, ``Liabilities``, ``Equity``, ``Income``, ``Expenses`` — the five roots of
double entry, named as Beancount names them).

A **movement** is one economic fact measured in money — interest accrued, principal received,
Lender Expenses charged — and :data:`MOVES` says, for each, which role each party debits and
which it credits.  Every journal entry is built from movements, so every entry balances by
construction: each movement debits and credits the same amount.  A movement one party does not
book (an assignment between holders is nothing to the borrower) has ``None`` for that party.

The settlement of a note in kind uses one internal role, :data:`SETTLEMENT`: the consideration
(cash, assigned notes, shares, forgiveness) is debited against it and what it pays (interest,
principal, …) credited from it, so it nets to zero within the entry and never reaches a chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from promissory.errors import InvalidInput

Party = Literal["lender", "borrower"]
PARTIES: Final[tuple[Party, ...]] = ("lender", "borrower")
ROOTS: Final = ("Assets", "Liabilities", "Equity", "Income", "Expenses")

#: The clearing role of a settlement entry (nets to zero inside the entry; see the docstring).
SETTLEMENT: Final = "_settlement"


@dataclass(frozen=True, slots=True)
class Role:
    """One account role: ``name`` (the key a chart maps), its party, its type, what it holds."""

    name: str
    party: Party
    root: str
    description: str


def _roles(party: Party, rows: tuple[tuple[str, str, str], ...]) -> dict[str, Role]:
    return {name: Role(name, party, root, text) for name, root, text in rows}


#: The lender's (holder's) roles.
LENDER_ROLES: Final[dict[str, Role]] = _roles("lender", (
    ("cash", "Assets", "cash: advances paid out, payments received"),
    ("notes_receivable", "Assets", "unpaid principal of the note"),
    ("interest_receivable", "Assets", "interest accrued at the contract rate and unpaid"),
    ("default_interest_receivable", "Assets", "default interest accrued and unpaid"),
    ("expenses_receivable", "Assets", "Lender Expenses charged to the borrower and unpaid"),
    ("interest_income", "Income", "interest earned at the contract rate"),
    ("default_interest_income", "Income", "default interest earned"),
    ("premium_income", "Income", "prepayment premiums and fees received"),
    ("transfer_clearing", "Assets", "consideration for an assignment between holders"),
    ("acquired_notes", "Assets", "principal of notes received in settlement (at carrying amount)"),
    ("acquired_interest", "Assets", "accrued interest on notes received in settlement"),
    ("shares_received", "Assets", "shares received in settlement"),
    ("forgiveness_loss", "Expenses", "amounts forgiven in settlement"),
    ("settlement_excess_payable", "Liabilities", "consideration beyond the payoff, owed back"),
    ("opening_balances", "Equity", "balances of a loan taken on from another system"),
    ("unamortized_discount", "Assets", "discount on notes issued below face, not yet accreted "
     "(a contra account: credit balance)"),
    ("warrants_received", "Assets", "what the discount bought: the warrant's allocated price, "
     "or points"),
    ("discount_income", "Income", "discount accreted by the constant-yield method (OID)"),
    ("late_charges_receivable", "Assets", "late charges the terms charged and unpaid"),
    ("late_charge_income", "Income", "late charges earned ([late_charge])"),
    ("fees_receivable", "Assets", "fees of the terms charged and unpaid ([[fees]])"),
    ("fees_accrued", "Assets", "fees of the terms earned and not yet billed ([[fees]]: the "
     "unused-commitment fee accrued since its last billing date)"),
    ("fee_income", "Income", "fees earned ([[fees]]: unused-commitment, origination, exit)"),
    ("unapplied_funds", "Liabilities", "payments received and held as unapplied funds, not yet "
     "applied or returned (a deposit, or suspense, account)"),
    ("escrow_held", "Liabilities", "escrow deposits received for the borrower's taxes and "
     "insurance and not yet paid out (held for the borrower: not income, not a repayment)"),
))  # fmt: skip

#: The borrower's roles.
BORROWER_ROLES: Final[dict[str, Role]] = _roles("borrower", (
    ("cash", "Assets", "cash: advances received, payments made"),
    ("notes_payable", "Liabilities", "unpaid principal of the note"),
    ("interest_payable", "Liabilities", "interest accrued at the contract rate and unpaid"),
    ("default_interest_payable", "Liabilities", "default interest accrued and unpaid"),
    ("expenses_payable", "Liabilities", "Lender Expenses owed to the lender"),
    ("interest_expense", "Expenses", "interest at the contract rate"),
    ("default_interest_expense", "Expenses", "default interest"),
    ("premium_expense", "Expenses", "prepayment premiums and fees paid"),
    ("lender_expenses", "Expenses", "the lender's costs the borrower must repay (¶6)"),
    ("assigned_notes", "Assets", "principal of notes receivable assigned away in settlement"),
    ("assigned_interest", "Assets", "accrued interest on notes assigned away in settlement"),
    ("shares_issued", "Equity", "shares issued in settlement"),
    ("forgiveness_gain", "Income", "amounts the lender forgave in settlement"),
    ("settlement_excess_receivable", "Assets", "consideration beyond the payoff, owed back"),
    ("opening_balances", "Equity", "balances of a loan taken on from another system"),
    ("debt_discount", "Liabilities", "discount on notes issued below face, not yet amortized "
     "(a contra account: debit balance)"),
    ("warrants_issued", "Equity", "what the discount paid for: the warrant's allocated price, "
     "or points"),
    ("discount_expense", "Expenses", "discount amortized by the constant-yield method (OID)"),
    ("late_charges_payable", "Liabilities", "late charges the terms charged and unpaid"),
    ("late_charge_expense", "Expenses", "late charges ([late_charge])"),
    ("fees_payable", "Liabilities", "fees of the terms charged and unpaid ([[fees]])"),
    ("fees_accrued_payable", "Liabilities", "fees of the terms accrued and not yet billed "
     "([[fees]]: the unused-commitment fee accrued since its last billing date)"),
    ("fee_expense", "Expenses", "fees of the terms ([[fees]]: unused-commitment, origination, "
     "exit)"),
    ("unapplied_funds", "Assets", "payments made and held by the lender as unapplied funds, "
     "not yet applied or returned"),
    ("escrow_deposits", "Assets", "escrow deposits paid to the lender for taxes and insurance "
     "and not yet paid out"),
    ("taxes_and_insurance", "Expenses", "taxes and insurance paid for the borrower out of escrow"),
))  # fmt: skip

ROLES: Final[dict[Party, dict[str, Role]]] = {"lender": LENDER_ROLES, "borrower": BORROWER_ROLES}


def party_of(text: str) -> Party:
    """``lender`` or ``borrower`` (a holder is the lender's side)."""
    if text == "holder":
        return "lender"
    if text in PARTIES:
        return text
    raise InvalidInput(f"party {text!r} must be lender (or holder) or borrower")


Pair = tuple[str, str]  # (debit role, credit role)

#: Each movement: (the lender's debit and credit roles, the borrower's, or None).
MOVES: Final[dict[str, tuple[Pair | None, Pair | None]]] = {
    "advance": (("notes_receivable", "cash"), ("cash", "notes_payable")),
    "accrue_interest": (("interest_receivable", "interest_income"),
                        ("interest_expense", "interest_payable")),
    "accrue_default_interest": (("default_interest_receivable", "default_interest_income"),
                                ("default_interest_expense", "default_interest_payable")),
    "charge_expense": (("expenses_receivable", "cash"), ("lender_expenses", "expenses_payable")),
    "receive_expenses": (("cash", "expenses_receivable"), ("expenses_payable", "cash")),
    # a note with installments: late charges made by the terms, and unapplied funds
    "charge_late": (("late_charges_receivable", "late_charge_income"),
                    ("late_charge_expense", "late_charges_payable")),
    "receive_late_charges": (("cash", "late_charges_receivable"),
                             ("late_charges_payable", "cash")),
    # fees of the terms ([[fees]]): billed or charged, paid, withheld from an advance, or paid
    # with a payment of everything without being charged first (the fee accrued, the exit fee)
    "charge_fee": (("fees_receivable", "fee_income"), ("fee_expense", "fees_payable")),
    "receive_fees": (("cash", "fees_receivable"), ("fees_payable", "cash")),
    # the unused-commitment fee accrued at a period end, billed later (or paid with the payoff)
    "accrue_fee": (("fees_accrued", "fee_income"), ("fee_expense", "fees_accrued_payable")),
    "bill_accrued_fee": (("fees_receivable", "fees_accrued"),
                         ("fees_accrued_payable", "fees_payable")),
    "receive_accrued_fee": (("cash", "fees_accrued"), ("fees_accrued_payable", "cash")),
    "apply_accrued_fee": ((SETTLEMENT, "fees_accrued"), ("fees_accrued_payable", SETTLEMENT)),
    "assign_fees_accrued": (("transfer_clearing", "fees_accrued"), None),
    "acquire_fees_accrued": (("fees_accrued", "transfer_clearing"), None),
    "receive_fee_income": (("cash", "fee_income"), ("fee_expense", "cash")),
    "withhold_fee": (("cash", "fee_income"), ("fee_expense", "cash")),
    "apply_fees": ((SETTLEMENT, "fees_receivable"), ("fees_payable", SETTLEMENT)),
    "apply_fee_income": ((SETTLEMENT, "fee_income"), ("fee_expense", SETTLEMENT)),
    "assign_fees": (("transfer_clearing", "fees_receivable"), None),
    "acquire_fees": (("fees_receivable", "transfer_clearing"), None),
    "hold_funds": (("cash", "unapplied_funds"), ("unapplied_funds", "cash")),
    "use_held_funds": (("unapplied_funds", "cash"), ("cash", "unapplied_funds")),
    "refund_funds": (("unapplied_funds", "cash"), ("cash", "unapplied_funds")),
    # escrow (issue 11): held for the borrower, paid to the tax office or insurer, or returned
    "hold_escrow": (("cash", "escrow_held"), ("escrow_deposits", "cash")),
    "disburse_escrow": (("escrow_held", "cash"), ("taxes_and_insurance", "escrow_deposits")),
    "return_escrow": (("escrow_held", "cash"), ("cash", "escrow_deposits")),
    "receive_default_interest": (("cash", "default_interest_receivable"),
                                 ("default_interest_payable", "cash")),
    "receive_interest": (("cash", "interest_receivable"), ("interest_payable", "cash")),
    "receive_principal": (("cash", "notes_receivable"), ("notes_payable", "cash")),
    "receive_premium": (("cash", "premium_income"), ("premium_expense", "cash")),
    "capitalise": (("notes_receivable", "interest_receivable"),
                   ("interest_payable", "notes_payable")),
    "open_principal": (("notes_receivable", "opening_balances"),
                       ("opening_balances", "notes_payable")),
    "open_interest": (("interest_receivable", "opening_balances"),
                      ("opening_balances", "interest_payable")),
    "open_default_interest": (("default_interest_receivable", "opening_balances"),
                              ("opening_balances", "default_interest_payable")),
    "open_expenses": (("expenses_receivable", "opening_balances"),
                      ("opening_balances", "expenses_payable")),
    # settlement in kind: the consideration ...
    "settle_cash": (("cash", SETTLEMENT), (SETTLEMENT, "cash")),
    "settle_note_principal": (("acquired_notes", SETTLEMENT), (SETTLEMENT, "assigned_notes")),
    "settle_note_interest": (("acquired_interest", SETTLEMENT), (SETTLEMENT, "assigned_interest")),
    "settle_shares": (("shares_received", SETTLEMENT), (SETTLEMENT, "shares_issued")),
    "settle_forgiven": (("forgiveness_loss", SETTLEMENT), (SETTLEMENT, "forgiveness_gain")),
    # ... and what it pays
    "apply_expenses": ((SETTLEMENT, "expenses_receivable"), ("expenses_payable", SETTLEMENT)),
    "apply_late_charges": ((SETTLEMENT, "late_charges_receivable"),
                           ("late_charges_payable", SETTLEMENT)),
    "apply_default_interest": ((SETTLEMENT, "default_interest_receivable"),
                               ("default_interest_payable", SETTLEMENT)),
    "apply_interest": ((SETTLEMENT, "interest_receivable"), ("interest_payable", SETTLEMENT)),
    "apply_principal": ((SETTLEMENT, "notes_receivable"), ("notes_payable", SETTLEMENT)),
    "apply_premium": ((SETTLEMENT, "premium_income"), ("premium_expense", SETTLEMENT)),
    "apply_excess": ((SETTLEMENT, "settlement_excess_payable"),
                     ("settlement_excess_receivable", SETTLEMENT)),
    # a note issued below face: the discount at the advance, then its accretion
    "book_discount": (("warrants_received", "unamortized_discount"),
                      ("debt_discount", "warrants_issued")),
    "accrete_discount": (("unamortized_discount", "discount_income"),
                         ("discount_expense", "debt_discount")),
    # an assignment between holders: the assignor derecognises, the assignee recognises
    "assign_principal": (("transfer_clearing", "notes_receivable"), None),
    "assign_interest": (("transfer_clearing", "interest_receivable"), None),
    "assign_default_interest": (("transfer_clearing", "default_interest_receivable"), None),
    "assign_expenses": (("transfer_clearing", "expenses_receivable"), None),
    "assign_late_charges": (("transfer_clearing", "late_charges_receivable"), None),
    "assign_unapplied": (("unapplied_funds", "transfer_clearing"), None),
    "assign_escrow": (("escrow_held", "transfer_clearing"), None),
    "acquire_principal": (("notes_receivable", "transfer_clearing"), None),
    "acquire_interest": (("interest_receivable", "transfer_clearing"), None),
    "acquire_default_interest": (("default_interest_receivable", "transfer_clearing"), None),
    "acquire_expenses": (("expenses_receivable", "transfer_clearing"), None),
    "acquire_late_charges": (("late_charges_receivable", "transfer_clearing"), None),
    "acquire_unapplied": (("transfer_clearing", "unapplied_funds"), None),
    "acquire_escrow": (("transfer_clearing", "escrow_held"), None),
}  # fmt: skip

#: The balances of the engine each party's accounts stand for (what the reconciliation ties).
TIED: Final[dict[Party, tuple[tuple[str, str], ...]]] = {
    "lender": (
        ("principal", "notes_receivable"),
        ("interest", "interest_receivable"),
        ("default_interest", "default_interest_receivable"),
        ("expenses", "expenses_receivable"),
        ("late_charges", "late_charges_receivable"),
        ("fees", "fees_receivable"),
        ("fees_accrued", "fees_accrued"),
        ("unapplied", "unapplied_funds"),
        ("escrow", "escrow_held"),
    ),
    "borrower": (
        ("principal", "notes_payable"),
        ("interest", "interest_payable"),
        ("default_interest", "default_interest_payable"),
        ("expenses", "expenses_payable"),
        ("late_charges", "late_charges_payable"),
        ("fees", "fees_payable"),
        ("fees_accrued", "fees_accrued_payable"),
        ("unapplied", "unapplied_funds"),
        ("escrow", "escrow_deposits"),
    ),
}


def normal_sign(party: Party, role: str) -> int:
    """+1 for a role whose balance is a debit (Assets, Expenses), −1 for a credit; what turns an
    account's balance (debit positive) into the positive figure the engine holds for it."""
    return 1 if ROLES[party][role].root in ("Assets", "Expenses") else -1
