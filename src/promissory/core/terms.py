"""What a note *is*: its terms as immutable data.

The terms are everything the note and its loan agreement fix in advance — the commitment, the draw
period, maturity, how interest is computed, what happens on default, how a payment is applied and how
money is rounded.  They change only by a dated :class:`~promissory.core.events.Amendment` recorded in
the note's ledger.  How a note is *computed* lives elsewhere (:mod:`promissory.core.engine`).

The seed note (Valence Technology → Berg & Berg, October 5, 2001) reads, as terms: commitment
$20,000,000.00, not revolving ("No amounts prepaid hereunder may be reborrowed"), draws until
2003-09-30, maturity 2005-09-30, 8% simple interest on a 360-day year for actual days elapsed, default
rate 2% above, a partial prepayment applied "first to unpaid accrued interest and the balance, if any,
... to principal".  The TOML file format is documented key by key in ``docs/terms-format.md``; the codec
that reads it is :mod:`promissory.codec.terms_toml`.

A note that amortizes states its installments in ``schedule``
(:class:`~promissory.core.installments.PaymentSchedule`); a note without one (the seed note) pays
interest as ``interest.payable`` says and principal at maturity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from promissory.core.calendar import Frequency
from promissory.core.dates import LATEST, check_date
from promissory.core.installments.schedule import PaymentSchedule
from promissory.core.money import RoundingPolicy

__all__ = [
    "DEFAULT_WATERFALL",
    "OPEN_MATURITY",
    "Bucket",
    "CollateralTerms",
    "DefaultInterestBasis",
    "DefaultTerms",
    "EscrowTerms",
    "FeeKind",
    "FeeTerms",
    "FloatingRate",
    "Frequency",
    "InArrears",
    "InterestTerms",
    "LateChargeTerms",
    "OidPricing",
    "Party",
    "PikElection",
    "PikTerms",
    "PremiumStep",
    "PrepaymentTerms",
    "RateStep",
    "Terms",
    "TransferTerms",
    "YieldMaintenance",
]


#: ``Terms.maturity`` of a note payable on demand that states no maturity, until demand is made:
#: the last day promissory computes, so "day >= maturity" is never true before a demand.
OPEN_MATURITY = LATEST


class Bucket(Enum):
    """A place a payment can go; the waterfall is an ordered tuple of these."""

    EXPENSES = "expenses"  # Lender Expenses charged and unpaid
    DEFAULT_INTEREST = "default_interest"  # the extra interest accrued at the default margin
    INTEREST = "interest"  # interest accrued at the contract rate and unpaid
    PRINCIPAL = "principal"  # the unpaid principal balance (with any prepayment premium on it)
    #: late charges the terms charged on installments paid late (``[late_charge]``); optional in
    #: a terms file's order: absent, it sits just before principal (``waterfall.effective_order``)
    LATE_CHARGES = "late_charges"
    #: fees the terms charge (``[[fees]]``: unused-commitment fee billed, origination fee charged,
    #: exit fee due); optional in a terms file's order: absent, it sits just after ``expenses``
    #: (or first when the order has no ``expenses``; ``waterfall.effective_order``)
    FEES = "fees"


#: The seed note's order, with Lender Expenses and default interest ahead of ordinary interest.
DEFAULT_WATERFALL = (Bucket.EXPENSES, Bucket.DEFAULT_INTEREST, Bucket.INTEREST, Bucket.PRINCIPAL)


@dataclass(frozen=True, slots=True)
class Party:
    """A party to the note: its legal name and, when known, what kind of entity it is and where."""

    name: str
    entity_type: str | None = None  # "corporation", "limited liability company", ...
    jurisdiction: str | None = None  # state or country of organisation
    address: str | None = None


@dataclass(frozen=True, slots=True)
class RateStep:
    """From ``start`` on, the contract rate is ``rate`` (a step-up or step-down schedule)."""

    start: date
    rate: Decimal


@dataclass(frozen=True, slots=True)
class InArrears:
    """The index compounded in arrears over each interest period (SOFR, ARRC/ISDA conventions;
    the rule and its worked example are in :mod:`promissory.core.compounded`).

    ``lookback_days``: business days between a day of interest and the fixing it observes (ARRC:
    usually 5); ``observation_shift``: weight each fixing by the days of the *observation* period
    (shifted back by the lookback) instead of the interest period's; ``rate_decimals``: the
    compounded rate is rounded to this many decimals of a percent (5, as the New York Fed
    publishes its SOFR Averages); ``calendar``: the business days fixings are published on
    (``USGS``: the US Government Securities Business Day calendar of SIFMA).
    """

    lookback_days: int = 5
    observation_shift: bool = False
    rate_decimals: int = 5
    calendar: str = "USGS"


@dataclass(frozen=True, slots=True)
class FloatingRate:
    """Interest at an index plus a margin, kept between a floor and a cap.

    rate = clamp(max(index, index_floor) + margin, floor, cap): ``index_floor`` floors the index
    alone (a "SOFR floor of 0.50%"), ``floor`` and ``cap`` the all-in rate.

    When the rate changes (``reset``):

    * ``None`` — "the rate changes on the date the index changes": the index on a day is the
      latest :class:`~promissory.core.events.RateFixing` on or before that day;
    * a frequency — the rate is reset on the issue date and on every ``reset_anchor`` ± whole
      periods (anchor: the issue date); the index for the whole period from a reset date is the
      latest fixing on or before the *observation day*, the reset date less ``lookback_days``
      calendar days, so a fixing published mid-period changes nothing until the next reset.

    ``stale_after_days``: a reset whose fixing is older than this many days on its observation day
    is warned of (:func:`promissory.core.rates.stale_fixings`); the rate still uses it.
    """

    index: str
    margin: Decimal
    floor: Decimal | None = None
    cap: Decimal | None = None
    fixings: tuple[tuple[date, Decimal], ...] = ()
    reset: Frequency | None = None
    reset_anchor: date | None = None
    lookback_days: int = 0
    index_floor: Decimal | None = None
    stale_after_days: int | None = None
    #: the index compounded in arrears over each reset period (``None``: a fixing applies as is)
    in_arrears: InArrears | None = None


class PikElection(Enum):
    """How the borrower pays one interest period's interest on a PIK toggle note."""

    CASH = "cash"  # in cash, at the note's cash rate
    PIK = "pik"  # in kind, at the PIK rate: capitalised on the date that ends the period


