"""The note rendered from its terms reads like the seed note (so the extractor reads it back)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from promissory.core.terms import Bucket, PremiumStep, PrepaymentTerms, Terms, TransferTerms
from promissory.render import Format, render_note


def flat(text: str) -> str:
    """Whitespace collapsed, so phrases match across the 80-column line breaks."""
    return " ".join(text.split())


_REPO = Path(__file__).resolve().parents[2]
#: The seed note, from the shared folder beside the repository (CI) or the workplace's.
SEED = next(
    (
        base / "shared" / "seeds" / "promissory-note-2001-10-05.txt"
        for base in (_REPO.parent, _REPO.parent.parent)
        if (base / "shared" / "seeds" / "promissory-note-2001-10-05.txt").exists()
    ),
    _REPO / "missing-seed.txt",
)

#: Phrases of the seed note the extractor's rules look for; each must appear in the rendering.
SEED_PHRASES = [
    'Valence Technology, Inc., a Delaware corporation ("BORROWER"), for value received, hereby '
    'promises to pay to the order of Berg & Berg Enterprises, LLC ("LENDER"), in lawful money of '
    "the United States of America, the aggregate principal amount of Twenty Million Dollars "
    "($20,000,000.00) or, if less, the aggregate amount of all Loans (as defined in the Loan "
    "Agreement defined in paragraph 4, below) as set forth on the attached Schedule A",
    "Dated: October 5, 2001",
    "shall be due and payable in full on September 30, 2005 or such earlier date as may be "
    "provided in the Loan Agreement.",
    "Interest shall be due on the unpaid principal balance of this Note from time to time at the "
    "rates set forth in the Loan Agreement",
    "This Note may, without premium or penalty, be prepaid in whole or in part, prior to the "
    "stated maturity date as provided in the Loan Agreement.",
    "No amounts prepaid hereunder may be reborrowed.",
    "3. PLACE AND MANNER OF PAYMENT. All amounts payable hereunder shall be payable in immediately "
    "available funds to Lender at 10050 Bandley Drive, Cupertino, CA 95014, unless another place "
    "of payment is specified in writing by Lender. All payments shall be made in immediately "
    "available funds.",
    "This Note evidences indebtedness incurred under that certain Loan Agreement between Borrower "
    "and Lender",
    "is secured by a security interest granted pursuant to that certain Security Agreement "
    "between Borrower and Lender",
    "7. GOVERNING LAW. This Note shall be governed by, and construed and enforced in accordance "
    "with, the laws of the State of California, excluding conflict of laws principles that would "
    "cause the application of laws of any other jurisdiction.",
    "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED OR UNDER ANY "
    "STATE SECURITIES LAWS.",
    'THIS NOTE WILL BE ISSUED WITH ORIGINAL ISSUE DISCOUNT ("OID") WITHIN THE MEANING OF '
    "SECTION 1275 OF THE INTERNAL REVENUE CODE OF 1986, AS AMENDED. THE ISSUE DATE OF THIS NOTE IS "
    "OCTOBER 5, 2001.",
    "TO RECEIVE A CALCULATION OF THE ISSUE PRICE OF THIS NOTE, THE YIELD TO MATURITY AND THE "
    "AMOUNT OF OID ON THIS NOTE.",
    "2. RECORD OF PAYMENTS. All Loans and all prepayments and repayments of principal and interest "
    "with respect to this Note shall be evidenced by notations made by Lender on Schedule A",
    "6. WAIVER; EXPENSES. Borrower waives presentment and demand for payment",
    "8. SUCCESSORS AND ASSIGNS. The provisions of this Note shall inure to the benefit of and be "
    "binding on any successor to Borrower and shall extend to any holder hereof.",
    "IN WITNESS WHEREOF, the undersigned has duly executed this Promissory Note as of the first "
    "date above written.",
]


@pytest.mark.parametrize("fmt", [Format.TXT, Format.MD])
@pytest.mark.parametrize("phrase", SEED_PHRASES, ids=lambda p: p[:40])
def test_the_seed_terms_render_in_the_seed_words(
    seed_terms: Terms, fmt: Format, phrase: str
) -> None:
    text = flat(render_note(seed_terms, fmt).text).replace("**", "")
    assert flat(phrase) in text


@pytest.mark.skipif(not SEED.exists(), reason="the seed documents live in the shared folder")
def test_the_phrases_are_the_seed_notes_own() -> None:
    """Guard the list above: each phrase is word for word the seed note's."""
    seed = flat(SEED.read_text())
    for phrase in SEED_PHRASES:
        assert flat(phrase) in seed, phrase


