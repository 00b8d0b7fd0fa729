"""The parties to a document, their descriptions and their roles.

A party is introduced by its legal name followed by a defined term in quotation marks and, before
or after it, a description of what it is and where it is organised::

    Valence Technology, Inc., a Delaware corporation ("BORROWER")
    Berg & Berg Enterprises, LLC ("LENDER")
    Berg & Berg Enterprises, LLC, ("Berg") a California limited liability company
    Valence Technology, Inc. ("Valence"), a Delaware corporation

The **name** is a run of capitalised words (``&`` allowed) ending in an entity suffix (``Inc.``,
``LLC``, ``L.P.``, ``Corporation``, ``Company``, ``Ltd.``, ``N.A.``, ``Bank``); individuals are not
recognised.  The **description** ``a[n] <Jurisdiction> <entity type>`` gives the jurisdiction
(one or two capitalised words) and the entity type (corporation, limited liability company, ...).

**Roles.**  A defined term that names a role decides it: ``Borrower``, ``Maker``, ``Company``,
``Issuer`` → borrower; ``Lender``, ``Holder``, ``Payee``, ``Bank`` → lender.  When the defined terms
are short names (``"Berg"``), the role comes from what the text says the party does: the one to
whom money is to be *paid* (``pay to Berg``, ``to the order of``) or to whom collateral is
*pledged* (``pledged as collateral to Berg``) is the lender, and in a two-party document the other
one is the borrower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from promissory.extract.phrases import STATES, sentence_bounds
from promissory.extract.span import SourceText, Span, squash

#: A Canadian province or the country, as a numbered company's name has it ("2323414 Alberta Ltd").
_PROVINCE = (
    r"(?:Alberta|Ontario|Qu[eé]bec|Manitoba|Saskatchewan|British\s+Columbia|B\.\s?C\.|Nova\s+Scotia"
    r"|New\s+Brunswick|Newfoundland|Canada)"
)
_SUFFIX = (
    r"(?:Inc\.|INC\.|Incorporated|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.|Limited|Corporation|Corp\."
    r"|Company|Co\.|N\.A\.|Bank|Trust)"
)
_CAPWORD = r"(?:\b[A-Z][A-Za-z0-9'.\-]*|&)"
_NAME = (  # not from the middle of a word ("M&I Bank" is not "I Bank")
    # (the spaces between two words split one way only: "[ \t]+\n?[ \t]*" could split a run of
    # spaces anywhere, and a header's row of words set apart by runs of spaces took seconds)
    rf"(?P<name>(?<![&\w]){_CAPWORD}(?:[ \t]+(?:\n[ \t]*)?{_CAPWORD}|\n[ \t]*{_CAPWORD}){{0,8}}?,?\s+{_SUFFIX})"
)
_ENTITY = (
    r"(?:corporation|limited\s+liability\s+company|limited\s+partnership|general\s+partnership"
    r"|national\s+banking\s+association|banking\s+corporation|partnership|statutory\s+trust|trust)"
)
_JURISDICTION = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"


def _description(tag: str) -> str:
    return rf"(?:,?\s*an?\s+(?P<juris{tag}>{_JURISDICTION})\s+(?P<entity{tag}>{_ENTITY})\b)"


_ALIAS = r"\(\s*[\"“](?P<alias>[^\"”\n]{1,40})[\"”]\s*\)"
PARTY: Final = re.compile(rf"{_NAME}{_description('1')}?\s*,?\s*{_ALIAS}{_description('2')}?")

BORROWER_TERMS: Final = frozenset({"borrower", "maker", "company", "issuer", "obligor"})
LENDER_TERMS: Final = frozenset({"lender", "holder", "payee", "bank", "noteholder"})


@dataclass(frozen=True, slots=True)
class Party:
    """A party as introduced: name, defined term, and the description if one is given."""

    name: str
    name_span: Span
    alias: str
    alias_span: Span
    entity_type: str | None
    entity_span: Span | None
    jurisdiction: str | None
    jurisdiction_span: Span | None

    @property
    def role_by_term(self) -> str | None:
        """``borrower`` or ``lender`` when the defined term itself names the role."""
        term = self.alias.strip().lower()
        if term in BORROWER_TERMS:
            return "borrower"
        if term in LENDER_TERMS:
            return "lender"
        return None


def find_parties(source: SourceText) -> tuple[Party, ...]:
    """Every party introduction in the document, first introduction of each name only."""
    parties: list[Party] = []
    seen: set[str] = set()
    for match in PARTY.finditer(source.text):
        name = squash(match.group("name"))
        before = source.text[max(0, match.start("name") - 6) : match.start("name")]
        if name in seen or re.search(r"\b(?:a|an)\s+$", before, re.IGNORECASE):
            continue  # "NTS GUARANTY CORPORATION, a Kentucky Corporation ("Payee")": a description
        name_span = source.match_span(match, "name")
        # ("FOR\nVALUE RECEIVED UNITED DEVELOPMENT FUNDING, L.P., a Nevada limited partnership
        # (“Borrower”)": the opening words in capitals run into the name)
        # (and a numbered heading's last word: "1. Promise to Pay. Birch Branch, Inc.")
        # (or "FOR CASH RECEIVED, HYLETE, INC.")
        opening = re.match(r"F[O0]R\s+(?:VALUE|CASH)\s+RECEIVED,?\s+|(?-i:Pay)[.:]\s+(?=[A-Z])",
                           match.group("name"), re.IGNORECASE)  # fmt: skip
        if opening:
            start = match.start("name") + opening.end()
            name_span = source.span(start, match.end("name"))
            name = squash(source.text[start : match.end("name")])
        seen.add(name)
        tag = "1" if match.group("entity1") else "2" if match.group("entity2") else None
        parties.append(
            Party(
                name=name,
                name_span=name_span,
                alias=match.group("alias").strip(),
                alias_span=source.match_span(match, "alias"),
                entity_type=squash(match.group(f"entity{tag}")).lower() if tag else None,
                entity_span=source.match_span(match, f"entity{tag}") if tag else None,
                jurisdiction=squash(match.group(f"juris{tag}")) if tag else None,
                jurisdiction_span=source.match_span(match, f"juris{tag}") if tag else None,
            )
        )
    return tuple(parties)


def payee_evidence(source: SourceText, party: Party) -> list[re.Match[str]]:
    """Places where the text says money is paid, or collateral pledged, to this party."""
    alias = re.escape(party.alias)
    name = r"\s+".join(re.escape(w) for w in party.name.split())
    target = rf"(?:{alias}|{name})\b"
    patterns = (
        rf"\bpay\s+to\s+(?:the\s+order\s+of\s+)?{target}",
        rf"\bcollateral\s+to\s+{target}",
        rf"\b{target}\s+has\s+agreed\s+to\s+accept\b",
    )
    return [m for p in patterns for m in re.finditer(p, source.text, re.IGNORECASE)]


#: Where a party's name ends: its description, address, defined term or the rest of the sentence.
#: A person's office after the name: "Donald B. Cohen, Vice President of The Quantum Group, Inc."
_OFFICE: Final = r",\s+(?:Vice\s+)?President\s+of\b"
_NAME_END: Final = re.compile(
    r",?\s+(?:an?\s+|(?i:a/k/a|aka|also\s+known\s+as)\b|having\b|whose\b|located\b|residing\b|which\s+(?:has|is|maintains)\b|c/o\b|doing\s+business\s+as\b|trading\s+(?:and\s+doing\s+business\s+)?as\b|t/a\b|each\s+of\s+(?:which|whom)\b|individually\b|(?:his|her)\s+(?:wife|husband)\b|with\s+(?:an?\s+|its\s+)?(?:address|offices?|principal)\b|acting\s+(?:through|by)\b|at\s+(?:its|their|his|her)\b|of\s+\d|at\s+\d|for\s+itself"
    # (an old report's quotation mark at a line's start: 'to Mr. Joseph Crooke or "bearer'; and a
    # scan's bullet: "I. N. Hollingsworth, •or order")
    r"|[•·]?\s*or\s+[\"“]?(?:to\s+)?(?:its|his|her|their|registered|such|the|[Oo]rder|assigns|bearer"
    r"|holder)\b"
    # (a transcription's "to Danl S. Mosby & Co on order Forty one — Dollars")
    r"|on\s+[Oo]rder\b"
    # (an old note's "to Edward Harding Administrator of John Lackey Deced. the Sum of twenty Eight
    # Dollars")
    r"|(?i:the\s+sum\s+of)\b"
    # (and the payee's office after a person's name, which readers leave off: "B. Gayle, cashier")
    r"|(?i:administrat(?:or|rix)|executor|executrix|cashier)\b"
    # ("to pay to John N. Turner, County Treasurer of Taylor County"; "John Quertermous, special
    # treasurer of Livingston county")
    r"|(?<=,\s)(?i:(?:special|county|city|town)\s+treasurer)\b"
    # ("to the order of J. A. Parker, secretary": his office)
    r"|(?<=,\s)(?-i:secretary|treasurer|president)\b"
    r"|or\s+[-_]{2,}"  # ("AccuStaff Incorporated or ------- registered assigns": a form's rule)
    # (a promise in other words after the maker: "the City of Biddeford will pay at the office")
    r"|(?:will|shall|agrees?\s+to|do(?:es)?\s+hereby\s+promise\s+to)\s+pay\b"
    # ("to the order of Edward J. da Parma his legal representatives, successors"; "EZRaider LLC,
    # its affiliates and assigns (the “Borrower”)")
    # (and "Plastiq Inc., its successor and assigns": the singular)
    r"|(?:his|her|its|their)\s+(?:legal\s+representatives|successors?|heirs|executors|affiliates|subsidiaries|endorsees)\b|and\s+its\b|together\s+with\b"
    # ("Gaming Entertainment (Michigan), LLC": a state in parentheses is part of the name)
    # ("BROOKFIELD BRP HOLDINGS (CANADA) INC.": in capitals too)
    # ("TIERRA DEL SOL RESORT (PHASE 2), LTD.": a phase's number too)
    # ("FIFTH THIRD BANK (CENTRAL INDIANA)": a bank's region in parentheses too)
    # ("INTERNATIONALE NEDERLANDEN (U.S.) CAPITAL CORPORATION": the country in the name)
    r"|\((?!U\.\s?S\.\)\s+[A-Z])(?![A-Z][A-Za-z]+(?:\s+\d{1,3})?\),?\s+(?:LLC|L\.L\.C|Inc|INC|Corp|CORP|LP|L\.P|Ltd|LTD)\b"
    r"|(?<=(?:BANK|Bank)\s\()(?!(?i:lender|holder|payee|bank|noteholder)\))"
    r"[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\)"
    # ("A SPAC (Holdings) Acquisition Corp.": a word in parentheses inside the name)
    r"|[A-Z][a-z]+\)\s+(?:[A-Z][\w&.'-]*\s+){0,3}(?:Corp|Corporation|Inc|LLC|Ltd|Company|Co)\b)|hereby\b|here(?:in)?after\s+(?:referred\b|called\b|[\"“])|herein\s+(?:referred\s+to|called)\b|jointly\b|promises?\b|unconditionally\b|the\s+(?:principal|sum|aggregate)\b"
    r"|in\s+the\s+manner\b|in\s+lawful\s+money\b|at\s+(?:any|the|such)\b|the\s+amount\b|on\s+demand\b|ON\s+DEMAND\b)"
    # (a second payee after "and/or" and a stray full stop: "Karen Y. Duran. And/or Fred M.
    # Montano")
    r"|\.?\s+(?=(?i:and/or)\s+[A-Z])"
    # (", and national banking association": a description after the name, "a" misread)
    r"|,\s+and\s+(?=[a-z])"
    # ("the Decatur Housing Authority(the <br /> "Holder" or "Lender")": its defined term, no space)
    r"|(?<=[a-z])(?=\(the\b)"
    # (a form's rule on the next line: "First American National Bank" / "-------" / "(Payee)")
    # (not a page break's short dashes inside a name: "FLEET REAL ESTATE" / "-----" / "CAPITAL, INC.")
    r"|[ \t]*\n[ \t]*[-_=]{20,}"
    # (a street address after the name: "LONGVIEW EQUITY FUND, LP, 600 Montgomery Street, 44th
    # Floor")
    r"|,\s+(?=\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\."
    r"|Boulevard|Blvd\.|Drive|Dr\.|Lane|Way|Place|Parkway|Plaza|Court)[\s,.])"
    # (",a North Carolina corporation": no space after the comma; ", as trustee under …")
    # (and "Louis Katz, as Agent")
    r"|,(?=an?\s+[A-Z])|,\s+as\s+(?:trustee|agent|Agent|nominee|custodian)\b"
    # (a maker's social security number after his name: "Alvin N. Lubetkin SSN ###-##-####")
    r"|\s+(?=SSN\b|S\.S\.N\.|Social\s+Security\b)"
    # ("MICHAEL J. TRUCANO, as Sellers’ Representative under the Stock Purchase Agreement")
    r"|,\s+as\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){0,3}Representative\b"
    # ("BANK ONE, NA, successor by merger to BANK ONE, TEXAS, N.A., a national banking association")
    r"|,?\s+(?:as\s+)?successor\s+(?:by\s+merger\s+|in\s+interest\s+)?to\b"
    # ("to the order of WILLIAM L. BALLOU at Paris, Texas, the sum of"): the payee's town
    r"|\s+at\s+(?=[A-Z][a-z]+,\s+[A-Z])"
    # ("to the Bank of Cedar Bluffs, Cedar Bluffs, Nebr. or order": its town and state after it)
    rf"|,\s+(?!(?:Incorporated|Limited)\b)"
    rf"(?=(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,\s+(?:(?:{STATES}|[A-Z][a-z]{{1,4}}\.)(?:\s+or\s+order|\s*,|\s*$)|D\.\s?C\.))"
    # ("the City of Elk River, Sherburne County, Minnesota, acknowledges itself": a public body's
    # county after its name)
    r"|,\s+(?=(?:[A-Z][a-z]+\s+){1,2}County,)"
    # ("to the order of John Wagner five hundred dollars": the sum after the name, in words)
    # ("to the order of Edward Lee Shepherd forty-five hundred no-100 dollars": hyphenated too)
    r"|\s+(?=(?-i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    # ("we promise to pay Mahala J. Bush one thousand Dollars for loaned money")
    # (and a form's fraction for the cents, with no unit: "to the order of Anna S. Goodale forty
    # 00/100 at First National Bank")
    r"|sixty|seventy|eighty|ninety)[\s-]|a\s)(?:[^.;\n]{0,80}?\b(?-i:dollars|Dollars|DOLLARS)\b"
    r"|[a-z\s-]{0,40}?\b\d{1,2}/100\b))"
    # (a description with no article: "ANSLEY INVESTMENTS, LLC, Georgia limited liability company")
    r"|,\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:limited\s+liability\s+company|corporation"
    r"|limited\s+partnership|general\s+partnership|nonprofit\s+corporation)\b)"
    # (joint makers described together: ", both Georgia Limited Liability Companies", ", each a
    # Tennessee corporation")
    r"|,\s+(?:both|each)\s+(?:an?\s+)?(?=[A-Z])"
    # ("the National Credit Union Administration as administrator of the … Fund")
    r"|,?\s+as\s+administrator\b"
    # ("NATIONAL CITY BANK OF COLUMBUS, formerly known as National City Bank, Columbus": a former
    # name is not the name)
    r"|,?\s+formerly\b"  # (and "LOCAL OKLAHOMA BANK, N.A., formerly Local Federal Bank")
    # ("to the order of the Iowa Poultry Producers Marketing Association Fifty Dollars at …": the
    # sum in words after the name)
    r"|(?:(?<=Association)|(?<=Company)|(?<=Bank)|(?<=Corporation)|(?<=Society))\s+"
    r"(?=(?i:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|and)[\s-]+)+"
    r"(?:dollars\b|and\b|\(\s*\$)))"
    # ("Donald B. Cohen, Vice President of The Quantum Group, Inc.", "J. V. Felker City Treas.":
    # a person's office after the name)
    rf"|{_OFFICE}|,?\s+(?:City|County|Town)\s+Treas(?:urer\b|\.|\b)"
    # ("MELLON NATIONAL BANK OF PITTSBURGA; 02 OEM ON August 1. 1931": no name goes on past a
    # semicolon)
    r"|\s*;"
    # ("the Merchants National Bank, of Wimbledon, N. D., or order": where it is, not its name)
    r"|,\s+of\s+(?=[A-Z][a-z]+,\s+[A-Z]\.?\s?[A-Z]\.?,)"
    # ("Union Trust Company of San Francisco *Page 643 cisco": an opinion's page marker)
    r"|\s*\*+\s?Page\s+\d+"
    # ("C. L. Damerau, for account IT. L. D": whose account it is paid to)
    r"|,\s+for\s+account\b"
    # ("Mr. Francisco Servera Silva, in San Germán, Puerto Rico, the sum of": where the payee is)
    r"|,\s+in\s+(?=[A-Z]\w+(?:\s+[A-Z]\w+)?,\s+[A-Z]\w+(?:\s+[A-Z]\w+)?,)"
    # ("CoBANK, ACB, a federally chartered instrumentality of the United States")
    r"|,\s+(?-i:an?)\s+(?-i:[a-z]{3,})\s+(?-i:[a-z])"
    r"|,\s+a\(n\)\s+"  # a form's "XXXX-XX STUDIOS WEST, a(n) California corporation"
    # ("AMERICAN MOMENTUM BANK [herein, together with all subsequent holders …, called “Payee"]")
    r"|\s*\[(?=\s*(?:herein|hereinafter|together|collectively|the)\b)"
    # ("BAR K, INC. A CALIFORNIA CORPORATION. or order": no comma before the description)
    r"|(?:(?<=INC\.)|(?<=Inc\.)|(?<=CORP\.)|(?<=Corp\.)|(?<=LTD\.)|(?<=Ltd\.))\s+(?:An?|AN)\s+(?=[A-Z])"
    r"|\s*\*{3,}"  # a form's filler of stars after the name
    r"|\s+_{2,}"  # ("to the order of G. W. Gregory _____ dollars": a blank left for the sum)
    # (joint payees with their degrees: "Jose Raffinan, M.D. and Maria Raffinan, M.D.": the first)
    r"|(?<=M\.D\.)\s+and\s+(?=[A-Z])"
    # (two persons, each with a middle initial: "Carl H. Tisch, Louis C. Tisch, at …": the first)
    # (not a list that goes on: "Barry J. Cohen, John J. Hannan, and Debra R. Black, as Trustees")
    r"|(?<=[a-z]),\s+(?=(?-i:[A-Z][a-z]+\s[A-Z]\.\s[A-Z][a-z]+),(?!\s+and\b))"
    # ("the Farmers' State Bank of Greentop. Missouri, twenty-four hundred": its state, after a
    # full stop the scan put for a comma)
    rf"|\.\s+(?=(?:{STATES}),)"
    r"|,\s+or\s+(?=[a-z])"  # ("J. C. Crouch & Son, or hearer": the scan's "bearer")
    # ("John W. Slack Co., distillers of Louisville, Ky.": its trade, in lower case)
    r"|,\s+(?=(?-i:[a-z]{4,}s)\s+(?-i:of|in|at)\s+[A-Z])"
    # ("to the order of D. B. Fisk & Co., Chicago, 111., fifty dollars": the payee's town and
    # state, abbreviated, after its name)
    # ("Mrs. Margaret McFadden of Portland, Me., Thirty two hundred": a person's too; "the
    # Maplebay Wind Stacker Company of Crookston, Minnesota, Two Hundred": a company's; not a
    # bank's, whose town is often part of its name)
    r"|(?:,|(?<!Bank)(?<!Trust)(?<!Association)(?<!City)(?<!County)(?<!Town)(?<!Village)\s+of)"
    # (not the name's own "Incorporated": "International Motor Truck Agency, Incorporated,
    # Washington, D. C.")
    r"\s+(?!(?:Incorporated|Limited)\b)(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+"
    # ("M.E. Cooke, Frankfort, S. Dak., Five Thousand": a state abbreviated in two words)
    # ("Virgil I. Strickland, Hot Springs, N.M. at The First National Bank": where it is paid next)
    # (not an entity's suffix: "J.L.B. of Nevada, Inc., a Nevada corporation")
    rf"(?:(?!(?:Inc|Co|Corp|Ltd)\.)(?:[A-Z][a-z]{{1,4}}|111|[A-Z]\.\s?[A-Z](?:[a-z]{{1,3}})?)\.|{STATES})(?:,|\s+at\s))"
    r"|,\s+as\s+(?:hereinafter|herein)\s+provided\b"  # ("City of South Bend, Indiana, as hereinafter provided")
    # ("THE FIRST NATIONAL BANK IN ANOKA, in Anoka, Minnesota, its successors": its town)
    rf"|,\s+in\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?:{STATES})\b)"
    # ("Enterprise Bank, Meeting and Market Sts., Charleston, S.C.": its street, after its name)
    r"|,\s+(?=(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?)+(?:Sts?|Streets?|Ave|Avenue)\b\.?,)"
    # ("promise to pay Myra J. Eldridge One Thousand with interest": a sum in words, capitalised)
    # (and in capitals: "promise to pay Bonnie M. Clements TWENTY-FIVE THOUSAND AND NO/100")
    r"|\s+(?=(?-i:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen"
    r"|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty"
    r"|Sixty|Seventy|Eighty|Ninety)[\s-])[^.;\n]{0,60}?\b(?i:dollars|with\s+interest)\b"
    r"|(?-i:(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN"
    r"|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FORTY|FIFTY"
    r"|SIXTY|SEVENTY|EIGHTY|NINETY)(?:[\s-]+[A-Z]+){0,4}[\s-]+(?:HUNDRED|THOUSAND|MILLION)\b))"
    # (and in lower case: "the Patrick Land Company of Omaha three hundred twenty-two and .04
    # dollars")
    r"|\s+(?=(?-i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)[\s-])[^;\n]{0,30}?\b(?-i:hundred|thousand|dollars)\b)"
    # ("to the order of J. M. Swenson, of Sidney, one thousand": a person's town, then the sum)
    r"|,\s+of\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?-i:[a-z]))"
    # (an opinion's elision: "to the order of Grayson County Bank * * * on thousand")
    r"|\s+\*\s+\*"
    # ("to the order of Seymour, Sabin & Co. $150, at the office": the sum in figures after it)
    r"|,?\s+(?=\$\s?\d)"
    # ("to the order of James Marion Weaver at Bank below": where it is paid, not the name)
    r"|\s+at\s+(?=(?-i:[Bb]ank|[Oo]ffice)\b)"
    # ("to tbe order of W. H. Gillenwater at Montezuma Trust Company": where it is paid)
    r"|\s+at\s+(?=(?:the\s+)?(?-i:(?:[A-Z][\w.'’&-]*\s+){1,4}(?:Bank\b|Trust\s+Co)))"
    r"|(?<=[\w.])\((?=\s*[\"“])|,\s+the\b|,\s+(?:An?|AN)\s+(?!PROFESSIONAL\s+(?:[A-Z]+\s+)?CORPORATION\b)(?=[A-Z][a-z]|[A-Z]{2,}\s)|[\"“”]|\n\s*\n|[ \t]*\n[ \t]+(?![ \t]|(?:Corporation|Company|Incorporated|Inc\.|LLC|L\.L\.C\.|Ltd\.|Limited)[\s,.])|[ \t]+\n|(?<![ \t\n])[ \t]{3,}"
    # (an indented text's name broken before its legal form: "the order of Macrovision" /
    # "    Corporation, whose address is …")
    # (", A PROFESSIONAL CORPORATION" in capitals is part of a California name: "ROBERT TRACY,
    # D.O., A PROFESSIONAL CORPORATION, a California professional corporation")
    # two spaces end a name unless a capitalised word follows (justified text: "Fund I,  LLC.")
    r"|(?<![\n \t])[ \t]{2}(?![A-Z \t])"
    # ("BAY CITIES NATIONAL BANK,national association(the "Holder")": a description in lower case)
    r"|,\s*(?-i:national\s+(?:banking\s+)?association)\b"
)
_NOT_A_NAME: Final = re.compile(
    r"^(?:the\s+)?(?:undersigned|maker|borrowers?|company|holder|lender|payee|bank|issuer"
    # ("the undersigned Debtor promises to pay"; "the undersigned Debtor(s), jointly and
    # severally if more than one, … promise to pay")
    r"|debtor|obligor|payor|mortgagor|secured\s+party"
    # (a HUD form's "the undersigned Owner promises to pay")
    r"|owners?|grantors?"
    # a form's role words ("to the order of Foundation ("XXX")"): no name
    r"|foundation|investor|purchaser|seller|buyer|creditor|noteholder|trustee"
    # (the sum's currency on a line below the promise: "PESOS(....)" / "Philippine Currency...")
    r"|(?:[A-Z][a-z]+\s+)?currency"
    # (a form's "to pay to the Depository or its Nominee Name (the "Depository")")
    r"|nominee(?:\s+name)?)\b(?:\(s\))?\W*$"
    # (a court's word for a party: "Defendant promised to pay Plaintiff the $50,000 principal")
    r"|^(?:the\s+)?(?-i:[Pp]laintiffs?|[Dd]efendants?|[Aa]ppellants?|[Aa]ppellees?|[Rr]espondents?"
    r"|[Pp]etitioners?|[Cc]laimants?|PLAINTIFFS?|DEFENDANTS?)\b(?!,?\s+(?-i:[A-Z]))"
    r"|^(?:I|we|you|ourselves|myself|themselves)\W*$|^(?:I|we),?\s+or\s+(?:I|we)\W*$|^I\s*/\s*we\b|\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?$"  # an address line ("Santa Clara, CA 95054")
    r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\d{5}(?:-\d{4})?$"  # "Chicago, Illinois 60610"
    # ("Avenue, Suite 1700, Orlando, Florida 32801": the end of a street address)
    r"|,\s*(?:Suite|Ste\.|Floor|Room)\s+\w+,[^\n]*\d{5}(?:-\d{4})?$"
    r"|^the\s+undersigned\b|\bf[o0]r\s+(?:the\s+)?valued?\s+received\b|\bentities$|^X+[.,]?$"
    # a name the host masked ("XXXXXXXXX CORPORATION"), unless a word of it is left unmasked
    # ("XXXXXX TRUST AND SAVINGS BANK", "Xxxxxxx Electronics, Incorporated")
    # (a name the host masked is read as written, "XXXXXX GUARANTY TRUST COMPANY OF NEW YORK", but
    # not an address it masked, its digits turned to noughts: "Xxxxx Xxxxxx, Xxxxx 0000")
    r"|^[Xx]+\b[\s\S]*\b0{3,}\b|^[Xx]+,\s*[A-Z]{2}$"
    r"|\[|_|^\W*$|^(?:lender|bank)\s+indicated"
    # (but "Principal Healthcare Finance Limited" is a company's name)
    r"|\bdollars\b|\$|^(?:the\s+)?(?:principal|sum|amount)\b"
    r"(?!.*\b(?-i:Limited|Inc\.?|LLC|L\.P\.|Corporation|Company|Bank|Ltd\.?)\s*$)"
    r"|^(?:section|article|paragraph|exhibit|schedule)\s+[\d.]+[a-z]?$"  # ("pursuant to Section 3 (… "Holder")")
    r"|^(?-i:[A-Z]{2})$"  # a state's code ("STATE OF INCORPORATION: CA")
    # a word spelled out letter by letter ("has deposited … that B E A R E R has deposited")
    r"|^(?-i:(?:[A-Z]\s){2,}[A-Z])$"
    # a label run into another ("HOLDER: MATURITY DATE: MetLife Bank, N.A. December 1, 2006")
    r"|^(?:maturity|amount|address|date|interest|rate|loan)(?:\s+(?:date|amount|rate|no\.?))?$"
    # a date, its day a scan's letter ("On or before December I, 2037 (the "Maturity Date")")
    r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[\dIl|O]{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$"
    r"|^name$"  # a form's blank labelled "Name (the "Noteholder")"
    r"|^(?:hundred|thousand|million)\s+(?:and|thousand|million|dollars)\b"  # "HUNDRED THOUSAND AND"
    r"|^No\.\s*[-–—_.]*\s*(?:Due\b|$)"  # an old form's blanks: "No.-. Due-."
    r"|^U\.\s?S\.?$"  # a currency before a sum ("promise to pay U.S. ONE MILLION DOLLARS")
    # a form's merge field ("Name~") or a pointer to a list ("SEE ATTACHED SCHEDULE")
    r"|[~<>{}]|^see\s+(?:attached|the\s+attached)\b|^on\s+demand\b"
    # a template's placeholder ("FOR VALUE RECEIVED Borrower Name, a Texas Ownership Structure")
    r"|^(?:borrower|lender|maker|payee|holder|company|customer)['’]?s?\s+(?:legal\s+|full\s+)?name\b"
    # a document, not a party ('… under the Stock Purchase Agreement and First Amendment to Stock
    # Purchase Agreement, (“Lender”)')
    r"|\b(?-i:Agreement|Amendment)$"
    # a sum in words where a payee would be ("promises to pay Sixteen Million Seven Hundred Five
    # Thousand … Dollars … to the order of TRANSAMERICA LIFE INSURANCE COMPANY")
    # (or its first word alone, where a name would be: "promises to pay to Twenty Seven Thousand …")
    r"|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$"
    r"|^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)[\s-]+)+(?:hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
BORROWER_WORDS: Final = r"Borrowers?|Maker|Company|Issuer|Obligor|Debtor|Trustor"
LENDER_WORDS: Final = r"Lender|Holder|Payee|Bank|Noteholder|Beneficiary|Agency"


@dataclass(frozen=True, slots=True)
class Introduction:
    """A party named in the promise to pay, or above a role label: its name, role and why."""

    role: str
    name: str
    span: Span
    how: str
    #: read from where the name stands rather than from words that say what it is
    placed: bool = False


#: The first words of a public body's name, which a sentence may give after "the".
_PUBLIC_BODY: Final = (
    r"(?:City|County|Town|Village|State|Commonwealth|Redevelopment\s+Agency|Housing\s+Authority"
    r"|Board|Regents|Port|Economic\s+Development|United\s+States)\s+of\s+[A-Z]|Redevelopment\s+Agency\b"
    # ("the Housing and Redevelopment Authority in and for the City of Elk River", Minnesota)
    r"|(?:Housing\s+and\s+)?Redevelopment\s+Authority\b"
    # ("the National Credit Union Administration", "the Small Business Administration")
    r"|(?:[A-Z][a-z]+\s+){1,4}Administration\b"
    r"|U\.\s?S\.\s+[A-Z][a-z]"  # ("the U.S. Small Business Administration")
    # ("the West Virginia Economic Development Authority (the "WVEDA")")
    r"|(?:[A-Z][a-z]+\s+){1,5}(?:Authority|Agency|Commission)\b(?!\()"
    # ("to the order of the Iowa Poultry Producers Marketing Association": an association)
    r"|(?:[A-Z][a-z]+\s+){1,5}(?:Association|Cooperative|Society)\b"
)


def _cut_name(text: str, start: int, limit: int = 160) -> tuple[int, int] | None:
    """The span of a name starting at ``start`` (leading "the undersigned," skipped)."""
    # "the undersigned Borrower, Alameda County Industries, Inc., promises": the role word goes
    lead = re.match(
        # (and "FOR VALUE RECEIVED, UNDERSIGNED GEOSPATIAL HOLDINGS, INC.", without "the")
        # ("FOR VALUE RECEIVED, and intending to be legally bound RIVERBEND CROSSINGS III …")
        r"\s*(?:and\s+intending\s+to\s+be\s+legally\s+bound(?:\s+hereby)?,?\s+)?"
        # ("For value received, the corporation known as Osborne Manufacturing Inc., herein
        # referred to as Borrower or OMI, promises to pay")
        r"(?:the\s+(?:corporation|company|partnership|firm)\s+known\s+as\s+)?"
        # ("For value received, I, Cecilia V. Lucas promise to pay")
        r"(?:(?-i:I|We|we),\s+(?=[A-Z]))?"
        rf"(?:(?:the\s+)?undersigned,?\s+)?(?:(?:{BORROWER_WORDS}|{LENDER_WORDS}),\s+(?=[A-Z0-9]))?"
        # ("we hereby promise to pay to said Cotner College the sum of")
        rf"(?:(?-i:said)\s+(?=[A-Z]))?"
        # "promises to pay to the City of Cathedral City, a municipal corporation": a public body
        rf"(?:(?-i:the)\s+(?={_PUBLIC_BODY}))?"
        # "promises to pay to the MASSACHUSETTS LIFE SCIENCES CENTER or its assigns": a name in
        # capitals after "the"
        # (and a hyphened word in it: "the TRI-CITY INDUSTRIAL DEVELOPMENT COUNCIL")
        rf"(?:(?-i:the)\s+(?=(?-i:[A-Z]{{2,}}(?:-[A-Z]{{2,}})?(?:\s+[A-Z&]{{2,}})+)\b))?"
        # "to the order of the Belknap County Economic Development Council, Inc.": a name that
        # ends as an entity's after "the"
        # (and "to the Atlantic and Virginia Fertilizing Company, or order": "and" or "of" inside)
        rf"(?:(?-i:the)\s+(?=(?-i:[A-Z][\w&.'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w&.'’-]*){{1,8}}),?\s+"
        # ("to the Farm and Home Savings and Loan Association of Missouri, the following sums"; "to
        # the Copo Federal Credit Union, or order")
        # (or a college's: "to pay to the Albert Lea College twenty-five hundred dollars")
        rf"(?-i:{_SUFFIX}|Association|ASSOCIATION|Society|SOCIETY|Union|UNION|College|University"
        rf"|Seminary|Academy|Hospital"
        # (or a public body's: "promises to pay the Colorado Water Conservation Board ("CWCB")")
        rf"|(?:Board|BOARD|Commission|COMMISSION|Authority|AUTHORITY|Agency|AGENCY|Department"
        rf"|DEPARTMENT|District|DISTRICT)\b)))?"
        # ("promise to pay to the Bank of Cedar Bluffs, Cedar Bluffs, Nebr. or order"; "to the
        # First National Bank of Anoka": a bank named for its town after "the")
        rf"(?:(?-i:the)\s+(?=(?-i:(?:[A-Z][\w&.'’-]*\s+){{0,3}}(?:Bank|BANK|Trust\s+Company)\s+of\s+[A-Z])))?",
        text[start:],
        re.IGNORECASE,
    )
    begin = start + (lead.end() if lead else 0)
    # a template's field filled in quotes: 'the undersigned, "Daniel", an individual residing at'
    quoted = re.match(r"[\"“](?P<name>[A-Z][^\"“”\n]{1,80})[\"”]\s*,", text[begin : begin + limit])
    if quoted and not _NOT_A_NAME.search(quoted.group("name")):
        return begin + 1, begin + 1 + len(quoted.group("name").rstrip())
    window = text[begin : begin + limit]
    stop = _NAME_END.search(window)
    end = begin + (stop.start() if stop else len(window))
    # (a form's fill-in line: "ACE Motor Company_"; a court's dash after it: "Mildred G. Nesbit —")
    name = text[begin:end].rstrip(" ,.\t\n_—–")
    # (an honorific after a person's name: "James Madison Esqr.", "John Smith, Esq.")
    name = re.sub(r",?\s+Esq(?:r|uire)?\.?$", "", name)
    if name.endswith(
        (" Inc", " INC", " Corp", " CORP", " Co", " CO", " Ltd", " LTD", " L.P", " N.A", " M.D")
    ):
        name += "."
    # (a public body's name in capitals runs longer: "THE HOUSING AND REDEVELOPMENT AUTHORITY IN
    # AND FOR THE CITY OF RAMSEY, MINNESOTA")
    # a person named by initials, then his town ("O. M. Rankin of Caldwell R. 4 promises to pay")
    town = re.match(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?=\s+of\s+[A-Z][a-z]+\b)", name)
    if town is not None:
        name = town.group(0)
    listed = next(
        (
            m
            for m in re.finditer(r"(?<=[A-Za-z.]),\s+(?=[A-Z])", name)
            if re.search(rf"\b{_SUFFIX}$", name[: m.start()])
        ),
        None,
    )
    if listed and len(name.split()) > (16 if name.isupper() else 12):
        # a long list of joint makers ("PEAK RESORTS, INC., HIDDEN VALLEY GOLF AND SKI, INC., …
        # and SNH DEVELOPMENT, INC. (… “Borrowers”)"): the first of them
        name = name[: listed.start()]
    if not name or _NOT_A_NAME.search(name) or len(name.split()) > (16 if name.isupper() else 12):
        return None
    if not re.match(r"[A-Z0-9]", name):
        return None
    return begin, begin + len(name)


_MONTHS: Final = (
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    "|January|February|March|April|May|June|July|August|September|October|November|December"
)
#: A form's maker above its "(MAKER)" label, with the date and amount on the same line:
#: "Schonath Family Partnership JANUARY 28, 1999 $ 500,000.00" / a rule / "(MAKER) (DATE)"
_ABOVE_MAKER_LABEL: Final = re.compile(
    rf"^[ \t]*(?P<name>[A-Z][A-Za-z&.,'’ \-]{{2,70}}?)[ \t]*(?=\s(?:{_MONTHS})\b|\s*\$|\s+\d"
    rf"|[ \t]*\n).*\n[ \t]*[-_][-_ \t]{{10,}}\n[ \t]*\((?:MAKER|BORROWER)S?\)",
    re.MULTILINE,
)
#: ... or run into one line: "... DECADE'S MONTHLY INCOME FUND, A LIMITED PARTNERSHIP (MAKER)"
_BEFORE_MAKER_LABEL: Final = re.compile(
    r"(?:^|\)|\n)[ \t]*(?P<name>[A-Z][A-Z0-9&.,'’ \-]{2,90}?)\s*\((?:MAKER|BORROWER)S?\)"
)


#: A plain-language note: "I, FREEDOM FINANCIAL CORPORATION, an Indiana corporation, (Borrower),
#: promise to pay ..." and "The Lender is PIONEER BANK."
_I_MAKER: Final = re.compile(
    rf"\bI,\s+(?P<name>[A-Z][\w&.'’ \n\-]{{2,80}}?),\s+(?:an?\s+[^,()]{{2,60}},\s*)?"
    rf"\(?\s*(?:the\s+)?[\"“]?(?:{BORROWER_WORDS})\b"
)
_LENDER_IS: Final = re.compile(
    # (or without "The", as a sentence: "… to the order of Lender. Lender is COUNTRYWIDE HOME
    # LOANS, INC.")
    r"(?:\bThe\s+|(?<=\.\s)|(?<=\n))(?:Lender|Payee|Holder)\s+is\s+(?P<name>[A-Z][\w&.,'’ \n\-]{2,80}?"
    # (the full stop lost to a scan after a company's name: "The Lender is Fifth Third Mortgage
    # Company" at the end of its line)
    r"(?:(?=\.(?:\s|$))|(?:(?<=Company)|(?<=Bank)|(?<=Association)|(?<=Corporation))(?=[ \t]*\n)))"
    # a finance company's form: 'The words "you" and "your(s)" mean Cessna Finance Corporation,'
    r"|\bThe\s+words\s+[\"“]you[\"”]\s+and\s+[\"“]your(?:\(s\)|s)?[\"”]\s+means?\s+"
    r"(?P<you>[A-Z][\w&.'’ \-]{2,80}?(?:,?\s+(?:Inc|Corp|LLC|N\.A|Ltd)\.?)?)(?=,|\s+and\b|\.\s)"
)


#: A line of the heading that is an entity's name and nothing else ("Daraka Broadcasting, Inc.").
_ENTITY_LINE: Final = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w&.,'’ \-]{2,80}?,?\s+(?:Inc|Corp|Corporation|LLC|L\.L\.C|Ltd|LP|L\.P"
    r"|Company|Co)\.?)[ \t]*$",
    re.MULTILINE,
)


#: A street address or post office box run into a name's line, to its end.
_ADDRESS_TAIL: Final = re.compile(r"[ \t]+(?:P\.?[ \t]*O\.?[ \t]+BOX\b|\d).*$", re.IGNORECASE)


def _without_address(line: str) -> str:
    """A name's line without the address run into it: from a number or a post office box on, and
    a masked street after the name's kind of entity ("HOMES BY XXXXXX, LLC XXXX XXXXXX, XX")."""
    line = _ADDRESS_TAIL.sub("", line)
    masked = re.search(rf"\b{_NAME_SUFFIX}(?P<tail>(?:[ \t]+X{{2,}},?)+[ \t]*)$", line)
    return line[: masked.start("tail")] if masked else line