@dataclass(frozen=True, slots=True)
class PikTerms:
    """Interest paid in kind (``[interest.pik]``): capitalised into principal on the
    capitalisation dates that ``interest.compounding`` sets, instead of being paid in cash.

    Without ``[interest.pik]`` a compounding note is full PIK: all its interest is capitalised.
    With it, interest at ``interest.rate`` (or the floating rate) is *cash interest*, payable in
    cash as ``interest.payable`` says and never capitalised, and:

    * a **split** (``toggle`` false): interest at ``rate`` accrues as well, every period, and is
      paid in kind — "8% cash plus 4% PIK" is ``interest.rate = 0.08`` and ``pik.rate = 0.04``;
    * a **toggle** (``toggle`` true): the borrower elects, period by period, to pay that period's
      interest in cash (at ``interest.rate``) or in kind (at ``rate`` instead, all of it
      capitalised) by a :class:`~promissory.core.events.PikElection` made at least
      ``notice_days`` days before the period starts; a period with no election is paid as
      ``default_election`` says ("cash" unless the note says otherwise).

    The interest periods run from the issue date to each capitalisation date (the last one to
    maturity).  Within ``interest.max_rate``: the PIK part is cut first.  A payment pays cash
    interest before PIK interest; PIK interest a payment on or before the capitalisation date pays
    in cash is not capitalised.
    """

    rate: Decimal
    toggle: bool = False
    notice_days: int = 0
    default_election: PikElection = PikElection.CASH


