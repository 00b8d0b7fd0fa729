"""The seventieth round of issue 16: misses of ``heldout-fi``, ``heldout-fj`` and ``heldout-fk``
after their first and only scores.

* a rate after default over an index, not over the note's rate: "the rate of P+ 2.0000% per
  annum"; "the prime interest rate then in effect as published in the Wall Street Journal … as it
  may change from time to time plus five percent (5%) per annum";
* "Windsor on the River, LLC (the “Borrower”)": "on the" inside a name;
* "the earlier of: (i) October 12, 2007 if the financing … has not closed …; (ii) October 5, 2008,
  and (iii) …": the later option past the first one's semicolon, and not the option that holds
  only "if";
* old notes: "(Signed) “ Thos. B. Lee. [l. s.]" (a given name's abbreviation), "[Signed]
  Cumberland Lumber Co. Geo. Benedict, Prest." (a company ends at its kind), "JOHN SPENCE.
  [Seal.]", "to the order of ■George B. Nye" (a scan's box), "April 1 st, 1889", "payable to the
  promisee or assigns on demand".

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from role_notes import value as _value

from promissory.extract import extract_file, extract_text


def test_a_default_rate_over_prime_is_not_a_margin_over_the_notes_rate() -> None:
    for words in (
        "Interest after maturity (whether by reason of acceleration or otherwise) shall be paid on "
        "the unpaid balance at the rate of P+ 2.0000% per annum.",
        "In the event of default, the interest thereafter shall be the prime interest rate then in "
        "effect as published in the Wall Street Journal on that date (or a comparable rate if the "
        "Wall Street Journal shall cease to publish the prime rate) as it may change from time to "
        "time plus five percent (5%) per annum or the maximum rate allowed by law, whichever is "
        "less.",
    ):
        found = extract_text(
            "For good and valuable consideration Green Hygienics Holdings Inc. (“Maker“) hereby "
            "promises to pay to the order of Primordia, LLC (“Holder”) Four Hundred Six Thousand "
            "One Hundred Thirty-Seven Dollars ($406,137.00) with interest at the rate of four and "
            "75/100th percent (4.75%) per annum. " + words + "\n"
        )
        assert _value(found, "interest.default_margin") is None, words


def test_on_the_inside_a_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE (SERIES 2007A)\nFOR VALUE RECEIVED, intending to be legally bound hereby, "
        "Windsor on the River,\nLLC (the “Borrower”), hereby promises to pay to The Bank of New "
        "York Trust\nCompany, N.A. (the “Trustee”) the principal sum of $24,000,000.\n"
    )
    assert _value(found, "borrower") == "Windsor on the River, LLC"


def test_the_unconditional_option_of_an_earlier_of() -> None:
    found = extract_text(
        "October 5, 2007\nFOR VALUE RECEIVED, the undersigned, Advanced BioEnergy, LLC "
        "(“Borrower”), hereby promises to pay to the order of ICM, Inc. (“Creditor”), the "
        "principal sum of $2,500,000.00.\n1. Payment. This Note shall be due and payable in full on "
        "the earlier of: (i) October 12, 2007 if the financing contemplated by the West LB Credit "
        "Agreement has not closed and initially funded, as more fully provided in that certain "
        "Certificate; (ii) October 5, 2008, and (iii) the “Conversion Date” under the West LB "
        "Credit Agreement.\n"
    )
    assert _value(found, "maturity") == dt.date(2008, 10, 5)


def test_a_signer_whose_given_name_is_abbreviated() -> None:
    found = extract_text(
        "“$1616.51.\n“ One day after date we, or either of us, promise to pay W. S. Sharpe, trustee, "
        "one thousand six hundred and sixteen 51-100 dollars, for value received.\n“May 1st, "
        "1875.\n(Signed) “ Thos. B. Lee. [l. s.]\n“Miriam E. Lee. [l. s.]\n"
    )
    assert _value(found, "borrower") == "Thos. B. Lee"


def test_a_company_signer_ends_at_its_kind() -> None:
    found = extract_text(
        '"$500. Nashville, May 13, 1895. Sixty days after date we promise to pay to the order of '
        "Rice Bros. five hundred dollars, value received. [Signed] Cumberland Lumber Co. Geo. "
        'Benedict, Prest., by O. Ewing, Tr.,"\n'
    )
    assert _value(found, "borrower") == "Cumberland Lumber Co."


def test_a_signer_in_capitals_before_a_bracketed_seal() -> None:
    found = extract_text(
        "‘ $250.00. Springfield, O., Dec. 17, 1885. On the 1st day of Oct., 1887, I promise to pay "
        "to E. S. Clark, or bearer, two hundred and fifty dollars, for value received. Witness our "
        "hands and seals. JOHN SPENCE. [Seal.] Post-office, North Hampton.’\n"
    )
    assert _value(found, "borrower") == "JOHN SPENCE"


def test_a_scans_box_before_a_name(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "“14,000.00. Detroit, Oct. 21, 1881.\n“ On demand after date I promise to pay to the order "
        "of ■George B. Nye fourteen thousand dollars, value received.\n“Harvey King.”\n",
        encoding="utf-8",
    )
    found = extract_file(note)
    assert _value(found, "lender") == "George B. Nye"
    assert _value(found, "commitment") == Decimal("14000.00")


def test_a_space_before_the_ordinal() -> None:
    found = extract_text(
        "“ Onarga, Ill., April 1 st, 1889.\n“One year after date for value received I promise to "
        "pay Mrs. Maria Skinner or order four hundred and sixty-six dollars with interest.\n"
    )
    assert _value(found, "issue_date") == dt.date(1889, 4, 1)


def test_payable_to_the_promisee_on_demand() -> None:
    found = extract_text(
        '"For value received, we, the undersigned, jointly and severally promise to pay to the '
        "order of Horn's Crop Service Center, Inc., Sixty Thousand Dollars ($60,000.00) with "
        "interest at Fifteen Percent (15%) per annum. This note shall be payable to the promisee "
        "or assigns on demand.\n"
    )
    assert _value(found, "demand") is True
