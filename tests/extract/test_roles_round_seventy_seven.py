"""The seventy-seventh round of issue 16: makers of first-person notes who only sign, in forms the
seen parts hold and the rules missed (a count over all 184 seen parts found 42 such notes with the
maker's name in the last 400 characters):

* "— Witness my hand Joseph Warren." after the promise, or "Witness my hand and seal on this … day
  of …, 1879. Sarah Boggess.": the name after "Witness my hand";
* a catalogue's description of the signature, before or after the quoted promise: 'Signed "David
  Crockett."', "Signed at the conclusion by a Samuel Clark, and countersigned by …";
* a quotation closed by a single mark ("… in gold. / July 17, 1862. Abijah Whetstone.’") or a
  signer set off by a dash ("–John Johnson”").

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_name_after_witness_my_hand() -> None:
    found = extract_text(
        "“Salem June 2d. 1771, I Promise to pay Mr. Amos Peabody, or order Six pounds Lawful "
        "Money on demand, with Lawful Interest till paid, for Value received — Witness my hand "
        "Nathaniel Ropes.”\n"
    )
    assert _value(found, "borrower") == "Nathaniel Ropes"


def test_the_name_after_witness_my_hand_and_seal_on_a_day() -> None:
    found = extract_text(
        "“For value received, I promise to pay to John Fleming the sum of two hundred dollars "
        "with interest from date. Witness my hand and seal on this 3rd day of May, 1881. Mary "
        "Hollis. [Seal.]”\n"
    )
    assert _value(found, "borrower") == "Mary Hollis"


def test_a_signature_a_catalogue_describes_before_the_promise() -> None:
    found = extract_text(
        'Autograph note, one page, Richmond, Virginia, March 3, 1834. Signed "Henry Clay." The '
        'note reads: "Ninety days after date, I promise to pay to the order of J. B. Ward, four '
        'hundred dollars for value received."\n'
    )
    assert _value(found, "borrower") == "Henry Clay"


def test_a_signature_a_catalogue_describes_after_the_promise() -> None:
    found = extract_text(
        "“Concord, May 4th, 1770. For Value received I promise to pay Ephraim Jones or his order "
        "Four Pounds of lawfull money on demand.\n\nSigned at the conclusion by a Thomas Hubbard, "
        "and witnessed by Jonas Minot.\n"
    )
    assert _value(found, "borrower") == "Thomas Hubbard"


def test_a_quotation_closed_by_a_single_mark() -> None:
    found = extract_text(
        "‘$80.00. On or before the first of June next, for value received, I promise to pay "
        "Henry Cobb eighty dollars, with eight per cent interest from date.\n\n"
        "April 2, 1866. Lemuel Tracy.’\n"
    )
    assert _value(found, "borrower") == "Lemuel Tracy"


def test_a_signer_set_off_by_a_dash() -> None:
    found = extract_text(
        "“$50\nDayton, Ohio, June 1, 1872\nOne year after date, I promise to pay to the "
        "trustees of the Seminary, fifty dollars, without interest, to be used for its library.\n"
        "–Amos Kline”\n"
    )
    assert _value(found, "borrower") == "Amos Kline"