def _undersigned_in_heading(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """A maker written "the undersigned" whose name is the one entity named on a line of its own
    in the heading above the promise to pay (a bank's form: "Master Demand Business Loan Note /
    Daraka Broadcasting, Inc."); inferred."""
    text = source.text
    promise = re.search(r"for\s+value\s+received,?\s+the\s+undersigned\b", text, re.IGNORECASE)
    if promise is None or any(f.role == "borrower" for f in found):
        return []
    rest = squash(text[promise.end() :]).casefold()  # a name the note goes on to name is a payee's
    names = [m for m in _ENTITY_LINE.finditer(text[: promise.start()])
             if not re.search(r"\bbank\b", m.group("name"), re.IGNORECASE)
             and squash(m.group("name")).casefold() not in rest]  # fmt: skip
    if len(names) != 1:
        return []
    span = source.match_span(names[0], "name")
    return [Introduction("borrower", squash(names[0].group("name")), span,
                         "label: the one name in the heading of a note made by the undersigned")]  # fmt: skip


def _plain_language(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The parties of a plain-language note ("I, <maker>, ... (Borrower)", "The Lender is <payee>.")."""
    out = []
    for role, pattern, how in (
        ("borrower", _I_MAKER, 'the maker ("I, ...")'),
        ("lender", _LENDER_IS, 'named in "The Lender is ..."'),
    ):
        match = pattern.search(source.text)
        if match:  # (a heading "PROMISE TO PAY" may have given a "payee" that is no name)
            group = "name" if match.group("name") else "you"
            name = squash(match.group(group)).rstrip(" ,")
            span = source.match_span(match, group)
            if re.search(r"\b(?:INC|Inc|CORP|Corp|CO|Co|LTD|Ltd|N\.A|L\.P)$", name):
                # ("Lender is COUNTRYWIDE HOME LOANS, INC.": the sentence's full stop is the
                # abbreviation's too)
                name += "."
                span = source.span(span.start, span.end + 1)
            out.append(Introduction(role, name, span, how))
    return out


def _as_defined(source: SourceText, name: str) -> tuple[str, Span, str] | None:
    """The full name a short one stands for when it is a defined term of the note ("to the order
    of Capstone" after 'Capstone Turbine Corporation, located at … ("Capstone")'), else None."""
    if not re.fullmatch(r"[A-Z][\w&'’-]{1,30}(?: [A-Z][\w&'’-]{1,30}){0,2}", name):
        return None
    if not re.search(rf"[\"“](?:the\s+)?{re.escape(name)}[\"”]", source.text):
        return None
    named = _defined(source, re.escape(name))
    return named if named and named[0] != name and len(named[0]) > len(name) else None


#: A maker written as its defined term before the promise ("1.TI hereby promises to pay").
_TERM_PROMISES: Final = re.compile(
    r"(?:^|(?<=[\s.]))(?P<term>[A-Z][\w&'’-]{1,30}(?: [A-Z][\w&'’-]{1,30}){0,2})\s+"
    r"(?:hereby\s+)?(?:unconditionally\s+)?promises\s+to\s+pay\b",
    re.MULTILINE,
)


def _paid_to(text: str, term: str) -> bool:
    """Whether the note's promise is to pay to its ``term`` ("promises to pay to the order of the
    Company")."""
    return bool(re.search(
        rf"\b(?:promises?|agrees?)\s+to\s+pay\s+(?:[^.;]{{0,80}}?\s)?to\s+(?:the\s+order\s+of\s+)?"
        # (the term in lower case too: "the Trust promises to pay and deliver to the company")
        rf"(?:the\s+)?(?i:{re.escape(term)})\b",
        text,
    ))  # fmt: skip


#: The promise ("promises to pay", "promised to pay", "promise(s) to pay", "promise to repay").
_PROMISE_TO_PAY: Final = (
    # ("hereby promise, jointly and severally, to pay")
    # ("hereby promises and agrees to pay"; not a first person's "I promise and agree to pay" the
    # costs of a suit, further on)
    r"promise(?:[sd]|\(s\))?(?:,?\s*jointly\s+and\s+severally,?)?(?:(?<=promises)\s+and\s+agrees)?\s*to\s*(?:re)?pay"
)

#: An old note's maker between its time and its promise: "Sixty days after date, Old Town
#: Permanent Building Association, promises to pay to the order of Myers Brothers"
_AFTER_DATE_MAKER: Final = re.compile(
    r"\bafter\s+date,?\s+(?P<maker>(?-i:[A-Z])[^\n,]{2,80}?),?\s+(?:hereby\s+)?promises\s+to\s+pay\b",
    re.IGNORECASE,
)
#: A line that opens with the maker's name and its promise, no "for value received" before it
#: ("Wilshire Acquisitions Corporation, a Nevada corporation, (the Borrower) promises to pay"),
#: its role named just before the promise.
_OPENS_WITH_MAKER: Final = re.compile(
    r"^[ \t|]*(?P<maker>(?-i:[A-Z])[^\n]{0,240}?)\s*"
    rf"\(\s*(?:the\s+)?[\"“]?(?:{BORROWER_WORDS})[\"”]?\s*\)\s*,?\s*"
    r"(?:hereby\s+|jointly\s+and\s+severally\s+|unconditionally\s+)*" + _PROMISE_TO_PAY,
    re.MULTILINE | re.IGNORECASE,
)
#: A paragraph that opens with a company's name and its promise, with perhaps a description or
#: an address between ("Ampersand Medical Corporation, with offices at 414 N. Orleans, Suite 510,
#: Chicago, IL 60610, hereby promises to pay to AccuMed International, Inc."), no "for value
#: received" before it and no defined term after it.
_OPENS_WITH_COMPANY: Final = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t|]*(?P<maker>(?-i:[A-Z])[^\n,()\"“”]{2,80}?,?[ \t]+"
    r"(?-i:Inc\.|INC\.|Incorporated|LLC|L\.L\.C\.|L\.P\.|Ltd\.|Limited|Corporation|CORPORATION|Corp\."
    r"|Company|COMPANY))"
    r"(?:,[^()\"“”;]{0,240}?,)?\s*(?:hereby\s+)?" + _PROMISE_TO_PAY,
)
#: A name's words, each capitalised but for a few joining words ("Bank of the Ozarks").
_NAME_WORDS: Final = re.compile(
    r"(?!(?:On|Upon|For|At|The|This|Each|In|If|Borrower|Maker|Company|Lender|Holder|Payee|Bank)\b)"
    r"(?!(?i:value|received)\b)"  # ("FOR VALUE" / "RECEIVED, the undersigned …": a line broken)
    r"[A-Z][\w&.'’-]*(?:,?\s+(?:(?:of|and|the|de|du|&)\s+)*[A-Z0-9][\w&.'’-]*)*"
)


def _payee_from(text: str, promise: re.Match[str] | None) -> int:
    """Where to look for the payee: after the maker of the promise found after "for value
    received", unless the promise came before those words ("I promise to pay to the order of F.W
    Angus, seven thousand … dollars, for value received, … I promise to pay such additional sum"),
    in which case from that promise."""
    if promise is None:
        return 0
    window = max(0, promise.start() - 500)
    for earlier in re.finditer(_PROMISE_TO_PAY, text[window : promise.start()], re.IGNORECASE):
        # (not a heading: "PROMISE TO PAY.", "1. PROMISE TO PAY. FiberChem, Inc. …")
        if not earlier.group(0).isupper() and re.match(r"\s+\w", text[window + earlier.end() :]):
            return window + earlier.start()
    return promise.end("maker")


def introductions(source: SourceText) -> list[Introduction]:
    """The maker and the payee of the promise to pay, and parties above role labels.

    ``FOR VALUE RECEIVED, <maker>[, description] promises to pay to [the order of] <payee>`` and
    ``<payee> ... promises to pay`` forms; ``<name> ... (the "Borrower")`` introductions resolve a
    maker written as "the Company"; a form's ``<name> / BORROWER'S NAME AND ADDRESS`` labels.
    """
    text = source.text
    found: list[Introduction] = []
    promise = re.search(
        # ("For good and valuable consideration, the receipt of which is hereby acknowledged,
        # GENESIS CAPITAL MANAGEMENT LIMITED, … (“Genesis”) promises to pay")
        # (a scan's "F0R VALUE RECEIVED", a zero for the O)
        # ("FOR VALUABLE CONSIDERATION, METROFLAG BP, LLC, … ("PROMISER") does hereby promise")
        # ("For value received the receipt of which is hereby acknowledged, the undersigned, …")
        # ("FOR VALUE RECEIVED, the receipt and sufficiency of which is hereby irrevocably
        # acknowledged, BANKSVILLE, N.V., . . . promises")
        # (and "FOR THE VALUE RECEIVED, BioForce Nanosciences, Inc., (the Borrower), … promises")
        r"(?:f[o0]r\s*(?:the\s+)?valued?\s*received,?\s*(?:the\s+receipt\s+(?:and\s+sufficiency\s+)?of\s+which\s+is"
        r"\s+hereby\s+(?:irrevocably\s+)?acknowledged,?\s*)?"
        r"|for\s+(?:good\s+and\s+)?valuable\s+consideration,?\s*"
        r"(?:(?:the\s+)?receipt\s+(?:and\s+sufficiency\s+)?of\s+which\s+(?:is|are)\s+hereby\s+acknowledged,?\s*)?)"
        # ("… RECEIPT OF WHICH IS HEREBY ACKNOWLEDGED, within thirty (30) days after demand, the
        # undersigned promises": the time of payment before the maker)
        r"(?:(?:with)?in\s+\w+\s+(?:\(\d+\)\s+)?days\s+after\s+demand,?\s*)?"
        r"(?P<maker>.{0,1000}?)\s*(?:\(\s*(?:the\s+)?[\"“][^\"”]{1,30}"
        r"[\"”]\s*\)\s*,?\s*)?(?:does\s+|hereby\s+|jointly\s+and\s+severally\s+|unconditionally\s+|,\s*)*"
        + _PROMISE_TO_PAY,
        text,
        re.IGNORECASE | re.DOTALL,
    )
    if promise:
        # ("For value received, WE, EPIFANIA EBARLE, SOL EBARLE, & ELE EBARLE, hereby promise to
        # pay": the makers after the pronoun)
        pronoun = re.match(r"(?:I|WE|We),[ \t]+(?=[A-Z])", text[promise.start("maker") :])
        cut = _cut_name(text, promise.start("maker") + (pronoun.end() if pronoun else 0))
        if cut and not re.search(r"[A-Za-z]{2}", text[cut[0] : cut[1]]):
            cut = None  # a scan's "for value received 1 promise to pay": "I", not a name
        if (
            cut
            and text[cut[0] - 1 : cut[0]] not in {'"', "“"}  # (not a template's quoted field)
            and re.search(rf"[\"“]{re.escape(text[cut[0] : cut[1]])}[\"”]", text)
            and not _as_defined(source, text[cut[0] : cut[1]])
        ):
            cut = None  # "FOR VALUE RECEIVED, CUSO promises to pay": a defined term, not the name
        full = _as_defined(source, text[cut[0] : cut[1]]) if cut else None
        if cut and cut[1] <= promise.end("maker") + 1 and full:
            # "FOR VALUE RECEIVED, AP XI promises to pay" after 'Angeles Partners XI, a California
            # limited partnership ("AP XI")': the name the defined term stands for
            found.append(Introduction("borrower", *full))
        elif cut and cut[1] <= promise.end("maker") + 1:
            # (of joint makers in a row, "EPIFANIA EBARLE, SOL EBARLE, & ELE EBARLE", the first, as
            # of "JOHN SMITH and MARY SMITH")
            row = re.match(
                r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,?"
                r"\s+(?:&|and)\s+",
                text[cut[0] : cut[1]],
            )
            if pronoun and row and not re.search(_SUFFIX, row.group(1)):
                cut = (cut[0], cut[0] + row.end(1))
            found.append(Introduction("borrower", squash(text[cut[0] : cut[1]]), source.span(*cut),
                                      "the maker of the promise to pay"))  # fmt: skip
        else:
            term = re.search(rf"\b(?:the\s+)?({BORROWER_WORDS})\b", promise.group("maker"))
            # … or any term the maker is given just before its promise ("the undersigned employee
            # of Home Depot U.S.A., Inc., Bill E. Patterson (the "Employee"), promises to pay")
            just_before = re.search(
                r"\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][\w'-]{2,30})[\"”]\s*\)\s*,?\s*"
                r"(?:hereby\s+|jointly\s+and\s+severally\s+|unconditionally\s+)*"
                + _PROMISE_TO_PAY
                + "$",
                text[: promise.end()],
            )
            named = _defined(source, term.group(1)) if term else None
            if named is None and just_before is not None:
                named = _defined(source, re.escape(just_before.group("term")))
                # (the person after an employer's name: "…, Inc., Bill E. Patterson")
                last = re.search(r",\s+(?P<person>[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z]+){1,2})$",
                                 named[0]) if named else None  # fmt: skip
                if named and last:
                    start = named[1].end - len(last.group("person"))
                    named = (last.group("person"), source.span(start, named[1].end), named[2])
            if named:
                found.append(Introduction("borrower", *named))
    before = re.search(  # "<maker>, a Colorado corporation ("Bion"), for value received, ..."
        # ... or '(herein called the "Company," which term includes any successor ...), for value'
        r"\(\s*(?:(?:herein(?:after)?\s+)?(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?[\"“](?P<term>[^\"“”,]{1,30}),?[\"”]"
        # (an address between: '(the "Company" or "Maker"), having an address at …, for value')
        r"[^()]{0,200}\)\s*,?(?:\s*(?:having\s+an?\s+(?:address|office)|whose\s+(?:mailing\s+)?address\s+is"
        # (or a description: '… (hereinafter called the "Corporation"), a corporation organized and
        # existing under the laws of the State of Tennessee, for value received')
        # (or a public body's: '(the "City"), a municipality created and existing under … the laws
        # of the State of Florida, for value received')
        r"|an?\s+(?:corporation|cooperative|company|limited|partnership|municipal(?:ity)?|public"
        r"|non-?profit|political\s+subdivision|body\s+(?:corporate|politic)))"
        r"\b[^()]{0,160}?,)?\s*for\s*value\s*received",
        text,
        re.IGNORECASE,
    )
    if before and not found and re.fullmatch(r"[\w' -]+", before.group("term")):
        defined_as = before.group("term")
        parent = re.fullmatch(
            r"Parent|Guarantors?|Agent|Sponsor|Manager", defined_as, re.IGNORECASE
        )
        if parent or not re.fullmatch(BORROWER_WORDS, defined_as, re.IGNORECASE):
            # '… Supply LLC (hereinafter called the "Company"), … subsidiary of … Inc. (hereinafter
            # called the “Parent”), for value received, promises': the maker's own term, earlier
            # (in its sentence, when the other's term is its own name: 'FREEDOM OIL & GAS, INC., a
            # Nevada corporation (the "Company" or "Maker"), and wholly-owned subsidiary of The
            # Majestic Companies, Ltd., a Nevada corporation ("Majestic"), for value received')
            since = 0 if parent else sentence_bounds(text, before.start())[0]
            maker_word = re.search(
                rf"[\"“](?:the\s+)?({BORROWER_WORDS})[\"”]", text[since : before.start()]
            )
            defined_as = maker_word.group(1) if maker_word else defined_as
        named = _defined(source, defined_as)
        if named:
            found.append(Introduction("borrower", *named))
    payee_words = re.compile(
        # "… PROMISE TO PAY ON February 27, 2011 (the “Maturity Date”), to EUROAMERICAN …"
        # "… promise to pay in U.S. dollars to Farm Credit Services of America, PCA, Lender"
        rf"promise(?:[sd]|\(s\))?\s*(?:and\s+agrees?\s+)?to\s*(?:re)?pay\s*"
        # ("HEREBY PROMISES TO PAY IN FULL to the order of Avtel Communications, Inc.")
        rf"(?:in\s+full\s+)?(?:in\s+(?:U\.\s?S\.|United\s+States)\s+dollars\s+)?"
        rf"(?:(?:up)?on\s+demand\s*,?\s*|on\s+(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}\s*"
        # ("to the order of: ******************** The Money Store Investment Corporation")
        # ("hereby promises to pay to: the Housing and Redevelopment Authority …")
        # ("promises to pay to the order Bank of Atlanta or its successors": a form's "of" left out)
        # (and a court's stray quotation mark: 'to the order of "Warren A. Thomas, seventeen …')
        # (not the first letters of a payee's name: "promises to pay Tony Altieri")
        r"(?:\([^()]{0,40}\)\s*)?,?\s*)?(?:to(?!(?-i:[a-z]))\s*:?\s*|to(?=the\s))?(?:t[hb]e\s+order\s+(?:of\s*(?::?[\s*]*)?(?:[\"“](?=[A-Z]))?|(?=[A-Z])))?"
        r"|\bpay\s+to\s+the\s+order\s+(?:of\s*|(?=[A-Z]))"
        # ("FOR VALUE RECEIVED, GlenRose Instruments Inc., … agrees to pay to Arvin & Wynona Smith")
        r"|\bagrees\s+to\s+pay\s+to\s+(?:the\s+order\s+of\s+)?(?=[A-Z])"
        # a due-bill's payee: "Due P Balcom the sum of two hundred and fifty dollars"
        r"|\bDue\s+(?=(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})\s+(?:the\s+sum\s+of|or\s+(?:order|bearer))\b)",
        re.IGNORECASE,
    )
    payee = payee_words.search(text, _payee_from(text, promise))
    while (
        payee
        and re.fullmatch(r"PROMISE\s+TO\s+PAY\s*", payee.group(0))
        and re.search(r"\bpromises?\s+to\s+pay\b", text[payee.end() : payee.end() + 400])
    ):
        # a form's heading, "PROMISE TO PAY Foundation Surgery Affiliates, LLC, and East El Paso
        # … (“Borrower”) jointly and severally promise to pay to Legacy Bank": the makers after
        # it, the payee after the promise in the sentence
        payee = payee_words.search(text, payee.end())
    while payee:
        cut = _cut_name(text, payee.end())
        if cut and re.match(
            # (not "Bank of Atlanta": a name that opens with a role word)
            rf"(?:the\s+)?(?:{LENDER_WORDS})\b(?!\s+[A-Z&]|\s+of\s+[A-Z])",
            text[cut[0] : cut[1]],
        ):
            break  # "to the order of Lender the Principal Amount": a role word, not a name
        defined = re.match(r"the\s+(?P<term>[A-Z][\w'’-]{2,30})\b", text[payee.end() :])
        # "the Borrower promises to pay the Department the principal sum": the payee's own
        # defined term ('the Wisconsin Department of Commerce (the “Department”)')
        if (
            cut is None
            and defined
            and re.search(rf"[\"“]{defined['term']}[\"”]", text)
            and (named := _defined(source, re.escape(defined["term"])))
        ):
            found.append(Introduction("lender", *named))
            break
        after = re.match(
            rf"[^()]{{0,200}}?\(\s*(?:the\s+)?[\"“](?P<term>{LENDER_WORDS})[\"”]", text[cut[1] :]
        ) if cut else None  # fmt: skip
        whole = _defined(source, after["term"]) if cut and after else None
        if cut and whole and whole[1].start == cut[0] and len(whole[0]) > cut[1] - cut[0]:
            # a name broken over two lines before its defined term ("promises to pay to First \n
            # National Bank of Portsmouth ("Lender")"): the name as the definition reads it
            found.append(Introduction("lender", *whole))
            break
        if cut:
            named = _as_defined(source, text[cut[0] : cut[1]])
            found.append(Introduction("lender", *named) if named else
                         Introduction("lender", squash(text[cut[0] : cut[1]]), source.span(*cut),
                                      "the payee of the promise to pay"))  # fmt: skip
            break
        # "promises to pay SIX MILLION DOLLARS ..., to the order of <payee>": look further on
        # (or the next promise, after a heading that reads as one: "PROMISE TO PAY. NG SOUTH
        # DAKOTA, LLC (“Borrower”) promises to pay to MICHAEL J. TRUCANO")
        payee = re.compile(
            r"\bto\s+the\s+order\s+of\s*|\bpromises\s+to\s+pay\s+to\s+(?:the\s+order\s+of\s+)?"
            # (an old bank note's "promise to pay five dollars, on demand, to W. Martin, or bearer")
            r"|\bto\s+(?=(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3},?\s+or\s+(?:bearer|order)\b)",
            re.IGNORECASE,
        ).search(text, payee.end(), payee.end() + 600)
    blank_payee = re.search(r"\bto\s+the\s+order\s+of\s*_{4,}", text, re.IGNORECASE)
    for role, words in (("borrower", BORROWER_WORDS), ("lender", LENDER_WORDS)):
        if not any(f.role == role for f in found) and not (role == "lender" and blank_payee):
            terms = _role_terms(text, words)
            # a note whose maker is "the Borrower" (or "the Maker"): its "Company" is another one
            # ("the shareholders of Middleton Pest Control, Inc. (the "Company")")
            own = [
                t for t in terms if role == "borrower" and t in ("Borrower", "Borrowers", "Maker")
            ]
            for word in own or terms:
                if role == "borrower" and _paid_to(text, word):
                    continue  # "Purchaser hereby promises to pay to the Company": the payee
                named = _defined(source, word)
                if named:
                    found.append(Introduction(role, *named))
                    break
    if not any(f.role == "lender" for f in found) and not blank_payee:
        # "Purchaser hereby promises to pay to the order of the Company": a maker's word for the payee
        for word in _role_terms(text, BORROWER_WORDS):
            if _paid_to(text, word) and (named := _defined(source, word)):
                found.append(Introduction("lender", *named))
                break
    term_maker = _TERM_PROMISES.search(text)
    if term_maker and not any(f.role == "borrower" for f in found):
        named = _as_defined(source, term_maker.group("term"))
        if named:
            found.append(Introduction("borrower", *named))
    opening = _OPENS_WITH_MAKER.search(text)
    if opening and re.search(r"\bundersigned\W*$", opening["maker"], re.IGNORECASE):
        # ("DEMAND NOTE AND SECURITY AGREEMENT $147,422.00 … FOR VALUE RECEIVED, the undersigned
        # (the "Borrower") promises to pay": the maker is the undersigned, not the title before it)
        opening = None
    if opening and not any(f.role == "borrower" for f in found):
        cut = _cut_name(text, opening.start("maker"))
        if (
            cut
            and cut[1] <= opening.end("maker") + 1
            and re.fullmatch(_NAME_WORDS, text[cut[0] : cut[1]])
            and not re.search(rf"[\"“]{re.escape(text[cut[0] : cut[1]])}[\"”]", text)
        ):
            found.append(Introduction("borrower", squash(text[cut[0] : cut[1]]), source.span(*cut),
                                      "the maker of the promise to pay"))  # fmt: skip
    # a company opening its paragraph, then "after date, <maker> promises": the maker named before
    # its promise, with no "for value received" before it
    for opening_maker in (_OPENS_WITH_COMPANY, _AFTER_DATE_MAKER):
        maker = opening_maker.search(text)
        if (
            maker
            and not any(f.role == "borrower" for f in found)
            and re.fullmatch(_NAME_WORDS, maker["maker"])
            and not _NOT_A_NAME.search(maker["maker"])
        ):
            found.append(Introduction("borrower", squash(maker["maker"]), source.match_span(maker, "maker"),
                                      "the maker of the promise to pay"))  # fmt: skip
    public = _PUBLIC_MAKER.search(text) or _INHABITANTS.search(text)
    if public and not any(f.role == "borrower" for f in found):
        found.append(Introduction("borrower", squash(public.group("name")),
                                  source.match_span(public, "name"),
                                  "the public body that owes the note"))  # fmt: skip
    found += _signed_below(source, found)
    found += _plain_language(source, found)
    found += _side_by_side(source, found)
    found += _cells_below_labels(source, found)
    found += _columns_on_one_line(source, found)
    found += _headed(source, found)
    found += _sba_form(source, found)
    found += _between(source, found)
    # (a certificate's depositor, not a payee an indorsement on its back names later)
    # (only a text with no promise to pay of its own: a note's recital that its borrower "has
    # deposited with the Bank" a certificate as collateral names no parties)
    certificate = not re.search(r"\bpromises?\s+to\s+pay\b", text, re.IGNORECASE)
    for deposit in (
        _deposited(source, [f for f in found if f.role != "lender"]) if certificate else []
    ):
        same = [f for f in found if f.role == deposit.role]
        if (
            deposit.role == "lender"
            and same
            and all(f.span.start > deposit.span.start for f in same)
        ):
            found = [f for f in found if f.role != "lender"]
        if not any(f.role == deposit.role for f in found):
            found.append(deposit)
    found += _i_owe(source, found)
    # (an old bank note's bank, over its cashier's signature read as the maker)
    if bank := _bank_body(source, found):
        found = [f for f in found if f.role != "borrower"] + bank
    labels = (
        # (a host masking words keeps their length: "XXXXXXXX'S NAME" is BORROWER'S)
        (r"\n[ \t|]*(?:BORROWER|X{8})['’]?S\s+NAME", "borrower"),
        (r"\n[ \t|]*(?:LENDER|X{6})['’]?S\s+NAME", "lender"),
    )
    for label, role in labels:
        match = re.search(label, text)
        if match and not any(f.role == role for f in found):
            # (an address run into the name's line goes: "BANK OF THE OZARKS P O BOX 8811")
            lines = [
                _without_address(line) for line in text[: match.start()].rstrip().splitlines()[-4:]
            ]
            for k, line in enumerate(lines):
                if (
                    re.match(r"\s*[A-Z][A-Z0-9&.,' \-]{2,60}$", line)
                    # (nor the form's title: "UNIVERSAL NOTE & SECURITY AGREEMENT")
                    and not re.search(r"\d|NAME\s+AND\s+ADDRESS|\b(?:NOTE|AGREEMENT)\b", line)
                    and not _NOT_A_NAME.search(line.strip())
                    and not re.fullmatch(r"[X\s.,]+", line.strip())  # (a masked address: "XX XXX")
                ):
                    # a name broken over two lines ("FARMERS & MERCHANTS" / "SAVINGS BANK",
                    # "CAPITOL DEVELOPMENT OF ARKANSAS," / "INC.")
                    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
                    if re.fullmatch(r"[A-Z][A-Z&.,' \-]{0,40}\b(?:BANK|UNION|COMPANY|ASSOCIATION"
                                    r"|CORPORATION|TRUST|INC\.?|LLC)", nxt) or (
                        line.rstrip().endswith(",") and re.fullmatch(r"(?:INC|LLC|CORP|LTD|CO)\.?", nxt)
                    ):  # fmt: skip
                        line = line.rstrip() + "\n" + nxt
                    start = text.rfind(line.strip(), 0, match.start())
                    if start < 0:  # (its two lines are not as the text has them: not placed)
                        break
                    found.append(Introduction(role, squash(line), source.span(start, start + len(line.strip())),
                                              "named above the form's NAME AND ADDRESS label"))  # fmt: skip
                    break
    found += _undersigned_in_heading(source, found)
    under = _ABOVE_MAKER_LABEL.search(text[:1500]) or _BEFORE_MAKER_LABEL.search(text[:1500])
    if under and not any(f.role == "borrower" for f in found):
        found.append(Introduction("borrower", squash(under.group("name")).rstrip(" ,"),
                                  source.match_span(under, "name"),
                                  "named above the form's (MAKER) label"))  # fmt: skip
    top = re.search(  # "BORROWER" or "Borrower(s):" above the name, on a line of its own
        r"^[\s\[\]A-Z]*\b(?:BORROWER|Borrower\(s\):)\s*\n\s*(?P<name>[A-Z][A-Z0-9&.,' \-]{2,60})\n",
        text[:600],
        re.MULTILINE,
    )
    if top and not any(f.role == "borrower" for f in found):
        found.append(Introduction("borrower", squash(top.group("name")), source.match_span(top, "name"),
                                  "named under the form's BORROWER label"))  # fmt: skip
    # a party named by the surname alone after "said" ("Received of W. H. Walker, this day, one bay
    # horse …, for which I promise to pay said Walker or order"): the full name written before
    for k, intro in enumerate(found):
        if re.fullmatch(r"[A-Z][a-z]+", intro.name) and re.search(
            r"\bsaid\s+$", text[max(0, intro.span.start - 6) : intro.span.start]
        ):
            earlier = list(
                re.finditer(
                    rf"\b(?!(?:The|A|An|This|That|Said)\s)(?:[A-Z][a-z]*\.?\s+){{1,3}}{re.escape(intro.name)}\b",
                    text[: intro.span.start],
                )
            )
            if earlier:  # (the nearest)
                in_full = earlier[-1]
                found[k] = Introduction(intro.role, squash(in_full.group(0)),
                                        source.span(in_full.start(), in_full.end()),
                                        f"{intro.how}; named in full before")  # fmt: skip
    # a party named by its initials ("promise to pay to EHR ("Lender")"): the name they stand for
    for k, intro in enumerate(found):
        if full := _initials(source, intro.name):
            found[k] = Introduction(intro.role, *full)
    return found


#: A bank's name as a certificate of deposit writes it: "The Butler County State Bank", "First
#: National Bank of Abbeville", "FAYETTE COUNTY BANK OF SOMERVILLE", "Farmers’ State Bank".
_A_BANK: Final = (
    # (and "The LaSalle Street Trust and Savings Bank of Chicago", "Security Trust Company")
    r"(?:The\s+|THE\s+)?(?:(?:[A-Z][\w.&'’-]*|and)\s+){0,7}(?:Bank|BANK|Trust\s+Company|TRUST\s+COMPANY)"
    # (and "Mount Morris Bank of the City of New York")
    r"(?:\s+and\s+Trust\s+Company)?(?:\s+(?:of|OF)(?:\s+the)?(?:\s+(?!No\b)[A-Z][A-Za-z]+){1,2}"
    r"(?:\s+of(?:\s+[A-Z][A-Za-z]+){1,2})?)?"
)
#: A certificate of deposit: "Frank Kyselka had deposited with the American National Bank of
#: Pawhuska, Oklahoma, Six Hundred and no — Dollars, payable to the order of himself", "This
#: certifies that Alejandro Rodriguez, has deposited with …", "Joel Barrett........Has deposited in
#: this Bank", "estate of Wm. Hinson has deposited in this bank": the bank owes the deposit (its
#: maker), the depositor is owed it (its payee).
_DEPOSITED: Final = re.compile(
    # (a word of the name ends with a full stop only as an initial or a short form does: "S.M.",
    # "Wm.", not "Certificate of Deposit. Christian Thompson")
    r"(?<![\w.])(?P<depositor>(?:estate\s+of\s+)?[A-Z](?:[\w.'’-]{0,4}\.|[\w'’-]*)"
    r"(?:[ \t]+[A-Z](?:[\w.'’-]{0,4}\.|[\w'’-]*)){0,4}(?:[ \t]+estate)?)"
    # (and his office after his name: "John A. McCormick, Treas., has deposited with us")
    r"(?:,\s+(?:Treas|Tr|Admr|Adm|Exr|Ex|Agt|Gdn)\.)?"
    r"(?:,\s*|[ \t]*\.{2,}\s*|\s+)(?:[Hh]a[sd]|have)\s+deposited\s+(?:with|in)\s+[\"“]?\s*"
    rf"(?:(?P<this>(?:this|the)\s+(?:[Bb]ank|[Cc]ompany)|us)\b|(?:the\s+)?(?P<bank>{_A_BANK})\b)"
)
#: … or without the depositor: "This is to certify that there has been deposited in this bank
#: Twelve Thousand and no/ioo Dollars ($12,000.00) payable to the order of The Pioneer Cattle Loan
#: Co."
_BEEN_DEPOSITED: Final = re.compile(
    r"\bthere\s+has\s+been\s+deposited\s+(?:in|with)\s+this\s+bank\b(?:[^.;]|\.\d){0,200}?\bpayable\s+to\s+"
    r"the\s+order\s+of\s+(?P<payee>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,5})",
    re.IGNORECASE,
)
#: The bank "this bank" is: the certificate's heading ("“The Lake State Bank.", "FAYETTE COUNTY
#: BANK OF SOMERVILLE.", "“Telfair County Bank (Branch Baxley Banking Co.)") or the court's account
#: ("the Citizens Bank of Albany issued to S.M. Wells a certificate of deposit").
_HEADING_BANK: Final = re.compile(
    # (or after the certificate's number: "“ No. 15154 The First National Bank 50-856 $1020.00")
    # (a clerk's "Copy" before it; its town on the next line: "“East Tennessee National Bank of" /
    # "“Knoxville, Tennessee.")
    # (or after a dateline's year: "Des Moines, Iowa, March 23, 1885. Capital City Bank.")
    # (or "Certificate of Deposit. Indiana National Bank, No. 8,408.", "No. 762. Citizens' …")
    rf"(?:(?:^|\n)[ \t]*[\"“]?[ \t]*|[\"“—][ \t]*|\$[\d,.]+[ \t]+|\bNo\.\s*[\d,]+\.?[ \t]+|\b\d{{4}}\.[ \t]+"
    rf"|\bDeposit\.[ \t]+)"
    rf"(?:Copy\s+)?(?P<name>{_A_BANK})(?=[ \t]*(?:[.,(\n—]|\d|\$|$|No\.)|[ \t]+of[ \t]*\n)"
    rf"|\bthe\s+(?P<issuer>{_A_BANK})\s+issued\s+to\b"
    # (or a private bank's: "Hoge, Daly & Co., Bankers, Anaconda, Mont.")
    # (or "J. D. WITTER, BANKER, GRAND RAPIDS, WISCONSIN")
    r"|(?P<bankers>[A-Z][\w.&'’-]*(?:,?\s+(?:&\s+)?[A-Z][\w.&'’-]*){0,4}),\s+(?:Bankers?|BANKERS?)\b"
    # (or "Banking house of E. T. Hunt & Co., Sycamore, Illinois")
    r"|\bBanking\s+[Hh]ouse\s+of\s+(?P<house>[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z][\w.&'’-]*){0,4})"
)


def _deposited(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The bank and the depositor of a certificate of deposit (:data:`_DEPOSITED`), when no other
    rule named them."""
    text = source.text
    match = _DEPOSITED.search(text)
    been = None if match else _BEEN_DEPOSITED.search(text)
    if match is None and been is None:
        return []
    at = (match or been).start()  # type: ignore[union-attr]
    bank: tuple[str, Span] | None = None
    if match is not None and match.group("bank"):
        bank = (match.group("bank"), source.match_span(match, "bank"))
    else:  # "this bank": the last bank named before the certificate's words, not long before
        named = list(_HEADING_BANK.finditer(text, max(0, at - 600), at))
        if named:
            group = next(g for g in ("name", "issuer", "bankers", "house") if named[-1].group(g))
            bank = (named[-1].group(group), source.match_span(named[-1], group))
    out = []
    if bank is not None and not any(f.role == "borrower" for f in found):
        out.append(Introduction("borrower", squash(bank[0]), bank[1],
                                "the bank of a certificate of deposit"))  # fmt: skip
    if not any(f.role == "lender" for f in found):
        # (the deposit made for another: "Hugh Short has deposited in this bank, … fifteen hundred
        # dollars, for the use of Henry Miller, and payable only to his order")
        other = re.compile(
            r"\b(?:for\s+the\s+use\s+of|payable\s+(?:only\s+)?to\s+the\s+order\s+of)\s+"
            r"(?P<payee>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4})"
        ).search(text, match.end(), match.end() + 300) if match is not None else None  # fmt: skip
        if (
            other is not None
            and match is not None
            and squash(other.group("payee")) != squash(match.group("depositor"))
        ):
            out.append(Introduction("lender", squash(other.group("payee")),
                                    source.match_span(other, "payee"),
                                    "the payee of a certificate of deposit"))  # fmt: skip
        elif match is not None:
            # (a long word's full stop before the certificate's dots: "Anna M. Beers......Has")
            depositor = re.sub(r"(?<=[a-z]{3})\.$", "", squash(match.group("depositor")))
            out.append(Introduction("lender", depositor,
                                    source.match_span(match, "depositor"),
                                    "the depositor of a certificate of deposit"))  # fmt: skip
        elif been is not None:
            out.append(Introduction("lender", squash(been.group("payee")), source.match_span(been, "payee"),
                                    "the payee of a certificate of deposit"))  # fmt: skip
    return out


#: An old bank's corporate name, as its notes were issued: "The President, Directors and Co. of the
#: Montreal Bank", "The President and Directors of the State Bank of North Carolina", "the
#: governor and company of the Bank of England" (and a diarist's "Gov[erno]r and Compa[ny] of the
#: Bank of England").
_BANK_NAME: Final = (
    r"(?:(?i:president)(?:,\s+|\s+and\s+)(?i:directors)(?:,?\s+(?:and|&)\s+(?i:co\.|company))?"
    r"|(?i:gov(?:ernor|\[erno\]r|t\.|r\.))\s+(?:and|&)\s+(?i:comp(?:any|a\[ny\]|y\.)))"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’]*\s+){0,4}(?:Bank|BANK)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’]*"
    r"(?:[ \t]+[A-Z][\w'’]*){0,2})?"
)
_BANK_BODY: Final = rf"(?:[Tt]he\s+)?{_BANK_NAME}"
#: … making the promise ("The President, Directors and Co. of the Montreal Bank promise to pay
#: five dollars") or signed for ("London, the 2d day of March, 1779, for the governor and company
#: of the Bank of England.").
_BANK_PROMISES: Final = re.compile(
    rf"(?P<name>{_BANK_BODY})\s+promises?\s+to\s+pay\b|\b[Ff]or\s+(?:the\s+)?(?P<signed>{_BANK_NAME})"
)


def _bank_body(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The bank that issued an old bank note (:data:`_BANK_PROMISES`), when no rule named the
    maker but a signature below; "The" that opens the maker's words is kept as written, not the
    "the" after "for"."""
    if any(f.role == "borrower" and "signed" not in f.how for f in found):
        return []
    match = _BANK_PROMISES.search(source.text)
    if match is None:
        return []
    group = "name" if match.group("name") else "signed"
    return [Introduction("borrower", squash(match.group(group)), source.match_span(match, group),
                         "the bank that issued the note")]  # fmt: skip


#: An IOU: "I, Jack Carpenter, owe Hubert Schneider $6,000.00."
_I_OWE: Final = re.compile(
    r"\b(?:I|We),\s+(?P<maker>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),\s+(?:do\s+)?owe\s+"
    r"(?P<payee>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})\s+(?:the\s+sum\s+of\s+)?(?=\$|[A-Z][a-z]+"
    r"\s+(?:hundred|thousand)\b)"
)


def _i_owe(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The maker and payee of an IOU (:data:`_I_OWE`), when no other rule named them."""
    match = _I_OWE.search(source.text)
    if match is None:
        return []
    return [
        Introduction(role, squash(match.group(group)), source.match_span(match, group),
                     f"the {'maker' if role == 'borrower' else 'payee'} of an IOU")
        for role, group in (("borrower", "maker"), ("lender", "payee"))
        if not any(f.role == role for f in found)
    ]  # fmt: skip


_NAME_LINE: Final = re.compile(r"[ \t|]*(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,70}?)[ \t|]*$")
_LABEL_WORDS: Final = re.compile(
    r"^(?:exhibit|loan|date|maturity|principal|amount|officer|account|renewal|note|promissory"
    r"|on\s+demand|references?)\b",
    re.IGNORECASE,
)


#: A table's header cells "BORROWER NAME AND ADDRESS: | LENDER NAME AND ADDRESS: |" (an EDGAR
#: page converted with "|" between cells), the names in the cells of a line below.
_LABEL_CELLS: Final = re.compile(
    r"^[ \t|]*(?P<first>BORROWER|LENDER)(?:['’]?S)?\s+NAME(?:\s+AND\s+ADDRESS)?\s*:?[ \t]*\|[ \t]*"
    r"(?P<second>BORROWER|LENDER)(?:['’]?S)?\s+NAME(?:\s+AND\s+ADDRESS)?\s*:?[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)


def _cells_below_labels(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """Borrower and lender named in the cells under a table's two NAME AND ADDRESS labels
    ("SUN EXAMPLE BANCORP. | EXAMPLE BANK, N.A. (Bank) |"): the first line below with two
    filled cells."""
    text = source.text
    labels = _LABEL_CELLS.search(text[:3000])
    if labels is None or labels.group("first") == labels.group("second"):
        return []
    offset = labels.end() + 1
    for line in text[offset : offset + 400].splitlines(keepends=True):
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^|\n]+", line) if m.group().strip()]
        if len(cells) == 2:
            out = []
            for role, (at, cell) in zip(
                (labels.group("first").lower(), labels.group("second").lower()), cells, strict=True
            ):
                name = re.sub(r"\s*\((?:the\s+)?[\"“]?\w+[\"”]?\)\s*$", "", cell.strip())
                start = offset + at + cell.index(cell.strip())
                if any(f.role == role for f in found) or _NOT_A_NAME.search(name):
                    continue
                out.append(Introduction(role, squash(name), source.span(start, start + len(name)),
                                        "named in the cell under the table's NAME label"))  # fmt: skip
            return out
        offset += len(line)
    return []


#: An old signer's given name abbreviated ("Chas. S. Floyd", "GEO. S. WILLIAMSON", "Thos. Brown"):
#: its full stop ends no sentence and heads no name.
GIVEN_NAME_ABBREVIATIONS: Final = (
    "Chas",
    "Thos",
    "Saml",
    "Benj",
    "Robt",
    "Jas",
    "Jno",
    "Geo",
    "Edw",
    "Wm",
    # ("… The First National Bank of Friendly, W. Va. Ed. K. Prince.": a signer's "Ed.")
    "Ed",
    "Jos",
    "Danl",
    "Richd",
)
_GIVEN_ABBREVIATED: Final = "|".join(GIVEN_NAME_ABBREVIATIONS)

#: A public body's note or bond: "The County of Orange, a municipal corporation in the State of
#: North Carolina, is justly indebted and for value received hereby promises to pay to the bearer".
_PUBLIC_MAKER: Final = re.compile(
    # (or after a bond form's "KNOW ALL BY THESE PRESENTS that the City of Elk River, Sherburne
    # County, Minnesota, acknowledges itself to be indebted")
    # (or an old note's time, "One day after date the County of Stanly, North Carolina, promises
    # to pay", or a town's form, "for value received, the City of Biddeford will pay at")
    r"(?:^|\n|\bPRESENTS,?\s+that\s+|\bafter\s+date,?\s+|\b(?i:for\s+value\s+received),?\s+)"
    r"[ \t]*(?:[Tt]he\s+)?"
    # (and "The town of Framingham, in the county of Middlesex …, for value received, promises")
    r"(?P<name>(?:City|County|Town|Village|Borough|Township|State|(?<=[Tt]he\s)(?:city|county|town))\s+of\s+"
    # (not one acting for another: "the City of San Leandro, acting in its capacity as the
    # Successor Agency …")
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:,(?!\s*acting\b)[^.;]{0,200}?)?\s+\b"
    r"(?:is\s+justly\s+indebted"
    r"|acknowledges\s+itself\s+(?:to\s+be\s+)?indebted|(?:hereby\s+)?promises\s+to\s+pay|will\s+pay)\b"
)
#: A New England town's note: "On demand after date, the Inhabitants of the town of Limestone
#: promise to pay to the order of N. W. Downing".
_INHABITANTS: Final = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<name>(?i:inhabitants\s+of\s+the\s+(?:town|city|plantation)\s+of)\s+"
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}),?\s+(?:do\s+)?(?:hereby\s+)?promises?\s+to\s+pay\b"
)
#: A short note in the first person ("I promise to pay to the order of John Wagner five hundred
#: dollars"), then its signer's name alone on a line below ("Philip Smith", "BENJAMIN HARRISON.").
_I_PROMISE: Final = re.compile(
    # (and "we promise to pay", a company signing by an officer on the line after: "Louisville
    # Woodstock Co.," / "By H. Brownell, Sec."; an opinion's quotation marks around the name:
    # "“Albert P. Frye.”" at the end of the quotation)
    # ("“ M. T. Minor.", "“A. H. Taggert, M. D.”", "\"WM. HENRY, JR.\"": a quotation's opening
    # mark and space, a degree or a generation after the name)
    # ("I jointly and severally promise", "I, we, or either of us, promise"; up to three lines of
    # the note between, such as its place of payment or a date line "This April 20th, 1922.";
    # "P. R. Miller, [seal].")
    # ("I, the subscriber, of P. O. Fairbury, county of Jefferson, … severally promise"; a scan's
    # "i promise")
    r"\b(?:I|we|i)\b[^\n]{0,120}?\bpromise\s+to\s+pay\b[^\n]{0,1200}\n(?:[ \t]*\n){0,3}"
    r"(?:[^\n]{0,400}\n(?:[ \t]*\n){0,2}){0,3}?"
    # ("A. L. Grady & Co.", "Barnes & Haynes": a firm)
    r"[ \t]*[\"“]?[ \t]?(?P<name>[A-Z][a-zA-Z.'’-]+(?:[ \t](?:&[ \t])?[A-Z][a-zA-Z.'’-]*){1,3}"
    r"(?:,[ \t]+(?:JR|Jr|SR|Sr)\.)?)(?:,[ \t]+M\.[ \t]?D\.)?(?:,?[ \t]*(?:\[seal\]|\((?i:seal)\)))?[.,]?[\"”]?[ \t]*"
    r"(?:\n|$)"
)
#: ... or signed at the end of the quotation, on its last line: "… Value received. N. Randolph.""
_SIGNED_AT_END: Final = re.compile(
    # (the sentence ends at a full stop after a word, not an initial's; and the name may follow a
    # dash: "… payable at the E.S. and A. Bank, Martin Place, Sydney.—J. E. Gear.”")
    # (initials beyond the three a name may have are passed over: "C. I. P. C. H. Stockell")
    r"\b(?:I|we)\s+promise\s+to\s+pay\b[^\n]{0,1200}?(?<!\b[A-Z])[.;](?:\s+|[ \t]?[—–][ \t]?)"
    r"(?:[A-Z]\.[ \t]?)*?"
    # (a given name abbreviated before the initials: "Chas. S. Floyd")
    rf"(?P<name>(?:(?:{_GIVEN_ABBREVIATED})\.[ \t]+)?"
    r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z][a-z]+[ \t]&[ \t][A-Z][a-z]+)"
    # (the quotation may end the line or be followed by the opinion's "Indorsed: …")
    r"\.?[\"”][ \t]*(?:\n|$|(?=(?:Indorsed|Endorsed)\b))"
)
#: A signer's name in the patterns below: initials and a surname ("T. A. Hamilton"), or a given
#: name, perhaps an initial, and a surname ("Sarah Boggess", "Joseph M. Warren").
_SIGNER_NAME: Final = (
    r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]+|[A-Z][a-z]+(?:[ \t][A-Z]\.)?[ \t][A-Z][a-z]+"
)
#: ... or under seal: "In witness whereof, I have hereunto set my hand and seal, … T. A. Hamilton,
#: [l.s.]" ("P. R. Miller, [seal]")
_SEALED: Final = re.compile(
    rf"\b(?:I|we|i)\s+promise\s+to\s+pay\b.{{0,1500}}?[\s\"“](?P<name>{_SIGNER_NAME}),?[ \t]*"
    r"\[(?i:l\.[ \t]?s\.|seal)\]",
    re.DOTALL,
)
#: ... or a name in capitals at the start of a line below, before "(Seal)": "GEORGE BAKER THOMSON
#: (Seal)"
_SEALED_IN_CAPITALS: Final = re.compile(
    r"\b(?:I|[Ww]e|i)\s+promise\s+to\s+pay\b.{0,1500}?(?:\n|(?<=[.;]\s))[ \t]*"
    # (or after the last sentence, in brackets: "Witness our hands and seals. JOHN SPENCE. [Seal.]")
    r"(?P<name>[A-Z]{2,}(?:[ \t]+(?:[A-Z]\.|[A-Z]{2,})){1,3})\.?[ \t]*[(\[](?i:seal\.?|l\.[ \t]?s\.)[)\]]",
    re.DOTALL,
)
#: ... or under a form's "Witness … hand and seal" line, beside its "(Seal)": "R. C. TOWNSEND.
#: (Seal)"
_WITNESS_HAND_AND_SEAL: Final = re.compile(
    r"\b(?:I|we)\b[^\n]{0,200}?\bpromise\s+to\s+pay\b.{0,3000}?\bWitness\b[^\n]{0,80}?\bhand\b"
    r"[^\n]{0,60}?\bseal\b[^\n]*\n[ \t]*"
    r"(?P<name>(?:[A-Z]\.[ \t]?){1,3}[A-Z][A-Za-z'’-]+|[A-Z][a-z]+(?:[ \t][A-Z]\.)?[ \t][A-Z][A-Za-z'’-]+)"
    r"\.?[ \t]*\((?i:seal|l\.[ \t]?s\.)\)",
    re.DOTALL,
)
#: ... or after "Witness my hand" at the end of the note: "… for Value reciev’d of him — Witness
#: my hand Joseph Warren.”", "Witness my hand and seal on this 28th day of October, 1879. Sarah
#: Boggess. [Seal.]"
_WITNESS_MY_HAND: Final = re.compile(
    r"\b(?:I|we|We)\b[^\n]{0,200}?\b[Pp]romise\s+to\s+pay\b.{0,3000}?\b[Ww]itness\s+(?:my|our)\s+hands?"
    r"(?:\s+and\s+seals?)?(?:\s+(?:on\s+)?this\s+[^.\n]{0,60}?\d{4})?[.,:]?\s+[\"“]?"
    rf"(?P<name>{_SIGNER_NAME})(?=[.,]?[ \t]*(?:[\"”’\[(]|\n|$))",
    re.DOTALL,
)
#: ... or as a catalogue describes the signature: 'Signed "David Crockett."', "Signed at the
#: conclusion by a Samuel Clark, and countersigned by …" (before or after the quoted promise), or
#: a form's "Signed: Ben Pauly.”"
_SIGNED_DESCRIBED: Final = re.compile(
    r"\bSigned(?:\s+at\s+the\s+(?:conclusion|end|bottom|foot)\s+by(?:\s+an?)?|\s+[\"“]|:)[ \t]*"
    rf"(?P<name>{_SIGNER_NAME})(?=\.?[\"”]|,|\.|\s+and\b)"
)
#: ... or as an opinion describes it: "Signed by Harlan Wilson, and endorsed by M. L. Winslow"
_SIGNED_BY: Final = re.compile(
    r"\bI\s+promise\s+to\s+pay\b[^\n]{0,1200}?\bSigned\s+by\s+"
    r"(?P<name>[A-Z][a-zA-Z.'’-]+(?:[ \t]+[A-Z][a-zA-Z.'’-]*){1,3}?)(?=,|\.?[ \t]*[\"”\n]|\s+and\b)"
)


#: ... or a company's name signed with its officer's below the promise: "COLEMAN LUMBER CO., INC.
#: JOHN COLEMAN, President.", "The Akron Gas & Electric Co.,\n(Corporate Seal.) R. A. Shook,
#: President,", "Brazil Ice and Cold Storage Co., Henry Bynum, Sec’y."
_COMPANY_SIGNS: Final = re.compile(
    # (the name opens a line, a quotation or a sentence; an office is not a name: "M. A. Wiers,
    # Pres. of Company. W. A. Moore, Sec.")
    r"\bpromises?\s+to\s+pay\b.{0,3000}?(?:^|(?<=[\n“\"(])|(?<=[.”\]][ \t])|(?<=[.”\]][ \t]{2})|(?<=\b[Ff]or\sthe\s))"
    r"(?!(?:Pres|Sec|Treas|Vice|Manager|Cashier)\b)"
    # (a comma may stand inside it: "For the Gold Glen Mining, M. & T. Co.")
    r"(?P<name>(?:The\s+|THE\s+)?[A-Z][\w&'’-]*\.?(?:,?[ \t]+(?!(?:Pres|Sec|Treas|Vice)\b)"
    r"(?:[A-Z][\w&'’-]*\.?|&|and|of|AND|OF)){0,6}?,?"
    r"[ \t]+(?:Co\.|CO\.|Company|COMPANY|Corporation|CORPORATION)(?:,?[ \t]+(?:Inc\.|INC\.|Incorporated))?)"
    r"[,.]?[”\"]?\s*(?:\((?i:corporate\s+seal)\.?\)\s*)?[“\"]?(?:By[ \t]+)?"
    r"(?:[A-Z]\.[ \t]?){0,3}[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?,[ \t]+"
    r"(?:President|PRESIDENT|Pres(?:'t|’t|\.)|Sec(?:retary|'y|’y|\.)|SECRETARY|Treas(?:urer|\.)|TREASURER"
    r"|(?:General\s+)?Manager|Vice)",
    re.DOTALL,
)
#: ... or as an opinion says after the quotation: "It is signed “Houston Flour Mills Co., D. P.
#: Shepherd, president.”", "and is signed: J. H. Winchester."
_COURT_SAYS_SIGNED: Final = re.compile(
    r"\b(?:[Ii]t|and|which|[Tt]he\s+note)\s+(?:is|was)\s+signed(?:\s+by)?[:,]?[ \t]*[\"“]?"
    r"(?P<name>(?:[A-Z][\w&'’-]*\.?[ \t]+){0,6}?(?:Co\.|Company|Inc\.|Corporation)"
    rf"|{_SIGNER_NAME})(?=[.,]?[\"”]|,|\.)"
)


#: Words of a heading or a signature block's labels, not of a name.
_HEADING_WORD: Final = re.compile(
    r"\b(?:schedule|exhibit|advances?|notes?|agreement|payments?|section|article|borrower|lender"
    r"|maker|payee|witness|signature|date)\b",
    re.IGNORECASE,
)


def _company_signs(text: str) -> re.Match[str] | None:
    """A company signed with its officer below the promise (:data:`_COMPANY_SIGNS`), unless the
    company is the payee endorsing the note ("… to the order of Springfield Shingle Co. …" and on
    its back "Springfield Shingle Co., By …, President")."""
    match = _COMPANY_SIGNS.search(text)
    if match is None:
        return None
    head = re.escape(" ".join(match.group("name").split()[-3:-1]) or match.group("name"))
    if re.search(rf"\bpay\s+(?:to\s+)?(?:the\s+order\s+of\s+)?[^.;]{{0,80}}?{head}", text, re.I):
        return None
    return match


#: A signature the court's copy marks: "(Signed)", "[Signed]", "(Sgd.)".
#: (and an opinion's misprint of it: "(Singed) E. A. WALSTON. [SEAL]")
_SIGNED: Final = re.compile(r"[\[(]\s*(?:Signed|Singed|Sgd\.?)\s*[\])]\s*", re.IGNORECASE)
_PROMISE_BEFORE: Final = re.compile(r"\bpromises?\s+to\s+pay\b", re.IGNORECASE)


def _signed_below(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The maker of a first-person note, by the name signed on the line after it (inferred)."""
    if any(f.role == "borrower" for f in found):
        return []
    signed = _SIGNED.search(source.text)
    below = _I_PROMISE.search(source.text)
    if below and (_NOT_A_NAME.search(below["name"]) or _HEADING_WORD.search(below["name"])):
        below = None  # (a heading below the note: "SCHEDULE OF ADVANCES")
    if below and signed and below.start("name") < signed.start():
        # ("“John B. Leigh.”" signed under the note; "(Signed) C. M. Sessions" endorsed on its back)
        signed = None
    if signed and _PROMISE_BEFORE.search(source.text[: signed.start()]):
        # a note quoted in a court opinion: "… with interest at ….. per cent per annum. (Signed)
        # ROBERT BROS., INC., J. L. ROBERTS, Prest."; "[Signed] J.V. Wilkinson."
        line = source.text[signed.end() :].split("\n", 1)[0]
        # ("[Signed] George Schar. Wiebke Schar.” Indorsed: “…": the quotation ends the names)
        line = re.split(r"[”\"]", line.lstrip('“" \t'), maxsplit=1)[0]
        # (an opinion's page marker goes: "T. S. McNeil Grace McNeil *Page 707"; and of signers
        # printed in a row, the first: "T. S. McNeil")
        line = re.split(r"\s*\*+\s*(?:Page\s+)?\d+", line, maxsplit=1)[0]
        line = re.sub(
            r"^((?:[A-Z]\.\s?){1,3}[A-Z][a-zA-Z'’]+)\s+[A-Z][a-z]+\s+[A-Z][a-zA-Z'’]+\s*$",
            r"\1",
            line,
        )
        # (and of two signers who share a surname, "Hyman Jacobson Julia Jacobson", the first)
        line = re.sub(
            r"^([A-Z][a-z]+\s+([A-Z][a-zA-Z'’]+))\s+[A-Z][a-z]+\s+\2\.?\s*$", r"\1", line.rstrip()
        )
        entity = re.match(rf"(.+?,?\s+{_SUFFIX})(?=,|\s*$)", line)
        # ('"(sgd) Sanford Caudill "(sgd) Mildred Caudill "P.O. Tucumcari': the first signer)
        name = (
            (
                entity.group(1)
                if entity
                else re.split(r",\s+|\s+[\"“](?=\((?:sgd|signed)\b)", line, flags=re.IGNORECASE)[0]
            )
            .strip()
            .rstrip('.,"”')  # ("[Signed] W. D. Johnson," / "Elva D. Johnson.")
        )
        # ("[Signed] A. E. Long. P. O., Rush Springs": a person's name ends at its full stop)
        if not entity:
            # (not a given name's abbreviation: "Thos. B. Lee. [l. s.]")
            given = "".join(rf"(?<!\b{g})" for g in GIVEN_NAME_ABBREVIATIONS)
            # (and a company's name ends at its kind: "Cumberland Lumber Co. Geo. Benedict, Prest.")
            name = re.split(rf"(?<=[a-z]{{2}}){given}\.|\.?\s*\[(?i:seal)\]|(?:(?<=\bCo\.)|(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bLtd\.))\s+(?=[A-Z])",
                            name, maxsplit=1)[0]  # fmt: skip
        # (not "(Signed). This note was described in a mortgage": no name after the mark)
        if re.match(r"[A-Z]", name) and len(name.split()) <= 8 and not _NOT_A_NAME.search(name):
            start = source.text.find(name, signed.end())  # (past the quotation marks before it)
            return [Introduction("borrower", name, source.span(start, start + len(name)),
                                 "signed below the promise", placed=True)]  # fmt: skip
    match = (
        _company_signs(source.text)
        or _NAMED_IN_PROMISE.search(source.text)
        or _PERSON_PROMISES.search(source.text)
        or below
        or _SIGNED_AT_END.search(source.text)
        or _SIGNED_BY.search(source.text)
        or _SEALED.search(source.text)
        or _SEALED_IN_CAPITALS.search(source.text)
        or _WITNESS_HAND_AND_SEAL.search(source.text)
        or _WITNESS_MY_HAND.search(source.text)
        or (_SIGNED_DESCRIBED.search(source.text) if _FIRST_PERSON.search(source.text) else None)
        or _COURT_SAYS_SIGNED.search(source.text)
    )
    if match is None:
        return _quotation_signer(source)
    if _NOT_A_NAME.search(match.group("name")):
        # ("I or we jointly and severally promise to pay": no name; the quotation's signer, if any)
        return _quotation_signer(source)
    # (a full stop that ends an abbreviation stays: "Louisville Woodstock Co.", "WM. HENRY, JR.")
    name = re.sub(r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bJR)(?<!\bJr)(?<!\bSR)(?<!\bSr)\.$", "",
                  match.group("name"))  # fmt: skip
    start = match.start("name")
    return [Introduction("borrower", name, source.span(start, start + len(name)),
                         "signed below the first-person promise", placed=True)]  # fmt: skip


#: The maker named in its own first-person promise: "For Value Received, I Houghton N. Sawyer
#: Promise to pay to C & T Discount Corporation".
_NAMED_IN_PROMISE: Final = re.compile(
    # (or in capitals: "I, HELEN SLAVESKI, promise to pay")
    r"\b(?:I|We),?[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]+"
    r"|[A-Z]{2,}(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z]{2,}),?[ \t]+"
    r"(?:do[ \t]+)?(?:hereby[ \t]+)?[Pp]romise[ \t]+to[ \t]+pay\b"
)
#: A person promising after a clause of its own: "For value received, and in replacement of that
#: certain promissory note executed by Craig S. Miller and dated January 23, 1996, Michelle B.
#: Miller promises to pay the principal sum".
_PERSON_PROMISES: Final = re.compile(
    r"(?<=,[ \t])(?P<name>[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+)[ \t]+(?:hereby[ \t]+)?"
    r"promises[ \t]+to[ \t]+pay\b"
)
#: A first-person promise, as an opinion's copy prints it (a scan's "T promise" or "1 promise"
#: for "I promise"; "the undersigned promise to pay").
_FIRST_PERSON: Final = re.compile(
    r"(?:\b(?:I|we|We|i)\b|\bthe\s+undersigned(?=\s+promise)|\bT(?=\s+promise)"
    r"|(?<![\d,.$])\b1(?=\s+promise))[^\n]{0,200}?\bpromise\s+to\s+pay\b"
)
#: The end of the quotation that holds the note: a closing quotation mark at the end of a line.
#: (or before the opinion's next sentence: "… or holding whatsoever. Ezekiel E. Gardner." To the
#: note was attached …")
# (or a single closing mark after the full stop: "July 17, 1862. Abijah Whetstone.’")
_QUOTATION_END: Final = re.compile(r"[”\"][ \t]*(?:\n|$)|(?<=\.)[’'][ \t]*(?:\n|$)")
_QUOTATION_ENDS_SENTENCE: Final = re.compile(r"(?<=\.)[”\"][ \t]+(?=[A-Z])")
#: A signer's name: initials and capitalised words ("E. M. Bell", "Wm. H. Lyles", "H. 'A.
#: Schoenberger", "E. W. Traver & Co."), then perhaps an office after a comma ("George Moore,
#: Treas. of Mechanic Falls Dairying Association").
_SIGNER: Final = re.compile(
    # (initials run together count as one word: "F.T. Ronkainen."; a firm of partners' names:
    # "Siegel, Cooper & Co.")
    r"(?P<name>[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)+[ \t]+&[ \t]+Co\.?"
    r"|(?:[A-Z]\.(?:[A-Z]\.){1,2}|[A-Z][a-z]{0,2}\.|['‘][A-Z]\.|[A-Z][a-zA-Z'’-]+)"
    r"(?:[ \t]+(?:&[ \t]+)?(?:[A-Z][a-z]{0,2}\.|['‘][A-Z]\.|[A-Z][a-zA-Z'’-]+)){1,4})"
    r"(?:,[ \t]+(?:Treas|Prest?|Sec|Secy|Pres|Mgr|Agt|Cash|Adm|Ex)r?\.[^\n”\"]{0,80})?\.?[ \t]*$"
)
_ENDORSED_OR_ATTESTED: Final = re.compile(
    r"\b(?:In|En)dorse(?:d|ments?)\b\s*[:“\"]|\bAttest\s*:|\*{3,}", re.IGNORECASE
)
#: Words that end a note's last sentence, not a signer's name ("Payable at any Nat. Bank.",
#: "Value Received.").
_NOT_A_SIGNER: Final = re.compile(
    r"\b(?:Bank|Received|Payable|Value|Dollars|Interest|Company|Association|Corporation|Office"
    r"|Note|State|County|Street|Avenue|Seal|Witness|Attest|Due|Per|Cent|Annum|Protest|Notice)\b"
)


def _quotation_signer(source: SourceText) -> list[Introduction]:
    """The maker of a first-person note quoted in an opinion, by the name that ends the
    quotation ("… payable at the Bank of the Ohio Valley. / “ E. M. Bell.”"; "… Post Office,
    Beresford, S. D. “M. B. Ryan.”"; "… Value received. Wm. H. Lyles. (Address) Columbia") —
    inferred, and only when no other rule named a maker."""
    text = source.text
    promise = _FIRST_PERSON.search(text)
    if promise is None:
        return []
    if re.match(r"we,\s+the\s+(?!undersigned\b)[a-z]", promise.group(0)):
        return []  # "we, the trustees of the Ellenboro M. E. church, promise": named in the promise
    window = text[promise.end() : promise.end() + 2500]
    ends = [m.start() for m in _QUOTATION_END.finditer(window)]
    # ("Value received. Wm. H. Lyles. (Address) Columbia, S.C."): an unquoted copy's signer
    received = re.search(
        r"\bValue\s+received\.\s+(?P<rest>[^\n]{0,60}?\.)[ \t]*(?=\(|\n|$)", window, re.IGNORECASE
    )
    candidates = [window[:end] for end in ends[:1]]
    inline = _QUOTATION_ENDS_SENTENCE.search(window)
    if inline is not None:
        candidates.append(window[: inline.start()])
    # ("… if placed in the hands of a lawyer for collection. White & Bradshaw." then a blank
    # line): the name that ends the note's paragraph, when no quotation mark closes it
    paragraph = re.search(r"\.[ \t]*\n[ \t]*\n", window)
    if paragraph is not None and not ends:
        candidates.append(window[: paragraph.start() + 1])
    if received is not None:
        candidates.append(window[: received.end("rest")])
    # ('“M Olson,' / '“C. M. Olson.' / '“Pay Arah Leonard, …, or order.' / '“Jonas O. Olson.”'):
    # the payee's indorsement on the back, after the makers' names; the makers' come first
    for k, head in enumerate(list(candidates)):
        indorsed = re.search(
            r"\n[ \t]*[\"“]?Pay\s+(?:to\s+)?[^\n]{0,200}?\bor\s+(?:his\s+|their\s+)?order\b[^\n]*\n[^\n]*$",
            head,
        )
        if indorsed is not None:
            candidates[k] = head[: indorsed.start()]
    # ('"WILBUR D. LOCKE.' then '"Ft. Klamath, Oregon."'): the signer's town on the last line
    for head in list(candidates):
        town = re.search(
            rf"\n[ \t]*\n?[ \t]*[\"“]?(?:[A-Z][\w.]*\s){{0,3}}[A-Z][\w.]*,\s+(?:{STATES}|[A-Z][a-z]{{1,5}}\.)"
            r"\.?[ \t]*$",
            head,
        )
        if town is not None:
            candidates.append(head[: town.start()])
        # ('… bank notes of Tennessee. P. NEGRIN.' then '“Endorser, W. H. Hunt.”'): an endorsement
        # on the last line
        endorsed = re.search(
            r"\n[ \t]*\n?[ \t]*[\"“]?(?:Endorser|Indorser|Endorsed|Indorsed)\b[^\n]*$", head
        )
        if endorsed is not None:
            candidates.append(head[: endorsed.start()])
    for head in candidates:
        # the last sentence before the mark: after a full stop (not an initial's or an office's),
        # a bracket, an opening quotation mark or a line break
        cut = max(
            [0]
            + [
                m.end()
                for m in re.finditer(
                    # (and a form's dotted blank: "No..... Due .... FRANK LANGLEY")
                    # (not a given name's abbreviation: "Chas. S. Floyd", "Thos. Brown")
                    r"(?<=[a-z]{3})"
                    + "".join(rf"(?<!\b{name})" for name in GIVEN_NAME_ABBREVIATIONS)
                    + r"\.[ \t]+(?!of\b)"
                    # (or a bracket's: "… the sum of two-thousand dollars ($2000.00). Ralph S.
                    # Steelman")
                    r"|(?<=\))\.[ \t]+|[\]“\n][ \t]*|(?<=\s)\"[ \t]*|\.{3,}[ \t]*",
                    head,
                )
            ]
        )
        line_start = head.rfind("\n", 0, cut) + 1
        if re.fullmatch(r"[ \t“\"]*[A-Z][a-z]+\.[ \t]*", head[line_start:cut]):
            cut = line_start  # ("Emma. B. Motter (Seal)": a name's first word, not a sentence)
        # (a dash before the signer: "–John Johnson”")
        tail = head[cut:].strip().lstrip('“"–—').rstrip("”\"’'").strip()
        if re.match(r"\(?Address\)?\s", tail):
            # a form's signature lines: '"Signature GEORGE N. RENSHAW "Address Union Trust Co."':
            # the name after "Signature", not the address after it
            signed = re.search(r"\bSignature[:\s]+([^\n\"“”]+?)[\s\"“]*$", head[:cut])
            if signed is None:
                continue
            cut, tail = signed.start(1), signed.group(1).strip()
        # ("FRANK LANGLEY, (L. S.)": a seal; "J. C. MCDONALD P. O., West End, Wayne Co.": the
        # signer's post office)
        tail = re.sub(r",?\s*[\[(](?:L\.\s?S\.|seal)[\])]\.?$", "", tail, flags=re.IGNORECASE)
        # (two signers under seal on one line: "J. E. Lanier (L. S.) J. Herbert Smith": the first)
        tail = re.split(r"\s*[\[(](?:L\.\s?S\.|seal)[\])]\s+(?=[A-Z])", tail, flags=re.IGNORECASE)[
            0
        ]
        tail = re.sub(r"\s+P\.\s?O\.,?\s.*$", "", tail)
        # ("April 20, 1866. W. M. Byrd.": the note's date before its signer)
        tail = re.sub(r"^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\.\s+", "", tail)
        signer = _SIGNER.fullmatch(tail)
        if signer is None:
            continue
        name = signer.group("name").rstrip(".")
        if name.endswith((" Co", " Jr", " Sr")):
            name += "."
        if _NOT_A_SIGNER.search(signer.group("name")) and not re.search(r"&[ \t]+Co\.?$", name):
            continue
        if _NOT_A_NAME.search(name) or _HEADING_WORD.search(name) or name.startswith("By "):
            continue
        if _ENDORSED_OR_ATTESTED.search(head[:cut]):
            continue  # ("Indorsed: “Bond & Johnson.”"; "“Attest: E. W. Young, Secretary. … “B.
            # Clark Wheeler.”"): the name after an endorsement or an attestation is not the maker's
        start = promise.end() + cut + head[cut:].index(signer.group("name"))
        return [Introduction("borrower", name, source.span(start, start + len(name)),
                             "the name that ends the quoted first-person note", placed=True)]  # fmt: skip
    return []


def _side_by_side(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """A bank form printing borrower and lender side by side above ``BORROWER'S NAME AND ADDRESS``
    and ``LENDER'S NAME AND ADDRESS`` labels: the text layer interleaves the two columns, so the
    first name-like line of the block is the borrower's and the second the lender's (inferred)."""
    text = source.text
    pair = re.search(
        r"BORROWER['’]?S\s+NAME(?:\s+AND\s+ADDRESS)?[\s|]{0,40}LENDER['’]?S\s+NAME", text
    )
    if pair is None or any(f.role in {"borrower", "lender"} for f in found):
        return []
    names: list[tuple[int, int]] = []
    head = text[: pair.start()]
    if len(re.findall(r"\|[ \t]*\n", head)) >= 3:
        # a table whose cells end in "|" and whose words a flattened page broke over lines
        # ("CHAMPION" / "INDUSTRIES, INC. |" / "FIRST" / "CENTURY BANK, N.A. |"): a cell is a name
        offset = 0
        for cell in re.finditer(r"[^|]+", head):
            lines = cell.group(0).strip().split("\n")
            tail: list[str] = []  # the cell's last lines in capitals, without figures
            for line in reversed(lines):
                if not re.fullmatch(r"[ \t]*[A-Z][A-Z&.,'’ \-]*[ \t]*", line):
                    break
                tail.insert(0, line.strip())
            words = "\n".join(tail)
            if len(tail) >= 2 and re.search(rf"\b{_NAME_SUFFIX}$", words):
                start = cell.start() + cell.group(0).rindex(words)
                names.append((start, start + len(words)))
            if len(names) == 2:
                break
        if len(names) < 2:
            names = []
    offset = 0
    for line in head.splitlines(keepends=True) if not names else ():
        match = _NAME_LINE.fullmatch(line.rstrip("\n"))
        if match and not re.search(r"\d", line) and not _LABEL_WORDS.match(match.group("name")):
            names.append((offset + match.start("name"), offset + match.end("name")))
        offset += len(line)
        if len(names) == 2:
            break
    if len(names) < 2:
        return []
    how = "named in the form's side-by-side columns above the NAME AND ADDRESS labels"
    return [
        Introduction(role, squash(text[a:b]), source.span(a, b), how)
        for role, (a, b) in zip(("borrower", "lender"), names, strict=True)
    ]


#: A form's "NAME AND ADDRESS" labels under its two columns; a host that masks words keeps their
#: length, so "XXXXXXXX'S" is BORROWER'S and "XXXXXX'S" LENDER'S.
_COLUMN_LABEL: Final = re.compile(
    r"(?P<who>BORROWER|LENDER|X{8}|X{6})['’]?[Ss]\s+NAME\s+AND\s+ADDRESS", re.IGNORECASE
)
#: The end of an entity's name: its kind, or a bank's ("fsb", "N.A.").
_NAME_SUFFIX: Final = (
    r"(?:INC|Inc|CORP|Corp|CORPORATION|Corporation|COMPANY|Company|CO|Co|LLC|L\.L\.C|LTD|Ltd|LP"
    r"|L\.P|N\.A|FSB|fsb|F\.S\.B|BANK|Bank|ASSOCIATION|Association|UNION|Union|TRUST|Trust)\.?"
)
_TWO_NAMES: Final = re.compile(
    rf"(?P<first>[A-Z][\w&.,'’ -]*?\b{_NAME_SUFFIX}(?:,?[ \t]+{_NAME_SUFFIX})*),?[ \t]+"
    # (the second not a name's tail: "POWER EXPLORATION INC BANK OF COMMERCE" is not "… INC BANK"
    # and "OF COMMERCE")
    rf"(?P<second>(?!(?:OF|Of|AND|And)\b)[A-Z][\w&.,'’ -]*?)[ \t]*$"
)
#: What follows the names on their line: the form's other cells, an officer's initials.
_AFTER_NAMES: Final = re.compile(
    # (and "POWER EXPLORATION INC BANK OF COMMERCE ACCOUNT #: 4174")
    r"[ \t]+(?:Loan\s+Number|Loan\s+No\b|Date\b|Maturity\b|OFFICER\b|Officer\b|ACCOUNT\s*(?:#|NO\b|NUMBER\b)).*$"
    r"|[ \t]+[A-Z]{2,4}[ \t]*/[ \t]*[A-Z]{2,4}[ \t]*$"
    # (or the first one's street, run on after a wide gap: "PRO URO CARE INC. CENTRAL BANK
    # 6440 FLYING CLOUD DRIVE 6640 SHADY OAK ROAD")
    r"|[ \t]{2,}\d{2,6}[ \t]+[A-Z].*$"
)


def _two_names(line: str, start: int) -> list[tuple[int, int]]:
    """The spans of the names run into one line (see :func:`_columns_on_one_line`)."""
    names: list[tuple[int, int]] = []
    if "|" in line:
        for cell in re.finditer(r"[^|]+", line):
            name = cell.group(0).strip()
            if name and not re.search(r"[\d:]", name) and _cut_name(name, 0) == (0, len(name)):
                at = start + cell.start() + cell.group(0).index(name)
                names.append((at, at + len(name)))
        return names
    cut = _AFTER_NAMES.search(line)
    head = line[: cut.start()] if cut else line
    # (the columns set apart by a wide gap, a person's name first: "Garry J. Graham" and, far to
    # its right, "First Savings Bank, FSB")
    gap = re.fullmatch(
        r"[ \t]*(?P<first>[A-Z][\w&.,'’ -]*?\S)[ \t]{5,}(?P<second>[A-Z][\w&.,'’ -]*?\S)[ \t]*",
        head,
    )
    if (
        gap
        and not re.search(r"\d", gap.group(0))
        and all(len(gap.group(g).split()) <= 6 for g in ("first", "second"))
    ):
        return [(start + gap.start(g), start + gap.end(g)) for g in ("first", "second")]
    both = _TWO_NAMES.fullmatch(head)
    if both and not re.search(r"\d", both.group(0)):
        names = [(start + both.start(g), start + both.end(g)) for g in ("first", "second")]
    return names


def _columns_on_one_line(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """A bank form printing the borrower's and the lender's names side by side above their
    ``NAME AND ADDRESS`` labels, whose text layer runs the two names into one line ("AMCOM
    CORPORATION FIDELITY BANK Loan Number 2973", "NUVERA COMMUNICATIONS, INC. | CITIZENS BANK
    MINNESOTA | OFFICER: JAB |"): split after the first name's kind of entity (or at the cells'
    bars), in the labels' order (inferred)."""
    text = source.text
    label = _COLUMN_LABEL.search(text, 0, 2500)
    if label is None or any(f.role in {"borrower", "lender"} for f in found):
        return []
    who = label.group("who").upper()
    order = ("borrower", "lender") if who in {"BORROWER", "X" * 8} else ("lender", "borrower")
    other = _COLUMN_LABEL.search(text, label.end(), label.end() + 600)
    if other and re.search(
        r"^[ \t]*[A-Z][A-Z0-9&.,' \-]{2,60}[ \t]*$", text[label.end() : other.start()], re.MULTILINE
    ):
        # the labels stacked, each under its own name ("UNITED TRUST GROUP, INC." / address /
        # "BORROWER'S NAME AND ADDRESS" / … / "FIRST NATIONAL BANK OF THE CUMBERLANDS" / address /
        # "LENDER'S NAME AND ADDRESS"): not two columns run into one line
        return []
    lines = [
        (m.start(), m.group(0))
        for m in re.finditer(r"[^\n]+", text[: text.rfind("\n", 0, label.start()) + 1])
        if re.search(r"[a-z]{2}|[A-Z]{3}", m.group(0))
        and not re.match(r"\s*(?:exhibit|loan\s+number)\b", m.group(0), re.IGNORECASE)
        # (nor an EDGAR filing's tags: "<PAGE>", "<TABLE>", "<CAPTION>")
        and not re.fullmatch(r"\s*(?:<[^<>\n]*>\s*)+", m.group(0))
    ]
    for start, line in lines[:3]:  # (a title line, "Promissory Note", may come first)
        names = _two_names(line, start)
        if len(names) >= 2 and all(len(text[a:b].split()) <= 8 for a, b in names[:2]):
            break
    else:
        return []
    how = "label: named in the form's columns above the NAME AND ADDRESS labels, run into one line"
    return [
        Introduction(role, squash(text[a:b]), source.span(a, b), how)
        for role, (a, b) in zip(order, names[:2], strict=True)
    ]


#: The SBA's note form: its box of terms labels each party without a colon ("Borrower Flexshopper
#: LLC" / "Lender Customers Bank"), or, flattened, on one line ("… 1% fixed Borrower    Potbelly
#: Sandwich Works, LLC Lender" / "Harvest Small Business Finance, LLC").
_SBA_PARTY: Final = re.compile(
    r"\b(?P<label>Borrower|Lender)[ \t]+(?:\n[ \t]*)?(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)"
    r"(?=[ \t]+(?:Lender|Borrower)\b|[ \t]*\n)"
)


def _sba_form(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The parties in the box of terms of the SBA's note form ("SBA Loan #", "SBA Loan Name")."""
    head = source.text[:1500]
    if not re.search(r"\bSBA\s+Loan\b", head):
        return []
    out: list[Introduction] = []
    for match in _SBA_PARTY.finditer(head):
        role = "borrower" if match.group("label") == "Borrower" else "lender"
        start, name = match.start("name"), match.group("name")
        # ("Lender TD BANK," / "N.A.": a legal form carried to the next line; "Borrower Pressure
        # Biosciences, Inc. Operating": the next cell's word after the legal form)
        carried = re.match(
            r",?[ \t]*\n[ \t]*(N\.A\.|Inc\.|INC\.|LLC|L\.L\.C\.)", head[match.end("name") :]
        )
        # (or any words of it: "Borrower Dynatronics" / "Corporation", "Lender Bank of the" /
        # "West", a narrow cell's line broken)
        rest = re.match(
            r"[ \t]*\n[ \t]*((?-i:[A-Z][A-Za-z&.'’-]*)(?:[ \t]+(?-i:[A-Z][A-Za-z&.'’-]*)){0,2}[.,]?)[ \t]*\n"
            r"(?=[ \t]*(?:Lender|Borrower|\d+\.|[A-Z]{2,}))",
            head[match.end("name") :],
        )
        if name.endswith(",") and carried:
            name = head[start : match.end("name") + carried.end()]
        elif rest and (
            re.search(r"\b(?:of|the|and|&)$", name)
            or re.fullmatch(_NAME_SUFFIX, rest.group(1).rstrip(",."))
        ):
            name = head[start : match.end("name") + rest.end(1)]
        name = re.sub(r"(\b(?:Inc|INC|Corp|CORP)\.)[ \t]+[A-Z][a-z]+$", r"\1", name).rstrip(" ,")
        if any(f.role == role for f in [*found, *out]) or _NOT_A_NAME.search(name):
            continue
        out.append(Introduction(role, squash(name), source.span(start, start + len(name)),
                                "labelled in the SBA form's box of terms"))  # fmt: skip
    return out


def _headed(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """A defined-terms header that puts each party under its label (``MAKER:`` then, on the next
    non-blank line, the name), or after it on the label's own line near the top ("Maker:
    Claimsnet.com, Inc." in a header of labelled terms)."""
    roles = {
        "MAKER": "borrower",
        "BORROWER": "borrower",
        "LENDER": "lender",
        "PAYEE": "lender",
        "HOLDER": "lender",
        "BANK": "lender",
        "HOLDER/PAYEE": "lender",
        # a secured note's header: "SECURED PARTY: CITIZENS LEASING CORPORATION DEBTOR: …"
        "DEBTOR": "borrower",
        "SECURED PARTY": "lender",
        "CREDITOR": "lender",
        "CUSTOMER": "borrower",
        "LEGAL NAME": "borrower",
        "APPLICANT": "borrower",
        "ISSUER": "borrower",
    }  # fmt: skip  (a form's "LEGAL NAME:" is the borrower's)
    out: list[Introduction] = []
    under = re.finditer(
        # "BORROWER:" or, alone on its line as a table's cell, "Borrower"
        # (and "Name(s) of Maker(s):", "BORROWER INFORMATION")
        # (and a numbered term: "1.1 Borrower:" / "iCAD, INC.")
        # (and a table's cells flattened with their borders: "|BORROWER:" / "|Novagen Finance Pty
        # Ltd (A.C.N. 156 045 180)", the company's registered number after its name)
        r"^[ \t|]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Name\(s\)\s+of\s+)?"
        # (and a Finnish note's "DEBTOR" / "Encorium Oy" and "CREDITOR" / "Ilari Koskelo")
        r"(?:(?P<label>MAKER|BORROWER|LENDER|PAYEE|HOLDER|DEBTOR|CREDITOR|Maker|Borrower|Lender"
        r"|Payee|Holder|Debtor:|Creditor:)(?:\(s\)|[ \t]+INFORMATION)?[ \t]*:?"
        r"|(?P<bank>BANK|Bank)[ \t]*:)"  # ("Bank:" / "Bank" / "of America, N.A.": with its colon)
        # (a table's cell borders between: "Borrower:" / "|" / "Frederick County Bancorp, Inc.")
        r"[ \t]*\n(?:[ \t|]*\n)*"
        # (the form's title between the label and the name: "BORROWER" / "COMMERCIAL VARIABLE
        # RATE REVOLVING OR DRAW NOTE" / "HENDERSON CITIZENS DELAWARE BANCSHARES, INC.")
        r"(?:[ \t]*[A-Z][A-Z ,&-]{2,80}\bNOTE[ \t]*\n(?:[ \t]*\n)*)?"
        # (and a Norwegian company's "Karenslyst Årgang 2011 XXXVII AS")
        r"[ \t|]*(?P<name>(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-zÀ-ÖØ-öø-ÿ0-9&.,'’ \-]{2,80}?"  # ("iCAD, INC.")
        # (a name a flattened page broke over lines: "ARC" / "HDV, LLC", "Bank" / "of America,
        # N.A.": the next line goes on with "of" or ends as an entity's name)
        rf"(?:[ \t]*\n[ \t]*(?:(?:of|and|&)[ \t]+[A-Za-z0-9&.,'’ \-]{{2,60}}?"
        # (or a bank's: "NORTHEAST" / "COMMUNITY BANK")
        rf"|[A-Z][A-Za-z0-9&.,'’ \-]{{0,50}}?(?<![A-Za-z])(?:{_SUFFIX}|BANK|Bank|TRUST|Trust"
        r"|ASSOCIATION|Association|UNION|Union)))?)"
        # (and a Scandinavian one's: "KCH Stockholm AB (reg.no 556702-1885)", "…, (org. nr. 997
        # 403 681).")
        r"(?:,?[ \t]*\((?:A\.?[BC]\.?N\.?|Company[ \t]+No\.|Registration[ \t]+No\.|UEN|CIN"
        r"|(?i:reg\.?[ \t]?no|org\.?[ \t]?nr)\.?)"
        r"[ \t]*:?[ \t]*[0-9A-Z][0-9A-Z \-]{3,20}\)\.?)?[ \t|]*$",
        source.text,
        re.MULTILINE,
    )
    beside = re.finditer(
        r"^[ \t]*(?P<label>Maker|MAKER|Borrower|BORROWER|Lender|LENDER|Payee|PAYEE|Holder|HOLDER"
        # ("BORROWER (Name): AMR AUTO HOLDINGS – SM, LLC": the cell's own label in parentheses)
        r"|Bank|BANK|Holder/Payee|HOLDER/PAYEE|DEBTOR|SECURED\s+PARTY|LEGAL\s+NAME)"
        r"(?:[ \t]*\((?i:name|names|name\(s\))\))?[ \t]*:[ \t]*"
        r"(?P<name>[A-Z][A-Za-z0-9&.,'’ \-–]{2,80}?)"
        # "Bank:    FIRST TRUST COMPANY, a New York banking corporation"; "Holder/Payee: Louise
        # H. Rogers, as her separate property (“Rogers”)"; "Lender: Markebitz Limited with its
        # beneficiary address at Unit B, …")
        r"(?:,[ \t]+(?:an?[ \t]+[A-Z]|as[ \t]+)[^\n]{0,200}"
        r"|[ \t]+(?:with[ \t]+its|whose)[ \t]+(?:[a-z]+[ \t]+){0,2}address\b[^\n]{0,200})?"
        r"(?:[ \t]*\([^()\n]{1,40}\))?"
        # … or before the lender's label on the same line ("Borrower: ACE Motor Company_ Lender:")
        r"(?:[ \t]*$|_*[ \t]+(?=(?:Lender|LENDER|Payee|PAYEE|Bank|BANK|DEBTOR)[ \t]*:))",
        source.text[:1500],
        re.MULTILINE,
    )
    # "BORROWER: ERGOBILT, INC. (TIN: 000000000) LENDER: COMERICA BANK - TEXAS": a second label on
    # the line of the first
    second = re.finditer(
        # ("SECURED PARTY: CITIZENS LEASING CORPORATION DEBTOR: DM Management Company")
        r"(?:(?:\)|_[ \t]*|[ \t]{2,})[ \t]*|(?<=[A-Z.])[ \t]+(?=DEBTOR))"
        r"(?P<label>LENDER|Lender|PAYEE|Payee|BANK|Bank|DEBTOR)[ \t]*:[ \t]*"
        r"(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)[ \t]*$",
        source.text[:1500],
        re.MULTILINE,
    )
    # "BORROWER: Uncommon Care, Inc., a Texas corporation BORROWER'S ADDRESS FOR NOTICE: …" within a
    # line: a label in capitals, the name and its kind of entity
    inline = re.finditer(
        r"\b(?P<label>MAKER|BORROWER|LENDER|PAYEE|HOLDER):[ \t]+(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?),"
        r"[ \t]+an?[ \t]+[A-Z][a-z]+[ \t]+(?:corporation|limited[ \t]+liability[ \t]+company"
        r"|(?:limited|general)[ \t]+partnership|banking[ \t]+(?:corporation|association)"
        r"|national[ \t]+bank(?:ing[ \t]+association)?)\b",
        source.text[:3000],
    )
    # a form's "Borrower(s):" label after another cell on its line ("Amount $600,000 Borrower(s):
    # Cash Registers, Inc.")
    plural = re.finditer(
        r"\b(?P<label>Borrower)\(s\)[ \t]*:[ \t]*(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)[ \t]*$",
        source.text[:1500],
        re.MULTILINE,
    )
    # a definition of the role: '“Lender” means Nexity Bank whose address is …'
    means = re.finditer(
        # (or with its opening quotation mark lost at the start of a line, as EDGAR's copies of
        # bold defined terms often have it: 'Borrower” means American Locker Group Incorporated')
        r"(?:[\"“]|(?m:^)[ \t]*)(?P<label>Lender|Borrower|Maker|Payee|Holder)[\"”]\s+"
        r"(?:means|shall\s+mean)\s+(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)"
        r"(?=\s+whose\b|,\s+(?:an?\s|its\s|whose\s|and\s+(?:his|her|its|their)\s)|(?<![ \t][A-Z])\s*\.\s)",
        source.text[:4000],
    )
    # labels run into one line: "Borrower: Security National Life Insurance Company Lender: Zions
    # First National Bank Amount: $40,000,000.00"
    run_in = re.finditer(
        # (or in capitals: "MAKER: Prime Rate Income & Dividend Enterprises, Inc. HOLDER: Pride,
        # Inc. FACE AMOUNT: $360,000")
        r"(?:^|(?<=\s))(?P<label>Borrower|Lender|Maker|Payee|Holder|BORROWER|LENDER|MAKER|PAYEE|HOLDER)"
        # (a name may begin with a number: "Borrower: 1225 EYE STREET, N.W. ASSOCIATES LLC, a
        # Delaware limited liability company Borrower’s Address: …"; or end before the defined
        # term: "LENDER: FIRST UNION NATIONAL BANK OF NORTH CAROLINA (hereinafter termed …")
        # (and its description broken over lines: "Lender: KeyBank National Association, a
        # national banking\nassociation, its successors and assigns Loan No.: 10057878")
        # (and the name itself broken over two lines: "Borrower: MOODY NATIONAL\nYALE-SEATTLE
        # HOLDING, LLC, a Delaware limited liability company Borrower’s\nAddress: …")
        r"[ \t]*:[ \t]+(?P<name>[A-Z0-9][A-Za-z0-9&.,'’ \-]{2,80}?"
        r"(?:\n[ \t]*[A-Z0-9][A-Za-z0-9&.,'’ \-]{0,60}?)??"
        r"(?:,[ \t]+an?[ \t]+[a-zA-Z][A-Za-z0-9&.,'’ \n\-]{2,120}?)?)\s*"
        r"(?=(?i:borrower|lender|maker|payee|holder|face\s+amount|amount|maturity|date|note\s+date"
        r"|address|principal|loan|interest)\b[^:\n]{0,20}:|\((?:hereinafter|herein)\b)",
        source.text[:1500],
    )
    # a bank's line-of-credit agreement: "Name of Customer: COMMUNITY FIRST BANKSHARES, INC.."; a
    # lending platform's note as a table of two columns: "Name of Payee WOO KOK SUN SAMUEL" /
    # "Name of Issuer BUDGET EVENT SOLUTIONS PTE. LTD."
    customer = re.finditer(
        r"^[ \t]*Name\s+of\s+(?:(?P<label>Customer)[ \t]*:|(?P<cell>Issuer|Payee|Maker|Borrower"
        r"|Lender)[ \t]*:?)[ \t]*(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?"
        r"(?:\b(?:LTD|Ltd|INC|Inc|CORP|Corp|CO|Co)\.)?)\.?[ \t]*$",
        source.text[:3000],
        re.MULTILINE,
    )
    # a program's form filled in on one line: "Applicant Name(s) Rosemary Austill Olson, Trustee
    # Date: August 8 2008"
    applicant = re.finditer(
        r"^[ \t]*(?P<label>Applicant|APPLICANT)(?:['’]s)?[ \t]+Names?(?:\(s\))?[ \t]*:?[ \t]+"
        r"(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)[ \t]*"
        r"(?=(?i:date|address|loan|amount)\b[^:\n]{0,20}:|[ \t]{3,}|$)",
        source.text[:1500],
        re.MULTILINE,
    )
    # a bank's form, its label and the name on one line with no colon: "Borrower Name MCGRATH
    # RENTCORP., a California corporation | ||||"
    name_cell = re.finditer(
        r"^[ \t|]*(?P<label>Borrower|Maker|Lender|Payee|BORROWER|MAKER|LENDER|PAYEE)(?:['’]s)?[ \t]+"
        r"(?:Name|NAME)[ \t]*:?[ \t]+(?!(?i:printed|signature|and|of)\b)(?P<name>[A-Z][A-Za-z0-9&.,'’ \-]{2,80}?)[ \t]*"
        r"(?=,[ \t]+an?[ \t]|[ \t]*\||$)",
        source.text[:3000],
        re.MULTILINE,
    )
    for match in (
        *under,
        *beside,
        *second,
        *inline,
        *plural,
        *means,
        *run_in,
        *customer,
        *applicant,
        *name_cell,
    ):
        groups = match.groupdict()
        label: str = groups["label"] or groups.get("bank") or groups.get("cell") or ""
        role = roles[re.sub(r"\s+", " ", label.upper()).rstrip(":")]
        name = re.split(r",\s+an?\s+(?=[A-Za-z])", match.group("name"))[0].rstrip(" ,")
        # (a number in it is an address's, unless the name ends as an entity's: "1225 EYE STREET,
        # N.W. ASSOCIATES LLC")
        numbered = re.search(r"\d", name) and not re.search(
            # (or a European company's: "Karenslyst Årgang 2011 XXXVII AS")
            r"\b(?:LLC|L\.L\.C\.|INC\.?|Inc\.?|L\.?P\.?|Ltd\.?|LTD\.?|Limited|LIMITED|AS|ASA|AB|Oy"
            r"|GmbH|AG|S\.A\.|B\.V\.|N\.V\.)$",
            name,
        )
        if numbered or any(f.role == role for f in [*found, *out]) or _NOT_A_NAME.search(name):
            continue
        start = match.start("name")
        out.append(Introduction(role, squash(name), source.span(start, start + len(name)),
                                f"named under the {label}: label"))  # fmt: skip
    return out


#: A note written as an agreement "between" the borrower and the lender: 'THIS PROMISSORY NOTE AND
#: SUPPLEMENT … is entered into as of May 1, 2002, between TECON WATER COMPANY, L.P. (the
#: “Company”) and CoBANK, ACB (“CoBank”)'.
_BETWEEN: Final = re.compile(
    rf"\bbetween\s+(?P<first>[A-Z][^()]{{2,100}}?)\s*\(\s*(?:the\s+)?[\"“](?:{BORROWER_WORDS})[\"”]\s*\)"
    r"\s*,?\s+and\s+(?P<second>[A-Z][^()]{2,100}?),?\s*\(\s*(?:the\s+)?[\"“](?P<term>[^\"“”]{2,30})[\"”]\s*\)"
)


#: … or the lender first: "is entered into as of January 10, 2017 between COBANK, ACB, a
#: federally-chartered instrumentality of the United States (“CoBank”), and THE MAINE WATER
#: COMPANY, a Maine corporation (the “Company”)".
_BETWEEN_LENDER_FIRST: Final = re.compile(
    r"\bbetween\s+(?P<second>[A-Z][^()]{2,100}?),?\s*\(\s*(?:the\s+)?[\"“](?P<term>[^\"“”]{2,30})[\"”]\s*\)"
    # ("(together with its permitted successors and assigns, the “Company”)")
    rf"\s*,?\s+and\s+(?P<first>[A-Z][^()]{{2,100}}?)\s*\(\s*(?:[^()]{{0,80}}?,\s*)?(?:the\s+)?"
    rf"[\"“](?:{BORROWER_WORDS})[\"”]\s*\)"
)


def _between(source: SourceText, found: list[Introduction]) -> list[Introduction]:
    """The lender of a note made "between" the borrower and another party that the note then has
    lend ("CoBank agrees to make a loan … to the Company")."""
    if any(f.role == "lender" for f in found):
        return []
    match = _BETWEEN.search(source.text) or _BETWEEN_LENDER_FIRST.search(source.text)
    if match is None:
        return []
    term = re.escape(match.group("term"))
    if not re.search(
        rf"\b{term}\s+(?:hereby\s+)?agrees\s+to\s+(?:make|lend|advance)\b", source.text
    ) and not (re.fullmatch(LENDER_WORDS, match.group("term"))):
        return []
    # (without its description: "CoBANK, ACB, a federally chartered instrumentality of the United
    # States")
    name = re.split(r",\s+an?\s+(?=[a-z])", match.group("second"))[0].strip(" ,")
    if _NOT_A_NAME.search(name):
        return []
    start = match.start("second")
    return [Introduction("lender", squash(name), source.span(start, start + len(name)),
                         f'the other party, defined as "{match.group("term")}", which lends')]  # fmt: skip


def _capitals(words: str) -> str:
    """``words`` in capitals, but for a form's "(MAKER)" label, which the form rules read with the
    name beside it ("ACME INCOME FUND, A LIMITED PARTNERSHIP (MAKER)")."""
    return "|".join(w.upper() for w in words.split("|") if w != "Maker")


def _role_terms(text: str, words: str) -> list[str]:
    """The role words of ``words`` the text defines, quoted ('(the "Borrower")') and then unquoted
    ("(the Borrower)", "(herein called Borrower)": a filing whose quotation marks were lost)."""
    return re.findall(rf"[\"“](?:the\s+)?({words})[\"”]", text) + re.findall(
        # (and in capitals: "IsoRay, Inc. (BORROWER)")
        rf"\((?:(?:herein(?:after)?\s+)?(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?({words}|{_capitals(words)})\)",
        text,
    )


def _initials(source: SourceText, term: str) -> tuple[str, Span, str] | None:
    """The name a payee's initials stand for, written once before them in brackets ("Lender:
    Xxxxx Horticultural Resources, Inc. (EHR)", then "promise to pay to EHR"); a letter the host
    masked ("X") stands for any."""
    if not re.fullmatch(r"[A-Z]{2,5}", term):
        return None
    for match in re.finditer(
        rf"(?P<name>(?:[A-Z][\w&.'’-]*,?\s+){{1,6}}?(?:{_SUFFIX}|[A-Z][\w&.'’-]*))\s*\(\s*{term}\s*\)",
        source.text,
    ):
        words = [w for w in re.findall(r"[A-Z][\w&'’-]*", match["name"])
                 if not re.fullmatch(r"Inc|Corp|LLC|Ltd|Co|LP|Company|Corporation|Incorporated", w)]  # fmt: skip
        for start in range(len(words) - len(term) + 1):
            letters = [w[0] for w in words[start : start + len(term)]]
            if start + len(term) == len(words) and all(
                a in {b, "X"} for a, b in zip(letters, term, strict=True)
            ):
                # the name from the first word the initials begin with
                offset = match["name"].index(words[start])
                begin = match.start("name") + offset
                name = match["name"][offset:].rstrip(" ,")
                return (
                    squash(name),
                    source.span(begin, begin + len(name)),
                    f"the payee's initials {term}",
                )
    return None


def _unquoted(term: str) -> str:
    """The defined term ``term`` in brackets without quotation marks, when it is a role's own word
    (a filing whose quotation marks were lost: "SofTech, Inc., a Massachusetts corporation … (the
    Borrower) in favor of EssigPR, Inc."; "(herein called Borrower)"; "(Payee)"), as an alternative
    to the quoted one; any other word in brackets is not taken for a defined term."""
    if not re.fullmatch(rf"(?:{BORROWER_WORDS}|{LENDER_WORDS})", term, re.IGNORECASE):
        return ""
    return rf"|(?:(?:herein(?:after)?\s+)?(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?(?-i:{term})(?=\s*\))"


#: Just before a name: the rate it announces ("the prime rate announced or established from time
#: to time by ").
_RATE_SETTER: Final = re.compile(
    r"\b(?:prime|base|reference|lending)\s+(?:commercial\s+)?rate\b[^.;()]{0,160}?"
    r"\b(?:announced|published|established|quoted|declared|set)\b[^.;()]{0,80}?\bby\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _defined(source: SourceText, term: str) -> tuple[str, Span, str] | None:
    """The name introduced with the defined term ``term`` ("…, a Delaware corporation (the
    "Company")")."""
    pattern = (
        # (a slash may join two words of it: "Peregrine/Bridge Transfer Corporation")
        # (a name may open with a number after "by": "by 731 Office One LLC, a Delaware limited
        # liability company (BORROWER)")
        # (and an exclamation mark may end a word of it: "JUMP! SOFTWARE, INC.")
        # (and a Canadian numbered company: "2323414 Alberta Ltd (the "Borrower")")
        rf"(?P<name>(?:(?<![\d,.$])(?<=\bby\s)\d{{1,3}}\s+(?=[A-Z])|(?<![\d,.$])\b\d{{6,10}}\s+(?={_PROVINCE}\b))?[A-Z][\w.&'’\-]*!?(?:/[A-Z][\w.&'’\-]*)?(?:(?:[ \t]+[-–][ \t]+|[ \t,]+|,?[ \t]*\n[ \t]*)"
        # ("Windsor on the River, LLC")
        rf"(?:(?:dba|d/b/a|f/k/a|fka|of|of\s+the|on\s+the|and|&|in\s+and\s+for(?:\s+the)?)\s+)?"
        rf"[A-Z0-9][\w.&'’\-]*){{0,10}}),?\s+"
        rf"(?:(?:an?|with\s+(?:its\s+)?(?:offices?|principal\s+(?:office|place\s+of\s+business)"
        rf"|an\s+address)|located\s+at|residing\s+at"
        # (a long description: "a company incorporated with limited liability under the laws of
        # Jersey, having its principal office at Cater Allen House, …, Channel Islands")
        rf"|whose\s+(?:mailing\s+)?address\s+is"
        # (a capacity: 'FLEET BANK, NATIONAL ASSOCIATION, as Agent ("Agent")')
        rf"|as(?=\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}Agent\b)"
        # (who may hold it after: 'Ross Selag or his assigns (the“Holder”)')
        rf"|or\s+(?:his|her|its|their)(?=\s+(?:successors\s+and\s+)?assigns\b))\s+[^()]{{0,240}}?)?"
        # (a long parenthesis before the term: "SCOUT DEVELOPMENT CORPORATION (which together with
        # its successors and assigns and any subsequent owners and holders of this note is called
        # "Payee")")
        rf"\(\s*(?:(?:[^()\"“”]{{0,80}}?|which\s+[^()\"“”]{{0,160}}?\bis\s+called\s+)"
        rf"[\"“](?:the\s+)?{term},?[\"”]{_unquoted(term)})"
    )
    for match in re.finditer(pattern, source.text):
        name = match.group("name").rstrip(" ,")
        if source.text[match.start() - 1 : match.start()] in {"-", "–"} or re.search(
            # (nor the tail of a hyphened word: "A Texas Non -Stock, Non -Profit Industrial
            # Development Corporation (Borrower)")
            r"\b(?:residents?|citizens?|located|domiciled|situated)\s+(?:of|in|at)\s+(?:the\s+)?$"
                     # (nor where the company was formed: "a company organized under the laws of
                     # Luxembourg (the “Borrower”)")
                     r"|\blaws\s+of\s+(?:the\s+)?$|\b(?:organized|incorporated|formed)\s+in\s+(?:the\s+)?$"
                     r"|(?:^|[\s,_])an?\s+$|\bc/o\s+$|\b(?:at|is)\s+\d+[A-Za-z]?\s+$"
                     r"|\b(?:office|address|located|situated)\s+at\s+(?:[A-Z][a-z]+\s+)?$"
                     # (a capacity: "The Bryn Mawr Trust Company of Delaware, as Administrative
                     # Trustee (the “Borrower”)")
                     r"|,\s+as\s+(?:the\s+)?$",
                     source.text[max(0, match.start() - 40) : match.start()]):  # fmt: skip
            # "… residents of the Dutch Caribbean ("Holder")": a place, not the name; "to pay to
            # ________, a Texas Business (the "Payee")": what the blank party is, not its name
            # ("with a mailing address at c/o Griffin Land & Nurseries, Inc., 204 West …
            # (the “Borrower”)": in whose care the mail goes, not the party; nor "the undersigned,
            # having an address at 189 South Orange Avenue, …, Florida 32801 (“Maker”)": a street)
            continue
        if re.fullmatch(r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}", name):
            continue  # ("… created under trust agreement dated June 10, 2011, or its successors
            # and assigns, (the "Holder")": a date, not the name)
        if re.search(r"\bP\.?\s?O\.?\s+Box\b", name, re.IGNORECASE):
            # ("… with its registered office at Codan Trust Company (Cayman) Limited, Cricket
            # Square, Hutchins Drive, PO Box 2681, Grand Cayman, KY1-1111, Cayman Islands (the
            # “Holder”)": the tail of an address, the name far before it)
            continue
        if re.search(_RATE_SETTER, source.text[max(0, match.start() - 240) : match.start()]):
            # the bank whose prime rate the note's rate follows ("2 % per annum in excess of the
            # fluctuating prime rate announced or established from time to time by Northern
            # Trust (the "Bank")"): not a party to the note
            continue
        # "On or before August 1, 2005, ACME, INC. (the "Maker")", "FOR VALUE RECEIVED, ACME ..."
        # ("ON DEMAND AND IF NO DEMAND IS MADE, ON JUNE 30th, 2000, 5TH AVENUE CHANNEL CORPORATION")
        # (and an OCR's "March 23,2001" without its space)
        # (and a form's day left blank: "September , 2004" / "ARGONAUT GROUP, INC.")
        date = re.match(r"(?:(?:[^\n]{0,60}?\s)?[A-Z][a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?|_{2,}|(?=\s*,\s*\d{4}))\s*(?:,\s*|\s+)\d{4},?\s+"
                        # (and "FOR CASH RECEIVED, HYLETE, INC. ("Maker")")
                        r"|f[o0]r\s+(?:the\s+)?(?:valued?|cash)\s+received,?\s+|No\.\s*[A-Z0-9][\w-]*\s+"
                        # (an exhibit's number before its title: "Exhibit 10.47 AMENDED AND
                        # RESTATED PROMISSORY NOTE A.B. WATLEY GROUP INC.")
                        r"|(?-i:Exhibit|EXHIBIT)\s+\d+(?:\.\d+)*[A-Za-z]?\s+"
                        # (a dateline's month and year: "9th January 2013" / "Harmonic Energy Inc.")
                        r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4},?\s+"
                        # (a plain-language note's "I, ACME FINANCIAL CORPORATION, … (Borrower)")
                        r"|(?-i:I|We),\s+(?=[A-Z])"
                        # a form's paragraph heading: "PROMISE TO PAY, PENN OCTANE CORPORATION"
                        r"|PROMISE\s+TO\s+PAY[.,:]?\s+"
                        # (its last word alone, after "1. Promise to": "Pay. Birch Branch, Inc.")
                        r"|(?-i:Pay)[.:]\s+(?=[A-Z])"
                        # (a section heading's last word: "1. Principal and Interest; Prepayment.
                        # Rayton Solar, Inc. (the “Company”)")
                        # (or the whole heading, run on over lines: "Principal and\nInterest.\n
                        # PACIFIC BEACH BIOSCIENCES, INC. (the “Company”)")
                        r"|(?-i:(?:(?:Principal|Interest|Payments?|Prepayments?|Maturity)"
                        r"(?:\s+(?:and|&)\s+|;\s+))?(?:Prepayment|Payments?|Interest|Maturity|Principal))\.\s+(?=[A-Z])"
                        # (a title run into it: "$15,000.00 Convertible Promissory Note FREEDOM OIL
                        # & GAS, INC., a Nevada corporation (the "Company" or "Maker")")
                        r"|(?:[\w-]+\s+){0,3}Promissory\s+Note\s+(?=[A-Z])"
                        # ("WHEREAS, Xxxxx Xxxxxxx (the "Lender") desires to loan": a recital's word)
                        r"|WHEREAS,?\s+"
                        # ("one of a duly authorized issue of Notes of Apollo Resources …, Inc.")
                        r"|Notes?\s+of\s+(?=[A-Z])"
                        # ("… recorded in said Registry in Book 11160, Page 359, and Sonesta of
                        # Massachusetts, Incorporated": a deed's recording reference before it)
                        r"|(?:Book|Liber|Volume)\s+\d+,?\s+(?:at\s+)?Page\s+\d+,?\s+(?:and\s+)?"
                        # ("executed between the Maker and Xxx X. Xxxx ("Lender")": the other party's
                        # defined term before the name)
                        r"|(?-i:(?:the\s+)?(?:Maker|Borrower|Lender|Holder|Payee|Company))\s+and\s+(?=[A-Z]))+",
                        name, re.IGNORECASE)  # fmt: skip
        skip = date.end() if date else 0
        heading = re.match(r"(?:[^\n]*\b(?:NOTE|DUE)\b[^\n]*\n)+", name[skip:])
        titled = re.match(r"(?:[^\n]*\n)*?[^\n]*\bNOTE\b[^\n]*\n(?=The\s)", name[skip:])
        if titled:
            # a sentence opening under the title: "CITY OF CLERMONT" / "PUBLIC IMPROVEMENT REVENUE
            # NOTE" / "The CITY OF CLERMONT (the "City")"
            skip += titled.end()
        elif heading and re.search(rf"\b{_SUFFIX}$", name.rstrip(" ,")):
            # a title over the name ("7% CONVERTIBLE PROMISSORY NOTE" / "DUE FEBRUARY 8, 2002" /
            # "FINANCIAL INTRANET, INC., a Nevada corporation (the "Company")"): the name's line
            skip += heading.end()
        label = re.search(r"(?:^|\n)[ \t]*(?:Borrower|Maker|BORROWER|MAKER)(?:['’]s)?[ \t]+(?:Name|NAME)"
                          r"[ \t]+(?=[A-Z])(?!(?i:printed|signature)\b)", name[skip:])  # fmt: skip
        # (a bank form's label before it, perhaps under the title: "CREDIT LINE NOTE" / "Borrower
        # Name ACME RENTALS CORP., a California corporation | ||||")
        skip += label.end() if label else 0
        place = re.match(r"[A-Z][a-z]+,[ \t]+[A-Z][A-Za-z. ]+[ \t]*\n[ \t]*(?=[A-Z])", name[skip:])
        if place and re.search(rf"\S+\s+\S+,?\s+{_SUFFIX}$", name[skip + place.end() :]):
            # a place heading over the name ("Tortola, British West Indies" / "Successful Union
            # Limited, a company organized under the laws of …")
            skip += place.end()
        if "\n" in name[skip:] and "_" in name[skip : name.rindex("\n")]:
            # a heading and a form's blank date run into the name ("PROMISSORY NOTE\nDecember____,
            # 2020\nThe Good Earth Organics Supply LLC"): the name is its last line
            skip = name.rindex("\n") + 1
        # ", A Texas corporation", ", A CALIFORNIA NON PROFIT PUBLIC BENEFIT CORPORATION"
        # (and "Donald B. Cohen, Vice President of The Quantum Group, Inc.": his office)
        name = re.split(rf",\s+An?\s+(?=[A-Z][a-z])|,\s+AN?\s+(?=[A-Z]{{2,}}\b)|{_OFFICE}",
                        name[skip:])[0]  # fmt: skip
        # ("Vitaquest International, Inc. 8 Henderson Drive West Caldwell, New Jersey 07006
        # (Hereinafter referred to as "VITAQUEST")": a street address run into the name's line)
        street = re.search(r"(?<=[a-z.])[ \t]+\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]", name)
        if street and re.search(rf"\b{_SUFFIX}$", name[: street.start()]):
            name = name[: street.start()]
        # ("Eurand B.V., Kerkstraat 232, 1511 EN OOSTZAAN": a street before its number, as
        # European addresses write it)
        european = re.search(r",[ \t]+[A-Z][\w'’-]+[ \t]+\d{1,5}[A-Za-z]?(?:,|$)", name)
        if european and re.search(
            rf"(?:\b{_SUFFIX}|\b(?:B\.V\.|N\.V\.|GmbH|AG|AB|AS|A/S|S\.A\.|S\.p\.A\.|Oy|plc|PLC))$",
            name[: european.start()],
        ):
            name = name[: european.start()]
        # ("Principal Solar, Inc., of Dallas, Texas ("Borrower" or "Company")": its town)
        town = re.search(rf",?\s+of\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,\s+(?:{STATES})$", name)
        if town and re.search(rf"\b{_SUFFIX}$", name[: town.start()].rstrip(" ,")):
            name = name[: town.start()]
        lines = name.split("\n")
        # (a street number on a line of its own, "2064" / "Highway 116 North"; or a town and
        # its state and ZIP code: "Shelton," / "Connecticut 06484")
        numbered = next(
            (
                k
                for k, line in enumerate(lines)
                if k
                and (
                    re.match(r"\s*\d+(?:\s+[A-Z][a-z]|\s*$)", line)
                    or (
                        line.rstrip().endswith(",")
                        and k + 1 < len(lines)
                        and re.search(r"\b\d{5}(?:-\d{4})?\s*$", lines[k + 1])
                    )
                )
            ),
            0,
        )
        if numbered:
            # an address block under the name ("Maurice J. Koury" / "510 Engleman Avenue" /
            # "Burlington, North Carolina 27215" / "(Hereinafter referred to as “Borrower”)")
            name = "\n".join(lines[:numbered]).rstrip(" ,")
        if _NOT_A_NAME.search(name) or re.search(r"\bAs\s+of\b", name):
            continue  # (or a dateline's "New York As of December 31" run into it)
        # ('The CITY OF CLERMONT (the "City"), a municipality …': the city's name, as the readers
        # write it, without the article)
        article = re.match(r"The\s+(?=(?i:(?:city|county|town|village)\s+of)\s)", name)
        skip += article.end() if article else 0
        name = name[article.end() :] if article else name
        start = match.start("name") + skip
        return squash(name), source.span(start, start + len(name)), f'introduced as the "{term}"'
    return None