@dataclass(frozen=True, slots=True)
class InterestTerms:
    """How interest is earned on the unpaid principal.

    ``rate`` is the fixed contract rate per annum (``0.08`` = 8%); ``steps`` replace it from their
    dates; ``floating`` replaces both.  ``max_rate`` is the maximum lawful rate: no rate, default rate
    included, exceeds it ("8% ... or the maximum lawful rate if lower").  ``default_margin`` is added
    while an Event of Default continues.  ``day_count`` names the convention ("ACT/360": a 360-day
    year for actual days elapsed).  With ``count_first_and_last_day`` the day of payment accrues as
    well as the day of the advance.  ``compounding`` None means simple interest; otherwise accrued
    interest is capitalised into principal at that frequency from the issue date (all of it, or
    only the part ``pik`` says is paid in kind: :class:`PikTerms`).  ``payable`` None
    means interest is payable at maturity; otherwise it falls due at that frequency, dates adjusted
    by ``business_day_convention`` on ``calendar``.
    """

    rate: Decimal | None
    day_count: str = "ACT/360"
    count_first_and_last_day: bool = False
    default_margin: Decimal = Decimal(0)
    max_rate: Decimal | None = None
    steps: tuple[RateStep, ...] = ()
    floating: FloatingRate | None = None
    compounding: Frequency | None = None
    payable: Frequency | None = None
    business_day_convention: str = "unadjusted"
    calendar: str = "weekends"
    pik: PikTerms | None = None  # [interest.pik]: a cash + PIK split or a PIK toggle


@dataclass(frozen=True, slots=True)
class LateChargeTerms:
    """The note's late charge on an installment not paid within the grace period (``[late_charge]``).

    "If any installment is not received within ``grace_days`` days after its due date, the
    borrower shall pay a late charge of ``percent`` of the installment" — or a fixed ``amount``
    (exactly one of the two).  ``minimum`` and ``maximum`` bound the charge (a cap); ``basis``
    says what the percent is of: the whole installment (``installment``, the usual form) or what
    of it was unpaid when the grace period ended (``unpaid``).  Charged once per installment, by
    replay (:mod:`promissory.core.delinquency`).
    """

    percent: Decimal | None = None
    amount: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    basis: str = "installment"  # or "unpaid"


@dataclass(frozen=True, slots=True)
class EscrowTerms:
    """The note's escrow for taxes and insurance (``[escrow]``), as a mortgage servicer keeps it.

    "Borrower shall pay to Lender on the day Periodic Payments are due ... a sum (the 'Funds')
    to provide for payment of amounts due for taxes, assessments and insurance premiums" (the
    uniform instrument's escrow covenant, in short): with each scheduled payment the borrower
    pays ``deposit`` into escrow besides principal and interest.  The escrow balance is held for
    the borrower and is not part of the debt; the servicer pays the bills from it
    (``escrow_disbursement``).  Each payment on such a note states its escrow part (0 for none):
    a payment that pays the note off carries none, so the part is never guessed.
    """

    deposit: Decimal


class FeeKind(Enum):
    """What a fee of the terms is (``[[fees]] kind``)."""

    UNUSED_COMMITMENT = "unused_commitment"  # a percent a year on the amount undrawn
    ORIGINATION = "origination"  # earned by the first advance
    EXIT = "exit"  # a percent of the principal advanced, payable when the note is paid


@dataclass(frozen=True, slots=True)
class FeeTerms:
    """One fee of the note (a ``[[fees]]`` table); the rules are in :mod:`promissory.core.fees`.

    ``unused_commitment``: "the Borrower shall pay a commitment fee of ``percent`` per annum on
    the daily unused amount of the Commitment, computed on the basis of ``day_count`` (None: the
    note's), payable ``billed`` in arrears and on the date the Commitment terminates".  The unused
    amount is what is left of the commitment on the day, whatever a borrowing base allows
    (``Run.commitment_left``: the commitment less the principal outstanding on a revolving note,
    less the amount advanced on a non-revolving one; nothing after the draw period, at or after
    maturity, once accelerated, paid or terminated).

    ``origination``: "an origination fee of ``percent`` of the Commitment" (or a fixed ``amount``),
    earned by the first advance; ``withheld``: deducted from the proceeds of that advance (the
    borrower receives the advance less the fee), else charged to the borrower that day.

    ``exit``: "an exit fee equal to ``percent`` of the aggregate principal amount advanced,
    payable when the Note is paid in full, at maturity or on acceleration".
    """

    kind: FeeKind
    percent: Decimal | None = None
    amount: Decimal | None = None  # origination only: a fixed fee instead of a percent
    day_count: str | None = None  # unused_commitment only (None: the note's day count)
    billed: Frequency = Frequency.QUARTERLY  # unused_commitment only
    withheld: bool = False  # origination only