def test_the_text_note_is_typed_like_the_seed(seed_terms: Terms) -> None:
    text = render_note(seed_terms, "txt").text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert (
        "$20,000,000.00"
        in text.splitlines()[text.splitlines().index("Dated:  October 5, 2001") - 3]
    )
    assert '     Valence Technology, Inc., a Delaware corporation ("BORROWER"), for value' in text
    assert "VALENCE TECHNOLOGY, INC.," in text
    assert "a Delaware Corporation" in text


def test_the_note_states_the_rates_of_the_terms(seed_terms: Terms) -> None:
    text = flat(render_note(seed_terms, "txt").text)
    assert (
        "at the rates set forth in the Loan Agreement, being eight percent (8%) per annum simple "
        "interest, computed on the basis of a 360-day year for actual days elapsed, including the "
        "first day but excluding the last day, and, while an Event of Default continues, an "
        "additional two percent (2%) per annum. Accrued interest shall be payable at maturity."
        in text
    )
    assert (
        "Interest shall be computed exactly and rounded to the nearest cent, one-half cent rounded "
        "up." in text
    )
    assert "No Loan shall be made after September 30, 2003." in text


def test_the_note_states_every_bucket_of_the_waterfall(seed_terms: Terms) -> None:
    """The seed note names only accrued interest; the terms put expenses and default interest
    ahead of it, and a rendered note says so (so that the order reads back)."""
    text = flat(render_note(seed_terms, "txt").text)
    assert (
        "Any partial prepayment shall be applied first to Lender Expenses, then to interest "
        "accrued at the default rate, then to unpaid accrued interest and the balance, if any, "
        "shall be applied to principal." in text
    )


def test_other_terms_change_the_clauses(seed_terms: Terms) -> None:
    terms = dataclasses.replace(
        seed_terms,
        revolving=True,
        loan_agreement=None,
        security_agreement=None,
        governing_law="New York",
        oid_legend=False,
        transfer=TransferTerms(restricted=False),
        prepayment=PrepaymentTerms(premium=(PremiumStep(date(2003, 10, 5), Decimal(2)),)),
        waterfall=(Bucket.INTEREST, Bucket.EXPENSES, Bucket.PRINCIPAL),
        interest=dataclasses.replace(
            seed_terms.interest, rate=Decimal("0.0825"), max_rate=Decimal("0.10")
        ),
    )
    text = flat(render_note(terms, "txt").text)
    assert "Loan Agreement" not in text
    assert "SECURITIES ACT" not in text
    assert "ORIGINAL ISSUE DISCOUNT" not in text
    assert "Amounts prepaid hereunder may be reborrowed on or before September 30, 2003" in text
    assert (
        "upon payment of a premium of two percent (2%) of the principal prepaid before October 5, 2003"
        in text
    )
    assert (
        "applied first to unpaid accrued interest, then to Lender Expenses and the balance, if any, shall be applied to principal"
        in text
    )
    assert "8.25 percent (8.25%) per annum simple interest" in text
    assert "in no event more than ten percent (10%) per annum" in text
    assert "the laws of the State of New York" in text
    assert "This Note is not issued under any other agreement and is unsecured." in text


def test_restricted_transfer_without_words_takes_the_seed_legend(seed_terms: Terms) -> None:
    terms = dataclasses.replace(seed_terms, transfer=TransferTerms(restricted=True))
    text = flat(render_note(terms, "txt").text)
    assert "OR UNLESS SOLD PURSUANT TO RULE 144 OF SUCH ACT." in text


def test_html_escapes_the_parties(seed_terms: Terms) -> None:
    html = render_note(seed_terms, "html").text
    assert "Berg &amp; Berg Enterprises, LLC" in html
    assert "Berg & Berg" not in html
