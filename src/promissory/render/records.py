"""The records rendering takes and gives: formats, a rendered document, and the render-side inputs
of the release and the OID holder statement.

``ReleaseFigures`` and ``OidStatementFigures`` are deliberately small: they carry exactly what the
documents print.  The settlement record and the OID holder statement are built elsewhere and are
turned into these records by the application layer, so a template never depends on how those
modules store their data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from promissory.core.money import EXACT
from promissory.core.terms import Party
from promissory.errors import InvalidInput

__all__ = [
    "Format",
    "OidStatementFigures",
    "OidYearFigures",
    "ReleaseFigures",
    "Rendered",
    "Signatory",
]


class Format(Enum):
    """An output format; the value is the name used on the command line and in template names."""

    TXT = "txt"  # plain text, wrapped at 80 columns like the seed documents
    MD = "md"  # Markdown
    HTML = "html"  # a standalone HTML page with print styles
    PDF = "pdf"  # the HTML page laid out by WeasyPrint

    @classmethod
    def parse(cls, value: str | Format) -> Format:
        if isinstance(value, Format):
            return value
        try:
            return cls(value.lower().lstrip("."))
        except ValueError:
            known = ", ".join(f.value for f in cls)
            raise InvalidInput(f"format {value!r} is not one of {known}") from None

    @property
    def media_type(self) -> str:
        return {
            Format.TXT: "text/plain; charset=utf-8",
            Format.MD: "text/markdown; charset=utf-8",
            Format.HTML: "text/html; charset=utf-8",
            Format.PDF: "application/pdf",
        }[self]


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered document: which one, in which format, and its bytes (UTF-8 for text formats)."""

    document: str
    format: Format
    data: bytes

    @property
    def is_text(self) -> bool:
        return self.format is not Format.PDF

    @property
    def text(self) -> str:
        if not self.is_text:
            raise InvalidInput(f"{self.document} rendered as PDF has no text form; use .data")
        return self.data.decode("utf-8")


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs for a party, as the signature block prints it: "Carl E. Berg, Managing Member"."""

    name: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ReleaseFigures:
    """What a letter agreement and release says: the parties, the loan, and what pays it.

    ``lender`` and ``borrower`` are the parties; ``lender_short`` and ``borrower_short`` the names
    the letter calls them by ("Berg", "Valence").  ``effective`` is the date the agreement is made
    effective.  ``loan_principal`` and ``loan_interest`` are the loan's outstanding balances on that
    date; ``loan_agreement`` describes the agreement ("the Loan Agreement ... dated February 24,
    2001" is written as ``"dated February 24, 2001"`` or a fuller description).  The borrower pays
    by assigning notes receivable pledged as collateral — ``assigned_principal`` and
    ``assigned_interest`` (zero when nothing is assigned), described by ``assigned_description`` —
    and by paying ``cash`` in immediately available funds.  ``governing_law`` is the state whose law
    governs (California adds the Civil Code Section 1542 waiver).

    In the seed letter: 17,500,000.00 + 1,140,370.41 = 17,533,226.80 + 951,754.93 + 155,388.68.
    When the consideration is less than the loan, the difference is released (:attr:`forgiven`);
    consideration greater than the loan is refused, since nobody pays more than is owed in full.
    """

    effective: date
    lender: Party
    borrower: Party
    lender_short: str
    borrower_short: str
    currency: str
    loan_principal: Decimal
    loan_interest: Decimal
    loan_agreement: str
    cash: Decimal
    assigned_principal: Decimal = Decimal(0)
    assigned_interest: Decimal = Decimal(0)
    assigned_description: str = "notes receivable"
    governing_law: str | None = None
    lender_signatory: Signatory = Signatory()
    borrower_signatory: Signatory = Signatory()

    def __post_init__(self) -> None:
        for name in (
            "loan_principal",
            "loan_interest",
            "cash",
            "assigned_principal",
            "assigned_interest",
        ):
            value = getattr(self, name)
            if not isinstance(value, Decimal):
                raise TypeError(f"{name} {value!r} is a {type(value).__name__}, not a Decimal")
            if value < 0:
                raise InvalidInput(f"{name} {value} must not be negative")
        if self.consideration > self.loan_total:
            raise InvalidInput(
                f"the consideration {self.consideration} exceeds the loan "
                f"{self.loan_principal} + {self.loan_interest} = {self.loan_total}"
            )

    @property
    def loan_total(self) -> Decimal:
        return EXACT.add(self.loan_principal, self.loan_interest)

    @property
    def assigned_total(self) -> Decimal:
        return EXACT.add(self.assigned_principal, self.assigned_interest)

    @property
    def assigns_notes(self) -> bool:
        return bool(self.assigned_total)

    @property
    def consideration(self) -> Decimal:
        return EXACT.add(self.assigned_total, self.cash)

    @property
    def forgiven(self) -> Decimal:
        """What the lender gives up: the loan less the consideration (zero in the seed letter)."""
        return EXACT.subtract(self.loan_total, self.consideration)


@dataclass(frozen=True, slots=True)
class OidYearFigures:
    """One calendar year of the holder statement: OID the holder includes in income that year."""

    year: int
    holder_oid: Decimal
    issuer_deduction: Decimal | None = None


@dataclass(frozen=True, slots=True)
class OidStatementFigures:
    """What the OID legend promises the holder: issue price, yield to maturity and amount of OID.

    Field names follow the OID module's holder statement so it maps onto this one to one.
    ``yield_percent`` is a percent (12.00 means 12%), compounded ``yield_compounding``;
    ``srpm`` the stated redemption price at maturity; ``total_oid`` = srpm − issue price unless the
    OID is de minimis (then ``de_minimis`` is true and ``de_minimis_reason`` says why).
    ``issuer`` is who answers the legend; ``holder`` who asked (optional).
    """

    name: str
    issuer: Party
    currency: str
    issue_date: date
    maturity: date
    issue_price: Decimal
    srpm: Decimal
    total_oid: Decimal
    yield_percent: Decimal
    yield_compounding: str
    years: tuple[OidYearFigures, ...]
    statement_date: date
    issue_price_basis: str = ""
    qsi_total: Decimal = Decimal(0)
    de_minimis: bool = False
    de_minimis_reason: str = ""
    holder: Party | None = None
    contact: str | None = None  # "Chief Financial Officer, 301 Conestoga Way, Henderson, Nevada"
    #: the two terms of the computation, in words: "periods of 12 months, counted back from
    #: maturity; a short period at simple interest, r × f (26 CFR 1.1272-1(j))"
    accrual: str = ""