class DefaultInterestBasis(Enum):
    """What the default margin accrues on (``default.applies_to``)."""

    BALANCE = "balance"  # the whole unpaid principal, while an Event of Default continues
    PAST_DUE = "past_due"  # each installment's unpaid amount, from its due date until paid


@dataclass(frozen=True, slots=True)
class DefaultTerms:
    """What the note says about default interest and interest after maturity (``[default]``).

    ``applies_to``: see :class:`DefaultInterestBasis` (``balance``, today's rule, when absent).
    ``post_maturity_margin``: from maturity on, unpaid principal accrues this much above the
    contract rate without any event (within ``interest.max_rate``); None: the contract rate
    continues after maturity.
    """

    applies_to: DefaultInterestBasis = DefaultInterestBasis.BALANCE
    post_maturity_margin: Decimal | None = None


@dataclass(frozen=True, slots=True)
class PremiumStep:
    """Principal prepaid before ``until`` carries a premium of ``percent`` of the principal prepaid."""

    until: date
    percent: Decimal


@dataclass(frozen=True, slots=True)
class YieldMaintenance:
    """A make-whole premium: what the lender loses by reinvesting the principal prepaid at the
    treasury rate instead of the note's rate until maturity, discounted at the treasury rate.

    ``index`` names the treasury rate, recorded as :class:`~promissory.core.events.RateFixing`
    events of that index (the latest on or before the prepayment day applies); ``spread`` is added
    to it for discounting and for the comparison; ``frequency`` is how the lost interest is
    counted (periods back from maturity); ``minimum_percent`` is the least premium ("the greater
    of 1% and yield maintenance").  The formula is in :mod:`promissory.core.premiums`.
    """

    index: str
    frequency: Frequency = Frequency.MONTHLY
    spread: Decimal = Decimal(0)
    minimum_percent: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class PrepaymentTerms:
    """Whether the note may be prepaid and at what premium ("without premium or penalty": none).

    ``lockout_until``: no prepayment before this date ("the Note may not be prepaid prior to the
    first anniversary"); ``minimum``: a partial prepayment of less principal is not accepted
    ("any partial prepayment shall be in an amount of not less than $10,000").
    ``yield_maintenance``: a make-whole instead of the step-down ``premium`` (at most one of the
    two).  With ``premium_on_acceleration`` the premium stays owed after the note is accelerated
    (as if the borrower had prepaid on the day it pays); without it, acceleration ends it.
    """

    allowed: bool = True
    premium: tuple[PremiumStep, ...] = ()
    lockout_until: date | None = None
    minimum: Decimal | None = None
    yield_maintenance: YieldMaintenance | None = None
    premium_on_acceleration: bool = False

    def refusal(self, day: date, prepaid: Decimal, in_full: bool) -> str | None:
        """Why the terms do not let ``prepaid`` of principal be prepaid on ``day`` (``in_full``:
        the payment pays all the principal), or None when they do (maturity and acceleration
        are the caller's: everything is due then)."""
        if not self.allowed:
            return "the note may not be prepaid before maturity"
        if self.lockout_until is not None and day < self.lockout_until:
            return f"the note may not be prepaid before {self.lockout_until}"
        if self.minimum is not None and not in_full and prepaid < self.minimum:
            return f"a partial prepayment must be at least {self.minimum} of principal"
        return None


@dataclass(frozen=True, slots=True)
class TransferTerms:
    """Restrictions on transfer: the seed note's Securities Act legend restricts it."""

    restricted: bool = False
    legend: str | None = None


@dataclass(frozen=True, slots=True)
class CollateralTerms:
    """What the security agreement asks of the collateral securing the note.

    ``minimum_coverage``: collateral value ÷ payoff below this ratio is warned of (``1.25`` asks
    for collateral worth 125% of what is owed); ``None`` means no test.  ``lapse_warning_days``:
    how long before a financing statement lapses the register starts warning (UCC 9-515).

    ``advance_rate``: the note lends against its collateral (a borrowing base).  Advances are
    available only up to this fraction of the pledged value after haircuts, less the principal
    outstanding, and within the commitment (``0.75``: 75 cents lent per dollar of collateral);
    ``None`` means the commitment alone limits advances.  ``release_price``: with a borrowing
    base, the lender releases an asset only once principal of this multiple of the asset's
    allocated loan amount (advance rate × its value after haircut) is paid (``1.10``: 110%);
    ``None`` means a release asks no price unless it states one.  The rules and a worked example
    are in :mod:`promissory.core.borrowing_base`.
    """

    minimum_coverage: Decimal | None = None
    lapse_warning_days: int = 180
    advance_rate: Decimal | None = None
    release_price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class OidPricing:
    """How the OID rules price each advance (the optional ``[oid]`` table; ``docs/oid.md``).

    ``points`` is the fraction of each advance the borrower pays the lender as points or fees
    (``0.01`` = 1%); it lowers that advance's issue price (26 CFR 1.1273-2(g)(2)).  When
    ``note_fair_value`` and ``warrant_fair_value`` are given, the note was issued with a warrant
    as an investment unit: each advance (less points) is allocated to the note by relative fair
    market value, note / (note + warrant) (1.1273-2(h)); ``warrant`` describes the warrant.
    ``accrual_months`` and ``yield_places`` are the accrual options of the constant-yield schedule;
    ``accrual_rule`` (``back_from_maturity``, ``from_issue``, ``calendar_year``) lays out its periods
    and ``short_period`` (``simple``, ``compound``) says how a short one compounds (None: the
    defaults, back from maturity and simple; see ``core/oid/accrual.py``).
    """

    points: Decimal = Decimal(0)
    note_fair_value: Decimal | None = None
    warrant_fair_value: Decimal | None = None
    warrant: str | None = None
    accrual_months: int | None = None
    yield_places: int | None = None
    accrual_rule: str | None = None
    short_period: str | None = None


@dataclass(frozen=True, slots=True)
class Terms:
    """The terms of one note.  Field names follow the terms file (``docs/terms-format.md``)."""

    id: str
    borrower: Party
    lender: Party
    issue_date: date
    currency: str
    commitment: Decimal
    maturity: date
    interest: InterestTerms
    revolving: bool = False
    draw_period_end: date | None = None  # None: advances may be made until maturity
    prepayment: PrepaymentTerms = field(default_factory=PrepaymentTerms)
    waterfall: tuple[Bucket, ...] = DEFAULT_WATERFALL
    rounding: RoundingPolicy = field(default_factory=RoundingPolicy)
    governing_law: str | None = None
    place_of_payment: str | None = None
    loan_agreement: str | None = None
    security_agreement: str | None = None  # None: unsecured
    transfer: TransferTerms = field(default_factory=TransferTerms)
    collateral: CollateralTerms = field(default_factory=CollateralTerms)
    oid_legend: bool = False
    title: str | None = None
    oid: OidPricing | None = None  # the [oid] table: how each advance is priced for OID
    schedule: PaymentSchedule | None = None  # the [schedule] table: installments (None: none)
    #: "payable on demand": due when the holder demands payment (a Demand event sets the due
    #: date), or at ``maturity`` if the note states one and no demand comes first
    payable_on_demand: bool = False
    demanded_on: date | None = None  # the day demand was made (set by a Demand event)
    late_charge: LateChargeTerms | None = None  # the [late_charge] table (None: no late charge)
    default: DefaultTerms = field(default_factory=DefaultTerms)  # the [default] table
    escrow: EscrowTerms | None = None  # the [escrow] table (None: the note collects no escrow)
    fees: tuple[FeeTerms, ...] = ()  # the [[fees]] tables (at most one of each kind)

    def fee(self, kind: FeeKind) -> FeeTerms | None:
        """The note's fee of ``kind``, or None."""
        for fee in self.fees:
            if fee.kind is kind:
                return fee
        return None

    def __post_init__(self) -> None:
        check_date(self.issue_date, "issue date")
        check_date(self.maturity, "maturity")
        if self.draw_period_end is not None:
            check_date(self.draw_period_end, "draw period end")

    @property
    def due_date(self) -> date | None:
        """When the whole note is due: maturity; for a note payable on demand with no stated
        maturity, None until demand is made (``maturity`` then holds :data:`OPEN_MATURITY`, a
        bound no figure reaches, and no output shows it)."""
        if self.payable_on_demand and self.maturity == OPEN_MATURITY:
            return None
        return self.maturity

    @property
    def last_draw_date(self) -> date:
        """The last day on which an advance may be made."""
        return self.draw_period_end if self.draw_period_end is not None else self.maturity
